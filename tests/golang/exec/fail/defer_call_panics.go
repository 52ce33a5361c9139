package main

// A deferred call that panics at the function's end: the calls deferred before it still
// run, and the traceback names the closing brace, where the function returned.
func note(s string) { println("deferred:", s) }

func bad() {
	defer note("runs after the panic")
	defer func() {
		var p *int
		*p = 1
	}()
	note("body")
}

func main() {
	bad()
}
