package main

var a = b + 1
var b = a * 2

func main() { println(a, b) }
