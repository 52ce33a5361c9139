-- expect: 1: tests/bad/hb_sizeof_address_space\.lua:3: type \[16777216\]\[16777216\]\[16\]byte larger than address space
-- past Go's MaxWidth (1<<50 on amd64) the message is the compiler's
print(go.sizeof("[16777216][16777216][16]byte"))
