-- expect: 1: tests/bad/yield_main\.lua:3: coroutine\.yield called outside a goroutine
-- the scene itself is not a goroutine that may yield
coroutine.yield()
