package main

// Found by fuzz_goparse (a call with no value, sliced, crashed the checker); Go 1.19.8 says
// what the .expected file holds (go build).
func two() (int, int) { return 1, 2 }

func main() {
	k := []int{1}; _ = k[println(1)]
}
