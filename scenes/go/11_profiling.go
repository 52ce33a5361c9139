// Lesson 11: where does a program
// allocate? Three steps, each one
// measured with runtime.ReadMemStats;
// the allocation profile then names
// the lines. Real Go prints the same
// figures (tests/lessons/go/11_profiling).
package main

import (
	"fmt"
	"runtime"
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
var before, after runtime.MemStats

//go:noinline
func loadUsers(n int) {
	for i := 0; i < n; i++ {
		u := &User{ID: i, Name: name, Age: 20 + i%50}
		users = append(users, u)
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
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name,
		after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name,
		after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("loadUsers", func() {
		loadUsers(200)
	})
	measure("buildReport", func() {
		buildReport()
	})
	measure("sumAges", func() {
		sumAges()
	})
	fmt.Printf("users.Cap %d\n", cap(users))
}
