# check_param.cmake — `gohotel exec FILE.go --param K=V` runs the program as if the file
# declared `var K = V`: its whole output (what it prints, its MemStats deltas, the report)
# equals that of a copy of the file with the values written in. And where Go is installed,
# the string case is compared with real Go's own way of doing it, go build -ldflags=-X.
# Variables: EXE (gohotel), SRC (tests/golang/diff/param_sizes.go), WORK (a scratch dir),
# GO (the go command, or empty).
file(READ ${SRC} text)
set(edited "${text}")
string(REPLACE "var n = 100\n" "var n = 5000\n" edited "${edited}")
string(REPLACE "var word = \"room\"\n" "var word = \"suite\"\n" edited "${edited}")
string(REPLACE "var pointers = false\n" "var pointers = true\n" edited "${edited}")
if(edited STREQUAL text)
  message(FATAL_ERROR "${SRC} no longer declares n, word and pointers as this test edits them")
endif()
file(MAKE_DIRECTORY ${WORK})
get_filename_component(base ${SRC} NAME)
file(WRITE ${WORK}/${base} "${edited}")

execute_process(COMMAND ${EXE} exec ${SRC} --procs 4 --param n=5000 --param word=suite --param pointers=true
                RESULT_VARIABLE rc1 OUTPUT_VARIABLE with_params ERROR_VARIABLE err1 TIMEOUT 60)
execute_process(COMMAND ${EXE} exec ${WORK}/${base} --procs 4
                RESULT_VARIABLE rc2 OUTPUT_VARIABLE written_in ERROR_VARIABLE err2 TIMEOUT 60)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "exit status ${rc1} with --param, ${rc2} with the values written in\n${err1}\n${err2}")
endif()
# the report names the file it ran: the copy's path differs
string(REGEX REPLACE "\nprogram [^\n]*\n" "\nprogram\n" with_params "${with_params}")
string(REGEX REPLACE "\nprogram [^\n]*\n" "\nprogram\n" written_in "${written_in}")
if(NOT with_params STREQUAL written_in)
  message(FATAL_ERROR "--param n=5000 word=suite pointers=true:\n${with_params}\nthe file saying so:\n${written_in}")
endif()
# half = n / 2 is initialised after n, from the value --param gave it
if(NOT with_params MATCHES "building 5000 suites, pointers: true\n.*len 5000 5 2500\n")
  message(FATAL_ERROR "the parameters did not reach the program:\n${with_params}")
endif()
message(STATUS "${with_params}")

if(GO)
  execute_process(COMMAND ${GO} build -o ${WORK}/param_sizes_x "-ldflags=-X main.word=suite" ${SRC}
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "go build -ldflags=-X: ${err}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env GOMAXPROCS=4 ${WORK}/param_sizes_x OUTPUT_VARIABLE real RESULT_VARIABLE rc)
  execute_process(COMMAND ${EXE} exec ${SRC} --procs 4 --param word=suite OUTPUT_VARIABLE ours RESULT_VARIABLE rc3)
  string(FIND "${ours}" "\nprogram " cut)
  string(SUBSTRING "${ours}" 0 ${cut} ours)
  if(NOT rc EQUAL 0 OR NOT rc3 EQUAL 0 OR NOT "${real}" STREQUAL "${ours}")
    message(FATAL_ERROR "real Go with -X main.word=suite printed:\n${real}\ngohotel exec --param word=suite:\n${ours}")
  endif()
  message(STATUS "as real Go's -X main.word=suite:\n${real}")
endif()
