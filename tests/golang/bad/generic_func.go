package main

// A generic function is refused at its type parameter list.
func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() { println(Max(1, 2)) }
