# tests/classroom.cmake — every scene is legible from the back row. Included from the
# top-level CMakeLists.txt.
#   classroom/NAME_1280x720   `gohotel shot NAME --pauses --check-layout --projector` renders
#   classroom/NAME_1920x1080  every pause (and the end) and asks the view's layout checker
#                             after each frame: narration >= 26 px, other text >= 18 px, no
#                             text outside its panel or over other text, every highlighted
#                             room drawn >= 12 px. Any problem fails the test and is printed
#                             as `SCENE: pause NAME (step N): problem`.
# Plus usage errors of the options these tests rely on.
set(GH_CLASSROOM_SCENES
  01_stack_vs_heap 02_escape_analysis 03_the_hotel 04_the_janitor 05_concat_vs_builder
  06_reusing_buffers 07_values_vs_pointers 08_sync_pool 09_zeroing 10_finalizers 11_profiling
  12_go_source 13_maps concat_vs_builder)
set(GH_CLASSROOM_OUT ${CMAKE_BINARY_DIR}/classroom)

foreach(s ${GH_CLASSROOM_SCENES})
  foreach(size 1280x720 1920x1080)
    add_test(NAME classroom/${s}_${size}
      COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/${s}.lua --pauses --check-layout --projector
              --size ${size} -o ${GH_CLASSROOM_OUT}/${s}_${size}
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endforeach()
endforeach()

# --pauses writes one numbered picture per pause, in order, then the end.
add_test(NAME classroom/pauses_writes_every_pause_in_order
  COMMAND sh -c "rm -rf ${GH_CLASSROOM_OUT}/order && $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/03_the_hotel.lua --pauses -o ${GH_CLASSROOM_OUT}/order && ls ${GH_CLASSROOM_OUT}/order | head -3 | tr '\\n' ' ' && ls ${GH_CLASSROOM_OUT}/order | tail -1"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(classroom/pauses_writes_every_pause_in_order PROPERTIES
  PASS_REGULAR_EXPRESSION "(^|\n)01-intro.png 02-classes.png 03-predict.png [0-9][0-9]-end.png")
# A tiny window cannot hold the classroom's text: the checker says so and shot exits 1.
add_test(NAME classroom/check_layout_fails_in_a_tiny_window
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/03_the_hotel.lua --pause tiny --check-layout --projector --size 320x200 -o ${GH_CLASSROOM_OUT}/tiny.png 2>&1; test $? -eq 1"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(classroom/check_layout_fails_in_a_tiny_window PROPERTIES
  PASS_REGULAR_EXPRESSION "03_the_hotel.lua: pause tiny \\(step [0-9]+\\): ")
add_test(NAME classroom/pauses_with_pause_is_usage_error
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/03_the_hotel.lua --pauses --pause tiny -o ${GH_CLASSROOM_OUT}/x 2>&1; test $? -eq 2"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(classroom/pauses_with_pause_is_usage_error PROPERTIES PASS_REGULAR_EXPRESSION "choose one of")
add_test(NAME classroom/pauses_without_dir_is_usage_error
  COMMAND sh -c "$<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/03_the_hotel.lua --pauses 2>&1; test $? -eq 2"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(classroom/pauses_without_dir_is_usage_error PROPERTIES PASS_REGULAR_EXPRESSION "--pauses needs -o DIR")
# A Go program's parked goroutine (tests/view/parked_receiver.lua): its header's wait
# reason and channel row are legible and whole at classroom size, at every pause.
add_test(NAME classroom/parked_receiver_1280x720
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/tests/view/parked_receiver.lua --pauses --check-layout --projector
          --size 1280x720 -o ${GH_CLASSROOM_OUT}/parked_receiver_1280x720
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
