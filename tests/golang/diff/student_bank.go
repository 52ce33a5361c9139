// student_bank.go — a student's bank account: a pointer-receiver custom error wrapped with
// fmt.Errorf's %w, found again with errors.As (the target &inf escapes: inf moves to the
// heap, 8 B), and As into an interface target, through a value-type error, through an
// error's own As method, and a miss that leaves the target alone.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return "insufficient funds: need " + strconv.Itoa(e.Need) + ", have " + strconv.Itoa(e.Have)
}

type Timeout struct{ Op string }

func (t Timeout) Error() string { return t.Op + " timed out" }

type temporary interface{ Temporary() bool }

func (t Timeout) Temporary() bool { return true }

type codeErr struct{ code int }

func (c *codeErr) Error() string { return "code " + strconv.Itoa(c.code) }

// As lets a codeErr stand for a Timeout when asked for one.
func (c *codeErr) As(target any) bool {
	if t, ok := target.(*Timeout); ok {
		t.Op = "code " + strconv.Itoa(c.code)
		return true
	}
	return false
}

type Account struct {
	Owner   string
	Balance int
	history []string
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d: %w", n, &InsufficientFunds{n, a.Balance})
	}
	a.Balance -= n
	a.history = append(a.history, "withdraw "+strconv.Itoa(n))
	return nil
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.history = append(a.history, "deposit "+strconv.Itoa(n))
}

func main() {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	acc := &Account{Owner: "ana"}
	for i := 1; i <= 5; i++ {
		acc.Deposit(i * 10)
	}
	err := acc.Withdraw(1000)
	var inf *InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("short by", inf.Need-inf.Have)
	}
	fmt.Println(err)
	fmt.Println(strings.Join(acc.history, "; "))
	runtime.ReadMemStats(&m1)
	fmt.Println("bank.Mallocs", m1.Mallocs-m0.Mallocs)
	fmt.Println("bank.TotalAlloc", m1.TotalAlloc-m0.TotalAlloc)

	werr := fmt.Errorf("dial: %w", Timeout{"connect"})
	var tmp temporary
	var to Timeout
	fmt.Println(errors.As(werr, &tmp), tmp != nil && tmp.Temporary(), errors.As(werr, &to), to.Op)
	var inf2 *InsufficientFunds
	fmt.Println(errors.As(werr, &inf2), inf2 == nil)
	var to2 Timeout
	fmt.Println(errors.As(fmt.Errorf("x: %w", &codeErr{7}), &to2), to2.Op)
	var anyErr error
	fmt.Println(errors.As(err, &anyErr), anyErr == err)
}
