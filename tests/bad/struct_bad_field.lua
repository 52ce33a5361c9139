-- expect: 1: tests/bad/struct_bad_field\.lua:4: invalid recursive type N
-- a struct declaration that fails half way leaves nothing behind (found by fuzzing: it
-- used to leak the half-built type under LeakSanitizer)
go.struct("N", { "next *N", "self N" })
