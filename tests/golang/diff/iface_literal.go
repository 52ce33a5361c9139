// iface_literal.go — an interface type written in place, interface{ Area() int }: converting R to
// it boxes R as any conversion does; the call goes through the method table
package main

import "fmt"

type R struct{ n int }

func (r R) Area() int { return r.n }

var sink interface{ Area() int }

func main() {
	sink = R{3}
	fmt.Println(sink.Area())
}
