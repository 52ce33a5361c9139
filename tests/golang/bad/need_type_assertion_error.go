package main

type T struct{}

func (t *T) Error() string { return "" }

func main() {
	var e error
	var t *T
	t = e
	println(t)
}
