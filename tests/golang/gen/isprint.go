// isprint.go — writes src/golang/exec_isprint.c: the runes Go 1.19's strconv.IsPrint
// accepts, as sorted inclusive ranges, for %q and strconv.Quote in gohotel exec.
// Usage (from the repository root, needs Go 1.19): go run tests/golang/gen/isprint.go > src/golang/exec_isprint.c
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"unicode/utf8"
)

func main() {
	var lo, hi []rune
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !strconv.IsPrint(r) {
			continue
		}
		if n := len(hi); n > 0 && hi[n-1] == r-1 {
			hi[n-1] = r
		} else {
			lo, hi = append(lo, r), append(hi, r)
		}
	}
	fmt.Printf("/* exec_isprint.c — the runes Go's strconv.IsPrint accepts (%s), as %d sorted\n", runtime.Version(), len(lo))
	fmt.Printf(" * inclusive ranges: letters, marks, numbers, punctuation, symbols and U+0020.\n")
	fmt.Printf(" * Generated data, not code: go run tests/golang/gen/isprint.go > src/golang/exec_isprint.c */\n")
	fmt.Printf("#include \"golang/exec_int.h\"\n\n")
	fmt.Printf("static const int32_t print_ranges[][2] = {\n")
	for i := range lo {
		fmt.Printf("    {0x%x, 0x%x},\n", lo[i], hi[i])
	}
	fmt.Printf("};\n\n")
	fmt.Printf("bool gh_x_isprint(int32_t r)\n{\n")
	fmt.Printf("    int lo = 0, hi = (int)(sizeof print_ranges / sizeof print_ranges[0]) - 1;\n")
	fmt.Printf("    while (lo <= hi) {   /* binary search for the range holding r */\n")
	fmt.Printf("        int mid = (lo + hi) / 2;\n")
	fmt.Printf("        if (r < print_ranges[mid][0]) hi = mid - 1;\n")
	fmt.Printf("        else if (r > print_ranges[mid][1]) lo = mid + 1;\n")
	fmt.Printf("        else return true;\n")
	fmt.Printf("    }\n    return false;\n}\n")
}
