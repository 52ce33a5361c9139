// library_multiarg.go — escape facts of library calls with two or more arguments and a
// callback: sort.Slice leaks its slice (boxed: "people escapes to heap") but not less (the
// func literal stays on the stack); strings.Split leaks s (the pieces alias it) but not sep;
// Join's elems leak to its result; Replace's s leaks to its result, old and new do not;
// sort.Strings boxes its slice in the caller like sort.Ints.
package main

import (
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

var sink []string
var str string

func byAge(people []person) {
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
}

func words(line string) []string {
	return strings.Split(line, " ")
}

func local() int {
	ps := []person{{"a", 2}, {"b", 1}}
	byAge(ps)
	ws := []string{"b", "a"}
	sort.Strings(ws)
	return ps[0].age + len(ws)
}

func main() {
	byAge([]person{{"x", 1}})
	sink = words("a b c")
	str = strings.Join(sink, "-")
	str = strings.Replace(str, "-", "+", 1)
	str = strings.ReplaceAll(strings.ToLower(str), "+", "")
	str = strings.TrimSpace(str)
	_ = strings.Fields(str)
	_ = local() + strings.Index(str, "b")
}
