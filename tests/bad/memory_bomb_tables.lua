-- expect: 1: tests/bad/memory_bomb_tables\.lua:5: Lua memory limit of 64 MiB exceeded
-- many small tables also hit the cap (and pcall cannot catch it)
local t = {}
while true do
  pcall(function() t[#t + 1] = { 1, 2, 3, 4 } end)
end
