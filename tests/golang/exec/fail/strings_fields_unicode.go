package main

import (
	"fmt"
	"strings"
)

// strings.Fields of text outside ASCII takes Go's FieldsFunc(unicode.IsSpace) path, which
// gohotel does not model: refused at the call.
func main() {
	fmt.Println(strings.Fields("a b"))
	fmt.Println(strings.Fields("naïve café"))
}
