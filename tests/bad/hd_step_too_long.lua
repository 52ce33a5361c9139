-- expect: 1: tests/bad/hd_step_too_long\.lua:11: stopped: one step ran longer than 1 s
-- args: --max-step-seconds 1
-- The wall-clock watchdog, the guard of last resort. Every instruction of the loaded loop
-- spends tens of microseconds in C (upper-casing 64 KiB), none is a runtime operation and
-- none is a line of the scene, so no stop point comes: the instruction guard (10 M
-- instructions between runtime operations) would let these 5 M instructions run for half a
-- minute or more. The C calls are short enough that the hook (every 1000 instructions)
-- comes well within the watchdog's 3 s of grace, even under the sanitizers. One step may take 1 s of wall time here, so the scene stops after about one
-- second, with pcall unable to swallow it, on the scene line that made the step.
local s = string.rep("a", 1 << 16)
local ok = pcall(load("local s = ... for i = 1, 1000000 do local _ = s:upper() end"), s)
print("unreachable", ok)
