package main

func counter() func() int {
	total := 0
	return func() int {
		total++
		return total
	}
}

func main() {
	next := counter()
	next()
	k := 1
	func() {
		k += 2
	}()
	println(next(), k)
}
