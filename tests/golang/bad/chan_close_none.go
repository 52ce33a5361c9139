package main

func main() {
	close()
}
