// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

func main() {
	const big = 1 << 511
	println(big >> 509)
	const b2 = 1 << 512
	println(b2 >> 510)
}
