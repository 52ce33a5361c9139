// bom.go — a file may open with a UTF-8 byte order mark: Go ignores it, so does gohotel.
package main

import "fmt"

func main() {
	fmt.Println("after the BOM")
}
