# app.cmake — the gohotel executable's window-side commands, run with no display.
set(SCENE ${CMAKE_SOURCE_DIR}/scenes/concat_vs_builder.lua)
set(OUT ${CMAKE_BINARY_DIR}/test-out)
file(MAKE_DIRECTORY ${OUT})
add_test(NAME app/shot_writes_a_png
  COMMAND sh -c "rm -f ${OUT}/shot.png && $<TARGET_FILE:gohotel> shot ${SCENE} --step 3000 -o ${OUT}/shot.png && head -c 8 ${OUT}/shot.png | od -An -c | grep -q 'P   N   G'")
add_test(NAME app/shot_projector_at_the_end
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} --end --projector --size 1280x720 -o ${OUT}/end.png && test -s ${OUT}/end.png")
add_test(NAME app/shot_at_a_pause
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} --pause 'before builder' -o ${OUT}/pause.png && test -s ${OUT}/pause.png")
add_test(NAME app/shot_unknown_pause_fails
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} --pause nosuch -o ${OUT}/x.png; test $? -eq 1")
add_test(NAME app/shot_unwritable_path_fails_cleanly
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} --end -o /nonexistent-dir/x.png 2>&1; test $? -eq 1")
set_tests_properties(app/shot_unwritable_path_fails_cleanly PROPERTIES PASS_REGULAR_EXPRESSION "cannot write /nonexistent-dir/x.png")
add_test(NAME app/shot_without_target_is_usage_error
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} 2>&1; test $? -eq 2")
add_test(NAME app/shot_bad_size_is_usage_error
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${SCENE} --end --size 0x0 -o ${OUT}/y.png 2>&1; test $? -eq 2")
add_test(NAME app/no_display_runs_the_default_lesson_headless
  COMMAND sh -c "env -u DISPLAY -u WAYLAND_DISPLAY $<TARGET_FILE:gohotel> 2>&1")
set_tests_properties(app/no_display_runs_the_default_lesson_headless PROPERTIES
  PASS_REGULAR_EXPRESSION "no display; running .*MemStats"
  ENVIRONMENT "GOHOTEL_SCENES_DIR=${CMAKE_SOURCE_DIR}/scenes")
