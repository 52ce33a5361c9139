-- expect: 1: tests/bad/hb_struct_offset_overflow\.lua:5: type Big is 4311744512 bytes: larger than gohotel's 4 GiB limit for one type
-- field offsets past 32 bits wrapped around (a heap overflow in register_struct)
local a = go.sizeof("[16777216][255]byte")
assert(go.sizeof("[16777216][2]byte") == 33554432 and a == 4278190080)
go.struct("Big", {"a [16777216][255]byte", "b [16777216][2]byte", "p *int"})
