-- expect: 1: tests/bad/forbid_dofile\.lua:3: attempt to call a nil value \(global .dofile.\)
-- no dofile/loadfile
dofile("/etc/passwd")
