-- goprog_switch.lua — a stop in a goroutine the program switches to comes before that
-- goroutine's first statement, as docs/lua-api.md promises: run_to{call = "work"} stops with
-- work entered and count untouched; run_to{line} on the statement after wg.Wait() stops
-- there once wg.Done() has woken main. Both at GOMAXPROCS=4 (the scene's default) and at 1:
-- as Go's newproc, the new goroutine waits in main's runnext and main runs on until wg.Wait
-- blocks it (with 4 Ps an idle P would steal it only after ~1 µs; main blocks sooner).
local function direct(procs)
    local at = " (GOMAXPROCS=" .. procs .. ")"
    local prog = go.program("goprog_switch.go")
    local r = prog:run_to{call = "work"}
    lesson.expect("work is entered" .. at, r.reason, "call")
    lesson.expect("before work's first statement" .. at, r.line, prog:find("count = 7"))
    lesson.expect("the code panel marks it" .. at, prog:next_line(), prog:find("count = 7"))
    lesson.expect("work's first statement has not run" .. at, prog:var("count"), 0)
    -- main ran on past the go statement until wg.Wait blocked it
    lesson.expect("what ran last" .. at, r.ran, prog:find("wg.Wait()"))
    r = prog:run_to{line = prog:find("fmt.Println")}
    lesson.expect("main stops after its wake" .. at, r.reason, "line")
    lesson.expect("in main, before the Println" .. at, r.fn, "main")
    lesson.expect("wg.Done() woke it" .. at, r.ran, prog:find("wg.Done()"))
    lesson.expect("work ran whole" .. at, prog:var("count"), 8)
    r = prog:run_to{done = true}
    lesson.expect("then the program ends" .. at, r.reason, "done")
end

direct(4)
lesson.reset{procs = 1}
direct(1)
