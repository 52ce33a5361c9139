/* lua_pattern.c — Lua 5.4's string patterns (reference manual §6.4.1) for string.find,
 * string.match, string.gmatch and string.gsub, matched with a step budget.
 *
 * Why not Lua's own: its matcher is a backtracking loop in C, invisible to the count hook
 * that stops runaway scenes, so a pattern like ("a*"):rep(12) .. "b" against 60 a's runs
 * for centuries in one call. This one is the same backtracking algorithm, written from the
 * manual, with every attempt counted: the steps are charged to the scene's idle budget
 * (instructions without a runtime operation), and when it is spent the scene stops with
 * a runaway error that pcall cannot catch, exactly like a Lua loop.
 *
 * The matcher. match(s, p) tries pattern p at subject position s and returns the end of
 * the match or NULL. A pattern is a sequence of items; each item is a single character
 * class (a literal, '.', %a..%x and their complements, a [set]) optionally followed by
 * '*' (longest run, backing off one at a time), '+' (one or more, longest), '-' (shortest
 * run, growing one at a time) or '?' (optional); or a capture '(' ... ')', a position
 * capture '()', a back reference %1-%9, a balanced match %bxy, or a frontier %f[set].
 * '^' at the start anchors find/match/gsub (gmatch takes it literally, as Lua 5.4 does),
 * '$' at the end anchors at the subject's end. Items that can only continue one way loop
 * in place; only alternatives (the runs of '*', '-', '?' and captures) recurse, at most
 * MAX_DEPTH deep ("pattern too complex"). Errors use Lua's own words. */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <lauxlib.h>
#include "script/bounded.h"
#include "script/script.h"

enum {
    MAX_CAPTURES = 32,   /* LUA_MAXCAPTURES */
    MAX_DEPTH = 200,     /* recursion of alternatives, as Lua's MAXCCALLS */
    CHARGE_EVERY = 1024, /* steps between checks of the budget */
    CAP_UNFINISHED = -1,
    CAP_POSITION = -2,
};

typedef struct Matcher {
    lua_State *L;
    const char *src, *src_end, *pat_end;
    const char *what;            /* "pattern: string.find backtracked", ... for the runaway message */
    int depth;                   /* recursion left */
    int level;                   /* captures open or closed so far */
    struct { const char *init; ptrdiff_t len; } cap[MAX_CAPTURES];
    uint32_t pending;            /* steps not yet charged */
} Matcher;

/* Charge the steps taken so far to the scene (bounded.c); stop it once its idle budget is spent. */
static void charge(Matcher *m)
{
    uint32_t n = m->pending;
    m->pending = 0;
    gh_bounded_charge(m->L, n, m->what);
}

static inline void step(Matcher *m)
{
    if (++m->pending >= CHARGE_EVERY) charge(m);
}

/* One past the single-character class starting at p. */
static const char *class_end(Matcher *m, const char *p)
{
    char c = *p++;
    if (c == '%') {
        if (p >= m->pat_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (p < m->pat_end && *p == '^') p++;
        /* the first character of a set is taken literally, even ']' */
        do {
            if (p >= m->pat_end) luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == '%' && p < m->pat_end) p++;
        } while (p >= m->pat_end || *p != ']');
        return p + 1;
    }
    return p;
}

/* Does c belong to class %cl (cl a letter: the class; upper case: its complement)? */
static bool in_class(int c, int cl)
{
    bool r;
    switch (tolower(cl)) {
    case 'a': r = isalpha(c); break;
    case 'c': r = iscntrl(c); break;
    case 'd': r = isdigit(c); break;
    case 'g': r = isgraph(c); break;
    case 'l': r = islower(c); break;
    case 'p': r = ispunct(c); break;
    case 's': r = isspace(c); break;
    case 'u': r = isupper(c); break;
    case 'w': r = isalnum(c); break;
    case 'x': r = isxdigit(c); break;
    default: return cl == c; /* %. %% %( ...: the character itself */
    }
    return isupper(cl) ? !r : r;
}

