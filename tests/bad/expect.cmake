# expect.cmake — run one gohotel command and check its exit status and stderr.
# Variables: EXE, ARGS (a ;-list), STATUS (expected exit status), PATTERN (regex on stderr).
execute_process(COMMAND ${EXE} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 60)
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "exit status ${rc}, want ${STATUS}\nstderr: ${err}")
endif()
if(NOT err MATCHES "${PATTERN}")
  message(FATAL_ERROR "stderr does not match '${PATTERN}':\n${err}")
endif()
