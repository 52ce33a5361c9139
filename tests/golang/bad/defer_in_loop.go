package main

func f(i int) {}

func main() {
	for i := 0; i < 3; i++ {
		defer f(i)
	}
}
