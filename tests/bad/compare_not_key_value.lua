-- expect: 1: tests/bad/compare_not_key_value\.lua:3: lesson\.compare: configuration 2 must be a string K=V
-- each configuration is K=V (or K=V+K=V), as --compare takes it
lesson.compare{ "gogc=50", 200 }
lesson.pause("one")
