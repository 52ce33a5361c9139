package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.Grow(8)
	for i := 0; i < 10; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	var buf bytes.Buffer
	buf.Write([]byte("xy"))
	fmt.Fprintf(&buf, "%d|%s", sb.Len(), "z")
	fmt.Fprintln(&sb, "end")
	fmt.Println(sb.String(), buf.String(), buf.Len(), len(buf.Bytes()))
	buf.Reset()
	fmt.Println(strings.Repeat("ha", 3), strings.ToUpper("go"), strings.HasPrefix("gopher", "go"),
		strings.HasSuffix("gopher", "er"), strings.TrimPrefix("gopher", "go"), strings.Contains("abc", "bc"))
}
