package main

func f() int { return 1 }

type P struct{ x int }

func send(c chan interface{}, a, b int, p *P) {
	c <- a + b
	c <- f()
	c <- p.x
	c <- 3
	c <- a
}

func main() {
	send(make(chan interface{}, 9), 1, 2, &P{})
}
