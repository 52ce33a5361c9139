# tests/diff.cmake — the differential suite: every tests/golang/diff/NAME.go is run by
# `gohotel exec --procs 4` and read by `gohotel escape`, and both are compared with real
# Go 1.19 (NAME.expected, NAME.escape, written by tests/golang/diff/regen.sh).
# Included from the top-level CMakeLists.txt.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "Python 3 not found: the differential suite is skipped")
  return()
endif()
file(GLOB gh_diff_programs CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/golang/diff/*.go)
foreach(src ${gh_diff_programs})
  get_filename_component(name ${src} NAME_WE)
  foreach(mode exec escape)
    add_test(NAME diff/${name}_${mode}
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/golang/diff/check_diff.py $<TARGET_FILE:gohotel> ${src} ${mode})
  endforeach()
endforeach()
