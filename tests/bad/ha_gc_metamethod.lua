-- expect: 1: tests/bad/ha_gc_metamethod\.lua:5: setmetatable: a __gc metamethod is not allowed in a scene \(it would run outside the instruction guard\); use runtime\.SetFinalizer
-- an endless __gc would hang the collection (Lua runs __gc with the count hook off)
local t = {}
for i = 1, 1000 do t[i % 10] = {} end
setmetatable({}, {__gc = function() while true do end end})
for i = 1, 100000 do t[i % 10] = {} end
