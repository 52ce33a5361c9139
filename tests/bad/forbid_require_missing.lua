-- expect: 1: tests/bad/forbid_require_missing\.lua:3: module .os. not found
-- only lua/ and the scene folder are searched, and os is not there
require("os")
