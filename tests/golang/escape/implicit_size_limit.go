package main

func main() {
	a := make([]int64, 8192)
	b := make([]int64, 8193)
	c := new([8192]int64)
	d := new([8193]int64)
	a[0], b[0], c[0], d[0] = 1, 2, 3, 4
	println(a[0], b[0], c[0], d[0])
}
