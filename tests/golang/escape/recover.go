package main

// recover() returns an interface{} that points at nothing of the frame: a function that
// recovers leaks nothing, and a function that calls recover is never inlined.
import "errors"

var errBad = errors.New("bad")

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errBad
		}
	}()
	return a / b, nil
}

func keep(p *int) (r any) {
	defer func() { r = recover() }()
	panic(p)
}

func helper() any { return recover() }

func main() {
	q, _ := safeDiv(1, 0)
	x := q
	_ = keep(&x)
	_ = helper()
}
