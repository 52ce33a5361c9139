package main

type item struct{ id int }

var list []*item

//go:noinline
func fill(n int) {
	for i := 0; i < n; i++ {
		it := new(item)
		it.id = i
		list = append(list, it)
	}
}

//go:noinline
func temp(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		it := &item{id: i}
		s += it.id
	}
	return s
}

func main() {
	fill(2)
	println(temp(3))
}
