# cli.cmake — tests that drive the gohotel executable: `gohotel run` on the first scene
# (its measures must equal Go 1.19's), its report forms, bad usage, and every scene under
# tests/bad/ (first line `-- expect: STATUS: REGEX`, optional second line `-- args: ...`).

function(gohotel_expect name status pattern)
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> "-DARGS=${ARGN}"
           -DSTATUS=${status} "-DPATTERN=${pattern}" -P ${CMAKE_SOURCE_DIR}/tests/bad/expect.cmake
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endfunction()

# The article's numbers (Go 1.19.8 linux/amd64, measured with ReadMemStats around each call).
add_test(NAME cli/run_concat_json COMMAND gohotel run scenes/concat_vs_builder.lua --json
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/run_concat_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"concat\": {\"Mallocs\": 999, \"TotalAlloc\": 530288, [^}]*}, \"builder\": {\"Mallocs\": 9, \"TotalAlloc\": 3328,")
add_test(NAME cli/run_concat_text COMMAND gohotel run scenes/concat_vs_builder.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/run_concat_text PROPERTIES PASS_REGULAR_EXPRESSION
  "concat +Mallocs 999 +Frees [0-9]+ +TotalAlloc 530288.*builder +Mallocs 9 +Frees [0-9]+ +TotalAlloc 3328.*allocation profile.*530288B.*concat_vs_builder.lua:[0-9]+ +v.s = v.s")
add_test(NAME cli/run_gctrace COMMAND gohotel run scenes/concat_vs_builder.lua --param n=5000 --gctrace
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/run_gctrace PROPERTIES PASS_REGULAR_EXPRESSION
  "gc 1 @[0-9.]+s [0-9]+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, .* MB goal, .* P")
# exec --gcpacertrace: Go's GODEBUG=gcpacertrace=1 line before each cycle's gctrace line.
add_test(NAME cli/exec_gcpacertrace COMMAND gohotel exec tests/golang/diff/gc_cycles_gogc50.go --procs 4 --gcpacertrace --gctrace
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/exec_gcpacertrace PROPERTIES PASS_REGULAR_EXPRESSION
  "pacer: [0-9]+% CPU \\(25 exp\\.\\) for [0-9]+\\+[0-9]+\\+[0-9]+ B work \\([0-9]+ B exp\\.\\) in [0-9]+ B -> [0-9]+ B \\([^ ]+goal -?[0-9]+, cons/mark [+-][0-9]\\.[0-9]+e[+-][0-9][0-9][0-9]\\)\ngc [0-9]+ @")
add_test(NAME cli/run_steps COMMAND gohotel run scenes/concat_vs_builder.lua --steps 100 --json
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/run_steps PROPERTIES PASS_REGULAR_EXPRESSION "\"steps\": 100, .*\"finished\": false")

# Other n against Go 1.19 (n >= 3000 with GOGC=off in both: with a GC running, Go's own
# background allocations add a few Mallocs that vary from run to run).
foreach(case "0;0;0;0;0" "1;0;0;1;16" "2;1;16;1;16" "9;8;64;2;32" "15;14;160;2;32" "16;15;176;2;32"
             "17;16;200;3;64" "33;32;672;4;128" "100;99;5680;5;256" "500;499;130928;7;1024"
             "1500;1499;1187696;10;5376")
  list(GET case 0 n)
  list(GET case 1 cm)
  list(GET case 2 ct)
  list(GET case 3 bm)
  list(GET case 4 bt)
  add_test(NAME cli/concat_n${n} COMMAND gohotel run scenes/concat_vs_builder.lua --json --param n=${n}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli/concat_n${n} PROPERTIES PASS_REGULAR_EXPRESSION
    "\"concat\": {\"Mallocs\": ${cm}, \"TotalAlloc\": ${ct}, [^}]*}, \"builder\": {\"Mallocs\": ${bm}, \"TotalAlloc\": ${bt},")
endforeach()
foreach(case "5000;4999;13410160;13;17920" "20000;19999;210777968;18;84736")
  list(GET case 0 n)
  list(GET case 1 cm)
  list(GET case 2 ct)
  list(GET case 3 bm)
  list(GET case 4 bt)
  add_test(NAME cli/concat_n${n}_gogc_off COMMAND gohotel run scenes/concat_vs_builder.lua --json --gogc off
           --param n=${n} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli/concat_n${n}_gogc_off PROPERTIES PASS_REGULAR_EXPRESSION
    "\"concat\": {\"Mallocs\": ${cm}, \"TotalAlloc\": ${ct}, [^}]*}, \"builder\": {\"Mallocs\": ${bm}, \"TotalAlloc\": ${bt},")
