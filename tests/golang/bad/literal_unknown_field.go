package main

type T struct{ a int }

func main() {
	t := T{b: 1}
	println(t.a)
}
