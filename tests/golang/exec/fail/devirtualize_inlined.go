package main

type myErr struct{ code int }

func (e *myErr) Error() string { return "bad" }

func message(e error) string { return e.Error() }

func main() {
	println(message(&myErr{1}))
}
