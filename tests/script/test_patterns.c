/* test_patterns.c — the sandbox's step-counted string patterns (src/script/lua_pattern.c)
 * give exactly what Lua 5.4's own string.find/match/gmatch/gsub give — results, captures,
 * positions and error messages — on a fixed table of tricky cases and on 200 000 random
 * (subject, pattern) pairs; and a pattern that backtracks forever is stopped by the
 * scene's idle budget instead of hanging. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include <lualib.h>
#include "check.h"
#include "script/bounded.h"
#include "script/script.h"

/* Run chunk with the given globals in L and render everything it returned as one line. */
static void run(lua_State *L, const char *chunk, const char *s, const char *p, const char *r, char *out, size_t n)
{
    lua_settop(L, 0);
    lua_pushstring(L, s);
    lua_setglobal(L, "s");
    lua_pushstring(L, p);
    lua_setglobal(L, "p");
    lua_pushstring(L, r);
    lua_setglobal(L, "r");
    if (luaL_loadstring(L, chunk) != LUA_OK) {
        snprintf(out, n, "load: %s", lua_tostring(L, -1));
        return;
    }
    int st = lua_pcall(L, 0, LUA_MULTRET, 0);
    size_t used = (size_t)snprintf(out, n, "%s", st == LUA_OK ? "ok" : "error");
    for (int i = 1; i <= lua_gettop(L) && used < n; i++) {
        const char *t = luaL_tolstring(L, i, NULL);
        used += (size_t)snprintf(out + used, n - used, " [%s:%s]", luaL_typename(L, i), t);
        lua_pop(L, 1);
    }
}

static const char *const chunks[] = {
    "return string.find(s, p)",
    "return string.find(s, p, 3)",
    "return string.find(s, p, -2)",
    "return string.match(s, p)",
    "return string.match(s, p, 2)",
    "local t = {} for a, b in string.gmatch(s, p) do t[#t + 1] = tostring(a) .. '|' .. tostring(b) end return table.concat(t, ',')",
    "return string.gsub(s, p, r)",
    "return string.gsub(s, p, r, 2)",
    "return string.gsub(s, p, function(a, b) return b or a end)",
    "return string.gsub(s, p, {a = 'A', ab = false, [1] = 'one'})",
    "return string.find(s, p, 1, true)",
};

static int compare(lua_State *ref, lua_State *ours, const char *s, const char *p, const char *r)
{
    int bad = 0;
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
        char a[2048], b[2048];
        run(ref, chunks[c], s, p, r, a, sizeof a);
        run(ours, chunks[c], s, p, r, b, sizeof b);
        if (strcmp(a, b)) {
            if (bad++ < 3)
                fprintf(stderr, "differ: s=\"%s\" p=\"%s\" r=\"%s\" chunk=%s\n  lua:  %s\n  ours: %s\n", s, p, r,
                        chunks[c], a, b);
        }
    }
    return bad;
}

static gh_Script fake; /* only its idle budget is used by the bounded functions */

/* A new scene's budget: nothing spent, nothing stopped. */
static void fresh_budget(void)
{
    fake.idleInstr = 0;
    fake.killed = false;
}

static lua_State *state(bool bounded)
{
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    *(gh_Script **)lua_getextraspace(L) = &fake;
    if (bounded) gh_bounded_open(L);
    return L;
}

/* Tricky cases: anchors, sets with ']' and '^', escapes, frontiers, balances, back
 * references, position captures, empty matches, and every malformed pattern. */
static const char *const fixed[][3] = {
    {"hello world", "o", "0"},         {"hello world", "^h", "%0%0"},   {"hello", "l+", "<%0>"},
    {"hello", "l*", "-"},              {"hello", "x*", "-"},            {"hello", "(l)(l)", "%2%1"},
    {"hello", "()ll()", "%1-%2"},      {"a.b.c", "%.", "%%"},           {"[x]", "[]]", "R"},
    {"a^b", "[a^]", "%0"},             {"abc", "[^a]", "."},            {"a-b", "[a-]", "_"},
    {"THE (quick) fox", "%f[%a]%a+", "W"}, {"f(a(b)c)d", "%b()", "B"}, {"xyx", "(x)y%1", "Q"},
    {"aaa", "a-b", "."},               {"aaab", "a-b", "."},            {"abc", "$", "E"},
    {"abc", "c$", "E"},                {"a$c", "$c", "E"},              {"abc", "", "-"},
    {"abc", "%", "x"},                 {"abc", "[a", "x"},              {"abc", "(a", "x"},
    {"abc", "a)", "x"},                {"abc", "%1", "x"},              {"abc", "(a)%2", "x"},
    {"abc", "%f", "x"},                {"abc", "%fa", "x"},             {"abc", "%b", "x"},
    {"abc", "%ba", "x"},               {"abc", "a", "%"},               {"abc", "a", "%x"},
    {"abc", "(a)", "%2"},              {"abc", "a", "%1"},              {"abc", "[%a-z]", "."},
    {"a1 b2", "(%a)(%d)", "%2%1"},     {"  x  ", "^%s*(.-)%s*$", "%1"}, {"key=val", "(%w+)=(%w+)", "%2=%1"},
    {"abc", "((a)(b))", "%1%2%3"},     {"aaa", "^a", "b"},              {"ab", "a?b", "-"},
    {"b", "a?b", "-"},                 {"ab", "[%]]", "x"},             {"a]", "[%]]", "x"},
    {"hello", ".-", "x"},              {"x=1, y=2", "(%w+)=(%w+)", "%1"}, {"abc", "%w+", "%0%0"},
    {"\x01\x02", "%c+", "C"},          {"AbC", "%u", "u"},              {"AbC", "%U", "u"},
    {"a,b;c", "%p", "P"},              {"0x1F", "%x+", "X"},            {"tab\there", "%S+", "w"},
    {"((()))", "%b()", "B"},           {"(()", "%b()", "B"},            {"abab", "(ab)%1", "D"},
    {"aaa", "()", "%1"},               {"abc", "[b-]", "_"},            {"a-z", "[z-a]", "_"},
};

