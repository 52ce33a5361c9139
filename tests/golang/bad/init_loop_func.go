package main

var a = f()

func f() int { return b }

var b = a + 1

func main() { println(a, b) }
