-- expect: 1: tests/bad/lua_runtime\.lua:4: attempt to index a nil value \(local .t.\)
-- a Lua runtime error
local t = nil
t.x = 1
