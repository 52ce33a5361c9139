package main

// Every defer in a loop keeps its call until the function returns: a loop that never ends
// grows the goroutine's deferred calls (and _defer records) until memory runs out.
func f() {}

func main() {
	for {
		defer f()
	}
}
