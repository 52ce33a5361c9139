-- expect: 1: tests/bad/hb_struct_mask_overflow\.lua:4: fatal error: out of memory: the pointer masks of the scene's types would take more than 16 MiB of host memory \(type main\.Big\)
-- a struct of two 512 MiB pointer arrays: its mask (one bit a word) is past the budget
assert(go.sizeof("[16777216][4]*int") == 1 << 29)
go.struct("Big", {"a [16777216][4]*int", "b [16777216][4]*int", "c *int"})
