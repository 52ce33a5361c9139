-- expect: 1: tests/bad/bad_param\.lua:3: param n: "abc" is not an integer
-- args: --param n=abc
local n = params.int("n", 10)
