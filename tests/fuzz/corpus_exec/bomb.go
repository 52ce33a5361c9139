package main

func spawn(n int) {
	if n == 0 {
		for {
		}
	}
	go spawn(n - 1)
	go spawn(n - 1)
}

func main() {
	spawn(20)
	for {
	}
}
