# cli_core.cmake — tests of the gohotel executable's own options and the sizeclasses table.
add_test(NAME cli/sizeclasses_is_gos_table
  COMMAND sh -c "$<TARGET_FILE:gohotel> sizeclasses | diff - ${CMAKE_SOURCE_DIR}/tests/runtime/data/go_sizeclasses.csv")
add_test(NAME cli/help COMMAND gohotel --help)
set_tests_properties(cli/help PROPERTIES PASS_REGULAR_EXPRESSION "usage: gohotel")
add_test(NAME cli/version COMMAND gohotel --version)
set_tests_properties(cli/version PROPERTIES PASS_REGULAR_EXPRESSION "gohotel [0-9]+\\.[0-9]+")
add_test(NAME cli/unknown_option_exits_2
  COMMAND sh -c "$<TARGET_FILE:gohotel> --frobnicate 2>&1; test $? -eq 2")
set_tests_properties(cli/unknown_option_exits_2 PROPERTIES PASS_REGULAR_EXPRESSION "usage: gohotel")
add_test(NAME cli/sizeclasses_rejects_arguments
  COMMAND sh -c "$<TARGET_FILE:gohotel> sizeclasses extra 2>&1; test $? -eq 2")

# Scene files that are not scenes: each a clear message and exit status 1.
set(BADF ${CMAKE_BINARY_DIR}/test-bad-files)
file(MAKE_DIRECTORY ${BADF}/adir.lua)
file(WRITE ${BADF}/empty.lua "")
foreach(case "empty.lua|the scene file is empty" "adir.lua|is a directory, not a scene file"
              "missing.lua|cannot open scene")
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 file)
  list(GET parts 1 want)
  add_test(NAME cli/not_a_scene_${file}
    COMMAND sh -c "$<TARGET_FILE:gohotel> run ${BADF}/${file} 2>&1; test $? -eq 1")
  set_tests_properties(cli/not_a_scene_${file} PROPERTIES PASS_REGULAR_EXPRESSION "${want}")
endforeach()
add_test(NAME cli/not_a_scene_latin1
  COMMAND sh -c "printf 'lesson.title(\"caf\\351\")\\n' > ${BADF}/latin1.lua && $<TARGET_FILE:gohotel> run ${BADF}/latin1.lua 2>&1; test $? -eq 1")
set_tests_properties(cli/not_a_scene_latin1 PROPERTIES PASS_REGULAR_EXPRESSION "latin1.lua:1: the scene is not valid UTF-8 text")
add_test(NAME cli/shot_step_before_the_start_is_usage_error
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/concat_vs_builder.lua --step -1 -o ${BADF}/x.png 2>&1; test $? -eq 2")

# Go in, hotel out: a scene steps through Go source (go.program) with the code panel on it.
# 27 Mallocs: counter.go's 23 and fmt's 4 at its first Println (printer, ppFree's poolLocal
# array and allPools entry, pp.buf), as Go 1.19's fmt allocates.
add_test(NAME cli/go_source_scene_runs
  COMMAND $<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua)
set_tests_properties(cli/go_source_scene_runs PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 3.*program +Mallocs 27 ")
add_test(NAME cli/go_source_scene_shot
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua --step 200 --projector -o ${BADF}/go.png)
