// lib_fmt.go — what fmt allocates for a program, each case in a function of its own run
// after two runtime.GC() (so fmt's printer, its pool's per-P array and its buffer are made
// afresh): Go 1.19's heap profile shows each allocation under fmt's own frames, the printer
// under fmt.newPrinter, the buffer's growth under the function that wrote past its capacity
// (doPrintln's separator, fmt.pad's integer, printValue's '{' ...), Sprint's result under
// fmt.Sprint. Measured with go1.19.8 (MemProfileRate = 1, go tool pprof -traces -lines).
package main

import (
	"fmt"
	"runtime"
)

type P struct{ A, B int }
type S struct{ n int }

func (s S) String() string { return fmt.Sprint("s=", s.n, "!") } // S.String

var ssink []string

func reset() { runtime.GC(); runtime.GC() }

//go:noinline
func printlnStr() { fmt.Println("hello, world!") } // printlnStr

//go:noinline
func printlnInt() { fmt.Println(1234567) } // printlnInt

//go:noinline
func printlnSep() { fmt.Println("abcdefgh", "x") } // printlnSep

//go:noinline
func printlnNl() { fmt.Println("abcdefgh") } // printlnNl

//go:noinline
func printlnStruct() { fmt.Println(P{1234567, 2}) } // printlnStruct

//go:noinline
func printlnSlice() { fmt.Println([]int{1, 2, 3}) } // printlnSlice

//go:noinline
func printlnPtr() { fmt.Println(&P{1, 2}) } // printlnPtr

//go:noinline
func printlnNested() { fmt.Println([]P{{1, 2}, {3, 4}}) } // printlnNested

//go:noinline
func printlnStringer() { fmt.Println(S{300}) } // printlnStringer

//go:noinline
func printfD() { fmt.Printf("%d\n", 42) } // printfD

//go:noinline
func printfS() { fmt.Printf("%s\n", "hello") } // printfS

//go:noinline
func printfV() { fmt.Printf("%v\n", P{1, 2}) } // printfV

//go:noinline
func printfMid() { fmt.Printf("%v\n", P{1234567, 2}) } // printfMid

//go:noinline
func printfLit() { fmt.Printf("hello %d\n", 1) } // printfLit

//go:noinline
func printfWidth() { fmt.Printf("%12s\n", "x") } // printfWidth

//go:noinline
func sprintf() { ssink = append(ssink, fmt.Sprintf("value=%d!", 12345)) } // sprintf

func main() {
	reset()
	printlnStr()
	reset()
	printlnInt()
	reset()
	printlnSep()
	reset()
	printlnNl()
	reset()
	printlnStruct()
	reset()
	printlnSlice()
	reset()
	printlnPtr()
	reset()
	printlnNested()
	reset()
	printlnStringer()
	reset()
	printfD()
	reset()
	printfS()
	reset()
	printfV()
	reset()
	printfMid()
	reset()
	printfLit()
	reset()
	printfWidth()
	reset()
	sprintf()
	runtime.GC()
}
