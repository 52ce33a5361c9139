-- expect: 1: tests/bad/go_peek_unmapped\.lua:3: go\.peek: 0x10 \(8 bytes\) is not mapped memory
-- go.peek of an address outside the simulated memory is an error at the scene's line
print(go.peek(16, 8))
