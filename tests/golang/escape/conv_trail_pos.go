// conv_trail_pos.go — where Go 1.19 reports an implicit conversion to interface made after a list:
// append's values, a declaration's and an assignment's all at the last expression translated
package main

type P struct{ x, y int }

var items []interface{}
var sink interface{}

func use(a, b interface{}) {}

func g(n int) int { return n * 3 }

func main1() {
	i, j := 5, 7
	p := &P{1, 2}
	var arr [4]int
	items = append(items, i)
	items = append(items, i+1000)
	items = append(items, 1000+i)
	items = append(items, i, j)
	items = append(items, i+1, j)
	items = append(items, i, j+1)
	items = append(items, i*j)
	items = append(items, p.x)
	items = append(items, arr[i])
	items = append(items, g(i))
	items = append(items, g(i)+1)
	items = append(items, -i)
	use(i, j)
	use(i+1, j)
	use(i, j+1)
	sink = i + 1
	var k interface{} = i + 2
	_ = k
	local := []interface{}{}
	local = append(local, i+3)
	sink = local
	f := func() {
		items = append(items, i)
		items = append(items, i+1000)
		items = append(items, i, j)
		use(i+1, j)
	}
	f()
}
type H struct{ v interface{} }
func main2() {
	i, j := 5, 7
	p := &P{1, 2}
	h := &H{}
	s := "abc"
	items = append(items, P{i, j})
	items = append(items, []int{i, j})
	items = append(items, func() int { return i + j })
	items = append(items, len(s))
	items = append(items, s[i:j])
	items = append(items, uint(i))
	items = append(items, *p)
	items = append(items, i, 5)
	items = append(items, p.x, j)
	items = append(items, s+s)
	h.v = i + 1
	h.v = p.y
	var a, b interface{} = i, j + 1
	sink, h.v = a, b
	sink, h.v = i+1, j
	var c interface{} = i
	_ = c
}

// A return statement's plain names take the trail; its other results their own place.
//
//go:noinline
func two(a, b int) (interface{}, interface{}) {
	return a, b + 1
}

func main() {
	main1()
	main2()
	sink, sink = two(1, 2)
}
