package main

import (
	"bytes"
	"fmt"
)

var out *bytes.Buffer

//go:noinline
func keep() {
	b := new(bytes.Buffer)
	b.WriteString("x")
	out = b
}

//go:noinline
func local() []byte {
	var b bytes.Buffer
	b.WriteByte('a')
	b.Write([]byte("bc"))
	return b.Bytes()
}

func main() {
	keep()
	fmt.Println(string(local()))
}
