package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	a, b, c int
}

func main() {
	var m1, m2 runtime.MemStats
	var caps [32]int
	k := 0
	runtime.ReadMemStats(&m1)
	var bs []byte
	last := -1
	for i := 0; i < 1000; i++ {
		bs = append(bs, 'x')
		if cap(bs) != last {
			last = cap(bs)
			caps[k] = last
			k++
		}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(caps[:k])
	fmt.Println("[]byte Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	var is []int
	last = -1
	for i := 0; i < 2000; i++ {
		is = append(is, i)
		if cap(is) != last {
			last = cap(is)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var rs []rec
	last = -1
	for i := 0; i < 2000; i++ {
		rs = append(rs, rec{i, i, i})
		if cap(rs) != last {
			last = cap(rs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 99)
	fmt.Println(a, b)
	c := make([]int, 3, 10)
	n := copy(c, a)
	fmt.Println(c, n)
	x := append([]byte("abc"), "defghij"...)
	fmt.Println(len(x), cap(x), string(x))
	y := append(make([]int, 3), 1, 2, 3, 4, 5)
	fmt.Println(len(y), cap(y))
	z := make([]byte, 300)
	z = append(z, 1)
	fmt.Println(len(z), cap(z))
	grid := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("grid", grid, sum)
	words := []string{"a", "bb", "ccc"}
	for i := range words {
		words[i] += "!"
	}
	fmt.Println(words, len(words[2]))
}
