-- expect: 1: tests/bad/finalizer_nil\.lua:3: runtime\.SetFinalizer: first argument is nil
-- Go's fatal error for a nil finalizer target
runtime.SetFinalizer(nil, function() end)
