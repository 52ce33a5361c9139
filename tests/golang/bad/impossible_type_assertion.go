package main

type T struct{ n int }

type E struct{}

func (e *E) Error() string { return "e" }

func main() {
	var e error = &E{}
	p, ok := e.(*T)
	println(p, ok)
}
