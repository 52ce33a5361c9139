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

# Classroom mode, driven like a clicker. Each run checks what the window shows with
# --keys expect-... tokens (a mismatch prints "failed: got ..." and exits 1) and ends by
# saying how many scripted inputs it did not get to, which is how a quit is seen.
set(LESSONS ${CMAKE_SOURCE_DIR}/scenes)
set(CLASSROOM_ENV "SDL_VIDEODRIVER=dummy;GOHOTEL_SCENES_DIR=${LESSONS};GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts")
set(CLASSROOM_FAIL "failed: got|unknown expectation|unknown key")
# A lesson opens on its first pause (title and first narration, not the blank step 0) and
# PageDown/Right, PageUp/Left go pause to pause; Back from the first pause stays there,
# also when G has chosen line steps.
add_test(NAME app/window_lesson_steps_pause_to_pause
  COMMAND $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/03_the_hotel.lua --keys
  "expect-title:3. The hotel,expect-pause:intro,expect-pause-index:1,expect-gran:pause,PageDown,expect-pause-index:2,Right,expect-pause-index:3,PageUp,expect-pause-index:2,Left,expect-pause-index:1,PageUp,expect-pause:intro,g,expect-gran:line,PageUp,PageUp,expect-pause:intro,PageDown,expect-no-prompt")
# The menu lists all 14 scenes: Down past the visible rows scrolls, the selection stays
# drawn, and Enter opens the last one (a scenario, listed apart from the lessons).
# Lesson 4's title is computed from its params.
add_test(NAME app/window_menu_scrolls_to_the_last_item_and_opens_it
  COMMAND $<TARGET_FILE:gohotel> play --window --projector --keys
  "wait,expect-selected:1. Stack vs heap,Down,Down,Down,expect-selected:4. The janitor: mark,expect-selected:GOGC=100,Down,Down,Down,Down,Down,Down,Down,Down,Down,Down,Down,expect-selected:String concatenation vs strings.Builder,Return,expect-scene:concat_vs_builder.lua,Escape,expect-menu,expect-selected:String concatenation")
# Esc in the menu asks; any other key cancels; Esc again (or Enter) quits.
add_test(NAME app/window_menu_esc_asks_before_quitting
  COMMAND $<TARGET_FILE:gohotel> play --window --keys
  "Escape,expect-prompt:Quit gohotel?,expect-menu,Down,expect-no-prompt,expect-menu,Escape,Escape,expect-menu,Down")
set_tests_properties(app/window_menu_esc_asks_before_quitting PROPERTIES PASS_REGULAR_EXPRESSION "inputs left: 2\\)")
# V opens the params bar with lesson 4's suggested GOGC values; Left picks 50, Enter
# restarts the lesson with GOGC=50 (its title says so) at the same pause; Esc cancels.
add_test(NAME app/window_params_bar_applies_gogc_50_at_the_same_pause
  COMMAND $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/04_the_janitor.lua --keys
  "PageDown,PageDown,PageDown,PageDown,PageDown,expect-pause-index:6,v,expect-prompt:gogc = 100,Left,Return,expect-no-prompt,expect-param:gogc=50,expect-title:GOGC=50,expect-pause-index:6,v,Right,Escape,expect-no-prompt,expect-param:gogc=50")
# At a lesson's end PageDown offers the next lesson; PageUp stays, PageDown twice opens it
# on its first pause, still stepping by pauses. The last lesson offers nothing.
add_test(NAME app/window_offers_the_next_lesson_at_the_end
  COMMAND $<TARGET_FILE:gohotel> play --window ${LESSONS}/04_the_janitor.lua --keys
  "e,PageDown,expect-prompt:Next: 5. String concatenation vs strings.Builder — PageDown to open,PageUp,expect-no-prompt,expect-scene:04_the_janitor.lua,PageDown,PageDown,expect-scene:05_concat_vs_builder.lua,expect-pause:intro,expect-gran:pause")
add_test(NAME app/window_the_last_lesson_offers_nothing
  COMMAND $<TARGET_FILE:gohotel> play --window ${LESSONS}/13_maps.lua --keys "e,PageDown,expect-no-prompt,PageDown,expect-scene:13_maps.lua")
