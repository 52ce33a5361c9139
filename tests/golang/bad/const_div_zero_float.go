// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

func main() {
	const z = 0
	println(1.5 / z)
}
