package main

type point struct{ x, y int }

type big struct {
	a [40]int
}

var global chan *point

func sendLocal(c chan *point) {
	p := point{1, 2}
	c <- &p
}

func sendLit(c chan<- *point) {
	c <- &point{3, 4}
}

func sendNew(c chan *int) {
	c <- new(int)
}

func sendValue(c chan point) {
	p := point{5, 6}
	c <- p
}

func sendSlice(c chan []int) {
	s := make([]int, 4)
	c <- s
}

func sendIface(c chan interface{}) {
	c <- 42
	c <- "hi"
	x := 7
	c <- x
}

func recvOnly(c <-chan *point) int {
	p := <-c
	return p.x
}

func recvOk(c chan *point) bool {
	_, ok := <-c
	return ok
}

func makeLocal() int {
	c := make(chan int, 4)
	c <- 1
	return <-c
}

func makeReturned() chan int {
	return make(chan int)
}

func makeGlobal() {
	global = make(chan *point, 1)
}

func chanOfChan() {
	cc := make(chan chan int, 1)
	c := make(chan int, 1)
	cc <- c
	(<-cc) <- 3
}

func closureCapture() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	<-c
	<-done
}

func closureNotGo() int {
	c := make(chan int, 1)
	f := func() { c <- 2 }
	f()
	return <-c
}

func selectCases(a chan *point, b chan int) int {
	p := point{7, 8}
	select {
	case a <- &p:
		return 1
	case v := <-b:
		return v
	default:
		return 0
	}
}

func rangeChan(c chan *big) int {
	n := 0
	for b := range c {
		n += b.a[0]
	}
	return n
}

func sendBig(c chan big) {
	var b big
	c <- b
}

func main() {
	pc := make(chan *point, 10)
	sendLocal(pc)
	sendLit(pc)
	sendNew(make(chan *int, 1))
	sendValue(make(chan point, 1))
	sendSlice(make(chan []int, 1))
	sendIface(make(chan interface{}, 3))
	_ = recvOnly(pc)
	_ = recvOk(pc)
	_ = makeLocal()
	_ = makeReturned()
	makeGlobal()
	chanOfChan()
	closureCapture()
	_ = closureNotGo()
	_ = selectCases(pc, make(chan int))
	bc := make(chan *big, 1)
	bc <- &big{}
	close(bc)
	_ = rangeChan(bc)
	sendBig(make(chan big, 1))
}
