-- expect: 1: tests/bad/hc_gsub_backtrack\.lua:4: runaway pattern: string\.gsub backtracked
-- the same budget covers gsub, match and gmatch
local s = string.rep("ab", 40)
for w in s:gmatch("x") do end  s = s:gsub("(.-)(.-)(.-)(.-)(.-)(.-)c", "")
