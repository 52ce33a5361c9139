-- expect: 1: tests/bad/ha_gc_metamethod_at_close\.lua:6: setmetatable: a __gc metamethod is not allowed in a scene \(it would run outside the instruction guard\); use runtime\.SetFinalizer
-- kept alive to the end, an endless __gc would hang lua_close; a __gc field that is false
-- at setmetatable time marks the table too (a function put there later would run), so
-- any __gc field is refused
local mt = {__gc = false}
keep = setmetatable({}, mt)
mt.__gc = function() while true do end end
