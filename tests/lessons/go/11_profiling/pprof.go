//go:build ignore

// pprof.go — real Go's allocation profile of lesson 11's program, for the profile figures
// of expected.txt. regen.sh runs it with a copy of scenes/go/11_profiling.go whose main is
// renamed lessonMain: every allocation is recorded (MemProfileRate = 1, set before the
// program starts), then the profile is read as `go tool pprof` reads it:
//
//	profile.FN.objects/bytes  cum of function main.FN: every allocation with FN on its stack
//	profile.topN.*            the program lines that call into the runtime (the innermost
//	                          main.* frame) with the 3 biggest cums, as `pprof -lines`
//	                          lists them: line number, objects, bytes
package main

import (
	"fmt"
	"os"
	"runtime"
)

func init() { runtime.MemProfileRate = 1 }

func main() {
	lessonMain()
	runtime.GC() // publishes the profile
	recs := make([]runtime.MemProfileRecord, 4096)
	k, ok := runtime.MemProfile(recs, true)
	if !ok {
		fmt.Fprintln(os.Stderr, "profile too large")
		os.Exit(1)
	}
	fns := []string{"loadUsers", "buildReport", "sumAges"}
	objs, bytes := make([]int64, len(fns)), make([]int64, len(fns))
	lineObjs, lineBytes := map[int]int64{}, map[int]int64{}
	for _, r := range recs[:k] {
		frames := runtime.CallersFrames(r.Stack())
		leaf := true
		for {
			f, more := frames.Next()
			for i, fn := range fns {
				if f.Function == "main."+fn {
					objs[i] += r.AllocObjects
					bytes[i] += r.AllocBytes
				}
			}
			if leaf && len(f.Function) > 5 && f.Function[:5] == "main." {
				lineObjs[f.Line] += r.AllocObjects
				lineBytes[f.Line] += r.AllocBytes
				leaf = false
			}
			if !more {
				break
			}
		}
	}
	for i, fn := range fns {
		fmt.Printf("profile.%s.objects %d\nprofile.%s.bytes %d\n", fn, objs[i], fn, bytes[i])
	}
	for rank := 1; rank <= 3; rank++ { // biggest first, ties by line, as pprof -top
		top := -1
		for l, b := range lineBytes {
			if top < 0 || b > lineBytes[top] || b == lineBytes[top] && l < top {
				top = l
			}
		}
		fmt.Printf("profile.top%d.line %d\nprofile.top%d.objects %d\nprofile.top%d.bytes %d\n",
			rank, top, rank, lineObjs[top], rank, lineBytes[top])
		delete(lineBytes, top)
	}
}
