# pprof.cmake — `gohotel exec/run --pprof FILE` from the command line: bad paths are clear
# errors, and where Go is installed its own `go tool pprof` reads the files (skipped, exit
# 77, where it is not; tests/golang/test_pprof_exec.c and tests/script/test_pprof_scene.c
# decode the files without it). The figures are real Go 1.19.8's: alloc10.go run with
# runtime.MemProfileRate = 1 gives `10984B 79.83% 79.83% 10984B 79.83% main.f (inline)`
# (its 10 x 1024 B plus sink's growth, 24 + 48 + 96 + 192 + 384 B; real Go's other 20%
# is its own runtime's and os.Create's, which a simulated program does not run).
set(PPROF_OUT ${CMAKE_BINARY_DIR}/test-pprof)
file(MAKE_DIRECTORY ${PPROF_OUT})
set(PPROF_GO ${CMAKE_SOURCE_DIR}/tests/golang/pprof)

add_test(NAME cli/exec_pprof_unwritable_path
  COMMAND sh -c "$<TARGET_FILE:gohotel> exec ${PPROF_GO}/alloc10.go --pprof /nonexistent-dir/p.pb.gz 2>&1; echo exit $?")
set_tests_properties(cli/exec_pprof_unwritable_path PROPERTIES PASS_REGULAR_EXPRESSION
  "gohotel exec: cannot write pprof file /nonexistent-dir/p.pb.gz: No such file or directory\nexit 1")
add_test(NAME cli/run_pprof_unwritable_path
  COMMAND sh -c "$<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/tests/script/pprof/scene.lua --pprof ${PPROF_OUT} 2>&1; echo exit $?")
set_tests_properties(cli/run_pprof_unwritable_path PROPERTIES PASS_REGULAR_EXPRESSION
  "gohotel run: cannot write pprof file .*test-pprof: Is a directory\nexit 1")
add_test(NAME cli/exec_pprof_refuses_a_fifo
  COMMAND sh -c "rm -f ${PPROF_OUT}/fifo && mkfifo ${PPROF_OUT}/fifo && $<TARGET_FILE:gohotel> exec ${PPROF_GO}/alloc10.go --pprof ${PPROF_OUT}/fifo 2>&1; echo exit $?")
set_tests_properties(cli/exec_pprof_refuses_a_fifo PROPERTIES TIMEOUT 20 PASS_REGULAR_EXPRESSION
  "gohotel exec: cannot write pprof file .*fifo: it is a named pipe \\(FIFO\\), not a file\nexit 1")
add_test(NAME cli/exec_pprof_needs_a_file_name
  COMMAND sh -c "$<TARGET_FILE:gohotel> exec ${PPROF_GO}/alloc10.go --pprof '' 2>&1; echo exit $?")
set_tests_properties(cli/exec_pprof_needs_a_file_name PROPERTIES PASS_REGULAR_EXPRESSION
  "--pprof needs a file name to write the profile to.*usage: gohotel exec.*exit 2")
# A program that does not compile writes no profile (and leaves no empty file behind).
file(WRITE ${PPROF_OUT}/bad.go "package main\n\nfunc main() {\n\tvar x int = \"s\"\n}\n")
add_test(NAME cli/exec_pprof_bad_program_leaves_no_file
  COMMAND sh -c "$<TARGET_FILE:gohotel> exec ${PPROF_OUT}/bad.go --pprof ${PPROF_OUT}/bad.pb.gz 2>&1; echo exit $?; test -e ${PPROF_OUT}/bad.pb.gz || echo no file")
set_tests_properties(cli/exec_pprof_bad_program_leaves_no_file PROPERTIES PASS_REGULAR_EXPRESSION "bad.go:4:14: cannot use \"s\" \\(untyped string constant\\) as int value.*exit 1\nno file")

# A program that panics ran: its profile is written, and its exit status stays Go's 2.
file(WRITE ${PPROF_OUT}/panics.go "package main\n\nvar sink []byte\n\nfunc main() {\n\tsink = make([]byte, 100)\n\tvar p *int\n\t*p = 1\n}\n")
add_test(NAME cli/exec_pprof_panicking_program_writes_its_profile
  COMMAND sh -c "rm -f ${PPROF_OUT}/panics.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_OUT}/panics.go --pprof ${PPROF_OUT}/panics.pb.gz >/dev/null 2>&1; echo exit $?; test -s ${PPROF_OUT}/panics.pb.gz && echo written")
set_tests_properties(cli/exec_pprof_panicking_program_writes_its_profile PROPERTIES PASS_REGULAR_EXPRESSION "^exit 2\nwritten\n$")

