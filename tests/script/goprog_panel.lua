-- goprog_panel.lua — what the code panel marks while a scene directs a Go program: main's
-- first statement as soon as the program is loaded (the statement that runs first), then
-- the statement run_to stopped before; after the program's end, at the next pause and at
-- the lesson's end frame, still the Go file, its last statement marked
-- (tests/script/test_stepper.c).
local prog = go.program("goprog_direct.go")
lesson.pause("loaded")
prog:run_to{line = prog:find("total = a + b")}
lesson.pause("stopped")
local last = prog:run_to{done = true}
lesson.say(tostring(last.ran))
lesson.pause("done")
lesson.pause("after")
