// rune_literal_cost.go — []rune("...") is Go's literal []rune{...}: to the inliner each rune
// is a keyed element (3 nodes), so a constant of 25 ASCII runes still inlines (cost 78) and
// one of 26 (81) does not; 世 counts 1, not its 3 bytes
package main

func alpha25() []rune { return []rune("abcdefghijklmnopqrstuvwxy") }

func alpha26() []rune { return []rune("abcdefghijklmnopqrstuvwxyz") }

func wide() []rune { return []rune("世界世界世界世界世界世界世界世界世界世界世界世界世") }

func wider() []rune { return []rune("世界世界世界世界世界世界世界世界世界世界世界世界世界") }

func main() {
	println(len(alpha25()), len(alpha26()), len(wide()), len(wider()))
}
