-- expect: 1: tests/bad/ha_measure_nested\.lua:6: lesson\.measure: too many measurements \(at most 64 in a scene, nested ones included\)
-- 65 nested measurements: the nested ones are recorded first, while the outer ones run,
-- so the 65th must be refused when it records, not only when it starts
local function nest(d)
  if d == 0 then return end
  lesson.measure("m" .. d, function() nest(d - 1) end)
end
nest(65)
