package main

import (
	"fmt"
	"strings"
)

// strings.ToLower of text outside ASCII takes Go's strings.Map(unicode.ToLower, s), whose
// Unicode case tables gohotel does not have: refused at the call.
func main() {
	fmt.Println(strings.ToLower("A B"))
	fmt.Println(strings.ToLower("NAÏVE CAFÉ"))
}
