// range_string_invalid.go — range over a string decodes UTF-8 as utf8.DecodeRune does: a
// stray continuation byte, a truncated sequence, an overlong form and a surrogate are each
// U+FFFD (65533) one byte wide, so the index still moves on by one.
package main

import "fmt"

func main() {
	for i, c := range "a\xffb\xe2\x82z\xed\xa0\x80\xc0\xafé€😀" {
		fmt.Println(i, c)
	}
	n := 0
	for range "h\xe9llo" {
		n++
	}
	fmt.Println("runes", n)
}
