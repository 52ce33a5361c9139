// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

func main() {
	const a = 1 << 511
	println(a+a > 0)
}
