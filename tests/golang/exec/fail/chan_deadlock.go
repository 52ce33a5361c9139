package main

func f(c chan int) {
	c <- 1
	c <- 2
}

func main() {
	c := make(chan int)
	go f(c)
	d := make(chan int)
	<-d
}
