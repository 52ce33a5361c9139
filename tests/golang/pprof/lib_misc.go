// lib_misc.go — what errors, strings.Builder, bytes.Buffer, strings.Repeat/ToUpper,
// sync.Pool and sync.Mutex allocate for a program, each case run after two runtime.GC():
// Go 1.19's heap profile shows errors.New inlined into its caller, a Builder's growth at
// its inlined WriteString, a Buffer's first 64 bytes at bytes.(*Buffer).grow and its later
// growth at bytes.growSlice, a pool's per-P array at sync.(*Pool).pinSlow, its New under
// sync.(*Pool).Get, a blocked Lock's sudog under
// sync.runtime_SemacquireMutex (two lockers blocked at once, so that one sudog is made whichever P the cached one is on;
// the holder loops about 1 ms, so that they spin out and park: with a 1000-iteration loop
// they got the mutex spinning and real Go 1.19's profile of this program had no lockSlow
// sudog in 10 of 10 runs; with 1000000 it has one in 7 of 10, the other 3 finding a sudog
// in their P's cache). Measured
// with go1.19.8 (MemProfileRate = 1, go tool pprof -traces -lines).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type Big struct{ x [40]int }

var ssink []string
var esink []error
var bsink []*strings.Builder
var bufsink []*bytes.Buffer
var sink []any

func reset() { runtime.GC(); runtime.GC() } // reset

//go:noinline
func errorsNew() { esink = append(esink, errors.New("boom")) } // errorsNew

//go:noinline
func errorf() { esink = append(esink, fmt.Errorf("bad %d", 7)) } // errorf

//go:noinline
func errorfW() { esink = append(esink, fmt.Errorf("wrap: %w", esink[0])) } // errorfW

//go:noinline
func builderWS() { b := new(strings.Builder); b.WriteString("hello"); bsink = append(bsink, b) } // builderWS

//go:noinline
func builderWB() { b := new(strings.Builder); b.WriteByte('x'); bsink = append(bsink, b) } // builderWB

//go:noinline
func builderWR() { b := new(strings.Builder); b.WriteRune('é'); bsink = append(bsink, b) } // builderWR

//go:noinline
func builderWRa() { b := new(strings.Builder); b.WriteRune('a'); bsink = append(bsink, b) } // builderWRa

//go:noinline
func builderGrow() { b := new(strings.Builder); b.Grow(100); bsink = append(bsink, b) } // builderGrow

//go:noinline
func builderBig() {
	b := new(strings.Builder)
	b.WriteString("0123456789") // builderBig 1
	b.WriteString("0123456789") // builderBig 2
	bsink = append(bsink, b)
}

//go:noinline
func bufferWS() { b := new(bytes.Buffer); b.WriteString("hello"); bufsink = append(bufsink, b) } // bufferWS

//go:noinline
func bufferWB() { b := new(bytes.Buffer); b.WriteByte('x'); bufsink = append(bufsink, b) } // bufferWB

//go:noinline
func bufferWR() { b := new(bytes.Buffer); b.WriteRune('é'); bufsink = append(bufsink, b) } // bufferWR

//go:noinline
func bufferWRa() { b := new(bytes.Buffer); b.WriteRune('a'); bufsink = append(bufsink, b) } // bufferWRa

//go:noinline
func bufferGrow() { b := new(bytes.Buffer); b.Grow(100); bufsink = append(bufsink, b) } // bufferGrow

//go:noinline
func bufferString() {
	b := new(bytes.Buffer) // bufferString
	b.WriteString("hello, world")
	ssink = append(ssink, b.String()) // bufferString.String
	bufsink = append(bufsink, b)
}

//go:noinline
func bufferBig() {
	b := new(bytes.Buffer)
	b.WriteString(strings.Repeat("z", 100)) // bufferBig 1
	b.WriteString(strings.Repeat("y", 200)) // bufferBig 2
	bufsink = append(bufsink, b)
}

//go:noinline
func repeat() { ssink = append(ssink, strings.Repeat("ab", 10)) } // repeat

//go:noinline
func toUpper() { ssink = append(ssink, strings.ToUpper("hello, world")) } // toUpper

var pool = sync.Pool{New: func() any { return new(Big) }} // New

//go:noinline
func poolGet() { sink = append(sink, pool.Get()) } // poolGet

//go:noinline
func poolPut() { pool.Put(new(Big)) } // poolPut

//go:noinline
func fprintlnB() { b := new(strings.Builder); fmt.Fprintln(b, "hello, world, again"); bsink = append(bsink, b) } // fprintlnB

//go:noinline
func fprintBuf() { b := new(bytes.Buffer); fmt.Fprintf(b, "%s", strings.Repeat("q", 100)); bufsink = append(bufsink, b) } // fprintBuf

//go:noinline
func fprintfBuf() { b := new(bytes.Buffer); fmt.Fprintf(b, "n=%d", 5); bufsink = append(bufsink, b) } // fprintfBuf

//go:noinline
func mutex() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	for k := 0; k < 2; k++ { // two blocked at once: the sudog cache holds one, the other is made
		go func() {
			mu.Lock() // mutex
			mu.Unlock()
			wg.Done()
		}()
	}
	for i := 0; i < 1000000; i++ { // about 1 ms: both lockers spin 4 times, then park
		ssink = ssink[:0]
	}
	mu.Unlock()
	wg.Wait()
}

func main() {
	reset()
	errorsNew()
	reset()
	errorf()
	reset()
	errorfW()
	reset()
	builderWS()
	reset()
	builderWB()
	reset()
	builderWR()
	reset()
	builderWRa()
	reset()
	builderGrow()
	reset()
	builderBig()
	reset()
	bufferWS()
	reset()
	bufferWB()
	reset()
	bufferWR()
	reset()
	bufferWRa()
	reset()
	bufferGrow()
	reset()
	bufferString()
	reset()
	bufferBig()
	reset()
	repeat()
	reset()
	toUpper()
	reset()
	poolGet()
	reset()
	poolPut()
	reset()
	fprintlnB()
	reset()
	fprintBuf()
	reset()
	fprintfBuf()
	reset()
	mutex()
	runtime.GC()
}
