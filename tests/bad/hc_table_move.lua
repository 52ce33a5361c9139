-- expect: 1: tests/bad/hc_table_move\.lua:4: runaway loop: table\.move would run for more than 10000000 steps without any runtime operation
-- table.move copies element by element in C: 2^63 elements are refused before it starts,
-- and pcall cannot swallow the refusal
local ok = pcall(table.move, {}, 1, math.maxinteger - 1, 1)
print("unreachable", ok)
