// wrapper_field_first.go — writing A's type descriptor writes its field's type Z first, so
// Z's value-method wrapper is compiled (and reported) before A's, though A sorts first
package main

type A struct{ z Z }

func (a A) Get() int { s := make([]int, 3); return len(s) }

type Z struct{ x int }

func (z Z) Get() int { s := make([]int, 5); return len(s) + z.x }

func main() {
	println(A{}.Get())
}
