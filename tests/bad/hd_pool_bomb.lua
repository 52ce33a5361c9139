-- expect: 1: tests/bad/hd_pool_bomb\.lua:6: fatal error: out of memory \(sync\.Pool: the host-memory budget of 32M is spent; --max-memory SIZE allows more\)
-- args: --max-memory 32M
-- a million sync.Pools: each is host memory (a local and a victim per P) that lives as
-- long as the simulator (3 GB before the budget); the budget stops the bomb at its line
for i = 1, 1000000 do
  sync.Pool {}
end
