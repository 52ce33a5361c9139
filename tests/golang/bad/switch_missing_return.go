package main

func f(x int) int {
	switch x {
	case 1:
		return 1
	case 2:
		break
	default:
		return 3
	}
}

func main() {
	println(f(1))
}
