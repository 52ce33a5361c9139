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
