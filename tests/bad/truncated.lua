-- expect: 1: tests/bad/truncated\.lua:4: .*expected near <eof>
-- a scene cut off in the middle of a statement
local t = {
  a = go.new("int"