package main

type account struct {
	balance int
	owner   *string
}

//go:noinline
func (a *account) deposit(n int) {
	a.balance += n
}

//go:noinline
func (a account) total() int {
	return a.balance
}

//go:noinline
func (a *account) name() *string {
	return a.owner
}

func main() {
	who := "ann"
	acc := account{owner: &who}
	acc.deposit(5)
	println(acc.total(), *acc.name())
}
