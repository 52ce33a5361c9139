-- expect: 1: tests/bad/runaway\.lua:3: runaway loop: 10000000 Lua instructions without any runtime operation
-- a loop that never touches the runtime is stopped
while true do end
