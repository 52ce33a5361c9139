package main

// select is inlinable in Go 1.19 (each clause costs a node, a receive case its OSELRECV2 and
// two left-hand slots): a function whose select sends a local's address is inlined into its
// callers, so the local is moved to the heap in each caller too. big79 costs 79 (inlined),
// big83 83 (over the budget of 80: not inlined).

func s1(c chan *int, b chan int) {
	x := 1
	select {
	case c <- &x:
	case <-b:
	default:
	}
}

func s2(c chan *int, b chan int) int {
	x := 2
	select {
	case c <- &x:
		return 1
	case v, ok := <-b:
		if ok {
			return v
		}
	}
	return 0
}

func big79(c chan *int, b chan int) int {
	x := 3
	n := 0
	select {
	case c <- &x:
		n = 1 + 2 + 3 + 4 + 5
	case v := <-b:
		n = v*v + v*2 + v*3 + v*4 + v*5 + v*6 + v*7
	case v, ok := <-b:
		if ok {
			n = v * v
		}
	default:
		n = -1
	}
	return n
}

func big83(c chan *int, b chan int) int {
	x := 3
	n := 0
	select {
	case c <- &x:
		n = 1 + 2 + 3 + 4 + 5
	case v := <-b:
		n = v*v + v*2 + v*3 + v*4 + v*5 + v*6 + v*7 + v*8
	case v, ok := <-b:
		if ok {
			n = v * v
		}
	default:
		n = -1
	}
	return n
}

func main() {
	c := make(chan *int, 3)
	b := make(chan int, 1)
	s1(c, b)
	_ = s2(c, b)
	_ = big79(c, b)
	_ = big83(c, b)
}
