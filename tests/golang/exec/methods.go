package main

import (
	"fmt"
	"strings"
)

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type shape struct {
	name  string
	sides int
	tags  []string
}

type errT struct{ code int }

func (e *errT) Error() string { return fmt.Sprint("code ", e.code) }

func pick(ok bool) *errT {
	if ok {
		return nil
	}
	return &errT{42}
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	var t Celsius = 21
	fmt.Println(t, []Celsius{1, 2})
	sh := shape{name: "tri", sides: 3}
	sh.tags = append(sh.tags, "a", "b")
	cp := sh
	cp.name = "copy"
	cp.tags[0] = "shared"
	fmt.Println(sh, cp)
	arr := [3]int{1, 2, 3}
	brr := arr
	brr[0] = 100
	fmt.Println(arr, brr, arr == [3]int{1, 2, 3})
	e := pick(false)
	fmt.Println(e, e.code, pick(true) == nil)
	x, y := swap("1", "2")
	x, y = y, x
	fmt.Println(x, y)
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d,", i)
	}
	fmt.Println(sb.String())
	var any1 interface{} = sh
	fmt.Printf("%v|%+v|%T|%d%%\n", any1, 7, t, 50)
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix, len(matrix[2]))
	b := []byte("hey")
	b[0] = 'H'
	fmt.Println(string(b), b[1:], strings.Repeat("=", 5))
	var p *shape
	fmt.Println(p == nil, p)
}
