-- expect: 1: tests/bad/forbid_package\.lua:3: attempt to index a nil value \(global .package.\)
-- no package library (no C modules, no search paths)
package.loadlib("libc.so.6", "system")
