// wrapper_direct_itab.go — P (one pointer field) is stored in the interface word itself, but
// converting it to Getter still writes P's descriptor there, with (*P).Get's wrapper: it is
// reported before A's, which only the sorted descriptors reach
package main

type A struct{ x int }

func (a A) Get() int { s := make([]int, 3); return len(s) + a.x }

type P struct{ p *int }

func (z P) Get() int { s := make([]int, 5); return len(s) + *z.p }

type Getter interface{ Get() int }

var g Getter

func main() {
	g = P{}
}
