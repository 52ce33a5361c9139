# deep.cmake — one deeply nested Go program, generated here (tests/golang/deep/README in
# cli.cmake's "deep input" block says why): SHAPE repeated N times, run through MODE
# (exec, escape, or scene: go.program from a Lua scene). The run must exit with STATUS and
# its output must match PATTERN: a chain within the limit runs and prints what real Go 1.19
# prints; a chain beyond it is refused with file:line:col, never a crash.
# Variables: EXE, SHAPE, N, MODE, STATUS, PATTERN, DIR (scratch folder).
set(head "package main\n\n")
if(SHAPE STREQUAL "add")         # 1+1+1... (left-deep binary chain)
  string(REPEAT "1+" ${N} chain)
  set(src "${head}func main() {\n\tx := ${chain}1\n\tprintln(x)\n}\n")
elseif(SHAPE STREQUAL "concat")  # "a"+"a"+...
  string(REPEAT "\"a\"+" ${N} chain)
  set(src "${head}func main() {\n\tx := ${chain}\"a\"\n\tprintln(len(x))\n}\n")
elseif(SHAPE STREQUAL "slice")   # s[0:1][0:1]...
  string(REPEAT "[0:1]" ${N} chain)
  set(src "${head}func main() {\n\ts := \"ab\"\n\tx := s${chain}\n\tprintln(x)\n}\n")
elseif(SHAPE STREQUAL "field")   # t.n.n.n...
  string(REPEAT ".n" ${N} chain)
  set(src "${head}type T struct{ n *T }\n\nfunc main() {\n\tt := &T{}\n\tt.n = t\n\tx := t${chain}\n\tprintln(x != nil)\n}\n")
elseif(SHAPE STREQUAL "method")  # b.m().m()...
  string(REPEAT ".m()" ${N} chain)
  set(src "${head}type B struct{ k int }\n\nfunc (b *B) m() *B { return b }\n\nfunc main() {\n\tb := &B{k: 7}\n\tx := b${chain}\n\tprintln(x.k)\n}\n")
elseif(SHAPE STREQUAL "recursion")  # a Go function calling itself N deep
  set(src "${head}func f(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + 1\n}\n\nfunc main() {\n\tprintln(f(${N}))\n}\n")
else()
  message(FATAL_ERROR "unknown SHAPE ${SHAPE}")
endif()
set(DIR ${DIR}/${MODE})  # one folder per mode: tests of one shape run in parallel
file(MAKE_DIRECTORY ${DIR})
set(go ${DIR}/${SHAPE}${N}.go)
file(WRITE ${go} "${src}")
if(MODE STREQUAL "scene")
  set(scene ${DIR}/${SHAPE}${N}.lua)
  file(WRITE ${scene} "local p = go.program(\"${SHAPE}${N}.go\")\np:run()\n")
  set(args run ${scene})
else()
  set(args ${MODE} ${go})
endif()
execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "${SHAPE} x${N} (${MODE}): exit status ${rc}, want ${STATUS}\nstdout: ${out}\nstderr: ${err}")
endif()
if(NOT "${out}${err}" MATCHES "${PATTERN}")
  message(FATAL_ERROR "${SHAPE} x${N} (${MODE}): output does not match '${PATTERN}':\nstdout: ${out}\nstderr: ${err}")
endif()