# Lesson 12 offers lesson 13, found by its file name.
add_test(NAME app/window_lesson_12_offers_lesson_13
  COMMAND $<TARGET_FILE:gohotel> play --window ${LESSONS}/12_go_source.lua --keys
  "e,PageDown,expect-prompt:Next: 13. Maps: a hotel inside a room — PageDown to open,PageDown,expect-scene:13_maps.lua,expect-pause:intro")
# G's choice holds for the session: lessons opened later from the menu step by lines too.
# A scene without pauses opens on its title and steps by lines.
file(WRITE ${OUT}/no_pauses.lua "local x = go.new('int')\nlesson.title('no pauses here')\nlocal y = go.new('int')\nlocal z = go.new('int')\n")
add_test(NAME app/window_granularity_is_remembered_across_lessons
  COMMAND $<TARGET_FILE:gohotel> play --window --keys
  "Return,expect-gran:pause,g,expect-gran:line,Escape,Down,Return,expect-scene:02_escape_analysis.lua,expect-gran:line,g,g,g,g,expect-gran:pause,Escape,Down,Return,expect-gran:pause")
add_test(NAME app/window_scene_without_pauses_opens_on_its_title
  COMMAND $<TARGET_FILE:gohotel> play --window ${OUT}/no_pauses.lua --keys "expect-title:no pauses here,expect-gran:line,PageUp,expect-title:no pauses here")
set_tests_properties(app/window_lesson_steps_pause_to_pause app/window_menu_scrolls_to_the_last_item_and_opens_it
  app/window_menu_esc_asks_before_quitting app/window_params_bar_applies_gogc_50_at_the_same_pause
  app/window_offers_the_next_lesson_at_the_end app/window_the_last_lesson_offers_nothing app/window_lesson_12_offers_lesson_13
  app/window_granularity_is_remembered_across_lessons app/window_scene_without_pauses_opens_on_its_title
  PROPERTIES ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}" WORKING_DIRECTORY ${OUT})
# The wall-clock watchdog in the window: a step that runs past --max-step-seconds fails the
# scene with its error shown like any scene error, and the window stays usable: Back
# leaves the error, End runs into it again.
add_test(NAME app/window_shows_a_step_stopped_by_the_watchdog_and_stays_usable
  COMMAND $<TARGET_FILE:gohotel> play --window ${CMAKE_SOURCE_DIR}/tests/bad/hd_step_too_long.lua --max-step-seconds 1 --keys
  "expect-no-error,e,expect-error:hd_step_too_long.lua:11: stopped: one step ran longer than 1 s,PageUp,expect-no-error,e,expect-error:stopped: one step ran longer than 1 s")
