package main

//go:noinline
func deep(ppp ***int) *int {
	return **ppp
}

//go:noinline
func mid(pp **int) *int {
	return *pp
}

func main() {
	x := 1
	p := &x
	pp := &p
	println(*deep(&pp), *mid(pp))
}
