package main

func main() {
	m := map[float64]int{}
	println(len(m))
}
