-- expect: 1: tests/bad/runaway_pcall\.lua:4: runaway loop
-- pcall cannot swallow the runaway guard
while true do
  pcall(function() while true do end end)
end
