package main

type T struct{}

func main() {
	var e error
	switch e.(type) {
	case T:
	}
}
