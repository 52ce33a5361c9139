package main

// Recursion with 64 KiB frames: the goroutine stack doubles by copying (1 GB of host
// memory before Go's own 1 GB limit); the host-memory budget stops it in f at line 8.
func f(n int) int {
	var big [65536]byte
	big[n%65536] = byte(n)
	return f(n+1) + int(big[0])
}

func main() {
	println(f(0))
}
