package main

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func use(s Shape) int { return s.Area() }

func main() {
	q := Sq{1}
	println(use(q))
}
