-- goprog_fields.lua — prog:var and prog:addr follow field paths as Go's selectors do:
-- "q.Y" a field of a struct, "p.Z" a field through a pointer, "b.Next.At.X" several
-- steps; prog:sizeof gives a variable's or a field's size as unsafe.Sizeof does. The
-- sizes and offsets are real Go 1.19's on linux/amd64 for these types (unsafe.Sizeof and
-- unsafe.Offsetof printed by the same program under real Go).
local prog = go.program([[package main

import "unsafe"

type Point struct{ X, Y, Z int }

type Box struct {
	Name string
	At   Point
	Next *Box
	Tags []string
	On   bool
	N    int32
}

var keep *Point

func main() {
	q := Point{1, 2, 3}
	p := &Point{4, 5, 6}
	keep = p
	b := Box{Name: "lid", At: q, On: true, N: 7}
	b.Next = &b
	var none *Point
	boxSize := unsafe.Sizeof(b)
	_, _ = none, boxSize
}
]])
prog:run_to{line = prog:find("_, _ = none, boxSize")}

-- a struct's fields, by value
lesson.expect("q.Y", prog:var("q.Y"), 2)
lesson.expect("q.Y sits one int after q.X", go.addr(prog:addr("q.Y")) - go.addr(prog:addr("q.X")), 8)
lesson.expect("q.X is where q starts", go.addr(prog:addr("q.X")), go.addr(prog:addr("q")))
-- through a pointer: p.Z is (*p).Z, in p's room
lesson.expect("p.Z through the pointer", prog:var("p.Z"), 6)
lesson.expect("p.Z is in the room p points to", go.addr(prog:addr("p.Z")), go.addr(prog:var("p")) + 16)
lesson.expect("a package pointer too", prog:var("keep.Z"), 6)
-- several steps, strings, booleans and smaller ints
lesson.expect("b.At.Z", prog:var("b.At.Z"), 3)
lesson.expect("b.Name is a string", prog:var("b.Name"), "lid")
lesson.expect("b.On", prog:var("b.On"), true)
lesson.expect("b.N is an int32", prog:var("b.N"), 7)
lesson.expect("b.Next.At.X: b through its own pointer", prog:var("b.Next.At.X"), 1)
lesson.expect("b.At at Go's offset 16", go.addr(prog:addr("b.At")) - go.addr(prog:addr("b")), 16)
lesson.expect("b.N at Go's offset 76", go.addr(prog:addr("b.N")) - go.addr(prog:addr("b")), 76)
lesson.expect("b.Tags is a nil slice", go.len(prog:var("b.Tags")), 0)

-- unsafe.Sizeof
lesson.expect("sizeof Point", prog:sizeof("q"), 24)
lesson.expect("sizeof *Point", prog:sizeof("p"), 8)
lesson.expect("sizeof an int field", prog:sizeof("q.X"), 8)
lesson.expect("sizeof the field through a pointer", prog:sizeof("keep.Y"), 8)
lesson.expect("sizeof Box", prog:sizeof("b"), 80)
lesson.expect("sizeof a string", prog:sizeof("b.Name"), 16)
lesson.expect("sizeof a struct field", prog:sizeof("b.At"), 24)
lesson.expect("sizeof a slice", prog:sizeof("b.Tags"), 24)
lesson.expect("sizeof a bool", prog:sizeof("b.On"), 1)
lesson.expect("sizeof an int32", prog:sizeof("b.N"), 4)
lesson.expect("the program's own unsafe.Sizeof(b) agrees", prog:var("boxSize"), prog:sizeof("b"))

-- what cannot be followed is a clear error
local function err(f) local ok, e = pcall(f); return not ok and tostring(e):gsub("^.-prog:", "prog:") or "no error" end
lesson.expect("no such field", err(function() return prog:var("q.W") end), "prog:var: q has no field W (Point has X, Y, Z)")
lesson.expect("an int has no fields", err(function() return prog:var("q.X.Y") end),
  "prog:var: q.X is of type int: it has no field Y")
lesson.expect("a nil pointer", err(function() return prog:addr("none.X") end), "prog:addr: none is nil: it has no field X")
lesson.expect("an unknown variable", err(function() return prog:sizeof("r.X") end),
  string.format("prog:sizeof: main.go has no variable r in main (at line %d) nor at package level", prog:find("_, _ = none, boxSize")))
