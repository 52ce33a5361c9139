-- expect: 1: tests/bad/figure_bad_name\.lua:4: lesson\.figure: bad name "heap bytes" \(letters, digits, _ and \. only, at most 63\)
-- a figure's name is one word: tests read "figure NAME VALUE"
local kit = require("lesson_kit")
lesson.figure("heap bytes", 10)
