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

# Lessons 1 and 2 side by side, every pause: lesson 2's narration wraps into more lines at
# half width, and its band may take up to half the height before a line is dropped (it
# once lost the last line of 'boxing' beside lesson 1's 'predict'); 'on the plate' fits on
# x's and z's own line in the half's narrow cafeteria.
add_test(NAME split_layout/lessons_1_and_2_side_by_side
  COMMAND $<TARGET_FILE:gohotel> shot ${L1} ${CMAKE_SOURCE_DIR}/scenes/02_escape_analysis.lua --pauses --projector
          --size 1280x720 --check-layout -o ${SL_OUT}/l1_l2)
# Lesson 1's 'plate' at half width: 'c lives here' sits on c's own line, not over b's and
# ~r0's lines inside add's ring (the checker reports a callout on plate lines it does not
# point at, callout_lines.c); c's ring runs inside add's ring, apart from it (the two once
# drew one thick line, and the note sat on add's ring), and the note sits under add's ring,
# tied to c's line (callout_rings.c: the checker reports a plate's and its line's rings that
# run into each other).
add_test(NAME split_layout/lesson1_half_width_c_callout_on_its_line
  COMMAND $<TARGET_FILE:gohotel> shot ${L1} --compare gogc=50,gogc=200 --pause plate --projector --size 1280x720
          --check-layout -o ${SL_OUT}/l1_plate.png)
set_tests_properties(split_layout/lessons_1_and_2_side_by_side split_layout/lesson1_half_width_c_callout_on_its_line
  PROPERTIES ENVIRONMENT "${SL_ENV}")

# Lesson 4 side by side (gogc=50 | gogc=200) and lesson 5 alone (its 'built' pause adds
# the comparison lesson.compare asks for): every pause, and the end, legible. Lesson 4's
# 'compare' narration at half width once lost a line.
add_test(NAME split_layout/lesson4_gogc_50_and_200_every_pause
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/04_the_janitor.lua --compare gogc=50,gogc=200 --pauses
          --projector --size 1280x720 --check-layout -o ${SL_OUT}/l4)
add_test(NAME split_layout/lesson5_gogc_50_and_200_every_pause
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/05_concat_vs_builder.lua --compare gogc=50,gogc=200 --pauses
          --projector --size 1280x720 --check-layout -o ${SL_OUT}/l5)
set_tests_properties(split_layout/lesson4_gogc_50_and_200_every_pause split_layout/lesson5_gogc_50_and_200_every_pause
  PROPERTIES ENVIRONMENT "${SL_ENV}")

# The mouse side by side: hovering the right half's newest room shows the right half's
# tooltip (its own scene's room: pair_b.lua's line) and none on the left, and the other way
# round; over the difference panel, and after a key, neither half shows one.
add_test(NAME split_layout/window_hover_goes_to_the_half_under_the_mouse
  COMMAND $<TARGET_FILE:gohotel> play --window --size 1280x720 ${CS_OUT}/pair_a.lua ${CS_OUT}/pair_b.lua
          --keys "PageDown,PageDown,wait,expect-split-tooltip:none,hover-newest:right,wait,expect-split-tooltip:right:allocated at pair_b.lua:5,hover-newest:left,wait,expect-split-tooltip:left:allocated at pair_a.lua:6,mouse:100x700,wait,expect-split-tooltip:none,hover-newest:right,wait,PageUp,expect-split-tooltip:none,Escape,Escape"
  WORKING_DIRECTORY ${CS_OUT})
