// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

const c = 1 << 70

func main() {
	var y int = c
	_ = y
}