/* Does c belong to the set [ ... ] that starts at p and whose ']' is at close? */
static bool in_set(int c, const char *p, const char *close)
{
    bool want = true;
    p++; /* '[' */
    if (*p == '^') want = false, p++;
    while (p < close) {
        if (*p == '%') {
            p++;
            if (in_class(c, (unsigned char)*p)) return want;
            p++;
        } else if (p[1] == '-' && p + 2 < close) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return want;
            p += 3;
        } else {
            if ((unsigned char)*p == c) return want;
            p++;
        }
    }
    return !want;
}

/* Does the subject character at s match the class p..ep? */
static bool single(Matcher *m, const char *s, const char *p, const char *ep)
{
    if (s >= m->src_end) return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case '%': return in_class(c, (unsigned char)p[1]);
    case '[': return in_set(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

static const char *match(Matcher *m, const char *s, const char *p);

/* %bxy at s: x, then text balanced in x and y, then y. */
static const char *balanced(Matcher *m, const char *s, const char *p)
{
    if (p + 1 >= m->pat_end) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->src_end || *s != p[0]) return NULL;
    int open = 1;
    while (++s < m->src_end) {
        step(m);
        if (*s == p[1]) {
            if (--open == 0) return s + 1;
        } else if (*s == p[0]) {
            open++;
        }
    }
    return NULL;
}

/* The longest run of the class, then back off one at a time until the rest matches. */
static const char *longest(Matcher *m, const char *s, const char *p, const char *ep)
{
    ptrdiff_t n = 0;
    while (single(m, s + n, p, ep)) n++, step(m);
    for (; n >= 0; n--) {
        const char *r = match(m, s + n, ep + 1);
        if (r) return r;
    }
    return NULL;
}

/* The shortest run: try the rest first, grow the run by one when it fails. */
static const char *shortest(Matcher *m, const char *s, const char *p, const char *ep)
{
    for (;;) {
        const char *r = match(m, s, ep + 1);
        if (r) return r;
        if (!single(m, s, p, ep)) return NULL;
        s++;
    }
}

static const char *open_capture(Matcher *m, const char *s, const char *p, ptrdiff_t what)
{
    if (m->level >= MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->cap[m->level].init = s;
    m->cap[m->level].len = what;
    m->level++;
    const char *r = match(m, s, p);
    if (!r) m->level--; /* undo the capture */
    return r;
}

static const char *close_capture(Matcher *m, const char *s, const char *p)
{
    int l = m->level - 1;
    while (l >= 0 && m->cap[l].len != CAP_UNFINISHED) l--;
    if (l < 0) luaL_error(m->L, "invalid pattern capture");
    m->cap[l].len = s - m->cap[l].init;
    const char *r = match(m, s, p);
    if (!r) m->cap[l].len = CAP_UNFINISHED;
    return r;
}

/* The index of a finished capture named by the digit d ('1'..'9'). */
static int capture_index(Matcher *m, int d)
{
    int l = d - '1';
    if (l < 0 || l >= m->level || m->cap[l].len == CAP_UNFINISHED)
        luaL_error(m->L, "invalid capture index %%%d", l + 1);
    return l;
}

/* %1..%9: the same text as the capture again. */
static const char *back_reference(Matcher *m, const char *s, int d)
{
    int l = capture_index(m, d);
    ptrdiff_t len = m->cap[l].len;
    if (len < 0 || m->src_end - s < len) return NULL;
    m->pending += (uint32_t)(len / 64);
    return memcmp(m->cap[l].init, s, (size_t)len) == 0 ? s + len : NULL;
}

static const char *match(Matcher *m, const char *s, const char *p)
{
    if (m->depth-- == 0) luaL_error(m->L, "pattern too complex");
    for (;;) {
        step(m);
        if (p == m->pat_end) break;
        if (*p == '(') {
            s = p[1] == ')' ? open_capture(m, s, p + 2, CAP_POSITION) : open_capture(m, s, p + 1, CAP_UNFINISHED);
            break;
        }
        if (*p == ')') {
            s = close_capture(m, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == m->pat_end) {
            if (s != m->src_end) s = NULL;
            break;
        }
        if (*p == '%' && p + 1 < m->pat_end) {
            if (p[1] == 'b') {
                s = balanced(m, s, p + 2);
                if (!s) break;
                p += 4;
                continue;
            }
            if (p[1] == 'f') {
                p += 2;
                if (p >= m->pat_end || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
                const char *ep = class_end(m, p);
                int prev = s == m->src ? 0 : (unsigned char)s[-1];
                int cur = s < m->src_end ? (unsigned char)*s : 0;
                if (in_set(prev, p, ep - 1) || !in_set(cur, p, ep - 1)) {
                    s = NULL;
                    break;
                }
                p = ep;
                continue;
            }
            if (isdigit((unsigned char)p[1])) {
                s = back_reference(m, s, (unsigned char)p[1]);
                if (!s) break;
                p += 2;
                continue;
            }
        }
        const char *ep = class_end(m, p);
        char q = ep < m->pat_end ? *ep : 0;
        if (!single(m, s, p, ep)) {
            if (q == '*' || q == '?' || q == '-') { /* zero repetitions are fine */
                p = ep + 1;
                continue;
            }
            s = NULL;
            break;
        }
        if (q == '?') {
            const char *r = match(m, s + 1, ep + 1);
            if (r) {
                s = r;
                break;
            }
            p = ep + 1;
            continue;
        }
        if (q == '+') { s = longest(m, s + 1, p, ep); break; }
        if (q == '*') { s = longest(m, s, p, ep); break; }
        if (q == '-') { s = shortest(m, s, p, ep); break; }
        s++;
        p = ep;
    }
    m->depth++;
    return s;
}

static void start(Matcher *m, lua_State *L, const char *what, const char *s, size_t ls, const char *p, size_t lp)
{
    m->L = L;
    m->what = what;
    m->src = s;
    m->src_end = s + ls;
    m->pat_end = p + lp;
    m->pending = 0;
}

static void restart(Matcher *m)
{
    m->level = 0;
    m->depth = MAX_DEPTH;
}

/* Push capture i of the match s..e (the whole match when there are no captures); returns
 * its length, or CAP_POSITION when it pushed a position. */
static ptrdiff_t push_capture(Matcher *m, int i, const char *s, const char *e)
{
    if (i >= m->level) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return e - s;
    }
    ptrdiff_t len = m->cap[i].len;
    if (len == CAP_UNFINISHED) luaL_error(m->L, "unfinished capture");
    if (len == CAP_POSITION) {
        lua_pushinteger(m->L, (m->cap[i].init - m->src) + 1);
        return CAP_POSITION;
    }
    lua_pushlstring(m->L, m->cap[i].init, (size_t)len);
    return len;
}

/* Push every capture (or the whole match when s is given and there are none). */
static int push_captures(Matcher *m, const char *s, const char *e)
{
    int n = (m->level == 0 && s) ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++) push_capture(m, i, s, e);
    return n;
}

/* A relative start position (1-based, negative from the end) as a 0-based offset; may be
 * past the end. */
static size_t start_offset(lua_Integer pos, size_t len)
{
    if (pos > 0) return (size_t)pos - 1;
    if (pos == 0 || pos < -(lua_Integer)len) return 0;
    return len + (size_t)pos;
}

static bool has_specials(const char *p, size_t lp)
{
    for (size_t i = 0; i < lp; i++)
        if (strchr("^$*+?.([%-", p[i]) && p[i]) return true;
    return false;
}

static int find_or_match(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
        /* plain search: glibc's memmem is linear in the subject and the needle */
        const char *hit = lp == 0 ? s + init : memmem(s + init, ls - init, p, lp);
        if (!hit) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, (hit - s) + 1);
        lua_pushinteger(L, (hit - s) + (lua_Integer)lp);
        return 2;
    }
    Matcher m;
    bool anchor = lp > 0 && *p == '^';
    if (anchor) p++, lp--;
    start(&m, L, find ? "pattern: string.find backtracked" : "pattern: string.match backtracked", s, ls, p, lp);
    const char *at = s + init;
    do {
        restart(&m);
        const char *e = match(&m, at, p);
        if (e) {
            charge(&m);
            if (!find) return push_captures(&m, at, e);
            lua_pushinteger(L, (at - s) + 1);
            lua_pushinteger(L, e - s);
            return push_captures(&m, NULL, NULL) + 2;
        }
    } while (at++ < m.src_end && !anchor);
    charge(&m);
    luaL_pushfail(L);
    return 1;
}

