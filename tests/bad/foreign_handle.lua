-- expect: 1: tests/bad/foreign_handle\.lua:5: bad argument #1 to 'load'
-- a handle of one kind used as another (a Builder where a pointer is wanted) is refused
local v = go.vars("b strings.Builder")
local pool = sync.Pool {}
go.load(pool)
