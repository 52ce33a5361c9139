# compare_scenes.cmake — two different scenes side by side (`play|shot|run A.lua B.lua`;
# included from compare.cmake). Each half is its own scene, exactly as it runs alone; the
# two step by pause, the one with fewer pauses waiting at its end; bad input is an error
# that names the file (and line) and the side.
set(CS_OUT ${CMAKE_BINARY_DIR}/test-out/compare_scenes)
file(MAKE_DIRECTORY ${CS_OUT})
# A: three pauses, 1000 then 5000 bytes kept. B: one pause, two 64-byte slices.
file(WRITE ${CS_OUT}/pair_a.lua "lesson.title('three pauses')
local g = go.globals('keep []byte')
lesson.step('one', 'Nothing allocated yet.')
g.keep = go.make('[]byte', 1000)
lesson.step('two', 'One 1024-byte room.')
g.keep = go.make('[]byte', 5000)
lesson.step('three', 'A bigger room.')
")
file(WRITE ${CS_OUT}/pair_b.lua "lesson.title('one pause')
local g = go.globals('keep []byte')
g.keep = go.make('[]byte', 64)
lesson.step('only', 'One 64-byte room.')
g.keep = go.make('[]byte', 64)
")
# Fails after its first pause (line 3), and does not parse (line 2).
file(WRITE ${CS_OUT}/fails_later.lua "lesson.title('fails later')
lesson.pause('first')
error('the scene breaks here')
")
file(WRITE ${CS_OUT}/bad_syntax.lua "lesson.title('bad syntax')
lesson.pause(
")
set(A ${CS_OUT}/pair_a.lua)
set(B ${CS_OUT}/pair_b.lua)

# run --json A B: each side's steps, digest and MemStats are its solo run's; at a pause
# both stand at their k-th (B at its end past its one pause); shot --pauses writes one
# picture per pause of the longer scene, then the end, legible in classroom mode.
add_test(NAME compare/scenes_halves_equal_solo_runs
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> -DA=${A} -DB=${B} -DOUT=${CS_OUT}/check
          -P ${CMAKE_SOURCE_DIR}/tests/compare_scenes_check.cmake)
# The text report names both files; --transcript-less `play` with no display runs the same.
add_test(NAME compare/scenes_run_text COMMAND $<TARGET_FILE:gohotel> run ${A} ${B})
set_tests_properties(compare/scenes_run_text PROPERTIES PASS_REGULAR_EXPRESSION
  "== pair_a.lua ==.*== pair_b.lua ==.*difference \\(pair_b.lua against pair_a.lua")
add_test(NAME compare/scenes_play_without_display COMMAND $<TARGET_FILE:gohotel> play ${A} ${B})
set_tests_properties(compare/scenes_play_without_display PROPERTIES ENVIRONMENT "DISPLAY=;WAYLAND_DISPLAY=;SDL_VIDEODRIVER="
  PASS_REGULAR_EXPRESSION "\\[three\\] A bigger room.*\\[only\\] One 64-byte room.*difference")
# The window: both open side by side; PageDown steps both; D leaves to A alone, D again
# comes back to the two.
add_test(NAME compare/scenes_window
  COMMAND $<TARGET_FILE:gohotel> play --window ${A} ${B}
          --keys "expect-compare:pair_a.lua|pair_b.lua,PageDown,expect-compare:pair_a.lua|pair_b.lua,d,expect-compare:none,expect-scene:pair_a.lua,d,expect-compare:pair_a.lua|pair_b.lua,Escape,Escape"
  WORKING_DIRECTORY ${CS_OUT})
set_tests_properties(compare/scenes_window PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts"
  FAIL_REGULAR_EXPRESSION "failed: got|unknown expectation|unknown key")

# Bad input: the side's file (and line) named, never a crash.
gohotel_expect(compare/scenes_second_missing 1 "no_such.lua: cannot open scene \\(in the comparison's right side, no_such.lua\\)"
               run ${A} ${CS_OUT}/no_such.lua)
gohotel_expect(compare/scenes_shot_second_missing 1 "gohotel shot: .*no_such.lua: cannot open scene \\(in the comparison's right side"
               shot ${A} ${CS_OUT}/no_such.lua --end -o ${CS_OUT}/x.png)
gohotel_expect(compare/scenes_play_second_missing 1 "gohotel play: .*no_such.lua: cannot open scene \\(in the comparison's right side"
               play --window ${A} ${CS_OUT}/no_such.lua)
gohotel_expect(compare/scenes_left_bad_syntax 1 "bad_syntax.lua:3: .*\\(in the comparison's left side, bad_syntax.lua\\)"
               run ${CS_OUT}/bad_syntax.lua ${B})
gohotel_expect(compare/scenes_fails_later 1 "fails_later.lua:3: the scene breaks here \\(in the comparison's right side, fails_later.lua\\)"
               run ${A} ${CS_OUT}/fails_later.lua)
gohotel_expect(compare/scenes_shot_fails_later 1 "fails_later.lua:3: the scene breaks here \\(in the comparison's right side"
               shot ${A} ${CS_OUT}/fails_later.lua --pauses -o ${CS_OUT}/fails)
gohotel_expect(compare/scenes_three 2 "more than two scenes: .*pair_a.lua \\(two are shown side by side\\)" run ${A} ${B} ${A})
gohotel_expect(compare/scenes_and_compare 2 "two scenes or --compare, not both" shot ${A} ${B} --compare gogc=1,gogc=2 --end -o ${CS_OUT}/x.png)
gohotel_expect(compare/scenes_the_same_twice 1 "both sides are .*pair_a.lua: nothing to compare" run ${A} ${A})
gohotel_expect(compare/scenes_no_such_pause 1 "has no pause point named 'nowhere'" shot ${A} ${B} --pause nowhere -o ${CS_OUT}/x.png)

# --compare and the two-scene form are listed where they work: gohotel --help, and each
# command's own usage (play, run, shot, gif).
add_test(NAME compare/help_lists_compare COMMAND $<TARGET_FILE:gohotel> --help)
set_tests_properties(compare/help_lists_compare PROPERTIES PASS_REGULAR_EXPRESSION
  "play \\[SCENE.lua\\][^\n]*\n[^\n]*--compare K=V,K=V.*run SCENE.lua.*--compare K=V,K=V.*shot SCENE.lua.*--compare K=V,K=V.*gif SCENE.lua.*--compare K=V,K=V.*\\(play, run, shot, gif\\) the scene twice.*A.lua B.lua +\\(play, run, shot, gif\\) two scenes")
foreach(cmd play run shot gif)
  add_test(NAME compare/usage_of_${cmd}_lists_compare COMMAND $<TARGET_FILE:gohotel> ${cmd} --help)
  set_tests_properties(compare/usage_of_${cmd}_lists_compare PROPERTIES PASS_REGULAR_EXPRESSION
    "\\[--compare K=V,K=V\\].*gohotel ${cmd} A.lua B.lua")
endforeach()
