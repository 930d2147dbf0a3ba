"""Actor colours: one colour-blind-safe palette, the same in both panes, the sidebar, the chart and exports.

Colours are given in the order actors are ranked (most mentioned first), so the main actors of a
comparison always get clearly distinct colours. Hex strings keep this module Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable

# Paul Tol's "muted" qualitative scheme plus Okabe-Ito additions: distinguishable with the common
# forms of colour blindness, and dark enough for text on white.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#332288",  # indigo
    "#117733",  # green
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
    "#AA4499",  # purple
    "#56B4E9",  # sky blue
)
UNKNOWN_SPEAKER = "#707070"
AUTHOR_VOICE = "#5D5D5D"

# Claim kinds are marked with a small badge word (never colour alone), the same on screen and paper.
CLAIM_BADGES: dict[str, str] = {
    "evaluation": "EVAL",
    "prescription": "SHOULD",
    "prediction": "WILL",
    "statistic": "STAT",
    "stance": "STANCE",
}

# The two documents in the chart and legends.
SIDE_COLOURS: dict[str, str] = {"left": "#4477AA", "right": "#EE7733"}


def assign_colours(ranked_keys: Iterable[str]) -> dict[str, str]:
    """Map actor keys (most important first) to palette colours, cycling past the palette's end."""
    return {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(ranked_keys)}


def voice_colour(colours: Iterable[str]) -> str:
    """The margin bar of an author-voice passage: its speaker's colour, grey when co-authors share it."""
    distinct = set(colours)
    return distinct.pop() if len(distinct) == 1 else AUTHOR_VOICE


def tint(hex_colour: str, alpha: float) -> str:
    """The colour blended onto white: a light background tint that keeps black text readable."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * alpha) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)
