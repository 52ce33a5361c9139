-- expect: 1: tests/bad/highlight_keep_not_boolean\.lua:3: lesson\.highlight: keep must be true or false, not a string
-- keep takes a boolean
lesson.highlight("floor", 2, "small rooms", { keep = "yes" })
