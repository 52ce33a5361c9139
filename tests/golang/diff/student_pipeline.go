// student_pipeline.go — a worker pool a student writes: three workers range over a jobs channel,
// count words with strings.Fields and send results; main collects them (MemStats of the whole)
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

type Result struct {
	ID    int
	Words int
	Text  string
}

func worker(id int, jobs <-chan string, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- Result{ID: id, Words: len(strings.Fields(j)), Text: strings.ToUpper(j)}
	}
}

func main() {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	jobs := make(chan string, 10)
	out := make(chan Result, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, jobs, out, &wg)
	}
	for i := 0; i < 6; i++ {
		jobs <- "job number " + strconv.Itoa(i)
	}
	close(jobs)
	wg.Wait()
	close(out)
	total := 0
	var texts []string
	for r := range out {
		total += r.Words
		texts = append(texts, r.Text)
	}
	runtime.ReadMemStats(&m1)
	fmt.Println(total, len(texts))
	fmt.Println(m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
}
