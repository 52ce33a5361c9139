package main

func main() {
	println("refused before anything runs")
	defer println("deferred builtin")
}
