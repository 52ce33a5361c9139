# compare.cmake — the side-by-side comparison (`--compare K=V,K=V`, lesson.compare, the
# window's D): bad specs are usage errors that say what is wrong; each half equals its
# configuration run alone (event digest, steps, every figure of the difference panel);
# the split picture is legible at 1280x720 in classroom mode; the window steps both.
set(CMP_SCENE ${CMAKE_SOURCE_DIR}/scenes/concat_vs_builder.lua)
set(CMP_OUT ${CMAKE_BINARY_DIR}/test-out/compare)
file(MAKE_DIRECTORY ${CMP_OUT})

# Bad specs: exit 2 (usage), naming the part that is wrong; a bad value of a scene's param
# is the scene's own error (file:line), exit 1, naming the side.
gohotel_expect(compare/one_config 2 "--compare needs two configurations separated by a comma.*'gogc=50'" run ${CMP_SCENE} --compare gogc=50)
gohotel_expect(compare/three_configs 2 "compares two configurations, not more" run ${CMP_SCENE} --compare gogc=1,gogc=2,gogc=3)
gohotel_expect(compare/not_key_value 2 "'gogc' in 'gogc' is not KEY=VALUE" run ${CMP_SCENE} --compare gogc,gogc=2)
gohotel_expect(compare/empty_side 2 "an empty configuration" run ${CMP_SCENE} --compare gogc=50,)
gohotel_expect(compare/same_sides 2 "both sides are 'n=5'" run ${CMP_SCENE} --compare n=5,n=5)
gohotel_expect(compare/key_twice 2 "'n' is set twice in 'n=5\\+n=6'" run ${CMP_SCENE} --compare n=5+n=6,n=7)
gohotel_expect(compare/bad_gogc 2 "bad gogc value 'abc' in 'gogc=abc'" run ${CMP_SCENE} --compare gogc=abc,gogc=200)
gohotel_expect(compare/bad_procs 2 "procs needs a number from 1 to 64, not '0'" run ${CMP_SCENE} --compare procs=0,procs=2)
gohotel_expect(compare/unknown_key 2 "unknown key 'foo' in 'foo=1' \\(the keys are gogc, procs, n:" run ${CMP_SCENE} --compare foo=1,n=2)
gohotel_expect(compare/bad_param_value 1 "concat_vs_builder.lua:7: param n: \"abc\" is not an integer \\(in the comparison's side n=abc\\)"
               run ${CMP_SCENE} --compare n=abc,n=5)
gohotel_expect(compare/shot_bad_spec 2 "gohotel shot: --compare: unknown key 'foo'" shot ${CMP_SCENE} --end -o ${CMP_OUT}/x.png --compare foo=1,n=2)
gohotel_expect(compare/play_bad_spec 2 "gohotel play: --compare: bad gogc value 'x'" play ${CMP_SCENE} --compare gogc=x,gogc=5)

