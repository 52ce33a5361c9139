package main

func main() {
	var x interface{}
	switch x.(type) {
	case int, string:
	case int:
	}
}
