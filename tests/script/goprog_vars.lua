-- goprog_vars.lua — go.program's vars option: `var ask = 33` of goprog_vars.go runs
-- (and shows) as the value given; a name without such a line is an error.
local prog = go.program("goprog_vars.go", {vars = {ask = 40}})
prog:run_to{line = prog:find("room = make")}
lesson.expect("the program's ask is the value given", prog:var("ask"), 40)
lesson.expect("the panel shows the line that runs", prog:source(prog:find("var ask = ")):match("^var ask = (%d+)"), "40")
local ok, err = pcall(go.program, "goprog_vars.go", {vars = {nope = 1}})
lesson.check(not ok and err:find("no line \"var nope = <integer>\"", 1, true) ~= nil, "an unknown var is an error")
