package main

func main() {
	defer int(3)
}
