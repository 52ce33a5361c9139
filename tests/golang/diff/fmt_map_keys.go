// fmt_map_keys.go — how fmt orders map keys that are not numbers or strings
// (internal/fmtsort): structs field by field, arrays element by element, pointers and
// channels by address (allocation order here: each new object is further up its span),
// interfaces holding one dynamic type by that type's values, nil first. Printing copies each
// key that is not pointer-shaped (copyVal: a struct or array key as a new object of its
// type, an interface key as 16 bytes); pointer and channel keys are not copied.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type point struct{ x, y int }

type label struct {
	name string
	at   point
}

type node struct{ name string }

func (n *node) String() string { return n.name }

type pipe chan int

var pipeNames = map[pipe]string{}

func (p pipe) String() string { return pipeNames[p] }

func main() {
	fmt.Println("warm up")
	points := map[point]int{{2, 1}: 1, {1, 9}: 2, {1, -3}: 3, {-5, 0}: 4}
	measure("struct_keys", func() { fmt.Println(points) })
	labels := map[label]bool{{"b", point{0, 0}}: true, {"a", point{2, 2}}: false, {"a", point{1, 7}}: true}
	measure("nested_struct_keys", func() { fmt.Println(labels) })
	grid := map[[2]int8]string{{1, 1}: "d", {0, 5}: "b", {1, -1}: "c", {0, -5}: "a"}
	measure("array_keys", func() { fmt.Println(grid) })
	measure("sharp_v_struct_keys", func() { fmt.Printf("%#v\n", points) })
	var nodes []*node
	for _, n := range []string{"n0", "n1", "n2", "n3"} {
		nodes = append(nodes, &node{n})
	}
	byNode := map[*node]int{}
	for i := len(nodes) - 1; i >= 0; i-- {
		byNode[nodes[i]] = i * 10
	}
	measure("pointer_keys", func() { fmt.Println(byNode) })
	var pipes []pipe
	for i := 0; i < 3; i++ {
		p := make(pipe)
		pipeNames[p] = fmt.Sprint("p", i)
		pipes = append(pipes, p)
	}
	byPipe := map[pipe]int{pipes[2]: 2, pipes[0]: 0, pipes[1]: 1}
	measure("chan_keys", func() { fmt.Println(byPipe) })
	anys := map[any]string{3: "three", 1: "one", nil: "nil", 2: "two"}
	measure("iface_keys", func() { fmt.Println(anys) })
	e1, e2 := errors.New("first"), errors.New("second")
	errs := map[error]int{e2: 2, e1: 1}
	measure("error_keys", func() { fmt.Println(errs) })
	measure("d_struct_keys", func() { fmt.Printf("%d\n", labels) })
}
