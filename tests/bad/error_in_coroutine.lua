-- expect: 1: tests/bad/error_in_coroutine\.lua:5: boom inside a coroutine
-- an error raised inside a Lua coroutine is reported at its own line
local co = coroutine.wrap(function()
  coroutine.yield(1)
  error("boom inside a coroutine")
end)
co()
co()
