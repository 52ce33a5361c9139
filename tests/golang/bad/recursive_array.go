package main

type ring [2]ring

func main() {}
