// student_wordcount.go — a student's word count: a map of counts, strings.Fields, ToLower and
// Trim of punctuation (a substring: nothing allocated), a slice of structs sorted by count
// then word with sort.Slice, a Stringer, and a sentinel error checked with errors.Is.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type wordCount struct {
	word  string
	count int
}

func (w wordCount) String() string {
	return fmt.Sprintf("%s=%d", w.word, w.count)
}

var errEmpty = errors.New("empty text")

func countWords(text string) ([]wordCount, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errEmpty
	}
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		counts[w]++
	}
	result := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		result = append(result, wordCount{w, c})
	}
	sort.Slice(result, func(i, j int) bool {
		if result[i].count != result[j].count {
			return result[i].count > result[j].count
		}
		return result[i].word < result[j].word
	})
	return result, nil
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	words, err := countWords("The cat sat on the mat. The dog sat on the log!")
	runtime.ReadMemStats(&after)
	fmt.Println(words[:3], err)
	if _, err := countWords("   "); errors.Is(err, errEmpty) {
		fmt.Println("error:", err)
	}
	fmt.Println("count.Mallocs", after.Mallocs-before.Mallocs)
	fmt.Println("count.TotalAlloc", after.TotalAlloc-before.TotalAlloc)
	fmt.Printf("%q\n", []string{strings.Trim("..a..", "."), strings.TrimLeft("xxaxx", "x"), strings.TrimRight("a!?!", "!?"),
		strings.Trim("", "x"), strings.Trim("abc", ""), strings.Trim("aaa", "a"), strings.Trim("¡¡hola!!", "!¡"),
		strings.Trim("\xffab\xff", "\xff"), strings.TrimRight("café", "é"), strings.Trim("xyzzyx", "xyz")})
}