CASE("every tricky pattern gives what Lua's own string functions give, errors included")
{
    fake.opt.idleLimit = UINT64_MAX / 2;
    lua_State *ref = state(false), *ours = state(true);
    int bad = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) bad += compare(ref, ours, fixed[i][0], fixed[i][1], fixed[i][2]);
    CHECK_EQ(bad, 0, "every tricky case gives what Lua's own patterns give");
    lua_close(ref);
    lua_close(ours);
}

CASE("200 000 random (subject, pattern) calls give what Lua's own give")
{
    fake.opt.idleLimit = UINT64_MAX / 2;
    lua_State *ref = state(false), *ours = state(true);

    /* Random pairs from alphabets that make patterns mean something. */
    static const char subj_chars[] = "aab()[]%.-x 1Z";
    static const char *const pat_atoms[] = {"a", "b", ".", "%a", "%d", "%s", "%A", "[ab]", "[^a]", "[a-c]", "%(", "%b()",
                                            "%f[%a]", "(", ")", "()", "*", "+", "-", "?", "^", "$", "%1", "%", "[",
                                            "]", "x", " ", "%%", "[%]]"};
    srand(19);
    int rbad = 0, errors = 0;
    for (int i = 0; i < 200000 / 20 && rbad < 5; i++) {
        char s[24], p[40] = "";
        int ls = rand() % 12;
        for (int k = 0; k < ls; k++) s[k] = subj_chars[rand() % (sizeof subj_chars - 1)];
        s[ls] = 0;
        int na = rand() % 6;
        for (int k = 0; k < na; k++) strcat(p, pat_atoms[rand() % (sizeof pat_atoms / sizeof pat_atoms[0])]);
        const char *r = (rand() % 3 == 0) ? "%1" : (rand() % 2 ? "<%0>" : "-");
        /* 11 chunks per pair: 20 pairs' worth of work ~ 200 000 calls in all */
        int d = compare(ref, ours, s, p, r);
        rbad += d;
        char tmp[256];
        run(ref, "return string.find(s, p)", s, p, r, tmp, sizeof tmp);
        errors += !strncmp(tmp, "error", 5);
    }
    CHECK_EQ(rbad, 0, "random patterns give what Lua's own give");
    CHECK(errors > 100, "the random corpus includes malformed patterns (their messages are compared too)");
    lua_close(ref);
    lua_close(ours);
}

CASE("a pattern that backtracks forever, string.rep and table.move are bounded by the idle budget")
{
    lua_State *ours = state(true);

    /* A pattern that backtracks for centuries is stopped by the budget, not run out. */
    fake.opt.idleLimit = 10000000;
    fresh_budget();
    char out[512];
    run(ours, "return string.find(string.rep('a', 60), string.rep('a*', 14) .. 'b')", "", "", "", out, sizeof out);
    CHECK(strstr(out, "runaway pattern: string.find backtracked for more than 10000000 steps") != NULL,
          "a backtracking pattern is stopped with a runaway error");
    fresh_budget();
    run(ours, "return #string.rep('', 1 << 62)", "", "", "", out, sizeof out);
    CHECK_STR(out, "ok [number:0]", "string.rep of an empty string returns at once, however many times");
    run(ours, "return #string.rep('ab', 3, ',')", "", "", "", out, sizeof out);
    CHECK_STR(out, "ok [number:8]", "string.rep still repeats with a separator");
    run(ours, "return table.move({}, 1, math.maxinteger - 1, 1)", "", "", "", out, sizeof out);
    CHECK(strstr(out, "runaway loop: table.move would run for more than 10000000 steps without any runtime operation") != NULL,
          "table.move of 2^63 elements is refused before it starts");
    fresh_budget();
    run(ours, "local t = table.move({1, 2, 3}, 1, 3, 2) return t[1], t[2], t[3], t[4]", "", "", "", out, sizeof out);
    CHECK_STR(out, "ok [number:1] [number:1] [number:2] [number:3]", "table.move still moves");
    lua_close(ours);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
