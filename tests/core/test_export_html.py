"""The HTML export: one self-contained page with both texts, the legend, the chart and the marks."""

from __future__ import annotations

import base64
from dataclasses import replace

import lxml.etree
import lxml.html
import pytest

from desktop_app.core.compare import build_comparison
from desktop_app.core.document import split_paragraphs
from desktop_app.core.export import render_html
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.marks import DIRECT_TINT, INDIRECT_TINT
from desktop_app.core.palette import tint
from tests.export_fixtures import (
    LEFT_TEXT,
    RIGHT_TEXT,
    left_view,
    right_view,
    small_comparison,
)
from tests.export_fixtures import seed_comparison as build_seed_comparison


def _page(comparison, criteria=FilterCriteria()):
    return lxml.html.document_fromstring(render_html(comparison, criteria))


def _marked(page, cls: str) -> list:
    """Spans of the texts table (not the legend's samples) with one mark class."""
    return page.xpath(f'//table[@class="texts"]//span[contains(concat(" ", @class, " "), " {cls} ")]')


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_page_holds_both_texts_paragraph_by_paragraph():
    page = _page(small_comparison())
    rows = page.xpath('//table[@class="texts"]/tbody/tr')
    left_pars = [LEFT_TEXT[p.start : p.end] for p in split_paragraphs(LEFT_TEXT)]
    right_pars = [RIGHT_TEXT[p.start : p.end] for p in split_paragraphs(RIGHT_TEXT)]
    assert len(rows) == max(len(left_pars), len(right_pars))
    for row, left, right in zip(rows, left_pars, right_pars):
        cells = row.xpath("./td")
        # Badges add their word after a claim; everything else is the text itself.
        left_cell = _norm(cells[0].text_content())
        right_cell = _norm(cells[1].text_content())
        for badge in row.xpath(".//sup"):
            left_cell = left_cell.replace(" " + badge.text, "").replace(badge.text, "")
            right_cell = right_cell.replace(" " + badge.text, "").replace(badge.text, "")
        assert left_cell == _norm(left)
        assert right_cell == _norm(right)
    headers = [th.text_content() for th in page.xpath('//table[@class="texts"]/thead//th')]
    assert headers == ["Ranstorp varnar för återvändarna", "Örebro arbetar aktivt mot extremism"]


def test_header_names_titles_outlets_dates_and_authors():
    header = _norm(_page(small_comparison()).xpath('//header[@class="docs"]')[0].text_content())
    for fact in ("Ranstorp varnar för återvändarna", "TT", "2017-06-22",
                 "Örebro arbetar aktivt mot extremism", "Nerikes Allehanda", "2019-03-28",
                 "By Kenneth Nilsson (S)"):
        assert fact in header


def test_marks_look_like_the_panes_and_explain_themselves():
    comparison = small_comparison()
    page = _page(comparison)
    ranstorp = comparison.colour_of("magnus ranstorp")
    direct = _marked(page, "direct")
    assert [s.text_content() for s in direct] == ["Det här är ett jätteproblem för Sverige"]
    assert f"background-color:{tint(ranstorp, DIRECT_TINT)}" in direct[0].get("style")  # as in the panes
    assert direct[0].get("title") == "Direct quote \u2014 Magnus Ranstorp"
    cues = [s.text_content() for s in _marked(page, "cue")]
    assert "säger " in cues and "bedömer" in cues
    indirect = _marked(page, "indirect")
    assert any("Regeringen måste agera snabbt" == s.text_content() and ranstorp in s.get("style")
               and tint(ranstorp, INDIRECT_TINT) in s.get("style") for s in indirect)
    assert any("(corrected)" in s.get("title") for s in indirect)  # the corrected Säpo quote
    names = _marked(page, "mention")
    assert any(s.text_content() == "Kenneth Nilsson" and comparison.colour_of("kenneth nilsson") in s.get("style")
               for s in names)
    badges = [b.text for b in page.xpath('//table[@class="texts"]//sup[@class="badge"]')]
    assert sorted(badges) == ["SHOULD", "STANCE", "STAT", "WILL"]
    author = page.xpath('//p[contains(@class, "author")]')
    assert len(author) == 1 and author[0].text_content().startswith("Vi i Örebro")
    assert comparison.colour_of("kenneth nilsson") in author[0].get("style")
    assert "Author's voice" in author[0].get("title")


def test_legend_lists_actors_and_marks():
    page = _page(small_comparison())
    actors = [_norm(tr.xpath("./td")[0].text_content()) for tr in page.xpath('//section[@class="legend"]//tr[@class="actor"]')]
    assert sorted(actors) == ["Kenneth Nilsson", "Magnus Ranstorp", "Säpo", "Örebro"]
    marks = _norm(page.xpath('//ul[@class="marks"]')[0].text_content())
    for label in ("Direct quote", "Indirect speech", "Author's voice", "Speech cue", "Claim"):
        assert label in marks


def test_chart_is_embedded_as_svg_image():
    page = _page(small_comparison())
    (img,) = page.xpath('//figure[@class="chart"]/img')
    prefix = "data:image/svg+xml;base64,"
    assert img.get("src").startswith(prefix)
    svg = lxml.etree.fromstring(base64.b64decode(img.get("src")[len(prefix):]))
    texts = " ".join(svg.itertext())
    assert "Magnus Ranstorp" in texts and "Kenneth Nilsson" in texts
    assert len(svg.findall(".//{http://www.w3.org/2000/svg}rect")) >= 8  # 4 actors x 2 documents


