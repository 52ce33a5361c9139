-- expect: 1: tests/bad/forbid_io\.lua:3: attempt to index a nil value \(global .io.\)
-- no io library
io.open("/etc/passwd")
