-- expect: 1: tests/bad/forbid_dump\.lua:3: attempt to call a nil value \(field .dump.\)
-- string.dump is gone
local b = string.dump(function() end)
