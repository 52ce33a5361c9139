package main

func main() {
	for i := range 4 {
		println(i)
	}
}
