-- expect: 1: tests/bad/forbid_collectgarbage\.lua:3: attempt to call a nil value \(global .collectgarbage.\)
-- the host owns Lua's collector
collectgarbage("stop")
