-- expect: 1: tests/bad/forbid_debug\.lua:3: attempt to call a nil value \(field .getinfo.\)
-- `debug` is Go's runtime/debug, not Lua's debug library
debug.getinfo(1)
