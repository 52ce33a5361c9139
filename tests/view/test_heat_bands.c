/* test_heat_bands.c — the buildings tier's four steps of light (a window under 25 %, under
 * 50 %, under 75 %, 75 % or more taken) can be told apart in both palettes by anyone:
 * not by hue, which colour-blind eyes may not separate, but by lightness. Each step is at
 * least 10 CIE L* from the next and in order (lighter and lighter on the dark facade,
 * darker and darker on the light one), at least 15 ΔE from the next, and every step
 * differs from the unlit part of the pane (the free room's colour) by 15 ΔE or more.
 * The default palette once mixed its steps from free to in-use: < 25 % and < 50 % were
 * 12 ΔE and 9 L* apart, too alike on a projector. */
#include <math.h>
#include "fixture.h"
#include "offscreen.h"

typedef struct Lab { double L, a, b; } Lab;

/* sRGB (D65) to CIE L*a*b*. */
static Lab lab(SDL_Color c)
{
    double rgb[3] = {c.r / 255.0, c.g / 255.0, c.b / 255.0};
    for (int i = 0; i < 3; i++) rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow((rgb[i] + 0.055) / 1.055, 2.4);
    double X = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double Y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double Z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    double f[3] = {X, Y, Z};
    for (int i = 0; i < 3; i++) f[i] = f[i] > 0.008856 ? cbrt(f[i]) : 7.787 * f[i] + 16.0 / 116;
    return (Lab){116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
}

static double dE(SDL_Color x, SDL_Color y)
{
    Lab a = lab(x), b = lab(y);
    return sqrt((a.L - b.L) * (a.L - b.L) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b));
}

static void check_palette(bool classroom)
{
    const char *name = classroom ? "classroom" : "default";
    VC c = vc_open(1280, 720, classroom); /* projector mode opens the classroom palette */
    SDL_Color step[4], unlit = gh_view_state_color(c.v, GH_ROOM_FREE);
    static const uint64_t taken[4] = {10, 30, 60, 90}; /* of 100 bytes: one share in each step */
    for (int k = 0; k < 4; k++) step[k] = gh_view_heat_color(c.v, taken[k], 100);
    for (int k = 0; k < 4; k++) {
        CHECK(dE(step[k], unlit) >= 15, "%s: step %d is %.1f ΔE from the unlit pane", name, k, dE(step[k], unlit));
        if (k == 3) continue;
        double dl = lab(step[k + 1]).L - lab(step[k]).L;
        CHECK((classroom ? -dl : dl) >= 10, "%s: step %d → %d changes lightness %+.1f L* (%s)", name, k, k + 1, dl,
              classroom ? "darker as more is taken" : "lighter as more is taken");
        CHECK(dE(step[k], step[k + 1]) >= 15, "%s: steps %d and %d are %.1f ΔE apart", name, k, k + 1, dE(step[k], step[k + 1]));
    }
    vc_close(&c);
}

CASE("the default palette's four steps of light differ by lightness, in order") { check_palette(false); }
CASE("the classroom palette's four steps of light differ by lightness, in order") { check_palette(true); }

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
