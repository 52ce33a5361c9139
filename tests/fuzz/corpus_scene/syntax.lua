-- expect: 1: tests/bad/syntax\.lua:3: unexpected symbol near .=.
-- a Lua syntax error is reported with the scene file and line
local x = = 1
