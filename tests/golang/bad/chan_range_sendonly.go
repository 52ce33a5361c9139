package main

func main() {
	c := make(chan int)
	var s chan<- int = c
	for v := range s {
		println(v)
	}
}
