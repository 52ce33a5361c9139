-- expect: 1: tests/bad/hd_step_too_long\.lua:10: stopped: one step ran longer than 1 s
-- args: --max-step-seconds 1
-- The wall-clock watchdog, the guard of last resort. Every instruction of the loaded loop
-- spends about a millisecond in C (upper-casing 1 MiB), none is a runtime operation and
-- none is a line of the scene, so no stop point comes: the instruction guard (10 M
-- instructions between runtime operations) would let these 5 M instructions run for many
-- minutes. One step may take 1 s of wall time here, so the scene stops after about one
-- second, with pcall unable to swallow it, on the scene line that made the step.
local s = string.rep("a", 1 << 20)
local ok = pcall(load("local s = ... for i = 1, 1000000 do local _ = s:upper() end"), s)
print("unreachable", ok)
