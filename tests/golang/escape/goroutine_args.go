package main

import "sync"

//go:noinline
func worker(id int, out *int, wg *sync.WaitGroup) {
	*out = id
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &results[i], &wg)
	}
	wg.Wait()
	println(results[0])
}
