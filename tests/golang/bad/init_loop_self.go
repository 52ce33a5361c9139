package main

var x = x + 1

func main() { println(x) }