set_tests_properties(split_layout/window_hover_goes_to_the_half_under_the_mouse PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;${SL_ENV}" FAIL_REGULAR_EXPRESSION "failed: got|failed: not|unknown expectation|unknown key")

# Lesson 6's 'one' at 1280x720: four callouts once crowded the hotel, two of them set in the
# sign column of the floor above their own (the checker reports a callout held whole in
# another floor's sign column, callout_cover.c); now only the last buffer and sink are
# labelled, each in open air above its floor.
add_test(NAME split_layout/lesson6_one_callouts_in_open_air
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/06_reusing_buffers.lua --pause one --projector
          --size 1280x720 --check-layout -o ${SL_OUT}/l6_one.png)
set_tests_properties(split_layout/lesson6_one_callouts_in_open_air PROPERTIES ENVIRONMENT "${SL_ENV}")

# Lesson 7 side by side (gogc=50 | gogc=200), every pause: in the zoomed half-width hotel
# the free-pages strip runs under its sticky sign, so "released to the OS" is fitted to the
# part of the strip that shows beside the sign (it was once centred on the whole strip and
# drawn under "free pages · 503 pages").
add_test(NAME split_layout/lesson7_released_label_beside_the_free_pages_sign
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/07_values_vs_pointers.lua --compare gogc=50,gogc=200 --pauses
          --projector --size 1280x720 --check-layout -o ${SL_OUT}/l7)
set_tests_properties(split_layout/lesson7_released_label_beside_the_free_pages_sign PROPERTIES ENVIRONMENT "${SL_ENV}")

# Lesson 6's 'one' side by side (gogc=50 | gogc=200): the four rings (buf's three buffers
# and sink) are on four floors; each floor gets the height its own rooms need (the 64 B
# floor's 128 rooms need more than the 256 B floor's 32), so all four rooms fit the
# half-width hotel (at one shared height 'buf 3' and 'sink' were once off screen).
add_test(NAME split_layout/lesson6_one_half_width_shows_every_ringed_room
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/06_reusing_buffers.lua --compare gogc=50,gogc=200 --pauses
          --projector --size 1280x720 --check-layout -o ${SL_OUT}/l6)
set_tests_properties(split_layout/lesson6_one_half_width_shows_every_ringed_room PROPERTIES ENVIRONMENT "${SL_ENV}")

# Lesson 8 side by side (gogc=50 | gogc=200), every pause: at GOGC=50 the growing heap
# starts a cycle of its own before line 80's runtime.GC(), so the lesson checks that the
# next GC is that line's and one more than NumGC before it (it once expected NumGC 1, true
# only at the default GOGC, and failed at scenes/08_sync_pool.lua:137), and says how many
# cycles ran before it when any did.
add_test(NAME split_layout/lesson8_gogc_50_and_200_every_pause
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/08_sync_pool.lua --compare gogc=50,gogc=200 --pauses
          --projector --size 1280x720 --check-layout -o ${SL_OUT}/l8)
set_tests_properties(split_layout/lesson8_gogc_50_and_200_every_pause PROPERTIES ENVIRONMENT "${SL_ENV}")

# The presenter in the split view: each half's tooltip names its own scene's room (left:
# pair_a.lua's line, right: pair_b.lua's), and holding L turns the laser pointer on over the
# split window, following the mouse from the left half into the right one and over the
# difference panel; letting go turns it off (the split view once ignored L).
add_test(NAME split_layout/window_tooltips_per_half_and_the_laser_pointer
  COMMAND $<TARGET_FILE:gohotel> play --window --size 1280x720 ${CS_OUT}/pair_a.lua ${CS_OUT}/pair_b.lua
          --keys "PageDown,PageDown,wait,hover-newest:left,wait,expect-split-tooltip:left:allocated at pair_a.lua:6,hover-newest:right,wait,expect-split-tooltip:right:allocated at pair_b.lua:5,expect-laser:off,mouse:300x300,hold:l,wait,expect-laser:on,mouse:900x300,wait,expect-laser:on,mouse:640x690,wait,expect-laser:on,release:l,wait,expect-laser:off,PageDown,expect-laser:off,Escape,Escape"
  WORKING_DIRECTORY ${CS_OUT})
set_tests_properties(split_layout/window_tooltips_per_half_and_the_laser_pointer PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=dummy;${SL_ENV}" FAIL_REGULAR_EXPRESSION "failed: got|failed: not|unknown expectation|unknown key")
