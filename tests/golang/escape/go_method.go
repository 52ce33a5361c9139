package main

import "sync"

type job struct{ id int }

//go:noinline
func (j *job) run(wg *sync.WaitGroup) {
	j.id++
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	j := job{1}
	wg.Add(1)
	go j.run(&wg)
	wg.Wait()
}
