-- expect: 1: tests/bad/error_in_metamethod\.lua:4: no adding here
-- an error raised inside a metamethod is reported where it was raised
local t = setmetatable({}, { __add = function()
  error("no adding here")
end })
local _ = t + 1
