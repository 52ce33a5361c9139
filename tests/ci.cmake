# tests/ci.cmake — the README's test command is exactly what .ci/run runs (its last line).
# Included from the top-level CMakeLists.txt.
add_test(NAME ci/readme_runs_what_ci_runs
  COMMAND sh -c "line=$(tail -n 1 .ci/run) && case \"$line\" in 'bash .ci/deps.sh && '*) ;; *) echo \"unexpected last line of .ci/run: $line\"; exit 1;; esac && grep -qxF \"$line\" README.md || { echo 'README.md does not carry .ci/run command:'; echo \"$line\"; exit 1; }"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
