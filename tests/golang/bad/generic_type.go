package main

// A generic type: type parameters are outside the subset, so the type's line says so.
type Stack[T any] struct{ items []T }

func main() {
	var s Stack[int]
	println(len(s.items))
}
