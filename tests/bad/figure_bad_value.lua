-- expect: 1: tests/bad/figure_bad_value\.lua:3: lesson\.figure: Mallocs must be a number or a boolean, not a table
-- a figure is a number, not a measure table
lesson.figure("Mallocs", lesson.stats())
