package main

import "strings"

// Every library method has a pointer receiver: its method expression needs (*T).
func main() {
	f := strings.Builder.String
	_ = f
}
