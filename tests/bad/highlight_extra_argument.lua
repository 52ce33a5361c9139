-- expect: 1: tests/bad/highlight_extra_argument\.lua:3: lesson\.highlight: unexpected argument #4 \(a string\); the options table goes last
-- two notes
lesson.highlight("floor", 2, "small rooms", "and another note")
