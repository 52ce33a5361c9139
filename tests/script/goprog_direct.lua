-- goprog_direct.lua — every stop of prog:run_to and every reader (var, addr, where, find)
-- on tests/script/goprog_direct.go, each asserted against the value the Go program has
-- there (as `go run` computes it: leaf(3) = 6, leaf(4) = 8, fact(4) = 24).
local prog = go.program("goprog_direct.go")
local L = function(text) return prog:find(text) end

-- Before the first step main.main is entered, standing at its first statement.
local fn, depth, line = prog:where()
lesson.expect("main is entered first", fn, "main")
lesson.expect("one frame", depth, 1)
lesson.expect("standing at main's first statement", line, L("a := leaf(3)"))

-- call: stops before the callee's first statement, with its parameters set.
local r = prog:run_to{call = "leaf"}
lesson.expect("call: reason", r.reason, "call")
lesson.expect("call: in leaf", r.fn, "leaf")
lesson.expect("call: two frames", r.depth, 2)
lesson.expect("call: before x := n * 2", r.line, L("x := n * 2"))
lesson.expect("call: n of leaf(3)", prog:var("n"), 3)

-- ret: stops at the caller's next statement, the result assigned.
r = prog:run_to{ret = "leaf"}
lesson.expect("ret: reason", r.reason, "ret")
lesson.expect("ret: back in main", r.fn, "main")
lesson.expect("ret: before b := leaf(4)", r.line, L("b := leaf(4)"))
lesson.expect("ret: a = leaf(3)", prog:var("a"), 6)

-- A second call of the same function is a new call.
r = prog:run_to{call = "main.leaf"}
lesson.expect("second call: n of leaf(4)", prog:var("n"), 4)

-- line: a breakpoint in another frame; the statement there has not run yet.
r = prog:run_to{line = L("total = a + b")}
lesson.expect("line: reason", r.reason, "line")
lesson.expect("line: b = leaf(4)", prog:var("b"), 8)
lesson.expect("line: total not assigned yet", prog:var("total"), 0)

-- alloc: stops after the statement that allocated, with the new object.
r = prog:run_to{alloc = true}
lesson.expect("alloc: reason", r.reason, "alloc")
lesson.expect("alloc: new(int) made it", r.ran, L("p := new(int)"))
lesson.check(r.addr ~= nil and r.addr ~= 0, "alloc: the new object's address")
lesson.expect("alloc: p points at the new object", go.addr(prog:var("p")), r.addr)
lesson.check(go.addr(prog:addr("p")) ~= r.addr, "prog:addr gives p's own slot, not what it points to")
lesson.expect("total = 6 + 8", prog:var("total"), 14)

-- Several stops: the first to come wins (the append allocates before main calls fact).
r = prog:run_to{alloc = true, call = "fact"}
lesson.expect("first stop wins", r.reason, "alloc")
lesson.expect("the append allocated", r.ran, L("keep = append(keep, p)"))
lesson.expect("keep has one element", go.len(prog:var("keep")), 1)
lesson.expect("*p = total ran", go.load(prog:var("p")), 14)
lesson.expect("a global's address is a pointer", type(prog:addr("total")), "userdata")

-- Recursion: call stops at each new call; ret at the return of the innermost one.
prog:run_to{line = L("f := fact(4)")}
lesson.expect("strings are Lua strings", prog:var("name"), "gohotel")
r = prog:run_to{call = "fact"}
lesson.expect("fact(4) entered", prog:var("n"), 4)
r = prog:run_to{call = "fact"}
lesson.expect("fact(3) entered", prog:var("n"), 3)
lesson.expect("three frames", r.depth, 3)
prog:run_to{line = L("return 1")}
lesson.expect("the innermost fact", prog:var("n"), 1)
lesson.expect("five frames", select(2, prog:where()), 5)
-- fact(1)'s return ends fact(2)'s, fact(3)'s and fact(4)'s return statements too: the
-- next statement boundary is main's.
r = prog:run_to{ret = "fact"}
lesson.expect("ret of fact(1) stops back in main", r.fn, "main")
lesson.expect("one frame again", r.depth, 1)
lesson.expect("f = fact(4)", prog:var("f"), 24)

-- gc: stops after the statement during which the next cycle ended.
local gcs = lesson.stats().NumGC
r = prog:run_to{gc = true}
lesson.expect("gc: reason", r.reason, "gc")
lesson.expect("gc: runtime.GC ran", r.ran, L("runtime.GC()"))
lesson.expect("gc: one more cycle", r.numgc, gcs + 1)

-- A loop: run_to a line runs at least one statement, so it comes back once per iteration.
r = prog:run_to{line = L("total += i")}
lesson.expect("first iteration", prog:var("i"), 0)
r = prog:run_to{line = L("total += i")}
lesson.expect("second iteration", prog:var("i"), 1)
lesson.expect("total after i = 0", prog:var("total"), 14)

-- A closure sees what it captured: step by value, count by reference.
r = prog:run_to{call = "main.func1"}
lesson.expect("the closure's Go name", r.fn, "main.func1")
lesson.expect("captured by value", prog:var("step"), 5)
lesson.expect("captured by reference, first call", prog:var("count"), 0)
r = prog:run_to{ret = "main.func1"}
lesson.expect("main sees the closure's store", prog:var("count"), 5)
prog:run_to{call = "main.func1"}
lesson.expect("captured by reference, second call", prog:var("count"), 5)
prog:run_to{ret = "main.func1"}
lesson.expect("count = 5 + 5", prog:var("count"), 10)

-- A stop that never comes ends at the program's end.
r = prog:run_to{call = "unused"}
lesson.expect("never called: ends at the end", r.reason, "done")
lesson.expect("done: no next line", r.line, 0)
lesson.check(prog:done(), "the program has ended")
lesson.expect("no function runs once it ended", select(1, prog:where()), nil)
