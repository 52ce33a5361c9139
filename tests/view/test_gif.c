/* test_gif.c — a recorded GIF keeps the picture truthful: every room's probe pixel, read
 * back from the decoded GIF, is exactly the state colour the view drew (the colour table
 * holds the palette exactly, however many blended colours the frame has); a frame equal to
 * the one before only lengthens its delay; a changed frame is written as the rectangle that
 * changed (a new step counter: a strip of the control bar, not the window). Mid-mark (white, grey, black rooms) in both palettes. */
#include <stdlib.h>
#include <unistd.h>
#include <gif_lib.h>
#include "fixture.h"
#include "offscreen.h"

static SDL_Color decoded(const ColorMapObject *map, int x, int y, const uint8_t *canvas, int w)
{
    GifColorType c = map->Colors[canvas[(size_t)y * w + x]];
    return (SDL_Color){c.Red, c.Green, c.Blue, 255};
}

/* Paint each frame's rectangle onto the canvas, as a viewer does with "do not dispose". */
static void paint(uint8_t *canvas, int w, const SavedImage *img)
{
    const GifImageDesc *d = &img->ImageDesc;
    for (int y = 0; y < d->Height; y++)
        memcpy(canvas + (size_t)(d->Top + y) * w + d->Left, img->RasterBits + (size_t)y * d->Width, (size_t)d->Width);
}

static void run(bool projector)
{
    VC c = vc_open(1280, 720, projector);
    Fixture f = fx_small();
    gh_view_set_graph(c.v, 0);
    gh_gc_start(f.sim, true);
    for (int unit = 0; unit < 64; unit++) { /* mark until white, grey and black are all on show */
        int seen[GH_ROOM_STATE_COUNT] = {0};
        for (int32_t id = 0; id < gh_sim_nspans(f.sim); id++)
            for (uint32_t k = 0; k < gh_sim_span(f.sim, id)->nelems && gh_sim_span(f.sim, id)->state == GH_SPAN_INUSE; k++)
                seen[gh_view_room_state(f.sim, id, k)]++;
        if (seen[GH_ROOM_WHITE] && seen[GH_ROOM_GREY] && seen[GH_ROOM_BLACK]) break;
        if (!gh_gc_mark_unit(f.sim)) break;
    }
    char path[] = "/tmp/gohotel_test_gif_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0, "a temporary file");
    close(fd);
    char err[300] = "";
    gh_GifRecorder *g = gh_gif_open(c.v, path, 1280, 720, err, sizeof err);
    CHECK(g != NULL, "the recorder opens: %s", err);
    gh_view_render(c.v, f.sim, 0);
    CHECK(gh_gif_add(g, c.surf->pixels, c.surf->pitch, 10), "frame 1");
    CHECK(gh_gif_add(g, c.surf->pixels, c.surf->pitch, 10), "frame 2, the same picture");
    gh_ViewControls ctl = {.speed = 2, .step = 7, .nsteps = 9, .granularity = "line"};
    gh_view_set_controls(c.v, &ctl); /* the step counter changes: a small change at the corner */
    gh_view_render(c.v, f.sim, 0);
    CHECK(gh_gif_add(g, c.surf->pixels, c.surf->pitch, 30), "frame 3");
    CHECK_EQ(gh_gif_frames(g), 2, "two pictures: the repeat lengthened the first");
    CHECK(gh_gif_close(g, err, sizeof err), "the file is completed: %s", err);

    int code = 0;
    GifFileType *in = DGifOpenFileName(path, &code);
    CHECK(in && DGifSlurp(in) == GIF_OK, "giflib reads the file back");
    CHECK_EQ(in->ImageCount, 2, "two images in the file");
    GraphicsControlBlock gcb;
    DGifSavedExtensionToGCB(in, 0, &gcb);
    CHECK_EQ(gcb.DelayTime, 20, "the first picture shows for 0.2 s (its repeat merged in)");
    DGifSavedExtensionToGCB(in, 1, &gcb);
    CHECK_EQ(gcb.DelayTime, 30, "the second for 0.3 s");
    const GifImageDesc *d1 = &in->SavedImages[1].ImageDesc;
    CHECK(d1->Width * d1->Height < 1280 * 720 / 4, "the second image is only what changed (%dx%d)", d1->Width, d1->Height);
    uint8_t *canvas = calloc(1280 * 720, 1);
    paint(canvas, 1280, &in->SavedImages[0]);
    paint(canvas, 1280, &in->SavedImages[1]);
    int checked = 0;
    for (int32_t id = 0; id < gh_sim_nspans(f.sim); id++) {
        const gh_MSpan *s = gh_sim_span(f.sim, id);
        if (s->state != GH_SPAN_INUSE) continue;
        for (uint32_t k = 0; k < s->nelems && k < 64; k++) {
            int x, y;
            if (!gh_view_room_probe(c.v, f.sim, id, k, &x, &y)) continue;
            SDL_Color want = gh_view_state_color(c.v, gh_view_room_state(f.sim, id, k));
            SDL_Color got = decoded(in->SColorMap, x, y, canvas, 1280);
            SDL_Color drawn = vc_pixel(&c, x, y);
            CHECK(vc_same(want, got) && vc_same(drawn, got), "span %d room %u: drawn #%02x%02x%02x, in the GIF #%02x%02x%02x", id, k,
                  drawn.r, drawn.g, drawn.b, got.r, got.g, got.b);
            checked++;
        }
    }
    CHECK(checked > 20, "rooms checked: %d", checked);
    free(canvas);
    DGifCloseFile(in, &code);
    unlink(path);
    gh_sim_free(f.sim);
    vc_close(&c);
}

CASE("a GIF keeps every room's state colour exact (default palette)") { run(false); }
CASE("a GIF keeps every room's state colour exact (classroom palette)") { run(true); }

CASE("a GIF that cannot be written is an error naming the file")
{
    VC c = vc_open(320, 200, false);
    char err[300] = "";
    gh_GifRecorder *g = gh_gif_open(c.v, "/nonexistent-dir/x.gif", 320, 200, err, sizeof err);
    CHECK(g == NULL, "no recorder");
    CHECK(strstr(err, "cannot write /nonexistent-dir/x.gif: No such file or directory") != NULL, "error: %s", err);
    vc_close(&c);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
