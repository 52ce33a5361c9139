-- expect: 1: tests/bad/memory_bomb_rep\.lua:3: Lua memory limit of 64 MiB exceeded
-- one huge string is refused by the memory cap
local s = string.rep("x", 1 << 30)
