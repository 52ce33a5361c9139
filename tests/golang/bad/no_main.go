package main

func helper() {
}
