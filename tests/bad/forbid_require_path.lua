-- expect: 1: tests/bad/forbid_require_path\.lua:3: require "\.\./\.\./etc/passwd": not a module name
-- require cannot walk the file system
require("../../etc/passwd")
