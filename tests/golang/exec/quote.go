// quote.go — %q prints a string as strconv.Quote does: `"` and `\` escaped, \a \b \f \n \r
// \t \v, \xHH for other control bytes, DEL and bytes that are not UTF-8, printable Unicode
// as it is, non-printable runes as \uHHHH or \UHHHHHHHH; and %q of a rune as QuoteRune.
package main

import "fmt"

func main() {
	table := []string{
		"plain", `say "hi"`, `back\slash`, "line\nbreak", "tab\there", "nul\x00byte",
		"bell\a bs\b ff\f cr\r vt\v", "esc\x1b del\x7f", "bad \xff\xfe utf-8", "cut \xe4\xb8",
		"héllo, 世界", "emoji 🙂", "nbsp\u00a0zwsp\u200bbom\ufeff", "private \U000f0000",
		"replacement \ufffd ok", "surrogate \xed\xa0\x80", "overlong \xc0\xaf", "",
	}
	for _, s := range table {
		fmt.Printf("%q\n", s)
	}
	fmt.Printf("%q %q %q %q %q\n", 'x', '\'', '\n', '世', 0x10ffff)
	fmt.Printf("[%12q] [%-8q]\n", "pad", "left")
}
