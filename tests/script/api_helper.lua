-- api_helper.lua — a module in the scene's folder, for the require test in api.lua.
return { answer = 42 }
