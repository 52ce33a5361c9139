-- expect: 1: tests/bad/hc_pattern_backtrack\.lua:5: runaway pattern: string\.find backtracked for more than 10000000 steps without any runtime operation
-- a pattern whose backtracking never ends (14 stars over 60 a's) runs in C, out of the
-- count hook's sight: the step-counted matcher charges the scene's idle budget instead
local subject = string.rep("a", 60)
local ok = pcall(string.find, subject, string.rep("a*", 14) .. "b")
print("unreachable", ok)
