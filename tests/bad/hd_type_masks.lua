-- expect: 1: tests/bad/hd_type_masks\.lua:7: fatal error: out of memory \(the pointer mask of type \[16777213\]\[2\]\*int: the host-memory budget is spent; --max-memory SIZE allows more\)
-- args: --max-memory 16M
-- a type's pointer mask costs the host a bit a word (a 256 MiB array of pointers, 4 MiB;
-- a dozen such types took 862 MB): the masks count toward the one host-memory budget, so
-- the third passes a 16 MiB budget while the type table's own 16 MiB cap would take four
for i = 1, 4 do
  go.sizeof("[" .. (16777216 - i) .. "][2]*int")
end
