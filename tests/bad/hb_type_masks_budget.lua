-- expect: 1: tests/bad/hb_type_masks_budget\.lua:6: fatal error: out of memory: the pointer masks of the scene's types would take more than 16 MiB of host memory \(type \[16777208\]\*int\)
-- pointer masks cost the host one bit per word of each type: a dozen 4 GiB pointer arrays
-- took 862 MB; the type table's masks now have a budget (noscan types need no mask)
for i = 1, 12 do assert(go.sizeof("[" .. (16777216 - i) .. "][255]byte") > 0) end
for i = 1, 7 do assert(go.sizeof("[" .. (16777216 - i) .. "]*int") > 0) end
for i = 8, 12 do go.sizeof("[" .. (16777216 - i) .. "]*int") end
