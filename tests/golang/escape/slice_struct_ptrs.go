package main

type user struct {
	name *string
	tags []string
}

//go:noinline
func names(us []user) []*string {
	var out []*string
	for _, u := range us {
		out = append(out, u.name)
	}
	return out
}

func main() {
	n := "bob"
	us := []user{{name: &n}}
	println(len(names(us)))
}
