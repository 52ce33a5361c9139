// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

func main() {
	x := 5
	x /= 0
	_ = x
}
