// maps.go — what students write with maps: grouping with append, += on string values, struct values,
// nil maps, deleting during range, nested maps, bool and array keys, comma-ok in if, package-level maps
package main

import "fmt"

type pt struct{ x, y int }

var table = map[string]int{"one": 1, "two": 2, "three": 3}

var groups = make(map[string][]int)

func main() {
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(len(groups["even"]), groups["odd"][4], table["three"])
	names := map[int]string{}
	names[1] += "a"
	names[1] += "b"
	fmt.Println(names[1], len(names))
	pts := map[string]pt{"a": {1, 2}}
	fmt.Println(pts["a"].y, pts["b"].x)
	var nilm map[int]int
	n := 0
	for range nilm {
		n++
	}
	fmt.Println(n, nilm == nil, pts != nil)
	del := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range del {
		delete(del, k)
	}
	fmt.Println(len(del))
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	nested["x"]["y"]++
	fmt.Println(nested["x"]["y"])
	counts := map[bool]int{}
	for i := 0; i < 7; i++ {
		counts[i%3 == 0]++
	}
	fmt.Println(counts[true], counts[false])
	var v int
	var ok bool
	v, ok = table["two"]
	fmt.Println(v, ok)
	if v, ok := table["four"]; !ok {
		fmt.Println("no four", v)
	}
	switch table["one"] {
	case 1:
		fmt.Println("one is 1")
	}
	keys := [][2]int{{1, 2}, {3, 4}}
	am := map[[2]int]int{}
	for _, k := range keys {
		am[k] = k[0] + k[1]
	}
	fmt.Println(am[[2]int{3, 4}])
}