# go tool pprof reads the files: -top's first row, -list's line, -traces' stack.
set(PPROF_SKIP "command -v go >/dev/null 2>&1 || { echo 'go is not installed: skipped'; exit 77; }")
add_test(NAME cli/exec_pprof_go_tool_top
  COMMAND sh -c "${PPROF_SKIP}; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/alloc10.go --pprof ${PPROF_OUT}/alloc10.pb.gz >/dev/null && go tool pprof -top -sample_index=alloc_space -unit=B ${PPROF_OUT}/alloc10.pb.gz 2>&1 | awk '/flat%/ { getline; print \"top:\" $0; exit }'")
set_tests_properties(cli/exec_pprof_go_tool_top PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "top: +10984B +100% +100% +10984B +100% +main.f \\(inline\\)")
add_test(NAME cli/exec_pprof_go_tool_objects_and_list
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/alloc10-list.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/alloc10.go --pprof $f >/dev/null && go tool pprof -top -sample_index=alloc_objects $f 2>&1 | grep 'main.f' && go tool pprof -list 'main.f' -sample_index=alloc_space -unit=B $f 2>&1 | grep 'alloc site'")
set_tests_properties(cli/exec_pprof_go_tool_objects_and_list PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  " 15 +100% +100% +15 +100% +main.f \\(inline\\).*10984B +10984B +10:.*make\\(\\[\\]byte, 1000\\)")
add_test(NAME cli/exec_pprof_go_tool_goroutine_inuse
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/garbage.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/garbage.go --pprof $f >/dev/null && go tool pprof -traces -sample_index=inuse_space -unit=B $f 2>&1 | grep -A1 '4096B *main.garbage'")
set_tests_properties(cli/exec_pprof_go_tool_goroutine_inuse PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "4096B +main.garbage\n +main.main.func1")
# Real Go 1.19.8 (after_gc.go with pprof.WriteHeapProfile at the end of main): `-top
# -sample_index=alloc_space` shows main.before's 10.73kB and no main.after; inuse 10.38kB.
# (The rest of the total, 64 B, is allgs grown by the GC's mark workers under runtime frames
# alone: this file imports no os, so the runtime's 4 goroutines fill allgs before main.)
add_test(NAME cli/exec_pprof_go_tool_as_of_last_gc
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/after_gc.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/after_gc.go --pprof $f >/dev/null 2>&1 && go tool pprof -top -sample_index=alloc_space $f 2>&1 | grep 'main\\.' && go tool pprof -top -sample_index=inuse_space $f 2>&1 | grep 'main.before'")
set_tests_properties(cli/exec_pprof_go_tool_as_of_last_gc PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "^ +10.73kB +[0-9.]+% +[0-9.]+% +10.73kB +[0-9.]+% +main.before\n +0 +0% +100% +10.73kB +[0-9.]+% +main.main\n +10.38kB +[0-9.]+% +[0-9.]+% +10.38kB +[0-9.]+% +main.before\n$")
add_test(NAME cli/run_pprof_go_tool_top
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/scene.pb.gz; $<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/tests/script/pprof/scene.lua --pprof $f >/dev/null && go tool pprof -top -sample_index=alloc_space -unit=B $f 2>&1")
set_tests_properties(cli/run_pprof_go_tool_top PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "File: scene\n.*10480B +100% +100% +10480B +100% +build\n +0 +0% +100% +10480B +100% +main chunk")

# Deterministic: the same scene gives the same profile, byte for byte (no time stamp, no
# compression choices: stored blocks).
add_test(NAME cli/run_pprof_same_bytes_twice
  COMMAND sh -c "f=${PPROF_OUT}/twice; for i in 1 2; do $<TARGET_FILE:gohotel> run ${CMAKE_SOURCE_DIR}/scenes/05_concat_vs_builder.lua --pprof $f.$i.pb.gz >/dev/null 2>&1 || exit 1; done; cmp $f.1.pb.gz $f.2.pb.gz && echo identical")
set_tests_properties(cli/run_pprof_same_bytes_twice PROPERTIES PASS_REGULAR_EXPRESSION "^identical\n$")

# The library's frames (src/golang/exec_pprof_lib.c): real Go 1.19.8 running lib_fmt.go and
# lib_misc.go (MemProfileRate = 1, GOMAXPROCS=4, a profile written after a last GC) gives
# these flat bytes to fmt's, sync's, strings', bytes' and reflect's own functions
# (`go tool pprof -top -sample_index=alloc_space -unit=B`); gohotel's profile gives the same.
set(PPROF_FLAT "awk -v want=\"$want\" 'NR > 5 { flat[$6] = $1 } END { n = split(want, w, \" \"); for (i = 1; i <= n; i++) printf \"%s=%s\\n\", w[i], flat[w[i]] }'")
add_test(NAME cli/exec_pprof_go_tool_fmt_frames
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/lib_fmt.pb.gz; want='fmt.glob..func1 sync.(*Pool).pinSlow fmt.(*buffer).writeString fmt.(*buffer).writeByte reflect.packEface fmt.Sprintf'; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/lib_fmt.go --pprof $f >/dev/null 2>&1 && go tool pprof -top -sample_index=alloc_space -unit=B $f 2>&1 | ${PPROF_FLAT}")
set_tests_properties(cli/exec_pprof_go_tool_fmt_frames PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "^fmt.glob..func1=3536B\nsync.\\(\\*Pool\\).pinSlow=8320B\nfmt.\\(\\*buffer\\).writeString=152B\nfmt.\\(\\*buffer\\).writeByte=160B\nreflect.packEface=112B\nfmt.Sprintf=16B\n$")
add_test(NAME cli/exec_pprof_go_tool_lib_frames
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/lib_misc.pb.gz; want='bytes.(*Buffer).grow bytes.growSlice strings.(*Builder).grow fmt.Errorf fmt.(*buffer).writeString sync.(*Pool).pinSlow fmt.glob..func1'; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/lib_misc.go --pprof $f >/dev/null 2>&1 && go tool pprof -top -sample_index=alloc_space -unit=B $f 2>&1 | ${PPROF_FLAT}")
set_tests_properties(cli/exec_pprof_go_tool_lib_frames PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "^bytes.\\(\\*Buffer\\).grow=384B\nbytes.growSlice=656B\nstrings.\\(\\*Builder\\).grow=600B\nfmt.Errorf=48B\nfmt.\\(\\*buffer\\).writeString=200B\nsync.\\(\\*Pool\\).pinSlow=3640B\nfmt.glob..func1=1040B\n$")
# The library frames' files are named from GOROOT/src, so -source_path finds Go's sources:
# fmt.newPrinter's line 137 holds the printers and their pool's arrays, 11856 B, as real Go's.
add_test(NAME cli/exec_pprof_go_tool_list_library_source
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/lib_fmt-list.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/lib_fmt.go --pprof $f >/dev/null 2>&1 && go tool pprof -source_path \"$(go env GOROOT)/src\" -list fmt.newPrinter -sample_index=alloc_space -unit=B $f 2>&1 | grep ' 137:'")
set_tests_properties(cli/exec_pprof_go_tool_list_library_source PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION
  "^ +\\. +11856B +137:.*p := ppFree.Get\\(\\)")

# fmt's edge cases (fmt_edges.go): a bad verb's text under badVerb's lines (363-378, its
# value printed at 370) and the formatter that called it, %!v(MISSING) under missingArg,
# %!(EXTRA ...) at doPrintf's own lines (1163-1176, the values under printArg at 1173), %x of
# a string appended two digits at a time in fmtSbx (425; its padding at 401 and 430), and a
# width over 65 making fmtInteger's own buffer (format.go:208): each line's bytes as real
# Go's (tests/golang/pprof/fmt_edges.lines, measured with go1.19.8 at GOMAXPROCS=4).
add_test(NAME cli/exec_pprof_go_tool_fmt_error_lines
  COMMAND sh -c "${PPROF_SKIP}; f=${PPROF_OUT}/fmt_edges.pb.gz; $<TARGET_FILE:gohotel> exec ${PPROF_GO}/fmt_edges.go --pprof $f >/dev/null 2>&1 && go tool pprof -top -lines -nodefraction=0 -sample_index=alloc_space -unit=B $f 2>&1 | awk '$6 ~ /^fmt[.][(][*](pp|fmt|buffer)[)][.](badVerb|missingArg|fmtSbx|writeRune|fmtInteger|doPrintf)$/ && $7 !~ /print.go:10[0-9][0-9]$/ { sub(/.*[/]/, \"\", $7); print $6 \":\" $7 \"=\" $4 }' | sort > $f.got && grep -v '^#' ${PPROF_GO}/fmt_edges.lines | diff - $f.got && echo same")
set_tests_properties(cli/exec_pprof_go_tool_fmt_error_lines PROPERTIES SKIP_RETURN_CODE 77 PASS_REGULAR_EXPRESSION "^same\n$")
