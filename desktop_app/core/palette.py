"""Actor colours: one palette, the same in both panes, the sidebar, the chart and exports.

Colour science in plain Python (sRGB → CIELAB, the CIEDE2000 colour difference, WCAG contrast), and
the rule that gives colours (``assign_colours``): within one comparison the quote tints of the first
eight speakers stay at least ``MIN_TINT_DIFFERENCE`` apart, a colour once given to an actor is
kept (the library stores it, ``core.library.actor_colours``), the user's own pick always wins, and
speakers past the eighth get a second cue (``SECOND_CUE_AFTER``). Hex strings keep this module Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.core import i18n

# Eight colours whose direct-quote tints (30 % on white) are at least ΔE2000 14 apart and that read
# at 4.5:1 or better on white (WCAG AA), found by a max-min search over CIELAB; then four more, as
# far from those as could be found (ΔE ≥ 8.6): past eight speakers a second cue keeps them apart.
PALETTE: tuple[str, ...] = (
    "#1068DE",  # blue
    "#CF4508",  # vermilion
    "#2F8602",  # green
    "#6301C4",  # violet
    "#038283",  # teal
    "#E51250",  # crimson
    "#5E4F1F",  # olive brown
    "#8A6897",  # mauve
    "#4146C6",  # indigo
    "#7E1C28",  # wine
    "#BA43B1",  # magenta
    "#0F4D1D",  # forest
)
UNKNOWN_SPEAKER = "#707070"
AUTHOR_VOICE = "#5D5D5D"
PANE_BACKGROUND = "#FFFFFF"

DIRECT_TINT = 0.30  # a direct quote's background: the speaker's colour blended onto white
MIN_TINT_DIFFERENCE = 10.0  # ΔE2000 between two of the first eight speakers' quote tints
SECOND_CUE_AFTER = 8  # speakers ranked past this get a second cue (a wavy underline)
MIN_CONTRAST = 4.5  # WCAG AA for names written in an actor's colour

# Claim kinds are marked with a small badge word (never colour alone), the same on screen and paper.
CLAIM_BADGES: dict[str, str] = {
    "evaluation": "EVAL",
    "prescription": "SHOULD",
    "prediction": "WILL",
    "statistic": "STAT",
    "stance": "STANCE",
}


def claim_badge(kind: str, language: str | None = None) -> str:
    """The badge word of a claim kind in the reader's language ("SHOULD"; Swedish "BÖR")."""
    return i18n.text(CLAIM_BADGES.get(kind, kind[:4].upper()), language)

# The two documents in the chart and legends.
SIDE_COLOURS: dict[str, str] = {"left": "#4477AA", "right": "#EE7733"}


# -- colour science ---------------------------------------------------------------------------

Lab = tuple[float, float, float]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    text = hex_colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance (0 black … 1 white)."""
    r, g, b = (_linear(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 … 21 (AA text needs 4.5)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def to_lab(hex_colour: str) -> Lab:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in _rgb(hex_colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(lab1: Lab, lab2: Lab) -> float:
    """The CIEDE2000 colour difference (kL = kC = kH = 1), after Sharma, Wu and Dalal (2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    big_dh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (big_dh / s_h) ** 2
                     + r_t * (dc / s_c) * (big_dh / s_h))


def tint(hex_colour: str, alpha: float) -> str:
    """The colour blended onto white: a light background tint that keeps black text readable."""
    r, g, b = _rgb(hex_colour)
    mix = [round(255 - (255 - c) * alpha) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def tint_difference(one: str, other: str) -> float:
    """ΔE2000 between the direct-quote tints of two actor colours."""
    return delta_e_2000(to_lab(tint(one, DIRECT_TINT)), to_lab(tint(other, DIRECT_TINT)))


def readable(colour: str, background: str = PANE_BACKGROUND, ratio: float = MIN_CONTRAST) -> str:
    """``colour``, darkened toward black just enough to read at ``ratio`` on ``background``.

    The palette's colours already do on white; a colour the user picked may need it for names.
    """
    if contrast_ratio(colour, background) >= ratio:
        return colour
    r, g, b = _rgb(colour)
    low, high = 0.0, 1.0  # how much of the colour is kept (0: black)
    for _ in range(20):
        mid = (low + high) / 2
        candidate = "#{:02X}{:02X}{:02X}".format(*(int(c * mid) for c in (r, g, b)))
        if contrast_ratio(candidate, background) >= ratio:
            low = mid
        else:
            high = mid
    return "#{:02X}{:02X}{:02X}".format(*(int(c * low) for c in (r, g, b)))


# -- giving colours ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredColour:
    """A colour the library keeps for an actor: ``chosen`` by the user, or given in ``order``."""

    colour: str
    chosen: bool = False
    order: int = 0  # smaller: given earlier


@dataclass
class Assignment:
    """The colours of one comparison: every actor's, the ones given now (to be stored: new actors,
    and those whose colour clashed with an older one), and the speakers past the eighth, who get a
    second cue."""

    colours: dict[str, str] = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)
    cued: frozenset[str] = frozenset()


