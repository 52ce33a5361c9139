// embed_chain.go — t.x through 20 levels of embedded structs is one field of T0: all of them are
// laid out inline, so T0 is 8 bytes and nothing is allocated
package main

import "unsafe"

type T0 struct { T1 }
type T1 struct { T2 }
type T2 struct { T3 }
type T3 struct { T4 }
type T4 struct { T5 }
type T5 struct { T6 }
type T6 struct { T7 }
type T7 struct { T8 }
type T8 struct { T9 }
type T9 struct { T10 }
type T10 struct { T11 }
type T11 struct { T12 }
type T12 struct { T13 }
type T13 struct { T14 }
type T14 struct { T15 }
type T15 struct { T16 }
type T16 struct { T17 }
type T17 struct { T18 }
type T18 struct { T19 }
type T19 struct { T20 }
type T20 struct { x int }
func main() {
	var t T0
	t.x = 1
	t.T1.T2.x++
	println(t.x, unsafe.Sizeof(t))
}
