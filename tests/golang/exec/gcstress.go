package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

type node struct {
	val   int
	name  string
	left  *node
	right *node
	data  []int
}

func insert(t *node, v int) *node {
	if t == nil {
		return &node{val: v, name: fmt.Sprint("n", v), data: make([]int, v%5)}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func sum(t *node) int {
	if t == nil {
		return 0
	}
	return t.val + len(t.data) + len(t.name) + sum(t.left) + sum(t.right)
}

var garbage []string

func main() {
	debug.SetGCPercent(10)
	var root *node
	for i := 0; i < 3000; i++ {
		v := (i * 7919) % 3001
		root = insert(root, v)
		var b strings.Builder
		for k := 0; k < 300; k++ {
			b.WriteString("xyz")
		}
		garbage = append(garbage, b.String())
		if len(garbage) > 50 {
			garbage = nil
		}
	}
	parts := []string{}
	for i := 0; i < 200; i++ {
		parts = append(parts, strings.Repeat("ab", i%9))
	}
	total := 0
	for _, p := range parts {
		total += len(p)
	}
	fmt.Println(sum(root), total, len(garbage))
}
