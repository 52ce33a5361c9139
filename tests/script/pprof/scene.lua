-- scene.lua — the scene tests/script/test_pprof_scene.c profiles (--pprof): a local
-- function makes ten []byte of 1000 (the 1024-byte size class) and keeps them in a Go
-- variable; the profile names the scene's Lua frames, "build" at the make's line under
-- "main chunk" at the call's line.
local v = go.vars("keep [][]byte")
local function build(n)
  v.keep = go.make("[][]byte", n)
  for i = 0, n - 1 do
    v.keep[i] = go.make("[]byte", 1000) -- alloc site
  end
end
build(10) -- call site
