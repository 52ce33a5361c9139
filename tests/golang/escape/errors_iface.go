package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code" }

var sink error

// errors.New is inlined: its errorString is the caller's, on the stack unless the error leaves
func newLocal() bool {
	e := errors.New("local")
	return e == nil
}

func newReturned() error { return errors.New("returned") }

func newStored() { sink = errors.New("stored") }

// an interface method call has no known callee: the receiver's value goes to the heap
func message(e error) string { return e.Error() }

func viaCall() string {
	var e error
	e = &codeErr{1}
	return e.Error()
}

// a *T converted to error is the pointer itself: no boxing
func asError(c *codeErr) error { return c }

func errorf(n int) error { return fmt.Errorf("n=%d: %w", n, sink) }

func main() {
	println(newLocal(), newReturned() != nil, message(sink), asError(&codeErr{2}) != nil, viaCall())
	newStored()
	fmt.Println(errorf(3))
}
