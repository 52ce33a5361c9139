// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

const a int32 = 1 << 30
const b = a * 4

func main() {
	println(b)
}