def test_no_external_references():
    html = render_html(small_comparison(), FilterCriteria())
    page = lxml.html.document_fromstring(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.xpath("//meta/@charset") == ["utf-8"]
    for element in page.iter():
        for attr in ("src", "href", "srcset", "data", "poster"):
            value = (element.get(attr) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "ftp:")), (element.tag, value)
    assert not page.xpath('//link[@rel="stylesheet"]') and not page.xpath("//script")
    assert "@import" not in html and "url(" not in html


def test_hidden_actor_disappears_everywhere():
    comparison = small_comparison()
    criteria = FilterCriteria().with_actor("magnus ranstorp", False)
    page = _page(comparison, criteria)
    titles = " ".join(page.xpath("//span/@title"))
    assert "Magnus Ranstorp" not in titles
    legend = _norm(page.xpath('//section[@class="legend"]')[0].text_content())
    assert "Magnus Ranstorp" not in legend
    assert "hidden actors: Magnus Ranstorp" in page.xpath('//p[@class="filters"]')[0].text_content()
    svg = base64.b64decode(page.xpath('//figure[@class="chart"]/img/@src')[0].split(",", 1)[1]).decode()
    assert "Magnus Ranstorp" not in svg and "Säpo" in svg
    # The text itself is still all there: filters hide marks, not words.
    assert "jätteproblem" in page.xpath('//table[@class="texts"]')[0].text_content()


def test_only_matching_paragraphs_and_switched_off_kinds():
    comparison = small_comparison()
    criteria = FilterCriteria(mark_kinds=frozenset({"direct"}), only_matching_paragraphs=True)
    page = _page(comparison, criteria)
    rows = page.xpath('//table[@class="texts"]/tbody/tr')
    assert len(rows) == 1  # only the left paragraph with the direct quote remains
    assert "jätteproblem" in rows[0].text_content()
    assert not _marked(page, "mention")
    assert not page.xpath('//table[@class="texts"]//sup[@class="badge"]')


def test_markup_in_texts_is_escaped():
    left = left_view()
    evil = '<script>alert("x")</script> & <b>fet</b>'
    doc = replace(left.document, text=evil, metadata=replace(left.document.metadata, title='<img src="http://x">'))
    comparison = build_comparison(replace(left, document=doc, analysis=replace(left.analysis, quotes=[], claims=[], mentions=[], headings=[])), right_view())
    html = render_html(comparison, FilterCriteria())
    page = lxml.html.document_fromstring(html)
    assert not page.xpath("//script") and not page.xpath("//img[not(starts-with(@src, 'data:'))]")
    assert evil in page.xpath('//table[@class="texts"]//td')[0].text_content()


def test_seeds_render_with_the_real_engine(seed_comparison):
    comparison = seed_comparison
    page = _page(comparison)
    body = _norm(page.xpath('//table[@class="texts"]')[0].text_content())
    for side in ("left", "right"):
        text = comparison.view(side).document.text
        for paragraph in split_paragraphs(text)[:5]:
            assert _norm(text[paragraph.start : paragraph.end])[:60] in body
    assert page.xpath('//section[@class="legend"]//tr[@class="actor"]')


@pytest.fixture
def seed_comparison(tmp_path):
    return build_seed_comparison(tmp_path)


def test_co_authors_share_one_bar_per_paragraph():
    """Seed 003: each author paragraph has one bar whose tooltip names the three signers once."""
    from desktop_app.core.export.paper import side_view
    from desktop_app.core.palette import AUTHOR_VOICE
    from tests.opinion_fixtures import SIGNERS, opinion_comparison

    comparison = opinion_comparison()
    page = _page(comparison)
    bars = page.xpath('//table[@class="texts"]//p[contains(concat(" ", @class, " "), " author ")]')
    assert len(bars) == 10  # one per body paragraph, not one per author
    joint = "Author's voice \u2014 " + ", ".join(SIGNERS)
    assert all(bar.get("title") == joint for bar in bars)
    assert all(AUTHOR_VOICE in bar.get("style") for bar in bars)  # shared: the neutral author-voice grey
    header = page.xpath('//header[@class="docs"]/section')[0].text_content()
    assert "11 author passages" in header  # paragraph 8 holds two, around the police's words
    quotes = {
        row.xpath("td")[0].text_content(): row.xpath("td")[4].text_content()
        for row in page.xpath('//section[@class="legend"]//tr[@class="actor"]')
    }
    assert [quotes[name] for name in SIGNERS] == ["11", "11", "11"]

    # Hiding one signer keeps the bar; with one left, it takes that signer's colour.
    hidden = FilterCriteria().with_actor("per-åke sörman", False)
    view = side_view(comparison, "left", hidden)
    tips = {p.author_tip for p in view.paragraphs if p.author_colour}
    assert tips == {f"Author's voice \u2014 {SIGNERS[0]}, {SIGNERS[2]}"}
    alone = hidden.with_actor("kenneth nilsson", False)
    colours = {p.author_colour for p in side_view(comparison, "left", alone).paragraphs if p.author_colour}
    assert colours == {comparison.colour_of("lennart bondeson")}
    none_left = alone.with_actor("lennart bondeson", False)
    assert not any(p.author_colour for p in side_view(comparison, "left", none_left).paragraphs)
