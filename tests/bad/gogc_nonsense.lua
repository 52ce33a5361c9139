-- expect: 1: tests/bad/gogc_nonsense\.lua:3: bad argument #1 to 'SetGCPercent' \(number expected, got string\)
-- debug.SetGCPercent takes an integer, as in Go
debug.SetGCPercent("lots")
