// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

func main() {
	const a uint64 = 3
	println(a << 1000)
}
