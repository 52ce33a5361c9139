-- expect: 1: tests/bad/step_text_first\.lua:3: lesson\.step\(pause_name, text
-- lesson.step takes the pause name first, as lesson.pause and lesson.measure do
lesson.step("A step's text, but no pause name after it")
