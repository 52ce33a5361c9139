-- expect: 1: tests/bad/forbid_binary\.lua:3: attempt to load a binary chunk
-- load accepts text only
assert(load("\27LuaT\0\25\147\13\10\26\10"))
