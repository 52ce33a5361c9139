package main

// Empty slices of arrays of pointers of 256 MiB: no heap, but each element type's pointer
// mask costs the host a bit a word (4 MiB); the masks count toward the host-memory
// budget, so the third make (line 15) passes a 16 MiB budget.
type A [1 << 25]*int
type B [1<<25 - 1]*int
type C [1<<25 - 2]*int
type D [1<<25 - 3]*int

func main() {
	n := 0
	n += cap(make([]A, 0))
	n += cap(make([]B, 0))
	n += cap(make([]C, 0))
	n += cap(make([]D, 0))
	println(n)
}
