// Expected: written by running go build (go1.19.8 linux/amd64) on this file; gohotel must say the same.
package main

const c8 int8 = 5
const cu8 uint8 = 200
const c64 int64 = -3
const cu64 uint64 = 1<<63
const ci = 12
const big = 1 << 300

func main() {
	var v int8 = 3
	var w uint = 2
	var k int32 = (0b101 &^ cu64)
	_, _, _ = k, v, w
}
