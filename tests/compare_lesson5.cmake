# compare_lesson5.cmake — lesson 5 side by side (included from compare.cmake). Its param way
# (concat or builder) says which loop the lesson follows; either way it has the same number
# of pauses and its fifth, "built", stands where that loop has just returned, inside its
# lesson.measure, with lesson.compare{"way=concat", "way=builder"}:
#   - the way=builder run teaches the same figures as real Go (its expected.txt), passes
#     every checkpoint and is legible at 1280x720 in classroom mode;
#   - at "built" each half equals its solo run at its own "built" (digest), and the panel's
#     Mallocs and TotalAlloc are the two measures' own (concat's, builder's), the heading
#     naming both (compare_lesson5_check.cmake);
#   - a way that is neither is the scene's error, file:line.
set(L5 ${CMAKE_SOURCE_DIR}/scenes/05_concat_vs_builder.lua)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME lesson/05_concat_vs_builder_way_builder_vs_go
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/lessons/check_lesson.py $<TARGET_FILE:gohotel> ${L5}
            ${CMAKE_SOURCE_DIR}/tests/lessons/go/05_concat_vs_builder/expected.txt --param way=builder
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
add_test(NAME classroom/05_concat_vs_builder_way_builder_1280x720
  COMMAND $<TARGET_FILE:gohotel> shot ${L5} --param way=builder --pauses --check-layout --projector --size 1280x720
          -o ${CMAKE_BINARY_DIR}/classroom/05_way_builder_1280x720
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME compare/lesson5_built_side_by_side
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> -DSCENE=${L5} -DOUT=${CMAKE_BINARY_DIR}/test-out/compare/l5
          -P ${CMAKE_SOURCE_DIR}/tests/compare_lesson5_check.cmake)
gohotel_expect(compare/lesson5_bad_way 1 "05_concat_vs_builder.lua:[0-9]+: param way: \"both\" is neither concat nor builder"
               run ${L5} --param way=both)
