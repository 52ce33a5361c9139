/* go_parser_embed.c — embedded fields. A struct field written as a type alone (`A`, `*A`,
 * `sync.Mutex`, `*pkg.T`) is embedded: its name is the type's name (A, Mutex) and the checker
 * promotes its fields and methods (go_check_embed.c). An interface may list another
 * interface by name (`Reader`) to take its methods. Both become FIELD nodes with define = 1
 * and x the type; a struct field line that starts with a name followed by a type instead
 * hands that name back in p->pending for the ordinary field list.
 */
#include "golang/go_parser.h"

static gh_GoNode *ident(gh_GoParser *p)
{
    if (p->tok.tok != GH_T_IDENT) gh_go_parser_expect_fail(p, "name");
    gh_GoNode *n = gh_go_node_new(p->src, GH_N_NAME, p->tok.pos);
    n->name = p->tok.text;
    gh_go_parser_next(p);
    return n;
}

/* name or name.Sel: the type an embedded field names */
static gh_GoNode *qualified(gh_GoParser *p, gh_GoNode *name)
{
    if (p->tok.tok != GH_T_PERIOD) return name;
    gh_GoNode *s = gh_go_node_new(p->src, GH_N_SELECTOR, p->tok.pos);
    gh_go_parser_next(p);
    s->x = name;
    s->name = ident(p)->name;
    return s;
}

static gh_GoNode *field(gh_GoParser *p, gh_GoNode *type, gh_GoNode *named, gh_GoPos pos)
{
    gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, pos);
    f->name = named->name;   /* A, or Mutex of sync.Mutex */
    f->x = type;
    f->define = 1;
    return f;
}

gh_GoNode *gh_go_parse_embedded_field(gh_GoParser *p)
{
    gh_GoPos pos = p->tok.pos;
    if (p->tok.tok == GH_T_MUL) {   /* *A: Go's field position is the star's */
        gh_go_parser_next(p);
        gh_GoNode *t = qualified(p, ident(p));
        gh_GoNode *star = gh_go_node_new(p->src, GH_N_STAR, pos);
        star->x = t;
        return field(p, star, t, pos);
    }
    gh_GoNode *name = ident(p);
    if (p->tok.tok == GH_T_PERIOD) {
        gh_GoNode *t = qualified(p, name);
        return field(p, t, t, pos);
    }
    if (p->tok.tok == GH_T_SEMICOLON || p->tok.tok == GH_T_RBRACE || p->tok.tok == GH_T_STRING)
        return field(p, name, name, pos);
    p->pending = name;
    return NULL;
}

gh_GoNode *gh_go_embedded_iface(gh_GoParser *p, gh_GoNode *name)
{
    gh_GoNode *t = qualified(p, name);
    if (p->tok.tok != GH_T_SEMICOLON && p->tok.tok != GH_T_RBRACE)
        gh_go_fail(p->src, p->tok.pos, "type sets and union elements in interfaces are not supported");
    gh_GoNode *f = gh_go_node_new(p->src, GH_N_FIELD, name->pos);
    f->x = t;
    f->define = 1;
    return f;
}
