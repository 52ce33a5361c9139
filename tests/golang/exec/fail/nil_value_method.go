package main

type valErr struct{ n int }

func (v valErr) Error() string { return "val" }

//go:noinline
func get() *valErr { return nil }

func main() {
	var e error
	e = get()
	println(e != nil)
	println(e.Error())
}
