-- expect: 1: tests/bad/figure_twice\.lua:5: lesson\.figure: rooms was already published
-- a figure's name is published once: the JSON report's "figures" holds each name once
lesson.figure("rooms", 1)
lesson.measure("m", function() end)
lesson.figure("rooms", 2)
