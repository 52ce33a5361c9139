package main

import "runtime"

// Deferred library methods and fmt's printing functions run; other library functions are
// refused before anything runs, naming what to do instead.
func main() {
	println("refused before anything runs")
	defer runtime.GC()
}
