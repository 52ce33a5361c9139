package main

// recover() returns nil when it is not called by the deferred function itself: the helper
// gets nil, so the panic goes on and ends the program.
func helper() any { return recover() }

func main() {
	defer func() {
		if r := helper(); r != nil {
			println("never: the helper is not the deferred call")
		}
	}()
	panic(42)
}
