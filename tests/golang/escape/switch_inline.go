// switch_inline.go — Go 1.19 inlines functions holding switches, type switches, labels and
// gotos when they cost at most 80 (a switch costs 1, each case 1 plus its values, fallthrough
// nothing, a type switch's guard and each clause's v 1): the inlined callee's allocations are
// analysed at the call and stay on main's stack
package main

type T struct{ a, b int }

func pick(n int) *T {
	switch n {
	case 0, 1:
		return &T{n, 0}
	case 2:
		fallthrough
	default:
		return &T{0, n}
	}
}

func kind(x interface{}) []byte {
	switch v := x.(type) {
	case string:
		return []byte(v)
	case int:
		return make([]byte, 8)
	}
	return nil
}

func scan(s []int) *int {
	total := new(int)
loop:
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] < 0:
			continue loop
		case s[i] > 100:
			break loop
		}
		*total += s[i]
	}
	return total
}

// big: just over the budget with its switch (not inlined, its allocations escape)
func big(n int) *T {
	switch n {
	case 1:
		return &T{n + 1, n * 2}
	case 2:
		return &T{n + 2, n * 3}
	case 3:
		return &T{n + 3, n * 4}
	case 4:
		return &T{n + 4, n * 5}
	case 5:
		return &T{n + 5, n * 6}
	case 6:
		return &T{n + 6, n * 7}
	}
	return &T{n, n}
}

// small: the same with one case fewer (inlined)
func small(n int) *T {
	switch n {
	case 1:
		return &T{n + 1, n * 2}
	case 2:
		return &T{n + 2, n * 3}
	case 3:
		return &T{n + 3, n * 4}
	case 4:
		return &T{n + 4, n * 5}
	case 5:
		return &T{n + 5, n * 6}
	}
	return &T{n, n}
}

func count(n int) int {
	i := 0
top:
	if i < n {
		i++
		goto top
	}
	return i
}

func main() {
	p := pick(2)
	b := kind("abc")
	t := scan([]int{1, -2, 3, 200, 4})
	println(p.a, len(b), *t, big(3).a, small(3).b, count(4))
}
