package main

// The kind Go 1.19 gives each defer (go build -gcflags=-d=defer): open-coded when the
// function has no defer in a loop, at most 8 defers and returns × defers ≤ 15;
// heap-allocated in a for or range body or after a label a goto jumps back to (and then
// the function's other defers are stack-allocated); a func literal is a function of its own.
func f(i int) {}

func open(n int) int {
	defer f(1)
	if n > 0 {
		defer f(2)
		return n
	}
	return 0
}

func ranged(xs []int) {
	defer f(0)
	for _, x := range xs {
		switch {
		case x > 0:
			defer f(x)
		}
	}
}

func nested(n int) {
	for i := 0; i < n; i++ {
		func() {
			defer f(i) // open-coded: the literal has no loop of its own
		}()
	}
}

func labelled(n int) {
	defer f(-1)
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	defer f(i) // after the looping label: heap-allocated
}

func forwardGoto(n int) {
	if n > 0 {
		goto done
	}
	defer f(n)
done:
	defer f(n + 1)
}

func many() {
	defer f(1)
	defer f(2)
	defer f(3)
	defer f(4)
	defer f(5)
	defer f(6)
	defer f(7)
	defer f(8)
}

func main() {
	open(1)
	ranged([]int{1})
	nested(1)
	labelled(1)
	forwardGoto(1)
	many()
}
