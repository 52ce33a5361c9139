-- expect: 1: tests/bad/compare_same\.lua:3: lesson\.compare: both configurations are 'n=5'
-- the same configuration twice is nothing to compare
lesson.compare{ "n=5", "n=5" }
lesson.pause("one")
