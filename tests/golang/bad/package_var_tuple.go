package main

func pair() (int, int) { return 1, 2 }

var a, b = pair()

func main() { println(a, b) }
