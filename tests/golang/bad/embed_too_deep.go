// embed_too_deep.go — a field promoted through 40 levels of embedding: Go finds it; gohotel's
// breadth-first lookup stops at 32 levels and says so
package main
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
type T20 struct { T21 }
type T21 struct { T22 }
type T22 struct { T23 }
type T23 struct { T24 }
type T24 struct { T25 }
type T25 struct { T26 }
type T26 struct { T27 }
type T27 struct { T28 }
type T28 struct { T29 }
type T29 struct { T30 }
type T30 struct { T31 }
type T31 struct { T32 }
type T32 struct { T33 }
type T33 struct { T34 }
type T34 struct { T35 }
type T35 struct { T36 }
type T36 struct { T37 }
type T37 struct { T38 }
type T38 struct { T39 }
type T39 struct { T40 }
type T40 struct { x int }
func main() { var t T0; t.x = 1; println(t.x) }
