/* cmd_shot.c — `gohotel shot SCENE.lua [--param K=V]... (--step N | --end | --pause NAME)
 * -o FILE.png [--size WxH] [--projector] [--digest]`: render the exact frame of a scene offscreen with
 * SDL's software renderer (no display needed) and write it as a PNG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/cli.h"
#include "app/paths.h"
#include "app/session.h"

static int usage(void)
{
    fprintf(stderr, "usage: gohotel shot SCENE.lua [--param K=V]... (--step N | --end | --pause NAME) -o FILE.png "
                    "[--size WxH] [--projector] [--digest]\n");
    return 2;
}

int gh_cmd_shot(int argc, char **argv)
{
    const char *scene = NULL, *out = NULL, *pause = NULL;
    char *params[GH_SESSION_MAX_PARAMS];
    int nparams = 0, w = 1280, h = 720, where = 0; /* 1 step, 2 end, 3 pause */
    long long step = 0;
    bool projector = false, digest = false; /* --digest: print the step's count and event digest */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        if (!strcmp(a, "--param") && more && nparams < GH_SESSION_MAX_PARAMS) params[nparams++] = argv[++i];
        else if (!strcmp(a, "--step") && more) where = 1, step = atoll(argv[++i]);
        else if (!strcmp(a, "--end")) where = 2;
        else if (!strcmp(a, "--pause") && more) where = 3, pause = argv[++i];
        else if (!strcmp(a, "-o") && more) out = argv[++i];
        else if (!strcmp(a, "--size") && more) {
            if (sscanf(argv[++i], "%dx%d", &w, &h) != 2 || w < 64 || h < 64 || w > 7680 || h > 4320) {
                fprintf(stderr, "gohotel shot: --size must be WxH between 64x64 and 7680x4320\n");
                return 2;
            }
        } else if (!strcmp(a, "--projector")) projector = true;
        else if (!strcmp(a, "--digest")) digest = true;
        else if (a[0] != '-' && !scene) scene = a;
        else return usage();
    }
    if (!scene || !out || !where || step < 0) return usage();
    SDL_Surface *surf;
    SDL_Renderer *r;
    if (!gh_view_offscreen(w, h, &surf, &r)) {
        fprintf(stderr, "gohotel shot: cannot create an offscreen renderer: %s\n", SDL_GetError());
        return 1;
    }
    gh_ViewOptions opt = {.projector = projector, .palette = projector ? 1 : 0, .font_dir = gh_app_dir("assets/fonts")};
    gh_View *v = gh_view_new(r, w, h, &opt);
    if (!v) {
        fprintf(stderr, "gohotel shot: cannot create the view\n");
        return 1;
    }
    if (gh_view_warning(v)[0]) fprintf(stderr, "gohotel: warning: %s\n", gh_view_warning(v));
    gh_Session s;
    int rc = 0;
    gh_session_open(&s, v, scene, NULL, params, nparams);
    if (gh_stepper_failed(s.st) && gh_stepper_position(s.st) == 0 && gh_stepper_error(s.st)[0]) {
        fprintf(stderr, "%s\n", gh_stepper_error(s.st));
        rc = 1;
    } else if (where == 1) {
        gh_session_goto_step(&s, (uint64_t)step);
        if ((long long)gh_stepper_position(s.st) < step)
            fprintf(stderr, "gohotel shot: the scene ends at step %llu; showing its last step\n",
                    (unsigned long long)gh_stepper_position(s.st));
    } else if (where == 2) {
        gh_session_goto_end(&s);
    } else if (!gh_session_goto_pause(&s, pause)) {
        fprintf(stderr, "gohotel shot: %s has no pause point named '%s'\n", scene, pause);
        rc = 1;
    }
    if (rc == 0) {
        gh_view_render(v, gh_stepper_sim(s.st), 0);
        if (!gh_view_screenshot(v, out)) {
            fprintf(stderr, "gohotel shot: cannot write %s\n", out);
            rc = 1;
        } else if (digest) { /* the same figures as `gohotel run --json`'s "steps" and "event_digest" */
            printf("steps %llu event_digest %016llx\n", (unsigned long long)gh_stepper_position(s.st),
                   (unsigned long long)gh_stepper_event_digest(s.st));
        }
        if (rc == 0 && gh_stepper_failed(s.st) && gh_stepper_error(s.st)[0]) {
            fprintf(stderr, "%s\n", gh_stepper_error(s.st)); /* the picture shows the error panel */
            rc = 1;
        }
    }
    gh_session_close(&s);
    gh_view_free(v);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    return rc;
}
