package main

func main() {
	total := 0
	for i := range 10 {
		total += i
	}
	arr := [4]int{1, 2, 3, 4}
	for _, v := range arr {
		total += v
	}
	for i := range []string{"a", "b"} {
		total += i
	}
	println(total)
}
