// map_iface_keys.go — a key put in a map with interface keys is converted to the key type
// where Go 1.19 reports it: at the map operand for a constant key, at the key's start for any
// other key (the whole of i*1000, not its operator); the converted key escapes when stored
// (m[k] = v) and does not for a lookup or a delete.
package main

var m = map[any]int{}

func f(i int, s string) {
	m[i*1000] = 1
	m[i] = 2
	m[s] = 3
	m["x"] = 4
	m[7] = 5
	_ = m[i+1]
	_, _ = m[s+"y"]
	delete(m, i)
	delete(m, "z")
	println(m[i])
}

//go:noinline
func g(e error) {
	errs := map[error]bool{}
	errs[e] = true
	delete(errs, e)
	println(len(errs))
}

type pair struct{ a, b int }

type box struct{ name string }

//go:noinline
func id(i int) int { return i }

//go:noinline
func h(b *box, xs []int, i int) {
	keys := map[any]string{}
	keys[id(i)] = "call"
	keys[b.name] = "field"
	keys[xs[i]] = "element"
	keys[pair{i, 2}] = "struct"
	keys[[2]int{1, 2}] = "array"
	keys[-i] = "negated"
	println(len(keys), keys[b.name+"!"])
}

func main() {
	f(1, "a")
	g(nil)
	h(&box{"b"}, []int{1, 2}, 1)
}
