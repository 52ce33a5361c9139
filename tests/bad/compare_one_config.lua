-- expect: 1: tests/bad/compare_one_config\.lua:3: lesson\.compare: give two configurations
-- lesson.compare compares two runs: one configuration is an error at its line.
lesson.compare{ "gogc=50" }
lesson.pause("one")
