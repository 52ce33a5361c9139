package main

import "fmt"

type point struct {
	x, y int
}

func (p point) sum() int { return p.x + p.y }

func (p *point) scale(k int) {
	p.x *= k
	p.y *= k
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

const greeting = "hello"

var counter int

func bump() int {
	counter++
	return counter
}

func main() {
	p := point{3, 4}
	fmt.Println(p, p.sum())
	p.scale(10)
	fmt.Println(p.x, p.y, p.sum())
	q := &point{1, 2}
	q.scale(3)
	fmt.Println(*q, q.sum())
	d, m := divmod(17, 5)
	fmt.Println("divmod", d, m)
	total := 0
	for i := 1; i <= 10; i++ {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println("odd sum", total)
	n := 0
	for n < 5 {
		n++
	}
	fmt.Println("n", n, greeting+" world", len(greeting))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, -7/2, -7%2, 1<<10, 0xff&^0x0f)
	bump()
	bump()
	fmt.Println("counter", bump())
	s := "héllo"
	for i, r := range s {
		fmt.Println(i, r)
	}
	ok := total > 10 && n == 5
	fmt.Println(ok, !ok, total == 25 || n == 0)
	var ip *int
	fmt.Println(ip == nil, q != nil)
	fmt.Printf("%d|%5d|%-5d|%s|%q|%x|%v|%T\n", 42, 42, 42, "go", "go", 255, p, p)
}
