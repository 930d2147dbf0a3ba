"""Colour science and colour giving (core/palette.py): CIEDE2000, WCAG contrast, stable and distinct colours."""

from __future__ import annotations

import itertools

import pytest

from desktop_app.core.marks import look
from desktop_app.core.palette import (
    MIN_CONTRAST,
    MIN_TINT_DIFFERENCE,
    PALETTE,
    PANE_BACKGROUND,
    SECOND_CUE_AFTER,
    StoredColour,
    assign_colours,
    contrast_ratio,
    delta_e_2000,
    readable,
    relative_luminance,
    tint_difference,
    to_lab,
)

# Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
# supplementary test data, and mathematical observations", Table 1: the 34 published pairs.
SHARMA = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 3.1571, -77.2803), (50.0000, 0.0000, -82.7485), 2.8615),
    ((50.0000, 2.8361, -74.0200), (50.0000, 0.0000, -82.7485), 3.4412),
    ((50.0000, -1.3802, -84.2814), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -1.1848, -84.8006), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -0.9009, -85.5211), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, -1.0000, 2.0000), (50.0000, 0.0000, 0.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0009), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0010), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0012), 7.2195),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0009, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0010, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0011, -2.4900), 4.7461),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0012, -2.4900), 4.7461),
    ((50.0000, 2.5000, 0.0000), (50.0000, 0.0000, -2.5000), 4.3065),
    ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
    ((50.0000, 2.5000, 0.0000), (61.0000, -5.0000, 29.0000), 22.8977),
    ((50.0000, 2.5000, 0.0000), (56.0000, -27.0000, -3.0000), 31.9030),
    ((50.0000, 2.5000, 0.0000), (58.0000, 24.0000, 15.0000), 19.4535),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.1736, 0.5854), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2972, 0.0000), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 1.8634, 0.5757), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2592, 0.3350), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
    ((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731),
    ((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
    ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA, ids=[f"pair{i + 1}" for i in range(len(SHARMA))])
def test_ciede2000_matches_sharmas_published_pairs(lab1, lab2, expected):
    assert delta_e_2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)  # symmetric


def test_lab_of_the_srgb_primaries_and_white():
    assert to_lab("#FFFFFF") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert to_lab("#FF0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    assert to_lab("#0000FF") == pytest.approx((32.30, 79.19, -107.86), abs=0.05)
    assert delta_e_2000(to_lab("#3A7BD5"), to_lab("#3A7BD5")) == 0


@pytest.mark.parametrize(("fg", "bg", "ratio"), [
    ("#000000", "#FFFFFF", 21.0),  # the WCAG extremes
    ("#FFFFFF", "#FFFFFF", 1.0),
    ("#767676", "#FFFFFF", 4.54),  # the lightest grey that passes AA on white
    ("#777777", "#FFFFFF", 4.48),  # one step lighter fails
    ("#E69F00", "#FFFFFF", 2.25),  # the old palette's orange: the lowest
])
def test_wcag_contrast_ratio(fg, bg, ratio):
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)
    assert contrast_ratio(bg, fg) == pytest.approx(ratio, abs=0.01)


def test_relative_luminance_reference_points():
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


def test_readable_darkens_only_what_does_not_read():
    assert readable("#1068DE") == "#1068DE"
    for light in ("#E69F00", "#56B4E9", "#FFFF00", "#F0F0F0"):
        dark = readable(light)
        assert contrast_ratio(dark, PANE_BACKGROUND) >= MIN_CONTRAST
        assert contrast_ratio(readable(light), PANE_BACKGROUND) < MIN_CONTRAST + 0.4  # no darker than needed


def test_the_palette_itself():
    eight = PALETTE[:SECOND_CUE_AFTER]
    closest = min(tint_difference(a, b) for a, b in itertools.combinations(eight, 2))
    assert closest >= 14  # headroom over the rule, so a user's own colour still leaves room
    assert all(contrast_ratio(c, PANE_BACKGROUND) >= MIN_CONTRAST for c in PALETTE)
    assert len(set(PALETTE)) == len(PALETTE) == 12


def _keys(n: int) -> list[str]:
    return [f"speaker {i}" for i in range(n)]


@pytest.mark.parametrize("n", range(1, 13))
def test_one_to_twelve_speakers_are_told_apart(n):
    keys = _keys(n)
    result = assign_colours(keys)
    colours = [result.colours[k] for k in keys]
    first = colours[:SECOND_CUE_AFTER]
    for a, b in itertools.combinations(first, 2):
        assert tint_difference(a, b) >= MIN_TINT_DIFFERENCE, (a, b)
    for colour in colours:  # names in the actor's colour read on the page
        assert contrast_ratio(look("mention", colour).foreground, PANE_BACKGROUND) >= MIN_CONTRAST
    assert result.cued == frozenset(keys[SECOND_CUE_AFTER:])
    for key, colour in zip(keys, colours):  # past eight, the quote has a second cue besides the tint
        assert (look("direct", colour, key in result.cued).wavy is not None) == (key in result.cued)
    assert result.new == result.colours  # nothing was stored: every colour is new


@pytest.mark.parametrize("n", range(1, 13))
def test_with_stored_colours_that_clash_the_first_eight_stay_apart(n):
    """Colours given in other comparisons, some alike: the more important speaker keeps it, the
    other gets another (stored from now on: it is in ``new``)."""
    keys = _keys(n)
    stored = {k: StoredColour(PALETTE[i % 3], order=i) for i, k in enumerate(keys)}
    result = assign_colours(keys, stored=stored)
    first = [result.colours[k] for k in keys[:SECOND_CUE_AFTER]]
    assert all(tint_difference(a, b) >= MIN_TINT_DIFFERENCE for a, b in itertools.combinations(first, 2))
    assert [result.colours[k] for k in keys[:3]] == list(PALETTE[:min(n, 3)])  # the first to have them
    assert set(result.new) == {k for k in keys[:SECOND_CUE_AFTER] if result.colours[k] != stored[k].colour}
    again = assign_colours(keys, stored={**stored, **{k: StoredColour(c, order=stored[k].order)
                                                     for k, c in result.new.items()}})
    assert again.colours == result.colours and again.new == {}  # settled: nobody moves again


def test_a_given_colour_stays_when_the_ranking_changes():
    first = assign_colours(["IS", "researcher", "minister"])
    stored = {k: StoredColour(c, order=i) for i, (k, c) in enumerate(first.new.items())}
    again = assign_colours(["researcher", "minister", "IS", "newcomer"], stored=stored)
    for key in ("IS", "researcher", "minister"):
        assert again.colours[key] == first.colours[key]
    assert list(again.new) == ["newcomer"]
    assert all(tint_difference(again.colours["newcomer"], first.colours[k]) >= MIN_TINT_DIFFERENCE
               for k in ("IS", "researcher", "minister"))


def test_the_users_colour_wins_and_others_keep_away_from_it():
    stored = {"b": StoredColour(PALETTE[0], order=1), "a": StoredColour(PALETTE[0], chosen=True, order=5)}
    result = assign_colours(["b", "a"], stored=stored)
    assert result.colours["a"] == PALETTE[0]
    assert tint_difference(result.colours["b"], PALETTE[0]) >= MIN_TINT_DIFFERENCE


def test_new_actors_get_the_least_used_colour():
    usage = {c: 5 for c in PALETTE}
    usage[PALETTE[4]] = 0
    assert assign_colours(["x"], usage=usage).colours["x"] == PALETTE[4]


def test_speakers_come_before_the_merely_mentioned():
    mentioned = [f"mentioned {i}" for i in range(9)]
    result = assign_colours([*mentioned, "speaker"], speakers=["speaker"])
    assert result.cued == frozenset()  # the only speaker is the first of its comparison
    others = [result.colours[k] for k in mentioned[:SECOND_CUE_AFTER - 1]]
    assert all(tint_difference(result.colours["speaker"], c) >= MIN_TINT_DIFFERENCE for c in others)


def test_the_seed_comparison_keeps_its_speakers_tints_apart(tmp_path):
    from desktop_app.core.marks import look as mark_look
    from tests.export_fixtures import seed_comparison

    comparison = seed_comparison(tmp_path)
    speakers = [a for a in comparison.actors if sum(a.quotes.values())][:SECOND_CUE_AFTER]
    assert len(speakers) >= 3
    pairs = list(itertools.combinations(speakers, 2))
    assert min(tint_difference(a.colour, b.colour) for a, b in pairs) >= MIN_TINT_DIFFERENCE
    assert all(contrast_ratio(mark_look("mention", a.colour).foreground, PANE_BACKGROUND) >= MIN_CONTRAST
               for a in comparison.actors)
