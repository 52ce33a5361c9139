// any_spelling.go — the compiler prints the type by the name the source used: `any` stays
// "any" ([]any{...}, any(3), make([]any, 2)), interface{} is "interface {}", parenthesised
// in a conversion.
package main

var sink any

func main() {
	a := []any{1, "x"}
	b := []interface{}{2}
	sink = any(3)
	sink = interface{}(4)
	m := makeAny()
	sink = a
	sink = b
	sink = m
}

//go:noinline
func makeAny() []any { return make([]any, 2) }
