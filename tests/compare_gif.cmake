# compare_gif.cmake — `gohotel gif` of the split view (included from compare.cmake): with
# --compare K=V,K=V or two scenes it records both halves, each with its narration burned in,
# and the difference panel. The recording is deterministic (the same bytes twice), a GIF,
# and small: under the issue's 5 MB for each 10 s at 1280x720, paused pictures and a
# stretch stepped line by line (every frame changes) alike. Bad input: the file and side.
set(CG_OUT ${CMAKE_BINARY_DIR}/test-out/compare_gif)
file(MAKE_DIRECTORY ${CG_OUT})
set(CG_L5 ${CMAKE_SOURCE_DIR}/scenes/05_concat_vs_builder.lua)
set(CG_SIZE "import re,sys; m=re.search(r'frames, ([0-9.]+) s, ([0-9]+) bytes', open(sys.argv[1]).read()); s,b=float(m[1]),int(m[2]); print('bytes per 10 s', int(b/s*10)); sys.exit(0 if s >= 9 and b/s*10 < 5e6 else 1)")
# Lesson 5 from its predict to its answer, pause by pause: both halves at each pause (the
# right side's narration ends at its own "built", as the summary line says: both steps).
add_test(NAME compare/gif_lesson5_side_by_side_deterministic_and_small
  COMMAND sh -c "set -e
    $<TARGET_FILE:gohotel> gif ${CG_L5} --compare way=concat,way=builder --from predict --to answer --projector -o ${CG_OUT}/a.gif > ${CG_OUT}/a.txt
    $<TARGET_FILE:gohotel> gif ${CG_L5} --compare way=concat,way=builder --from predict --to answer --projector -o ${CG_OUT}/b.gif > /dev/null
    cmp ${CG_OUT}/a.gif ${CG_OUT}/b.gif; cat ${CG_OUT}/a.txt; python3 -c \"${CG_SIZE}\" ${CG_OUT}/a.txt; head -c 6 ${CG_OUT}/a.gif")
set_tests_properties(compare/gif_lesson5_side_by_side_deterministic_and_small PROPERTIES PASS_REGULAR_EXPRESSION
  "wrote [^\n]*a.gif: [0-9]+ frames, 15.0 s, [0-9]+ bytes \\(way=concat,way=builder: steps [0-9]+ \\| [0-9]+\\)\nbytes per 10 s [0-9]+\nGIF89a")
# Line by line, 40 steps on each side (both to step 40): the hotel changes every frame.
add_test(NAME compare/gif_line_by_line_stays_small
  COMMAND sh -c "$<TARGET_FILE:gohotel> gif ${CMAKE_SOURCE_DIR}/scenes/concat_vs_builder.lua --compare n=100,n=1000 --by line --to 40 --projector -o ${CG_OUT}/lines.gif > ${CG_OUT}/lines.txt && cat ${CG_OUT}/lines.txt && python3 -c \"${CG_SIZE}\" ${CG_OUT}/lines.txt")
set_tests_properties(compare/gif_line_by_line_stays_small PROPERTIES PASS_REGULAR_EXPRESSION
  "n=100,n=1000: steps 40 \\| 40\\)\nbytes per 10 s [0-9]+")
# Two scenes: the shorter waits at its end while the other's pauses go on.
add_test(NAME compare/gif_two_scenes
  COMMAND $<TARGET_FILE:gohotel> gif ${CMAKE_BINARY_DIR}/test-out/compare_scenes/pair_a.lua
          ${CMAKE_BINARY_DIR}/test-out/compare_scenes/pair_b.lua --size 640x360 --fps 2 -o ${CG_OUT}/pair.gif)
set_tests_properties(compare/gif_two_scenes PROPERTIES PASS_REGULAR_EXPRESSION
  "wrote [^\n]*pair.gif: [0-9]+ frames, [0-9.]+ s, [0-9]+ bytes \\(pair_a.lua,pair_b.lua: steps 28 \\| 20\\)")
# A lesson's clip, taken from the left side's run.
add_test(NAME compare/gif_lesson4_clip
  COMMAND $<TARGET_FILE:gohotel> gif ${CMAKE_SOURCE_DIR}/scenes/04_the_janitor.lua --compare gogc=50,gogc=200 --clip mark
          --size 640x360 --fps 2 -o ${CG_OUT}/mark.gif)
set_tests_properties(compare/gif_lesson4_clip PROPERTIES PASS_REGULAR_EXPRESSION "wrote [^\n]*mark.gif: [0-9]+ frames")
gohotel_expect(compare/gif_bad_spec 2 "gohotel gif: --compare: unknown key 'foo'" gif ${CG_L5} --compare foo=1,way=builder -o ${CG_OUT}/x.gif)
gohotel_expect(compare/gif_second_missing 1 "no_such.lua: cannot open scene \\(in the comparison's right side, no_such.lua\\)"
               gif ${CG_L5} ${CG_OUT}/no_such.lua -o ${CG_OUT}/x.gif)
gohotel_expect(compare/gif_no_such_pause 1 "--from nowhere: .*05_concat_vs_builder.lua has no pause point named 'nowhere'"
               gif ${CG_L5} --compare way=concat,way=builder --from nowhere -o ${CG_OUT}/x.gif)
gohotel_expect(compare/gif_no_such_clip 1 "--clip nope: .*04_the_janitor.lua names no clip 'nope' \\(lesson.clip\\); it has:"
               gif ${CMAKE_SOURCE_DIR}/scenes/04_the_janitor.lua --compare gogc=50,gogc=200 --clip nope -o ${CG_OUT}/x.gif)
gohotel_expect(compare/gif_to_before_from 1 "--to predict comes before --from"
               gif ${CG_L5} --compare way=concat,way=builder --from answer --to predict -o ${CG_OUT}/x.gif)
