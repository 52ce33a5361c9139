-- expect: 1: tests/bad/ha_ref_after_return\.lua:8: use of a pointer to x of main\.f after main\.f returned: its frame is gone \(a pointer to a local must not outlive the call; declare it "x T escapes" to keep it on the heap\)
-- &x kept past main.f's return: main.g's frame now lies on the same plate, so reading or
-- writing through p would forge main.g's y; it is refused as a freed object is
local p
go.func("main.f", { "x int" }, function(v) v.x = 7; p = go.ref(v, "x") end)()
go.func("main.g", { "y int" }, function(v)
  v.y = 99
  go.store(p, 5)
end)()