def assign_colours(ranked_keys: Iterable[str], speakers: Iterable[str] | None = None,
                   stored: Mapping[str, StoredColour] | None = None,
                   usage: Mapping[str, int] | None = None) -> Assignment:
    """Colours for a comparison's actors (most important first).

    ``speakers``: the keys that speak a quote (all of them when None); the first eight of them get
    quote tints at least ``MIN_TINT_DIFFERENCE`` apart. Actors only mentioned never make a
    speaker change colour; a new one gets the colour least used in the comparison. ``stored``: colours given before, kept unless they clash with a
    more important speaker's (or one the user chose); the less important of two is given another,
    once (it is in ``new``, so the library keeps that one from now on and the two never clash
    again). ``usage``: how many actors of the library have each colour, so a new actor gets
    the least used colour that fits.
    """
    ranked = list(dict.fromkeys(ranked_keys))
    speaking = set(ranked if speakers is None else speakers)
    ordered = [k for k in ranked if k in speaking] + [k for k in ranked if k not in speaking]
    stored = stored or {}
    usage = dict(usage or {})
    protected = [k for k in ordered if k in speaking][:SECOND_CUE_AFTER]
    rest = [k for k in ordered if k not in protected]
    cued = frozenset(k for k in ordered[SECOND_CUE_AFTER:] if k in speaking)
    out = Assignment(cued=cued)
    placed: list[str] = []

    def fits(colour: str) -> bool:
        return all(tint_difference(colour, other) >= MIN_TINT_DIFFERENCE for other in placed)

    keeping = sorted((k for k in protected if k in stored), key=lambda k: (not stored[k].chosen, ordered.index(k)))
    for key in keeping:
        if stored[key].chosen or fits(stored[key].colour):
            out.colours[key] = stored[key].colour
            placed.append(stored[key].colour)
    for key in protected:
        if key in out.colours:
            continue
        colour = _best_free(placed, usage)
        out.colours[key] = colour
        placed.append(colour)
        out.new[key] = colour
        usage[colour] = usage.get(colour, 0) + 1
    in_use = {c: sum(1 for v in out.colours.values() if v == c) for c in PALETTE}
    for key in rest:
        if key in stored:
            out.colours[key] = stored[key].colour
            continue
        colour = min(PALETTE, key=lambda c: (in_use.get(c, 0), usage.get(c, 0), PALETTE.index(c)))
        in_use[colour] = in_use.get(colour, 0) + 1
        usage[colour] = usage.get(colour, 0) + 1
        out.colours[key] = out.new[key] = colour
    out.colours = {key: out.colours[key] for key in ranked}
    return out


def _best_free(placed: list[str], usage: Mapping[str, int]) -> str:
    """The least used palette colour whose tint stands apart from every placed one; failing that
    (the user's picks crowd the palette), the colour farthest from them, palette or not."""
    def nearest(colour: str) -> float:
        return min((tint_difference(colour, other) for other in placed), default=math.inf)

    fitting = [c for c in PALETTE if nearest(c) >= MIN_TINT_DIFFERENCE]
    if fitting:
        return min(fitting, key=lambda c: (usage.get(c, 0), PALETTE.index(c)))
    return max(PALETTE + _SPARE, key=nearest)


def _spare_colours() -> tuple[str, ...]:
    """Colours around the hue circle that read on white: where to look when the palette is used up."""
    out = []
    for hue in range(0, 360, 15):
        for lightness, chroma in ((38, 60), (46, 50), (30, 45)):
            hexed = _lab_to_hex(lightness, chroma * math.cos(math.radians(hue)),
                                chroma * math.sin(math.radians(hue)))
            if hexed is not None and contrast_ratio(hexed, PANE_BACKGROUND) >= MIN_CONTRAST:
                out.append(hexed)
    return tuple(out)


def _lab_to_hex(lightness: float, a: float, b: float) -> str | None:
    fy = (lightness + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def finv(t: float) -> float:
        return t**3 if t**3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)

    x, y, z = finv(fx) * 0.95047, finv(fy), finv(fz) * 1.08883
    linear = (3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
              -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
              0.0556434 * x - 0.2040259 * y + 1.0572252 * z)
    if any(c < 0 or c > 1 for c in linear):
        return None
    srgb = [12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055 for c in linear]
    return "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in srgb))


_SPARE = _spare_colours()


def voice_colour(colours: Iterable[str]) -> str:
    """The margin bar of an author-voice passage: its speaker's colour, grey when co-authors share it."""
    distinct = set(colours)
    return distinct.pop() if len(distinct) == 1 else AUTHOR_VOICE
