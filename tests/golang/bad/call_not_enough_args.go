// A call with too few arguments, spread over two lines: Go reports at the last argument.
package main

func g(a, b, c int) {}

func main() {
	g(1,
		2)
}
