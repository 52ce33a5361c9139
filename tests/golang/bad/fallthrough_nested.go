package main

func main() {
	x := 1
	switch x {
	case 1:
		if x > 0 {
			fallthrough
		}
	case 2:
	}
}
