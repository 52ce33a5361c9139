# tests/layers.cmake — the build enforces the layers. Included from the top-level CMakeLists.txt.
#   layers/includes_go_the_allowed_way      tests/check_includes.py: every #include in src/,
#       tests/, bench/ against the layer table and the public headers CMake linked into api/
#       (needs every layer configured, so only in the full build)
#   layers/check_includes_names_planted_violations   the checker finds a planted violation
#       of each kind, with its file and line
#   layers/core_builds_without_sdl_and_lua  tests/layers_core_build.cmake: runtime, run and
#       golang configure, build and pass their tests in a sub-build with WITH_VIEW/WITH_LUA
#       off and pkg-config unable to find SDL2 or Lua (not in the sanitizer or fuzz builds:
#       what it proves does not depend on them, and it would cost them a second build)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  if(GOHOTEL_WITH_VIEW AND GOHOTEL_WITH_LUA)
    add_test(NAME layers/includes_go_the_allowed_way
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/check_includes.py ${CMAKE_SOURCE_DIR} ${GH_API})
  endif()
  add_test(NAME layers/check_includes_names_planted_violations
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/check_includes.py --selftest)
  set_tests_properties(layers/check_includes_names_planted_violations PROPERTIES
    PASS_REGULAR_EXPRESSION "selftest ok")
else()
  message(STATUS "Python 3 not found: the include-direction test is skipped")
endif()

if(GOHOTEL_WITH_VIEW AND GOHOTEL_WITH_LUA AND NOT GOHOTEL_SANITIZE AND NOT GOHOTEL_FUZZ)
  add_test(NAME layers/core_builds_without_sdl_and_lua
    COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -DBIN=${CMAKE_BINARY_DIR}/core-only
            -DCC=${CMAKE_C_COMPILER} -DBUILD_TYPE=${CMAKE_BUILD_TYPE} -DSTRICT=${GOHOTEL_STRICT}
            -P ${CMAKE_SOURCE_DIR}/tests/layers_core_build.cmake)
  # it builds with -j2 and runs its tests with -j2: ctest gives it both slots
  set_tests_properties(layers/core_builds_without_sdl_and_lua PROPERTIES PROCESSORS 2 TIMEOUT 1200)
endif()
