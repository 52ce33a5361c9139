package main

import "sync"

func main() {
	var wg sync.WaitGroup
	x := 1
	wg.Add(1)
	go func(p *int) {
		*p = 2
		wg.Done()
	}(&x)
	wg.Wait()
	println(x)
}
