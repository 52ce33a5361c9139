package main

func f() {
	for {
	}
}

func main() {
	for {
		go f()
	}
}
