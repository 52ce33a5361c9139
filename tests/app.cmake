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

# The window, driven by scripted keys on SDL's dummy video driver (no display needed).
set(WINDOW_KEYS "PageDown,PageDown,PageUp,space,wait,wait,space,F11,resize:1x1,resize:7680x4320,minimize,restore,F11,s,b,b,c,c,p,g,n,e,Home,r,F5,Escape")
add_test(NAME app/window_survives_resizes_fullscreen_and_every_key
  COMMAND $<TARGET_FILE:gohotel> play --window --keys "${WINDOW_KEYS}" ${SCENE}
  WORKING_DIRECTORY ${OUT})
add_test(NAME app/window_menu_opens_a_lesson_and_comes_back
  COMMAND $<TARGET_FILE:gohotel> play --window --keys "Down,Up,Return,PageDown,Escape,PageDown,F5,Escape,Escape"
  WORKING_DIRECTORY ${OUT})
add_test(NAME app/window_falls_back_when_the_fonts_are_missing
  COMMAND $<TARGET_FILE:gohotel> play --window --keys "PageDown,PageDown,s,Escape" ${SCENE}
  WORKING_DIRECTORY ${OUT})
file(WRITE ${OUT}/broken.lua "lesson.title('broken')\nlocal x = = 1\n")
add_test(NAME app/window_shows_a_broken_scene_and_stays_open
  COMMAND $<TARGET_FILE:gohotel> play --window --keys "PageDown,r,F5,PageUp,s,Escape" ${OUT}/broken.lua
  WORKING_DIRECTORY ${OUT})
set_tests_properties(app/window_survives_resizes_fullscreen_and_every_key app/window_menu_opens_a_lesson_and_comes_back
  app/window_shows_a_broken_scene_and_stays_open
  PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=dummy;GOHOTEL_SCENES_DIR=${CMAKE_SOURCE_DIR}/scenes;GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts")
set_tests_properties(app/window_falls_back_when_the_fonts_are_missing PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;GOHOTEL_FONT_DIR=/nonexistent-fonts"
  PASS_REGULAR_EXPRESSION "warning: .*not found")
add_test(NAME app/window_steps_through_go_source_and_back
  COMMAND $<TARGET_FILE:gohotel> play --window
          --keys "g,g,g,g,PageDown,PageDown,PageDown,PageDown,PageUp,PageUp,e,Home,PageDown,s,Escape"
          ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua
  WORKING_DIRECTORY ${OUT})
set_tests_properties(app/window_steps_through_go_source_and_back PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=dummy")
