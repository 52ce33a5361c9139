package main

// go f() for ever, each f running for ever: every goroutine has a host stack for the
// interpreter (2.3 GB before the budget); the host-memory budget stops the bomb at line 12.
func f() {
	for {
	}
}

func main() {
	for {
		go f()
	}
}
