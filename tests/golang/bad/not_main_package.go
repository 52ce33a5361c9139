package lib

func main() {
}
