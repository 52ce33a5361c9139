-- goprog_label.lua — go.program labels its newest room with the compiler's verdict
-- ("line 6: new(*int) escapes to heap"), and steps aside while the lesson points at
-- something itself (tests/script/test_lesson_view.c).
local prog = go.program([[
package main

var sink, other **int

func main() {
	sink = new(*int)
	other = new(*int)
}
]])
prog:run_to{alloc = true}
lesson.pause("labelled")
prog:run_to{alloc = true} -- line 7's room gets the label
lesson.highlight("frame", "main.main", "main's plate")
lesson.pause("lesson's own")
