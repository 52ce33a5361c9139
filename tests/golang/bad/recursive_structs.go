package main

type outer struct{ in inner }

type inner struct {
	n    int
	back [3]loop
}

type loop struct{ in inner }

func main() {}
