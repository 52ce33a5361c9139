package main

import "fmt"

type pair struct{ a, b int }

func main() {
	var xs []interface{}
	xs = append(xs, 1, "two", 3000, pair{1, 2}, &pair{3, 4}, nil, true, 'r')
	for _, x := range xs {
		fmt.Printf("%v %T\n", x, x)
	}
	var a any = pair{5, 6}
	var s any = "str"
	fmt.Println(a.(pair).b, s.(string), a == s)
}
