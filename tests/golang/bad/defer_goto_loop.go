package main

func f(i int) {}

func main() {
	i := 0
again:
	defer f(i)
	i++
	if i < 3 {
		goto again
	}
}
