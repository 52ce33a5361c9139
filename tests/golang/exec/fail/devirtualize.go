package main

type myErr struct{ code int }

func (e *myErr) Error() string { return "bad" }

func main() {
	var e error = &myErr{1}
	println(e.Error())
}
