package main

// A panic runs the deferred calls of every frame, innermost first, before Go prints it.
type T struct{ n int }

func note(s string) { println("deferred:", s) }

func inner() {
	defer note("inner")
	var p *T
	p.n = 1
	note("not reached")
}

func main() {
	x := 1
	defer println("println deferred with x =", x)
	x = 2
	defer note("main")
	defer func() { println("closure in main") }()
	inner()
}