set_tests_properties(app/window_shows_a_step_stopped_by_the_watchdog_and_stays_usable PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}" WORKING_DIRECTORY ${OUT})
# Suggested values are checked: a wrong type is an error naming the scene's file and line.
file(WRITE ${OUT}/bad_suggestion.lua "local n = params.int('n', 3, {1, 'two'})\n")
add_test(NAME app/params_suggestions_of_the_wrong_type_fail_with_file_and_line
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${OUT}/bad_suggestion.lua 2>&1; test $? -eq 1")
set_tests_properties(app/params_suggestions_of_the_wrong_type_fail_with_file_and_line PROPERTIES
  PASS_REGULAR_EXPRESSION "bad_suggestion.lua:1: params.int\\(\"n\"\\): suggested value 2 is a string, not an integer")

# One run path (issue 12): `play` with no display runs the scene through `run`'s code with
# every option given. It used to rebuild argv for `run` and drop --gogc and --procs, and
# read --gogc with atoi ("off" became GOGC=0). Its output must equal `run --transcript`'s
# with the same options, show the 2 Ps asked for (the default is 4) and, with --gogc off,
# no GC cycle at all (the scene runs 3 with the default GOGC=100).
set(NODISPLAY "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER")
add_test(NAME app/play_without_display_keeps_gogc_and_procs
  COMMAND sh -c "${NODISPLAY} $<TARGET_FILE:gohotel> play ${SCENE} --param n=5000 --procs 2 --gogc 50 > ${OUT}/play_opts.txt && $<TARGET_FILE:gohotel> run ${SCENE} --transcript --param n=5000 --procs 2 --gogc 50 > ${OUT}/run_opts.txt && cmp ${OUT}/play_opts.txt ${OUT}/run_opts.txt && grep -q ', 2 P$' ${OUT}/play_opts.txt && ! grep -q ', 4 P$' ${OUT}/play_opts.txt")
add_test(NAME app/play_without_display_gogc_off_disables_the_collector
  COMMAND sh -c "${NODISPLAY} $<TARGET_FILE:gohotel> play ${SCENE} --param n=5000 --gogc off > ${OUT}/play_off.txt && grep -q '^GC cycles: 0 ' ${OUT}/play_off.txt && grep -q '^  NumGC          0$' ${OUT}/play_off.txt && $<TARGET_FILE:gohotel> run ${SCENE} --param n=5000 | grep -q '^GC cycles: 3 '")
add_test(NAME app/play_bad_gogc_is_a_usage_error_naming_the_value
  COMMAND sh -c "${NODISPLAY} $<TARGET_FILE:gohotel> play ${SCENE} --gogc many 2> ${OUT}/play_bad.txt; test $? -eq 2 && grep -q \"gohotel play: bad --gogc value 'many'\" ${OUT}/play_bad.txt")
add_test(NAME app/play_bad_procs_is_a_usage_error_naming_the_value
  COMMAND sh -c "${NODISPLAY} $<TARGET_FILE:gohotel> play ${SCENE} --procs 99 2> ${OUT}/play_bad_procs.txt; test $? -eq 2 && grep -q \"gohotel play: --procs needs a number from 1 to 64, not '99'\" ${OUT}/play_bad_procs.txt")

# A room a Go program made says, when clicked, the Go line that allocated it and why it is
# in the heap: the compiler's verdict for that line, or what the library made it for.
add_test(NAME app/window_room_tooltip_names_the_go_line_and_the_verdict
  COMMAND $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/01_stack_vs_heap.lua --keys
  "PageDown,PageDown,PageDown,PageDown,expect-pause:predict,pin-newest,expect-tooltip:allocated by line 35 of 01_stack_vs_heap.go: fmt.Printf(,expect-tooltip:for the library: fmt's output buffer (pp.buf),PageDown,expect-pause:stored,pin-newest,expect-tooltip:allocated by line 27 of 01_stack_vs_heap.go: s := make([]int,expect-tooltip:compiler: moved to heap: s")
set_tests_properties(app/window_room_tooltip_names_the_go_line_and_the_verdict PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}|pin-newest failed")

# Presenter comforts (issue 16). Speaker notes (lesson.notes) go to the presenter's terminal
# when the window shows their pause, forward and back again, and never onto the window;
# the key hints are up when the first scene opens and H brings them back; holding L turns
# the laser spotlight on where the mouse is, letting go turns it off.
add_test(NAME app/window_prints_speaker_notes_at_their_pause_and_not_on_screen
  COMMAND $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/03_the_hotel.lua --keys
  "expect-pause:intro,PageDown,PageDown,expect-pause:predict,PageUp,PageUp,expect-pause:intro")
set_tests_properties(app/window_prints_speaker_notes_at_their_pause_and_not_on_screen PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}" WORKING_DIRECTORY ${OUT}
  PASS_REGULAR_EXPRESSION "speaker notes · pause intro ──\nHold L and point[^\n]*\n.*speaker notes · pause predict ──\nThe point to land.*speaker notes · pause intro ──")
add_test(NAME app/window_laser_follows_the_mouse_while_l_is_held_and_h_shows_the_keys
  COMMAND $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/03_the_hotel.lua --keys
  "wait,expect-hints:on,expect-laser:off,mouse:400x300,hold:l,wait,expect-laser:on,mouse:500x350,wait,expect-laser:on,release:l,wait,expect-laser:off,PageDown,h,wait,expect-hints:on,expect-pause:classes")
