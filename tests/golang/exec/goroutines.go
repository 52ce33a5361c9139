package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	out[i] = i * i
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)
}
