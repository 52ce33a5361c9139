# split_layout.cmake — the narrow pictures stay legible (included from compare.cmake): a
# lesson at half width (640 wide, or one half of a split view) and two lessons side by side
# pass --check-layout at every pause in classroom mode: no text cut at a panel's edge, no
# callout off its own line, no narration dropped. Each test names the defect it guards.
set(SL_OUT ${CMAKE_BINARY_DIR}/test-out/split_layout)
file(MAKE_DIRECTORY ${SL_OUT})
set(SL_ENV "GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts")
set(L1 ${CMAKE_SOURCE_DIR}/scenes/01_stack_vs_heap.lua)

# Lesson 1's 'why' at 640x720: the newest plate, cut by the column's end, shows only the
# locals whose rows fit inside its rim and counts the rest (it once drew the last one 1 px
# past the panel).
add_test(NAME split_layout/lesson1_why_640_plate_keeps_its_locals_inside
  COMMAND $<TARGET_FILE:gohotel> shot ${L1} --pause why --projector --size 640x720 --check-layout -o ${SL_OUT}/why640.png)
set_tests_properties(split_layout/lesson1_why_640_plate_keeps_its_locals_inside PROPERTIES ENVIRONMENT "${SL_ENV}")