endforeach()

# Bad usage: exit status 2.
gohotel_expect(cli/usage_none 2 "no scene given" run)
gohotel_expect(cli/usage_option 2 "unknown option --frobnicate" run scenes/concat_vs_builder.lua --frobnicate)
gohotel_expect(cli/usage_gogc 2 "bad --gogc value" run scenes/concat_vs_builder.lua --gogc many)
gohotel_expect(cli/usage_procs 2 "--procs needs a number" run scenes/concat_vs_builder.lua --procs 0)
gohotel_expect(cli/usage_param 2 "bad --param" run scenes/concat_vs_builder.lua --param n)
gohotel_expect(cli/usage_missing 2 "cannot open scene" run tests/bad/no_such_scene.lua)
gohotel_expect(cli/usage_two 2 "more than two scenes" run scenes/concat_vs_builder.lua scenes/01_stack_vs_heap.lua scenes/concat_vs_builder.lua)
# --max-step-seconds (the wall-clock watchdog, src/script/watchdog.h): seconds, 0 = off.
set(step_secs_bad "--max-step-seconds needs seconds from 0\\.01 to 86400 \\(0: no limit\\), not")
foreach(v -1 ten 1e3 0x10 86401 0.001 " 5")
  string(MAKE_C_IDENTIFIER "v${v}" id)
  gohotel_expect(cli/usage_max_step_seconds_${id} 2 "^gohotel run: ${step_secs_bad} '${v}'\n" run
                 scenes/concat_vs_builder.lua --max-step-seconds "${v}")
endforeach()
gohotel_expect(cli/usage_max_step_seconds_shot 2 "^gohotel shot: ${step_secs_bad} 'never'" shot
               scenes/concat_vs_builder.lua --end -o x.png --max-step-seconds never)
gohotel_expect(cli/usage_max_step_seconds_play 2 "^gohotel play: ${step_secs_bad} '-5'" play
               scenes/concat_vs_builder.lua --max-step-seconds -5)
gohotel_expect(cli/usage_max_step_seconds_exec 2 "^gohotel exec: unknown option --max-step-seconds" exec
               tests/golang/runaway/gc_for_ever.go --max-step-seconds 5)
foreach(v 0 0.5 30 86400)  # accepted: the scene runs to its end (0: no watchdog at all)
  add_test(NAME cli/max_step_seconds_${v} COMMAND gohotel run scenes/concat_vs_builder.lua --json --max-step-seconds ${v}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli/max_step_seconds_${v} PROPERTIES PASS_REGULAR_EXPRESSION "\"concat\": {\"Mallocs\": 999,")
endforeach()

