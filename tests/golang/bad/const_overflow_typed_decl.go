// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

const a int32 = 1<<31 - 1 + 1

func main() {
	println(a)
}
