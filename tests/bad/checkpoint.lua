-- expect: 1: tests/bad/checkpoint\.lua:3: checkpoint failed: two: got 2, want 3
-- a failed checkpoint names the line of the check
lesson.expect("two", 1 + 1, 3)
