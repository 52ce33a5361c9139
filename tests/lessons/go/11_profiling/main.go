// Lesson 11, profiling: three steps of a small program measured two ways — ReadMemStats
// before and after each, and the allocation profile (MemProfileRate = 1, every
// allocation recorded) summed per function, as `go tool pprof -sample_index=alloc_objects`
// would list them. Both must agree; the scene's figures are compared with them.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
)

type User struct {
	ID   int
	Name string
	Age  int
}

var users []*User
var report string
var total int
var name = "gopher"

//go:noinline
func loadUsers(n int) {
	for i := 0; i < n; i++ {
		users = append(users, &User{ID: i, Name: name, Age: 20 + i%50})
	}
}

//go:noinline
func buildReport() {
	s := ""
	for range users {
		s += "u;"
	}
	report = s
}

//go:noinline
func sumAges() {
	t := 0
	for _, u := range users {
		t += u.Age
	}
	total = t
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%s.Mallocs %d\n%s.TotalAlloc %d\n", name, b.Mallocs-a.Mallocs, name, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	runtime.MemProfileRate = 1
	const n = 200
	measure("loadUsers", func() { loadUsers(n) })
	measure("buildReport", func() { buildReport() })
	measure("sumAges", func() { sumAges() })
	runtime.GC() // publish the profile
	recs := make([]runtime.MemProfileRecord, 4096)
	k, ok := runtime.MemProfile(recs, true)
	if !ok {
		fmt.Fprintln(os.Stderr, "profile too large")
		os.Exit(1)
	}
	objs, bytes := map[string]int64{}, map[string]int64{}
	for _, r := range recs[:k] {
		frames := runtime.CallersFrames(r.Stack())
		for {
			f, more := frames.Next()
			if strings.HasPrefix(f.Function, "main.") && !strings.HasPrefix(f.Function, "main.main") && f.Function != "main.measure" {
				fn := strings.TrimPrefix(f.Function, "main.")
				objs[fn] += r.AllocObjects
				bytes[fn] += r.AllocBytes
				break
			}
			if !more {
				break
			}
		}
	}
	names := []string{}
	for fn := range objs {
		names = append(names, fn)
	}
	sort.Strings(names)
	for _, fn := range names {
		fmt.Printf("profile.%s.objects %d\nprofile.%s.bytes %d\n", fn, objs[fn], fn, bytes[fn])
	}
}
