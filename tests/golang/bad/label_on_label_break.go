package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 2:
		const s = "two"
		fmt.Println(s)
	}
	f := func(v interface{}) string {
		switch t := v.(type) {
		case error:
			return t.Error()
		}
		return "none"
	}
	fmt.Println(f(1))
	i := 0
L1:
L2:
	for ; i < 3; i++ {
		switch {
		case i == 1:
			continue L2
		case i == 2:
			break L1
		}
		fmt.Println("i", i)
	}
	n := 0
	{
	back:
		n++
		switch {
		case n < 3:
			goto back
		}
	}
	fmt.Println(n)
	switch y := 5; {
	case y > 3:
		fmt.Println("big")
		fallthrough
	case y > 100:
		fmt.Println("huge?")
	}
}
