-- expect: 1: tests/bad/forbid_loadstring\.lua:3: attempt to call a nil value \(global 'loadstring'\)
-- Lua 5.1's loadstring does not exist here either
local f = loadstring("return 1")
