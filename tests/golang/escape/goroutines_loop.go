package main

import "sync"

func main() {
	var wg sync.WaitGroup
	data := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(k int) {
			data[k] = k * k
			wg.Done()
		}(i)
	}
	wg.Wait()
	println(data[3])
}
