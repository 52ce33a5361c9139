package main

import "sync"

// A million sync.Pools, each kept: every pool is host memory (a local and a victim per P,
// 3 GB for a million, never freed); the host-memory budget stops the loop at line 11.
func main() {
	var keep []*sync.Pool
	for i := 0; i < 1000000; i++ {
		p := &sync.Pool{}
		p.Put(i)
		keep = append(keep, p)
	}
	println(len(keep))
}
