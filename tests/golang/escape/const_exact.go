// const_exact.go — Go's untyped integer constants are exact (gohotel: up to 512 bits, as Go
// 1.19's compiler): intermediate values far beyond 64 bits fold to the exact small result.
package main

import "fmt"

const big = 1 << 511
const huge = 999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
const maxU64 uint64 = 1<<64 - 1

func main() {
	fmt.Println(1 << 100 >> 98)
	fmt.Println(big >> 509)
	fmt.Println(huge >> 480)
	fmt.Println(huge % 1000007)
	fmt.Println((1<<200 + 7) % (1<<100 - 3))
	fmt.Println(-(1 << 300) / (1 << 290))
	fmt.Println(-7 / 2, -7 % 2, 7 / -2, 7 % -2)
	fmt.Println(-1 << 64 >> 63)
	fmt.Println(^(1 << 70) >> 69)
	fmt.Println((1<<90 | 1<<3) & (1<<3 | 1))
	fmt.Println(maxU64, maxU64 / 2, maxU64 >> 60)
	fmt.Println(^uint8(0), ^uint16(1), ^0, -(-128))
	const m int64 = -9223372036854775808
	fmt.Println(m, m + 1, m / 3)
	const r = 'é' + 1
	fmt.Println(r)
	fmt.Println(1<<62*4 > 1<<63, 1<<500>>490 == 1024)
	var n uint = 3
	fmt.Println(1<<n, 1<<n<<60)
}
