package main

func main() {
	n := 3
	for range n {
	}
}