static int f_find(lua_State *L) { return find_or_match(L, true); }
static int f_match(lua_State *L) { return find_or_match(L, false); }

/* gmatch's iterator: upvalues are the subject, the pattern and a userdata with the next
 * start offset and the end of the last match (an empty match right after a match is
 * skipped, as Lua 5.4 does). */
typedef struct GMatch { size_t next; ptrdiff_t last; } GMatch;

static int gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    GMatch *g = lua_touserdata(L, lua_upvalueindex(3));
    Matcher m;
    start(&m, L, "pattern: string.gmatch backtracked", s, ls, p, lp);
    for (const char *at = s + g->next; at <= m.src_end; at++) {
        restart(&m);
        const char *e = match(&m, at, p);
        if (e && e - s != g->last) {
            g->next = (size_t)(e - s);
            g->last = e - s;
            charge(&m);
            return push_captures(&m, at, e);
        }
    }
    g->next = ls + 1;
    charge(&m);
    return 0;
}

static int f_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    GMatch *g = lua_newuserdatauv(L, sizeof *g, 0);
    g->next = init > ls ? ls + 1 : init;
    g->last = -1;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

/* Append the replacement string (with %0-%9 and %%) for the match s..e. */
static void add_template(Matcher *m, luaL_Buffer *b, const char *s, const char *e)
{
    size_t l;
    const char *r = lua_tolstring(m->L, 3, &l);
    const char *end = r + l;
    while (r < end) {
        const char *pc = memchr(r, '%', (size_t)(end - r));
        if (!pc) {
            luaL_addlstring(b, r, (size_t)(end - r));
            return;
        }
        luaL_addlstring(b, r, (size_t)(pc - r));
        int c = pc + 1 < end ? (unsigned char)pc[1] : 0;
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (isdigit(c)) {
            push_capture(m, c - '1', s, e);
            luaL_tolstring(m->L, -1, NULL); /* a position capture becomes its number */
            lua_remove(m->L, -2);
            luaL_addvalue(b);
        } else {
            luaL_error(m->L, "invalid use of '%c' in replacement string", '%');
        }
        r = pc + 2;
    }
}

