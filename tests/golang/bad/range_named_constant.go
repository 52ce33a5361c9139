package main

const n = 10

func main() {
	for i, v := range n {
		println(i, v)
	}
}
