package main

var a = f()

func f() int { return g() }

func g() int { return a }

func main() { println(a) }
