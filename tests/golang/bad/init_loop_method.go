package main

type T struct{ n int }

func (t T) get() int { return z }

var y = 1
var x = T{y}.get()
var z = x + y

func main() { println(x, z) }
