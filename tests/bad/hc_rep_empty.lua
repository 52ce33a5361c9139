-- expect: 1: tests/bad/hc_rep_empty\.lua:5: empty
-- string.rep("", 2^62) looped 2^62 times in C; now it returns "" at once
local s = string.rep("", 1 << 62)
local t = ("" ):rep(1 << 62, "")
error(#s == 0 and #t == 0 and "empty" or "not empty")
