package main

func main() {
	n := 0
	if n > 0 {
		goto end
	}
	a, b := 1, 2
	println(a, b)
end:
	println(n)
}
