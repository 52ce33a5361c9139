package main

type buf struct{ data []byte }

func newBuf(n int) *buf {
	return &buf{data: make([]byte, n)}
}

//go:noinline
func newBufNI(n int) *buf {
	return &buf{data: make([]byte, n)}
}

func main() {
	a := newBuf(16)
	b := newBufNI(16)
	println(len(a.data), len(b.data))
}
