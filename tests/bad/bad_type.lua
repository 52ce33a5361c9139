-- expect: 1: tests/bad/bad_type\.lua:3: undefined type Nope
-- types are spelled as in Go and must be declared
local p = go.new("Nope")