set_tests_properties(app/window_laser_follows_the_mouse_while_l_is_held_and_h_shows_the_keys PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}" WORKING_DIRECTORY ${OUT})
# Bad notes are scene errors with the file and line: a table, and notes too long for one pause.
file(WRITE ${OUT}/bad_notes.lua "lesson.notes({})\n")
file(WRITE ${OUT}/long_notes.lua "lesson.notes(string.rep('x', 1500))\nlesson.notes(string.rep('y', 1500))\n")
add_test(NAME app/lesson_notes_of_the_wrong_type_fail_with_file_and_line
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${OUT}/bad_notes.lua 2>&1; test $? -eq 1")
set_tests_properties(app/lesson_notes_of_the_wrong_type_fail_with_file_and_line PROPERTIES
  PASS_REGULAR_EXPRESSION "bad_notes.lua:1: bad argument #1 to 'notes' \\(string expected, got table\\)")
add_test(NAME app/lesson_notes_too_long_for_one_pause_fail_with_file_and_line
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${OUT}/long_notes.lua 2>&1; test $? -eq 1")
set_tests_properties(app/lesson_notes_too_long_for_one_pause_fail_with_file_and_line PROPERTIES
  PASS_REGULAR_EXPRESSION "long_notes.lua:2: lesson.notes: the notes for one pause are longer than 2047 bytes")

# GIF capture (issue 16). `gohotel gif` records lesson 3 pause by pause, as PageDown steps
# it: every pause held 3 s; the recording is deterministic (the same bytes twice) and small
# (under 5 MB for each 10 s at 1280x720; it is about 0.25 MB).
add_test(NAME app/gif_records_lesson_3_pause_by_pause_deterministically_and_small
  COMMAND sh -c "$<TARGET_FILE:gohotel> gif ${LESSONS}/03_the_hotel.lua --projector -o ${OUT}/l3a.gif > ${OUT}/l3a.txt && $<TARGET_FILE:gohotel> gif ${LESSONS}/03_the_hotel.lua --projector -o ${OUT}/l3b.gif > /dev/null && cmp ${OUT}/l3a.gif ${OUT}/l3b.gif && cat ${OUT}/l3a.txt && python3 -c \"import re,sys; m=re.search(r'frames, ([0-9.]+) s, ([0-9]+) bytes', open('${OUT}/l3a.txt').read()); s,b=float(m[1]),int(m[2]); print('bytes per 10 s', int(b/s*10)); sys.exit(0 if b/s*10 < 5e6 else 1)\" && head -c 6 ${OUT}/l3a.gif")
set_tests_properties(app/gif_records_lesson_3_pause_by_pause_deterministically_and_small PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" PASS_REGULAR_EXPRESSION "wrote [^\n]*l3a.gif: [0-9]+ frames, [0-9.]+ s, [0-9]+ bytes \\(steps [0-9]+ to [0-9]+\\)\nbytes per 10 s [0-9]+\nGIF89a")
# A stretch by pause names and line steps: from the predict to its answer.
add_test(NAME app/gif_records_a_stretch_between_two_pauses_by_lines
  COMMAND $<TARGET_FILE:gohotel> gif ${LESSONS}/03_the_hotel.lua --from predict --to answer --by line --fps 5 --size 640x360 -o ${OUT}/l3_predict.gif)
set_tests_properties(app/gif_records_a_stretch_between_two_pauses_by_lines PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" PASS_REGULAR_EXPRESSION "wrote [^\n]*l3_predict.gif: [0-9]+ frames")
# W in the window starts and stops recording it; the file is a GIF.
add_test(NAME app/window_w_records_the_window_to_a_gif
  COMMAND sh -c "rm -f gohotel-03_the_hotel-*.gif; $<TARGET_FILE:gohotel> play --window --projector ${LESSONS}/03_the_hotel.lua --keys wait,w,wait,wait,PageDown,wait,wait,wait,w,wait 2>&1 && head -c 6 gohotel-03_the_hotel-1.gif"
  WORKING_DIRECTORY ${OUT})
set_tests_properties(app/window_w_records_the_window_to_a_gif PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" FAIL_REGULAR_EXPRESSION "${CLASSROOM_FAIL}"
  PASS_REGULAR_EXPRESSION "recording the window to gohotel-03_the_hotel-1.gif \\(W stops\\).*saved gohotel-03_the_hotel-1.gif \\([0-9]+ frames, [0-9.]+ s\\).*GIF89a")
# Bad input: each is a clear error and exit status 1 (2 for usage), no file half-written.
foreach(case
    "from_after_to|--from predict --to intro -o ${OUT}/bad.gif|--to \\(step [0-9]+\\) comes before --from \\(step [0-9]+\\)"
    "unknown_pause|--from nosuch -o ${OUT}/bad.gif|--from nosuch: [^ ]*03_the_hotel.lua has no pause point named 'nosuch'"
    "past_the_end|--to 99999999 -o ${OUT}/bad.gif|--to 99999999: [^ ]*03_the_hotel.lua ends at step [0-9]+"
    "unwritable|-o /nonexistent-dir/x.gif|cannot write /nonexistent-dir/x.gif: No such file or directory"
    "too_many_steps|--by event -o ${OUT}/bad.gif|[^ ]*03_the_hotel.lua: more than 4000 steps from step [0-9]+ to the end; choose a shorter stretch"
    "bad_fps|--fps 0 -o ${OUT}/bad.gif|--fps needs frames per second from 1 to 50, not '0'"
    "bad_by|--by word -o ${OUT}/bad.gif|--by needs line, operation, event, phase or pause, not 'word'"
    "no_output|--fps 5|-o FILE.gif is missing")
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 name)
  list(GET parts 1 args)
  list(GET parts 2 want)
  add_test(NAME app/gif_refuses_${name}
    COMMAND sh -c "rm -f ${OUT}/bad.gif; $<TARGET_FILE:gohotel> gif ${LESSONS}/03_the_hotel.lua ${args} 2>&1; rc=$?; test ! -e ${OUT}/bad.gif && test $rc -ne 0")
  set_tests_properties(app/gif_refuses_${name} PROPERTIES ENVIRONMENT "${CLASSROOM_ENV}" PASS_REGULAR_EXPRESSION "gohotel gif: ${want}")
endforeach()
# A lesson names the stretches worth a GIF (lesson.clip); --clip records one by its name:
# lesson 4's "mark" is its five pauses from mark-start to answer, each held 3 s.
add_test(NAME app/gif_records_a_clip_the_lesson_named
  COMMAND $<TARGET_FILE:gohotel> gif ${LESSONS}/04_the_janitor.lua --clip mark --size 640x360 -o ${OUT}/l4_mark.gif)
set_tests_properties(app/gif_records_a_clip_the_lesson_named PROPERTIES
  ENVIRONMENT "${CLASSROOM_ENV}" PASS_REGULAR_EXPRESSION "wrote [^\n]*l4_mark.gif: [0-9]+ frames, 15.0 s")
add_test(NAME app/gif_refuses_an_unknown_clip_and_lists_the_lessons_clips
  COMMAND sh -c "$<TARGET_FILE:gohotel> gif ${LESSONS}/04_the_janitor.lua --clip nope -o ${OUT}/bad.gif 2>&1; test $? -eq 1 && test ! -e ${OUT}/bad.gif")
set_tests_properties(app/gif_refuses_an_unknown_clip_and_lists_the_lessons_clips PROPERTIES ENVIRONMENT "${CLASSROOM_ENV}"
  PASS_REGULAR_EXPRESSION "--clip nope: [^ ]*04_the_janitor.lua names no clip 'nope' \\(lesson.clip\\); it has:\n  mark \\(mark-start to answer\\)\n  barrier \\(marking to survived\\)")
add_test(NAME app/gif_refuses_a_clip_with_from_or_to
  COMMAND sh -c "$<TARGET_FILE:gohotel> gif ${LESSONS}/04_the_janitor.lua --clip mark --to answer -o ${OUT}/bad.gif 2>&1; test $? -eq 2")
set_tests_properties(app/gif_refuses_a_clip_with_from_or_to PROPERTIES PASS_REGULAR_EXPRESSION "--clip names both ends: no --from or --to with it")
file(WRITE ${OUT}/bad_clip_twice.lua "lesson.clip('a', 'p', 'q')\nlesson.clip('a', 'p', 'q')\n")
file(WRITE ${OUT}/bad_clip_empty.lua "lesson.clip('a', '', 'q')\n")
add_test(NAME app/lesson_clip_twice_fails_with_file_and_line
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${OUT}/bad_clip_twice.lua 2>&1; test $? -eq 1")
set_tests_properties(app/lesson_clip_twice_fails_with_file_and_line PROPERTIES
  PASS_REGULAR_EXPRESSION "bad_clip_twice.lua:2: lesson.clip: a clip named 'a' already exists")
add_test(NAME app/lesson_clip_with_an_empty_pause_fails_with_file_and_line
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${OUT}/bad_clip_empty.lua 2>&1; test $? -eq 1")
set_tests_properties(app/lesson_clip_with_an_empty_pause_fails_with_file_and_line PROPERTIES
  PASS_REGULAR_EXPRESSION "bad_clip_empty.lua:1: lesson.clip: the first pause must be 1 to 63 characters")
