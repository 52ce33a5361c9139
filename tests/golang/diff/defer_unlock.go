// defer_unlock.go — the usual defers (an Unlock in a func literal, a method, a closure that
// sets a named result) are open-coded by Go 1.19: no _defer record, nothing on the heap
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

var mu sync.Mutex
var hits int

type account struct{ balance, ops int }

func (a *account) count() { a.ops++ }

//go:noinline
func locked() {
	mu.Lock()
	defer func() { mu.Unlock() }()
	hits++
}

//go:noinline
func withdraw(a *account, amount int) (ok bool) {
	defer a.count()
	defer func() {
		if a.balance < 0 {
			a.balance += amount
			ok = false
		}
	}()
	a.balance -= amount
	return true
}

func main() {
	measure("locked", locked)
	a := &account{balance: 10}
	var r1, r2 bool
	measure("withdraw", func() { r1 = withdraw(a, 7); r2 = withdraw(a, 7) })
	fmt.Println("hits", hits)
	fmt.Println(r1, r2)
	fmt.Println("balance", a.balance)
	fmt.Println("ops", a.ops)
}
