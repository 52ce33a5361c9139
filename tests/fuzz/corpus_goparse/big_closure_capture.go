package main

type blob struct{ data [200]byte }

//go:noinline
func run() byte {
	var b blob
	b.data[0] = 9
	f := func() byte {
		return b.data[0]
	}
	return f()
}

func main() {
	println(run())
}