/* Append the replacement for the match s..e; false when the match stays as it was. */
static bool add_replacement(Matcher *m, luaL_Buffer *b, const char *s, const char *e, int kind)
{
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_template(m, b, s, e);
        return true;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return false;
    }
    if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return true;
}

static int f_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int kind = lua_type(L, 3);
    lua_Integer max = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION || kind == LUA_TTABLE,
                     3, "string/function/table");
    bool anchor = lp > 0 && *p == '^';
    if (anchor) p++, lp--;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    Matcher m;
    start(&m, L, "pattern: string.gsub backtracked", s, ls, p, lp);
    const char *at = s, *last = NULL;
    lua_Integer n = 0;
    bool changed = false;
    while (n < max) {
        restart(&m);
        const char *e = match(&m, at, p);
        if (e && e != last) {
            n++;
            /* a function or table replacement runs Lua code: charge what we did first */
            charge(&m);
            changed = add_replacement(&m, &b, at, e, kind) || changed;
            at = last = e;
        } else if (at < m.src_end) {
            luaL_addchar(&b, *at++);
        } else {
            break;
        }
        if (anchor) break;
    }
    charge(&m);
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, at, (size_t)(m.src_end - at));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}

void gh_pattern_install(lua_State *L, int string_table)
{
    static const luaL_Reg fns[] = {{"find", f_find}, {"match", f_match}, {"gmatch", f_gmatch}, {"gsub", f_gsub},
                                   {NULL, NULL}};
    string_table = lua_absindex(L, string_table);
    lua_pushvalue(L, string_table);
    luaL_setfuncs(L, fns, 0);
    lua_pop(L, 1);
}