# Lock step keeps each half its own run: the runtime's GOGC (GC cycles differ), a scene's
# param (n), and a lesson's param stopped midway (--steps).
foreach(case "gogc;gogc=50,gogc=200;--gogc 50;--gogc 200;--param n=5000"
             "param;n=100,n=1000;--param n=100;--param n=1000;"
             "procs_steps;procs=1,procs=4;--procs 1;--procs 4;--param n=5000 --steps 2000")
  list(GET case 0 name)
  list(GET case 1 spec)
  list(GET case 2 left)
  list(GET case 3 right)
  list(GET case 4 args)
  add_test(NAME compare/halves_equal_solo_runs_${name}
    COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> -DSCENE=${CMP_SCENE} -DSPEC=${spec} "-DSOLO_LEFT=${left}"
            "-DSOLO_RIGHT=${right}" "-DARGS=${args}" -P ${CMAKE_SOURCE_DIR}/tests/compare_check.cmake
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()

# shot --compare --digest at a lesson's pause: each side's digest is the solo shot's at that
# pause (lesson 4 stops in run(50) or run(200) by its param gogc), and the two differ.
set(L4 ${CMAKE_SOURCE_DIR}/scenes/04_the_janitor.lua)
add_test(NAME compare/shot_digest_equals_solo_at_a_pause
  COMMAND sh -c "set -e
    both=$($<TARGET_FILE:gohotel> shot ${L4} --compare gogc=50,gogc=200 --pause pacer --digest -o ${CMP_OUT}/pacer.png)
    a=$($<TARGET_FILE:gohotel> shot ${L4} --param gogc=50 --pause pacer --digest -o ${CMP_OUT}/a.png)
    b=$($<TARGET_FILE:gohotel> shot ${L4} --param gogc=200 --pause pacer --digest -o ${CMP_OUT}/b.png)
    echo \"$both\"; test \"$a\" != \"$b\"
    test \"$(echo \"$both\" | sed -n 1p)\" = \"gogc=50: $a\"
    test \"$(echo \"$both\" | sed -n 2p)\" = \"gogc=200: $b\"")

# The split picture at 1280x720 in classroom mode: the halves and the difference panel
# pass the layout check; lesson 4's shot --pauses adds the comparison its answer asks for.
add_test(NAME compare/shot_split_view_passes_the_layout_check
  COMMAND $<TARGET_FILE:gohotel> shot ${L4} --compare gogc=50,gogc=200 --pause pacer --projector --size 1280x720
          --check-layout -o ${CMP_OUT}/pacer-1280.png)
add_test(NAME compare/lesson_compare_adds_a_split_picture
  COMMAND sh -c "rm -rf ${CMP_OUT}/l4 && $<TARGET_FILE:gohotel> shot ${L4} --pauses --projector --size 1280x720 --check-layout -o ${CMP_OUT}/l4 && ls ${CMP_OUT}/l4 | grep -- -compare.png")
set_tests_properties(compare/lesson_compare_adds_a_split_picture PROPERTIES PASS_REGULAR_EXPRESSION "(^|\n)[0-9][0-9]-answer-compare.png")

# The window: play --compare opens side by side; PageDown steps both to the next pause;
# D leaves and the single scene is where it was; D at a pause without lesson.compare
# uses play's --compare again.
add_test(NAME compare/window_steps_both_and_leaves
  COMMAND $<TARGET_FILE:gohotel> play --window --compare n=100,n=1000
          --keys "expect-compare:n=100|n=1000,PageDown,expect-compare:n=100|n=1000,PageUp,d,expect-compare:none,expect-pause-index:1,PageDown,d,expect-compare:n=100|n=1000,Escape,Escape"
          ${CMP_SCENE}
  WORKING_DIRECTORY ${CMP_OUT})
# Lesson 4's answer: D there opens gogc=50 | gogc=200, both at that pause.
add_test(NAME compare/window_lesson_compare_at_its_pause
  COMMAND $<TARGET_FILE:gohotel> play --window
          --keys "d,expect-compare:none,End,expect-compare:none,Home,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,PageDown,expect-pause:answer,d,expect-compare:gogc=50|gogc=200,PageDown,expect-compare:gogc=50|gogc=200,d,expect-compare:none,Escape"
          ${L4}
  WORKING_DIRECTORY ${CMP_OUT})
set_tests_properties(compare/window_steps_both_and_leaves compare/window_lesson_compare_at_its_pause PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts"
  FAIL_REGULAR_EXPRESSION "failed: got|unknown expectation|unknown key")

# W side by side records the split view (both halves, the window's size) to a GIF, as
# `gif --compare` does; W again stops; a recording started side by side ends when D leaves.
add_test(NAME compare/window_w_records_the_split_view
  COMMAND sh -c "rm -f gohotel-concat_vs_builder-compare-*.gif; $<TARGET_FILE:gohotel> play --window --size 1280x720 --compare n=100,n=1000 ${CMP_SCENE} --keys 'expect-compare:n=100|n=1000,w,wait,wait,PageDown,wait,wait,w,w,wait,d,expect-compare:none,Escape' 2>&1 && for f in gohotel-concat_vs_builder-compare-1.gif gohotel-concat_vs_builder-compare-2.gif; do head -c 6 $f; echo \" $f\" $(od -An -tu2 -j6 -N4 $f); done"
  WORKING_DIRECTORY ${CMP_OUT})
set_tests_properties(compare/window_w_records_the_split_view PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts"
  FAIL_REGULAR_EXPRESSION "failed: got|unknown expectation|unknown key|No such file"
  PASS_REGULAR_EXPRESSION "recording the window to gohotel-concat_vs_builder-compare-1.gif \\(W stops\\).*saved gohotel-concat_vs_builder-compare-1.gif \\([0-9]+ frames.*recording the window to gohotel-concat_vs_builder-compare-2.gif.*saved gohotel-concat_vs_builder-compare-2.gif \\([0-9]+ frames.*GIF89a gohotel-concat_vs_builder-compare-1.gif 1280 720\nGIF89a gohotel-concat_vs_builder-compare-2.gif 1280 720")

# The panel's counters count from the lesson's measure: at lesson 4's answer each side's
# NumGC is the cycles its narration says; without a measure running (one that failed
# inside pcall is closed), they count from the program's start, and the heading says so.
add_test(NAME compare/panel_counts_since_the_lessons_measure
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> -DSCENE=${L4} -DOUT=${CMP_OUT}/since
          -P ${CMAKE_SOURCE_DIR}/tests/compare_since_check.cmake)
file(WRITE ${CMP_OUT}/measure_failed.lua "lesson.title('a measure that failed')
local ok = pcall(lesson.measure, 'broken', function() error('no') end)
lesson.check(not ok, 'the measure failed')
lesson.measure('open', function() lesson.pause('inside') end)
lesson.pause('after')
")
add_test(NAME compare/panel_inside_a_measure
  COMMAND $<TARGET_FILE:gohotel> shot ${CMP_OUT}/measure_failed.lua --compare gogc=50,gogc=200 --pause inside --digest -o ${CMP_OUT}/in.png)
add_test(NAME compare/panel_after_a_failed_measure
  COMMAND $<TARGET_FILE:gohotel> shot ${CMP_OUT}/measure_failed.lua --compare gogc=50,gogc=200 --pause after --digest -o ${CMP_OUT}/after.png)
set_tests_properties(compare/panel_inside_a_measure PROPERTIES PASS_REGULAR_EXPRESSION "panel since: since measure 'open' began")
set_tests_properties(compare/panel_after_a_failed_measure PROPERTIES PASS_REGULAR_EXPRESSION "panel since: since the program started")
include(${CMAKE_SOURCE_DIR}/tests/compare_lesson5.cmake)
include(${CMAKE_SOURCE_DIR}/tests/compare_scenes.cmake)
include(${CMAKE_SOURCE_DIR}/tests/compare_gif.cmake)
include(${CMAKE_SOURCE_DIR}/tests/split_layout.cmake)

# Lesson 1 at half width: "add's plate" and "c lives here" keep off the stack
# gauge and every text (the checker sees the gauge as a label); each half passes --check-layout.
add_test(NAME compare/lesson1_half_width_callouts_clear
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/01_stack_vs_heap.lua --compare gogc=50,gogc=200
          --pause plate --projector --size 1280x720 --check-layout -o ${CMP_OUT}/l1_plate_half.png)
set_tests_properties(compare/lesson1_half_width_callouts_clear PROPERTIES
  ENVIRONMENT "GOHOTEL_FONT_DIR=${CMAKE_SOURCE_DIR}/assets/fonts" FAIL_REGULAR_EXPRESSION "overlaps|layout problem")
