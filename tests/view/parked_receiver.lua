-- parked_receiver.lua — the cafeteria names what a parked goroutine waits on: main blocks
-- in `v := <-c` on an unbuffered channel until send's `c <- n` hands it the value. Shot at
-- 1280x720 --projector by tests/view.cmake: at "parked" main's header says Go's
-- traceback reason [chan receive] and the hchan; at "handed" it is runnable again.
lesson.title("A goroutine parked on an unbuffered channel")
local prog = go.program("go/parked_receiver.go")
prog:run_to{line = prog:find("c <- n")}
lesson.say("send is about to run c <- n. main got to v := <-c first: no sender was waiting, so main parked on the channel.")
lesson.pause("parked")
prog:step()
lesson.say("c <- n handed the value straight to main: main is runnable again and waits on nothing.")
lesson.pause("handed")
prog:run_to{done = true}
lesson.check(prog:done(), "the program ran to its end")
