package main

func main() {
	m := map[float64]string{}
	m[0.5] = "half"
	println(len(m))
}
