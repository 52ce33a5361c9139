package main

// append(s, s...) for ever: each append doubles the backing array (3.6 GB of host memory
// before the host-memory budget); the budget stops it with Go's out of memory at line 8.
func main() {
	s := []byte{1}
	for {
		s = append(s, s...)
	}
}
