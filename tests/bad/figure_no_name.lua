-- expect: 1: tests/bad/figure_no_name\.lua:3: lesson\.figure: the name must be text, not a number
-- arguments swapped
lesson.figure(42, "answer")
