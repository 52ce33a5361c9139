-- expect: 1: tests/bad/forbid_os\.lua:3: attempt to index a nil value \(global .os.\)
-- no os library
os.execute("true")
