-- expect: 1: tests/bad/deep_recursion\.lua:4: stack overflow
-- unbounded Lua recursion is a clean error, not a crash
local function f(n)
  return 1 + f(n + 1)
end
f(1)
