# tests/lessons.cmake — the guided lessons (scenes/NN_*.lua) as tests. Included from the
# top-level CMakeLists.txt.
#   lesson/NN_runs   the lesson runs headless to its end with every checkpoint passing
#   lesson/NN_vs_go  the figures it teaches equal those of the real Go 1.19 program in
#                    tests/lessons/go/NN_name (expected.txt, written by regen.sh)
# The checks are tests/lessons/check_lesson.py and check_escape.py (Python 3).
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "Python 3 not found: lesson tests are skipped")
  return()
endif()

set(GH_LESSONS
  01_stack_vs_heap 02_escape_analysis 03_the_hotel 04_the_janitor 05_concat_vs_builder
  06_reusing_buffers 07_values_vs_pointers 08_sync_pool 09_zeroing 10_finalizers 11_profiling 13_maps)
set(GH_CHECK ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/lessons/check_lesson.py $<TARGET_FILE:gohotel>)

foreach(l ${GH_LESSONS})
  set(scene ${CMAKE_SOURCE_DIR}/scenes/${l}.lua)
  set(expected ${CMAKE_SOURCE_DIR}/tests/lessons/go/${l}/expected.txt)
  add_test(NAME lesson/${l}_runs COMMAND ${GH_CHECK} ${scene} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  if(l STREQUAL "04_the_janitor")
    # One scene, three GOGC values. GC cycle counts depend on timing in real Go, so
    # expected.txt holds the range seen over several runs. The peak-heap figure is
    # compared as a percentage of the garbage the goal allows (PeakOverGoalPct): Go's goal
    # also counts the binary's globals and stacks, which the scene's program does not have,
    # so raw bytes (PeakGarbageKiB, kept in expected.txt for reference) differ by that much.
    # Go's figures were measured with GOMAXPROCS=2, so the scene runs with 2 Ps here.
    # The chain cut and the pointer moved during marking: exact figures (cut.Frees, moved.Val).
    add_test(NAME lesson/${l}_vs_go COMMAND ${GH_CHECK} ${scene} ${expected} --procs 2 --skip gogc
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    foreach(gogc 50 100 200)
      add_test(NAME lesson/${l}_gogc${gogc}_vs_go
        COMMAND ${GH_CHECK} ${scene} ${expected} --param gogc=${gogc} --procs 2 --only gogc${gogc}.NumGC
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
      add_test(NAME lesson/${l}_gogc${gogc}_peak_vs_go
        COMMAND ${GH_CHECK} ${scene} ${expected} --param gogc=${gogc} --procs 2 --only gogc${gogc}.PeakOverGoalPct
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    endforeach()
  elseif(l STREQUAL "11_profiling")
    add_test(NAME lesson/${l}_vs_go COMMAND ${GH_CHECK} ${scene} ${expected} --skip profile.
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    add_test(NAME lesson/${l}_profile_vs_go COMMAND ${GH_CHECK} ${scene} ${expected} --only profile.
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  else()
    add_test(NAME lesson/${l}_vs_go COMMAND ${GH_CHECK} ${scene} ${expected} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endif()
endforeach()

# Figure names follow the params: under --param ask=40 lesson 3 publishes the same names
# (ask.*, floor.rooms, not ask33.*), and as 40 bytes round up to the same 48-byte class as
# Go's 33, every figure of expected.txt still holds. The scene hands the param to its Go
# program (go.program's vars: the line `var ask = 33` reads 40 in the run and the panel).
add_test(NAME lesson/03_the_hotel_ask40_vs_go
  COMMAND ${GH_CHECK} ${CMAKE_SOURCE_DIR}/scenes/03_the_hotel.lua ${CMAKE_SOURCE_DIR}/tests/lessons/go/03_the_hotel/expected.txt
          --param ask=40
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# A lesson that runs a Go file (scenes/go/NN_name.go, the very file regen.sh runs with real
# Go) is also checked as a program: `gohotel exec` of that file prints its own figures
# (runtime.ReadMemStats deltas, capacities, offsets, cycle counts), which must be Go's, and
# where the scene quotes the compiler (escape_expected.txt) gohotel's verdicts must be Go's.
# A lesson whose figures need another GOMAXPROCS or a subset sets GH_EXEC_FLAGS_<NN_name>.
set(GH_EXEC_FLAGS_04_the_janitor --procs 2)
# Lesson 11's profile.* figures are real Go's allocation profile (pprof.go, read with
# runtime.MemProfile); exec prints its profile as a table, so the scene checks those.
set(GH_EXEC_FLAGS_11_profiling --skip profile.)
foreach(l ${GH_LESSONS})
  set(gofile ${CMAKE_SOURCE_DIR}/scenes/go/${l}.go)
  if(NOT EXISTS ${gofile})
    continue()
  endif()
  add_test(NAME lesson/${l}_exec_vs_go
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/lessons/check_exec.py $<TARGET_FILE:gohotel>
            ${gofile} ${CMAKE_SOURCE_DIR}/tests/lessons/go/${l}/expected.txt ${GH_EXEC_FLAGS_${l}}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  if(EXISTS ${CMAKE_SOURCE_DIR}/tests/lessons/go/${l}/escape_expected.txt)
    add_test(NAME lesson/${l}_diagnostics_vs_go
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/lessons/check_escape.py $<TARGET_FILE:gohotel>
              ${gofile} ${CMAKE_SOURCE_DIR}/tests/lessons/go/${l}/escape_expected.txt)
  endif()
endforeach()

# The short scene the lesson menu does not list, kept working as it is.
add_test(NAME lesson/concat_vs_builder_runs COMMAND ${GH_CHECK} ${CMAKE_SOURCE_DIR}/scenes/concat_vs_builder.lua
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

set_tests_properties(lesson/04_the_janitor_gogc50_vs_go lesson/04_the_janitor_gogc100_vs_go
  lesson/04_the_janitor_gogc200_vs_go PROPERTIES TIMEOUT 300)

# Every lesson renders at 1280x720 in classroom mode (the PNG a teacher puts on a slide).
foreach(l ${GH_LESSONS})
  add_test(NAME lesson/${l}_shot
    COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/${l}.lua --end --size 1280x720 --projector
            -o ${CMAKE_BINARY_DIR}/lesson_${l}.png
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
