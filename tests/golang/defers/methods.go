package main

// Defers in methods, in closures called in loops, in loops over maps and in loops nested in
// a closure: each function counts alone.
import "sync"

type T struct {
	mu sync.Mutex
	n  int
}

func (t *T) inc() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
}

func (t *T) incAll(m map[string]int) {
	for k := range m {
		t.mu.Lock()
		defer t.mu.Unlock()
		_ = k
	}
}

func run(fs []func()) {
	for _, f := range fs {
		defer f()
	}
	defer func() {
		for i := 0; i < 2; i++ {
			defer println(i)
		}
	}()
}

func main() {
	t := &T{}
	t.inc()
	t.incAll(map[string]int{"a": 1})
	run(nil)
}
