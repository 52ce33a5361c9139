package main

type p struct{ a int }

func main() {
	v := p{}
	println(v.b)
}
