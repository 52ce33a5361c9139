-- expect: 1: tests/bad/hb_sizeof_array_overflow\.lua:4: type \[16777216\]\[257\]\*int is 34493956096 bytes: larger than gohotel's 4 GiB limit for one type
-- an array whose size needs more than 32 bits was a heap overflow in register_array;
-- every size is now computed in 64 bits and checked before it is stored
print(go.sizeof("[16777216][257]*int"))