# Every tests/bad scene: its error on stderr as `file:LINE: message`, exit status 1.
file(GLOB bad_scenes CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/bad/*.lua)
foreach(scene ${bad_scenes})
  get_filename_component(base ${scene} NAME_WE)
  file(STRINGS ${scene} head LIMIT_COUNT 2)
  list(GET head 0 expect)
  string(REGEX REPLACE "^-- expect: ([0-9]+): (.*)$" "\\1" status "${expect}")
  string(REGEX REPLACE "^-- expect: ([0-9]+): (.*)$" "\\2" pattern "${expect}")
  set(extra "")
  list(LENGTH head nhead)
  if(nhead GREATER 1)
    list(GET head 1 second)
    if(second MATCHES "^-- args: ")
      string(REGEX REPLACE "^-- args: " "" extra "${second}")
      separate_arguments(extra UNIX_COMMAND "${extra}")
    endif()
  endif()
  gohotel_expect(cli/bad_${base} ${status} "${pattern}" run tests/bad/${base}.lua ${extra})
endforeach()

# A scene does the same headless and with a view: for every scene, `run` and `shot --end`
# (the window's session) reach the same number of stop points with the same event digest.
find_package(Python3 COMPONENTS Interpreter)
file(GLOB all_scenes CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/scenes/*.lua)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/test-same)
foreach(scene ${all_scenes})
  get_filename_component(base ${scene} NAME_WE)
  if(Python3_Interpreter_FOUND)
    add_test(NAME cli/same_headless_and_in_shot_${base}
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/script/same_everywhere.py $<TARGET_FILE:gohotel>
              ${scene} ${CMAKE_BINARY_DIR}/test-same
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endif()
endforeach()

# shot --end of the Go-source lesson: counter.go's fmt.Println runs (it used to write to a
# nil stream and panic at counter.go:39) and its output reaches the report's console.
add_test(NAME cli/go_source_shot_end
  COMMAND $<TARGET_FILE:gohotel> shot ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua --end --projector --digest
          -o ${CMAKE_BINARY_DIR}/test-same/go_end.png)
set_tests_properties(cli/go_source_shot_end PROPERTIES PASS_REGULAR_EXPRESSION "(^|\n)steps [0-9]+ event_digest [0-9a-f]+")
add_test(NAME cli/go_source_console_in_json
  COMMAND $<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua --json)
set_tests_properties(cli/go_source_console_in_json PROPERTIES PASS_REGULAR_EXPRESSION "\"console\": \"20 1\\\\n\"")

# A scene directs a Go program (prog:run_to, prog:var, prog:addr, prog:where, prog:find):
# every stop kind and reader, asserted against the values the Go program has there (all 52
# checkpoints: a failed one ends the scene early).
add_test(NAME cli/go_program_directed COMMAND gohotel run tests/script/goprog_direct.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_directed PROPERTIES PASS_REGULAR_EXPRESSION "steps [0-9]+, operations [0-9]+, checkpoints passed 52\n")
# prog:made_by names the rooms fmt makes for itself (its printer pool, printer, buffer) apart
# from the program's values, with real Go's count and bytes for the first Println.
add_test(NAME cli/go_program_names_rooms_the_library_made COMMAND gohotel run tests/script/goprog_made_by.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_names_rooms_the_library_made PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 9\n")
# A channel's rooms are Go's hchan: its bytes hold qcount, sendx/recvx, buf and closed as chan.go
# lays them out, the buffer after the header (or a room of its own for pointer elements).
add_test(NAME cli/go_program_channel_rooms_are_hchans COMMAND gohotel run tests/script/goprog_chan_rooms.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_channel_rooms_are_hchans PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 18\n")
# A stop in a goroutine the program switches to (a new one started with go, main woken from
# wg.Wait) comes before that goroutine's first statement, at GOMAXPROCS 4 and 1.
add_test(NAME cli/go_program_stops_before_a_switched_goroutine_runs COMMAND gohotel run tests/script/goprog_switch.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_stops_before_a_switched_goroutine_runs PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 20\n")
# go.peek shows memory as it is: a freed room keeps its 0xFF bytes, the next make clears them.
add_test(NAME cli/go_peek_sees_old_bytes_then_zero COMMAND gohotel run tests/script/go_peek.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_peek_sees_old_bytes_then_zero PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 7\n")

# A go.program's allocation profile charges cum along the program's call stack, as pprof
# does: a call line's cum is what the called function allocated (real Go's MemProfile).
add_test(NAME cli/go_program_profile_cum_follows_the_call_stack COMMAND gohotel run tests/script/goprog_profile.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_profile_cum_follows_the_call_stack PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 12\n")

# The Go-file lesson of docs/writing-lessons.md runs, teaches the measured answer, and the
# page shows its files as they are.
add_test(NAME cli/docs_go_lesson_example
  COMMAND gohotel run tests/script/lesson_example/13_new_vs_value.lua --transcript WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/docs_go_lesson_example PROPERTIES PASS_REGULAR_EXPRESSION
  "\\[local\\] 10 calls of local: 0 heap allocations\\..*\\[answer\\] 10 rooms for 10 calls, 160 B\\. The compiler said: new\\(Pair\\) escapes to.*checkpoints passed 2")
if(Python3_Interpreter_FOUND)
  add_test(NAME cli/docs_go_lesson_example_in_the_page
    COMMAND ${Python3_EXECUTABLE} tests/script/check_doc_example.py docs/writing-lessons.md
            tests/script/lesson_example/13_new_vs_value.lua tests/script/lesson_example/go/13_new_vs_value.go
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()

# The lesson as a handout: `run --transcript` prints the title, then each pause with its
# narration (the simulator's numbers in it), then the report; --json carries the same as
# "transcript"; `gohotel` with no display prints the default lesson that way.
add_test(NAME cli/transcript_text COMMAND gohotel run scenes/01_stack_vs_heap.lua --transcript
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/transcript_text PROPERTIES PASS_REGULAR_EXPRESSION
  "(^|\n)1\\. Stack vs heap[^\n]*\n=+\n\n\\[intro\\] [^\n]+\n.*\\[popped\\] add returned 5\\. [^[]*Heap allocations: 0\\..*\\[answer\\] 2 allocations, [0-9.]+ KiB.*\nMemStats\n")
add_test(NAME cli/transcript_json_has_the_tiny_pause COMMAND gohotel run scenes/03_the_hotel.lua --json
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/transcript_json_has_the_tiny_pause PROPERTIES PASS_REGULAR_EXPRESSION
  "\"transcript\": \\[{\"pause\": \"[^\"]+\", \"step\": [0-9]+, .*{\"pause\": \"tiny\", \"step\": [0-9]+, \"text\": \"[^\"]*3 allocations, but only 16 B of rooms")
add_test(NAME cli/no_display_prints_the_default_lesson_as_a_transcript
  COMMAND sh -c "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER $<TARGET_FILE:gohotel> 2>&1")
set_tests_properties(cli/no_display_prints_the_default_lesson_as_a_transcript PROPERTIES
  PASS_REGULAR_EXPRESSION "no display; running [^\n]*01_stack_vs_heap.lua headless\n1\\. Stack vs heap[^\n]*\n=+\n\n\\[intro\\] .*\\[cost\\] .*\nscene [^\n]*01_stack_vs_heap.lua: .*MemStats"
  ENVIRONMENT "GOHOTEL_SCENES_DIR=${CMAKE_SOURCE_DIR}/scenes")

# A Go program stepped by a scene is profiled by its own lines, not mixed up with the scene's
# lines: counter.go:39's Println first (fmt's printer 208 B, ppFree's poolLocal array 4 x 128 B
# and allPools 8 B, at 4 Ps), then the `s += "a"` loop at counter.go:20 (14 objects).
add_test(NAME cli/go_program_profile_names_go_lines
  COMMAND $<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/scenes/12_go_source.lua --json)
set_tests_properties(cli/go_program_profile_names_go_lines PROPERTIES PASS_REGULAR_EXPRESSION
  "\"profile\": \\[{\"file\": \"counter.go\", \"line\": 39, \"flat_bytes\": 728, \"flat_objects\": 3, [^}]*}, {\"file\": \"counter.go\", \"line\": 20, \"flat_bytes\": 256, \"flat_objects\": 14, [^}]*\"code\": \"s \\+= \\\\\"a\\\\\"\"}")

# Deep input (tests/golang/deep/deep.cmake generates each program): left-deep operator and
# postfix chains and deep recursion. Within the front end's depth limit the program runs
# and prints what real Go 1.19 prints (`go run`: 900, 900, a, true, 7, 10000); beyond it,
# a clear file:line:col refusal in exec, in escape and from a scene, never a crash.
function(gohotel_deep shape n mode status pattern)
  add_test(NAME cli/deep_${shape}_${n}_${mode} COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel>
           -DSHAPE=${shape} -DN=${n} -DMODE=${mode} -DSTATUS=${status} "-DPATTERN=${pattern}"
           -DDIR=${CMAKE_BINARY_DIR}/test-deep -P ${CMAKE_SOURCE_DIR}/tests/golang/deep/deep.cmake)
endfunction()
foreach(mode exec scene)
  gohotel_deep(add 899 ${mode} 0 "(^|\n)900\n")
  gohotel_deep(concat 899 ${mode} 0 "(^|\n)900\n")
  gohotel_deep(slice 900 ${mode} 0 "(^|\n)a\n")
  gohotel_deep(field 900 ${mode} 0 "(^|\n)true\n")
  gohotel_deep(method 450 ${mode} 0 "(^|\n)7\n")
endforeach()
gohotel_deep(recursion 10000 exec 0 "(^|\n)10000\n")
gohotel_deep(recursion 10000000 exec 1 "recursion10000000\\.go:7:1: calls nested [0-9]+ deep \\(here main\\.f\\): more than gohotel's interpreter can follow; real Go goes on")
foreach(mode exec escape scene)
  foreach(shape add concat slice field method)
    gohotel_deep(${shape} 40000 ${mode} 1 "${shape}40000\\.go:[0-9]+:[0-9]+: expression nested too deeply \\(more than 1000 levels")
  endforeach()
endforeach()

# `gohotel exec` reports through the same sections as `gohotel run` (src/run/report.c): each
# GC cycle has its start and pause, each profile row its file. Like Go's MemProfile and the
# scene's profile (concat_vs_builder.lua's same loop: 995 objects), the profile leaves out
# tiny fits: 995 of the loop's 999 mallocs.
add_test(NAME cli/exec_json_gc_cycles_as_run_has_them
  COMMAND $<TARGET_FILE:gohotel> exec ${CMAKE_SOURCE_DIR}/tests/golang/exec/gcstress.go --json)
set_tests_properties(cli/exec_json_gc_cycles_as_run_has_them PROPERTIES PASS_REGULAR_EXPRESSION
  "\"gc\": \\[{\"n\": 1, \"forced\": false, \"start_ns\": [1-9][0-9]*, \"heap0\": [0-9]+, \"heap1\": [0-9]+, \"heap2\": [0-9]+, \"goal\": [0-9]+, \"pause_ns\": [1-9][0-9]*, \"trace\": \"gc 1 @")
add_test(NAME cli/exec_json_profile_as_run_has_it
  COMMAND $<TARGET_FILE:gohotel> exec ${CMAKE_SOURCE_DIR}/tests/golang/exec/concat.go --json)
set_tests_properties(cli/exec_json_profile_as_run_has_it PROPERTIES PASS_REGULAR_EXPRESSION
  "\"profile\": \\[{\"file\": \"concat.go\", \"line\": 14, \"flat_bytes\": 530288, \"flat_objects\": 995, \"cum_bytes\": 530288, \"cum_objects\": 995, \"code\": \"s \\+= \\\\\"a\\\\\"\"}")
add_test(NAME cli/exec_text_profile_as_run_has_it
  COMMAND $<TARGET_FILE:gohotel> exec ${CMAKE_SOURCE_DIR}/tests/golang/exec/concat.go)
set_tests_properties(cli/exec_text_profile_as_run_has_it PROPERTIES PASS_REGULAR_EXPRESSION
  "GC cycles: [0-9]+ \\([0-9]+ forced\\).*MemStats.*allocation profile by source line \\(alloc_space; 1065136 B, 2011 objects in total\\).* +530288B +49\\.8% +49\\.8% +530288B +49\\.8% +995 +995  concat\\.go:14  s \\+= \"a\"")
# The scene file is checked before it is read (src/run/text.c): a FIFO given as a scene, or
# as a go.program file, is refused at once instead of blocking in open. timeout turns a
# hang into a failure (status 124, not 1).
set(FIFO_DIR ${CMAKE_BINARY_DIR}/test-fifo)
file(MAKE_DIRECTORY ${FIFO_DIR})
file(WRITE ${FIFO_DIR}/prog.lua "local p = go.program('prog.go')\n")
add_test(NAME cli/fifo_scene_is_refused_without_blocking
  COMMAND sh -c "rm -f ${FIFO_DIR}/fifo.lua && mkfifo ${FIFO_DIR}/fifo.lua && timeout 20 $<TARGET_FILE:gohotel> run ${FIFO_DIR}/fifo.lua 2> ${FIFO_DIR}/fifo.err; test $? -eq 1 && grep -q 'fifo.lua: is not a regular file' ${FIFO_DIR}/fifo.err")
add_test(NAME cli/fifo_go_program_is_refused_without_blocking
  COMMAND sh -c "rm -f ${FIFO_DIR}/prog.go && mkfifo ${FIFO_DIR}/prog.go && timeout 20 $<TARGET_FILE:gohotel> run ${FIFO_DIR}/prog.lua 2> ${FIFO_DIR}/prog.err; test $? -eq 1 && grep -q 'prog.lua:1: go.program: .*prog.go: is not a regular file' ${FIFO_DIR}/prog.err")

# One size limit for every Go file gohotel reads (gh_go_file_rules, 4 MiB): exec and a
# scene's go.program take a file of exactly 4 MiB and refuse one byte more with the same
# words (go.program used to stop at 1 MiB). The sanitizer build's one-line warning about
# makecontext is not part of either message.
set(BIG_GO_DIR ${CMAKE_BINARY_DIR}/big_go)
file(MAKE_DIRECTORY ${BIG_GO_DIR})
set(go_head "package main\n\nfunc main() {}\n")
string(LENGTH "${go_head}" go_head_len)
math(EXPR go_pad "4 * 1024 * 1024 - ${go_head_len} - 1")
string(REPEAT "/" ${go_pad} go_comment)
file(WRITE ${BIG_GO_DIR}/at_limit.go "${go_head}${go_comment}\n")
file(WRITE ${BIG_GO_DIR}/over_limit.go "${go_head}${go_comment}/\n")
file(WRITE ${BIG_GO_DIR}/at_limit.lua "local p = go.program('at_limit.go')\n")
file(WRITE ${BIG_GO_DIR}/over_limit.lua "local p = go.program('over_limit.go')\n")
add_test(NAME cli/go_file_of_4_mib_is_read_by_exec_and_go_program
  COMMAND sh -c "$<TARGET_FILE:gohotel> exec ${BIG_GO_DIR}/at_limit.go > /dev/null && $<TARGET_FILE:gohotel> run ${BIG_GO_DIR}/at_limit.lua > /dev/null")
add_test(NAME cli/go_file_over_4_mib_is_refused_alike_by_exec_and_go_program
  COMMAND sh -c "cd ${BIG_GO_DIR} && $<TARGET_FILE:gohotel> exec ${BIG_GO_DIR}/over_limit.go 2> exec.err; test $? -eq 1 && $<TARGET_FILE:gohotel> run ${BIG_GO_DIR}/over_limit.lua 2> run.err; test $? -eq 1 && sed -e '/^==[0-9]*==WARNING: ASan/d' -e 's/^gohotel exec: //' exec.err > exec.msg && sed -e '/^==[0-9]*==WARNING: ASan/d' -e 's/^.*over_limit.lua:1: go.program: //' run.err > run.msg && cat exec.msg run.msg && cmp exec.msg run.msg && grep -qx '${BIG_GO_DIR}/over_limit.go: the Go source file is larger than 4 MiB' run.msg")

# A type whose pointer mask would pass the simulator's budget (tests/golang/hostmem/): the
# fatal error names the type and the budget, with the traceback at the allocating line
# (it said "cannot register type", which Go never says).
gohotel_expect(cli/exec_pointer_mask_over_budget_is_out_of_memory 2
  "(^|\n)fatal error: out of memory \\(the pointer masks of the program's types would take more than 16 MiB of host memory, type \\[268435456\\]\\*int\\)\n\ngoroutine 1 \\[running\\]:\nmain\\.main\\(\\)\n\t\\./pointer_mask_budget\\.go:10\nexit status 2\n$"
  exec tests/golang/hostmem/pointer_mask_budget.go)

# Runaway Go programs (tests/golang/runaway/): `gohotel exec` stops each at its operation
# limit with file:line and exit status 1 — `for {}` at the default limit (about a second
# here), the others at a smaller --max-ops so the suite stays quick (the bomb runs at
# 100 000); a finished program under the limit is untouched. What live goroutines cost the
# host: tests/golang/test_exec_host_stacks.c.
set(runaway "stopped after [0-9]+ operations without finishing \\(an endless loop\\?")
gohotel_expect(cli/exec_for_ever_stops_at_the_default_limit 1 "for_ever\\.go:4:1: ${runaway}.*--max-ops N allows more than 50000000"
               exec tests/golang/runaway/for_ever.go)
gohotel_expect(cli/exec_gc_for_ever_stops 1 "gc_for_ever\\.go:6:1: ${runaway}" exec tests/golang/runaway/gc_for_ever.go --max-ops 2000000)
gohotel_expect(cli/exec_goroutine_bomb_stops 1 "goroutine_bomb\\.go:[0-9]+:1: ${runaway}" exec tests/golang/runaway/goroutine_bomb.go --max-ops 100000)
gohotel_expect(cli/exec_million_goroutines_stop 1 "million_goroutines\\.go:[0-9]+:1: ${runaway}" exec tests/golang/runaway/million_goroutines.go --max-ops 2000000)
gohotel_expect(cli/exec_max_ops_must_be_a_number 2 "--max-ops needs a positive number, not .lots." exec tests/golang/runaway/for_ever.go --max-ops lots)
# Host-memory hogs (tests/golang/runaway/): each ends with Go's "fatal error: out of memory",
# naming what passed the --max-memory budget, then the goroutine's traceback at the line
# that asked, exit status 2 as Go's fatal errors; small budgets keep each under a second.
function(gohotel_oom name file line frame what budget)
  gohotel_expect(cli/exec_${name}_out_of_memory 2
    "(^|\n)fatal error: out of memory \\(${what}: the host-memory budget of ${budget} is spent; --max-memory SIZE allows more\\)\n\ngoroutine 1 \\[running\\]:\n${frame}\n\t\\./${file}\\.go:${line}\n"
    exec tests/golang/runaway/${file}.go --max-memory ${budget})
endfunction()
gohotel_oom(append_doubling append_doubling 8 "main\\.main\\(\\)" heap 64M)
# the pools' poolLocal arrays are heap objects, as in Go (exec_printer.c, gh_pool_pin); each pool's
# per-P records (with their shared chains' dequeue lists, mpool.h) are host memory: either runs out first
gohotel_oom(pool_bomb pool_bomb 11 "main\\.main\\(\\)" "(heap|sync\\.Pool)" 32M)
# (under ASan a goroutine's host stack is charged 256 KiB, not 16 KiB: those pass the budget first)
gohotel_oom(newproc_bomb newproc_bomb 12 "main\\.main\\(\\)" "(heap|goroutine host stacks)" 16M)
gohotel_oom(deep_stack deep_stack 8 "main\\.f\\(\\.\\.\\.\\)" heap 64M)
gohotel_oom(huge_type_masks huge_types 15 "main\\.main\\(\\)" "type pointer masks" 16M)
gohotel_oom(defer_for_ever defer_for_ever 9 "main\\.main\\(\\)" "(heap|deferred calls)" 16M)
# --max-memory takes bytes or K/M/G/T (1024-based), from 16M to 1T; anything else is usage.
gohotel_expect(cli/exec_max_memory_must_be_a_size 2 "--max-memory needs a size from 16M to 1T \\(bytes, or a number with K, M, G or T: 512M, 2G\\), not .lots." exec tests/golang/runaway/for_ever.go --max-memory lots)
gohotel_expect(cli/run_max_memory_too_small 2 "--max-memory needs a size from 16M to 1T.*not .1M." run scenes/concat_vs_builder.lua --max-memory 1M)
gohotel_expect(cli/exec_max_memory_in_bytes 2 "host-memory budget of 33554433 bytes is spent" exec tests/golang/runaway/pool_bomb.go --max-memory 33554433)
# A scene's Lua finalizer and its Go program's finalizer, queued by the same GC: each host
# runs only its own (the Go one as Go code, a stop in it), neither is called for the other.
add_test(NAME cli/go_program_finalizers_apart_from_the_scenes COMMAND gohotel run tests/script/goprog_finalizers.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_finalizers_apart_from_the_scenes PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 8\n")
# prog:var and prog:addr follow field paths ("q.Y", through a pointer "p.Z", "b.Next.At.X");
# prog:sizeof gives unsafe.Sizeof's sizes; a path that cannot be followed says why.
add_test(NAME cli/go_program_field_paths_and_sizes COMMAND gohotel run tests/script/goprog_fields.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_field_paths_and_sizes PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 29\n")
# run_to{alloc}'s rooms: every room of one statement, in order; a sync.Pool's first Get makes
# its per-P array and a longer allPools (real Go 1.19: 2 Mallocs, 136 B), each named by made_by.
add_test(NAME cli/go_program_rooms_of_a_statement COMMAND gohotel run tests/script/goprog_pool_rooms.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_rooms_of_a_statement PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 9\n")
# run_to{alloc} stops for a value packed into an existing tiny block (no new object): its
# room is that block, offset 4 then 8 (real Go 1.19: 3 Mallocs, 16 B, b = a+4, c = a+8).
add_test(NAME cli/go_program_script_tiny_pack_stops COMMAND gohotel run tests/script/goprog_tiny_pack.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_script_tiny_pack_stops PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 14\n")
# prog:map reads a map's hmap and buckets: no array before the first insert, Go 1.19's bucket
# sizes (144, 208, 1104 B; values over 128 B indirect), doubling at inserts 9, 14, 27, 53,
# both arrays live while the old one is evacuated, overflow buckets chained, a frame's hmap
# and first bucket, t.M.
add_test(NAME cli/go_program_map_buckets COMMAND gohotel run tests/script/goprog_map.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_map_buckets PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 223\n")

# go.program's vars option runs (and shows) a program's `var ask = 33` as the value given.
add_test(NAME cli/go_program_vars COMMAND gohotel run tests/script/goprog_vars.lua
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli/go_program_vars PROPERTIES PASS_REGULAR_EXPRESSION "checkpoints passed 3\n")
# A panic through frames with open-coded defers takes Go 1.19's _defer records to run them
# (gopanic: min(frames, 2) records of the 80-byte class, measured with go run for 1, 2 and 3
# frames); defer_panic.go panics through inner and main, both with defers: 2 mallocs, 160 B,
# charged to the line that panics (the run's MemStats also count the runtime's start-up).
add_test(NAME cli/exec_panic_takes_defer_records
  COMMAND $<TARGET_FILE:gohotel> exec ${CMAKE_SOURCE_DIR}/tests/golang/exec/fail/defer_panic.go --json)
set_tests_properties(cli/exec_panic_takes_defer_records PROPERTIES PASS_REGULAR_EXPRESSION
  "\"profile\": \\[{\"file\": \"defer_panic.go\", \"line\": 11, \"flat_bytes\": 160, \"flat_objects\": 2,")

# `gohotel exec --param K=V` (src/golang/go_param.c): a run as if the file said `var K = V`
# (and, for a string, as real Go's -ldflags=-X main.K=V); refused with the file, K's line and why.
find_program(GH_GO_FOR_PARAM go)
add_test(NAME cli/exec_param_as_if_the_file_said_so
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:gohotel> -DSRC=${CMAKE_SOURCE_DIR}/tests/golang/diff/param_sizes.go
          -DWORK=${CMAKE_BINARY_DIR}/param -DGO=${GH_GO_FOR_PARAM} -P ${CMAKE_SOURCE_DIR}/tests/golang/param/check_param.cmake)
set(gh_param_go tests/golang/diff/param_sizes.go)
gohotel_expect(cli/exec_param_unknown_names_the_variables 1
  "^param_sizes\\.go: --param size=5: no package-level variable size \\(--param can set n, word, pointers\\)" exec ${gh_param_go} --param size=5)
gohotel_expect(cli/exec_param_int_needs_a_whole_number 1
  "^param_sizes\\.go:10:5: --param n=lots: n is an int and 'lots' is not a whole number" exec ${gh_param_go} --param n=lots)
gohotel_expect(cli/exec_param_int_out_of_range 1
  "^param_sizes\\.go:10:5: --param n=9223372036854775808: n is an int and" exec ${gh_param_go} --param n=9223372036854775808)
gohotel_expect(cli/exec_param_bool_is_true_or_false 1
  "^param_sizes\\.go:12:5: --param pointers=1: pointers is a bool and '1' is neither true nor false" exec ${gh_param_go} --param pointers=1)
gohotel_expect(cli/exec_param_not_a_constant 1
  "^param_sizes\\.go:13:5: --param half=7: half is not initialised with a constant" exec ${gh_param_go} --param half=7)
gohotel_expect(cli/exec_param_other_type 1
  "^param_sizes\\.go:17:5: --param sink=7: sink is not of type int, string or bool" exec ${gh_param_go} --param sink=7)
gohotel_expect(cli/exec_param_needs_key_value 2 "bad --param 'n'" exec ${gh_param_go} --param n)
# strings.Join of a result too large fails at its Builder.Grow in the simulated heap (exec_strings.c)
gohotel_expect(cli/exec_strings_join_huge_out_of_memory 2
  "fatal error: out of memory \\(cannot allocate 9999900000-byte block, [0-9]+ in use\\)\n\ngoroutine 1 \\[running\\]:\nmain\\.main\\(\\)\n\t\\./strings_join_huge\\.go:13\n"
  exec tests/golang/runaway/strings_join_huge.go)
