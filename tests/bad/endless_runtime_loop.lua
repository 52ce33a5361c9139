-- expect: 1: tests/bad/endless_runtime_loop\.lua:5: the scene ran 200000 runtime operations without ending
-- args: --max-ops 200000
-- a loop that keeps calling the runtime never trips the runaway guard; the operation cap
-- (20 million by default) ends it
while true do local x = go.new("int") end
