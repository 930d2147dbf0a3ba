"""The comparison as one self-contained HTML5 page: inline CSS, the chart inline, nothing fetched.

Two columns paragraph by paragraph with the same marks as the panes (direct quotes tinted, indirect
ones underlined, the author's voice as a margin bar, cues bold, names coloured, claims dotted with a
badge); every mark explains itself in a ``title`` tooltip. Active filters apply.
"""

from __future__ import annotations

import base64
from datetime import datetime
from html import escape

from desktop_app.core import i18n
from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart import render_chart_svg
from desktop_app.core.export.viewpoints import HTML_CSS as VIEWPOINTS_CSS
from desktop_app.core.export.viewpoints import html_section, viewpoint_table
from desktop_app.core.export.paper import (
    ParagraphView,
    Run,
    SideView,
    describe_filters,
    paragraph_rows,
    sample_style,
    side_views,
    visible_actors,
)
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.marks import mark_legend
from desktop_app.core.palette import AUTHOR_VOICE, PALETTE, SIDE_COLOURS, UNKNOWN_SPEAKER

_t = i18n.text
_HEADING = "Viewpoints \u2014 who says what"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.2rem 1.6rem 3rem; max-width: 1500px; color: #1d1d1d; background: #fff;
  font: 15px/1.55 "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.25rem; margin: 0 0 .8rem; color: #444; font-weight: 600; }
header.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; margin-bottom: 1rem; }
header.docs section { border-top: 5px solid #999; padding-top: .4rem; }
header.docs h2 { font-size: 1.3rem; margin: .1rem 0 .3rem; line-height: 1.25; }
.meta { color: #555; font-size: .9rem; margin: .1rem 0; }
.overview { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(320px, 1.3fr); gap: 1.5rem;
  align-items: start; margin: 1rem 0 1.2rem; padding: .8rem 1rem; background: #f7f7f5; border-radius: 6px; }
.overview h3 { font-size: 1rem; margin: 0 0 .4rem; }
.legend table { border-collapse: collapse; font-size: .88rem; }
.legend td, .legend th { padding: .12rem .5rem .12rem 0; text-align: left; vertical-align: top; }
.legend th { color: #555; font-weight: 600; }
.legend td.num { text-align: right; }
.swatch { display: inline-block; width: .85em; height: .85em; border-radius: 2px; vertical-align: -1px; margin-right: .3em; }
.marks { list-style: none; padding: 0; margin: .6rem 0 0; font-size: .88rem; }
.marks li { margin: .15rem 0; }
.chart img { max-width: 100%; height: auto; border: 1px solid #e2e2e2; background: #fff; }
.filters { font-size: .9rem; color: #7a4b00; background: #fff6e0; padding: .3rem .6rem; border-radius: 4px; }
table.texts { width: calc(100% + 3rem); border-collapse: separate; border-spacing: 1.5rem 0; table-layout: fixed; margin: 0 -1.5rem; }
table.texts th { text-align: left; font-size: 1rem; padding: .4rem 0; border-bottom: 2px solid #ccc; }
table.texts td { vertical-align: top; padding: 0; }
p.para { margin: 0 0 .8rem; padding-left: .6rem; border-left: 4px solid transparent; }
p.para.author { border-left-color: #5d5d5d; }
p.heading { font-weight: bold; font-size: 1.05rem; margin-top: .4rem; }
p.empty { color: #aaa; }
span.direct { border-radius: 2px; padding: 0 1px; }
span.indirect { padding-bottom: 1px; }
span.claim { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
span.cue { font-weight: bold; }
span.mention { font-weight: 600; }
sup.badge { font-size: .68rem; font-weight: 600; color: #fff; background: #666; border-radius: 3px;
  padding: 0 .25em; margin-left: .15em; vertical-align: .45em; }
footer { margin-top: 2rem; color: #777; font-size: .8rem; }
@media print { body { max-width: none; } .overview { break-inside: avoid; } tr { break-inside: avoid; } }
"""


def render_html(
    comparison: Comparison, criteria: FilterCriteria, *, generated: datetime | None = None
) -> str:
    """The whole page as a string (encode as UTF-8)."""
    views = side_views(comparison, criteria)
    left, right = views["left"], views["right"]
    when = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    titles = " \u2194 ".join(v.title for v in (left, right) if v) or _t("Comparison")
    lang = next((v.language for v in (left, right) if v and v.language), "sv")
    filters_line = describe_filters(comparison, criteria)
    chart = render_chart_svg(comparison, criteria, width=640)
    chart_uri = "data:image/svg+xml;base64," + base64.b64encode(chart.encode("utf-8")).decode("ascii")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Viewpoints">',
        f"<title>{escape(titles)}</title>",
        f"<style>{_CSS}{VIEWPOINTS_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(_t(_HEADING))}</h1>",
        '<header class="docs">',
        _doc_header(left, "left"),
        _doc_header(right, "right"),
        "</header>",
    ]
    if filters_line:
        parts.append(f'<p class="filters">{escape(_t("Filtered: {filters}").format(filters=filters_line))}</p>')
    parts += [
        '<div class="overview">',
        _legend(comparison, criteria, left, right),
        f'<figure class="chart"><h3>{escape(_t("Mentions"))}</h3>'
        f'<img src="{chart_uri}" alt="{escape(_t("Bar chart: mentions per actor in each document"))}" width="640">'
        "</figure>",
        "</div>",
        _viewpoints(comparison, criteria),
        _texts(left, right),
        f"<footer>{escape(_t('Exported from Viewpoints on {when}.').format(when=when))}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _viewpoints(comparison: Comparison, criteria: FilterCriteria) -> str:
    """The viewpoints table, when the comparison carries one (``core.export.viewpoints``)."""
    table = viewpoint_table(comparison, criteria)
    return html_section(table) if table is not None else ""


def _doc_header(view: SideView | None, side: str) -> str:
    colour = SIDE_COLOURS[side]
    if view is None:
        return f'<section style="border-top-color:{colour}"><h2>{escape(_t("(no document)"))}</h2></section>'
    genre = _t(view.genre) if view.genre else ""
    facts = " \u00b7 ".join(x for x in (view.outlet, view.date, genre, view.language) if x)
    lines = [
        f'<section class="doc-{side}" style="border-top-color:{colour}">',
        f"<h2>{escape(view.title)}</h2>",
    ]
    if facts:
        lines.append(f'<p class="meta">{escape(facts)}</p>')
    if view.authors:
        lines.append(f'<p class="meta">{escape(_t("By {authors}").format(authors="; ".join(view.authors)))}</p>')
    counts = view.counts
    summary = _t("{direct} direct, {indirect} indirect quotes, {author} author passages, {claims} claims").format(
        direct=counts.get("direct", 0), indirect=counts.get("indirect", 0), author=counts.get("author", 0),
        claims=counts.get("claim", 0))
    lines.append(f'<p class="meta">{escape(summary)}</p>')
    lines.append("</section>")
    return "\n".join(lines)


def _legend(comparison: Comparison, criteria: FilterCriteria, left, right) -> str:
    rows = [
        f'<section class="legend"><h3>{escape(_t("Legend"))}</h3>',
        f"<table><thead><tr><th>{escape(_t('Actor'))}</th><th>{escape(_t('Kind'))}</th>"
        f'<th title="{escape(left.title if left else "")}">{escape(_t("Left"))}</th>'
        f'<th title="{escape(right.title if right else "")}">{escape(_t("Right"))}</th>'
        f"<th>{escape(_t('Quotes'))}</th></tr></thead><tbody>",
    ]
    actors = visible_actors(comparison, criteria)
    for actor in actors:
        quotes = sum(actor.quotes.values())
        rows.append(
            f'<tr class="actor"><td><span class="swatch" style="background:{actor.colour}"></span>'
            f'<span style="color:{actor.colour};font-weight:600">{escape(actor.name)}</span></td>'
            f"<td>{escape(_t(actor.kind))}</td>"
            f'<td class="num">{actor.counts.get("left", 0)}</td>'
            f'<td class="num">{actor.counts.get("right", 0)}</td><td class="num">{quotes}</td></tr>'
        )
    if not actors:
        rows.append(f'<tr><td colspan="5">{escape(_t("No actors shown."))}</td></tr>')
    rows.append("</tbody></table>")
    rows.append('<ul class="marks">')
    sample = PALETTE[0]
    for kind, label, looks in mark_legend():
        rows.append(f'<li class="mark-{kind}">{_sample(kind, label, sample)} \u2014 {escape(looks)}</li>')
    rows.append("</ul></section>")
    return "\n".join(rows)


def _sample(kind: str, label: str, colour: str) -> str:
    """A word drawn with the mark itself, so the legend shows rather than tells."""
    if kind == "author":
        return f'<span style="border-left:4px solid {AUTHOR_VOICE};padding-left:.4em">{escape(label)}</span>'
    style = sample_style(kind, UNKNOWN_SPEAKER if kind == "claim" else colour)
    badges = ["STANCE"] if kind == "claim" else []
    return _run_html(Run(label, 0, len(label), style, badges))


def _texts(left: SideView | None, right: SideView | None) -> str:
    out = ['<table class="texts">', "<thead><tr>"]
    for view, side in ((left, "left"), (right, "right")):
        colour = SIDE_COLOURS[side]
        title = view.title if view else "(no document)"
        out.append(f'<th scope="col" style="border-bottom-color:{colour}">{escape(title)}</th>')
    out.append("</tr></thead><tbody>")
    for lp, rp in paragraph_rows(left, right):
        out.append("<tr>")
        out.append(_cell(lp, left))
        out.append(_cell(rp, right))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _cell(paragraph: ParagraphView | None, view: SideView | None) -> str:
    lang = f' lang="{escape(view.language)}"' if view and view.language else ""
    if paragraph is None:
        return f"<td{lang}></td>"
    classes = ["para"]
    attrs = ""
    if paragraph.heading:
        classes.append("heading")
    if paragraph.author_colour:
        classes.append("author")
        attrs = (
            f' style="border-left-color:{paragraph.author_colour}"'
            f' title="{escape(paragraph.author_tip)}"'
        )
    body = "".join(_run_html(run) for run in paragraph.runs)
    return f'<td{lang}><p class="{" ".join(classes)}"{attrs}>{body}</p></td>'


def _run_html(run: Run) -> str:
    text = escape(run.text, quote=False)
    badges = "".join(f'<sup class="badge">{escape(b)}</sup>' for b in run.badges)
    style = run.style
    if style.plain:
        return text + badges
    classes, css = list(style.kinds), []
    if style.background:
        css.append(f"background-color:{style.background}")
    if style.underline:
        css.append(f"border-bottom:2px solid {style.underline}")
    if style.dotted:
        css.append(f"text-decoration-color:{style.dotted}")
    elif style.wavy:  # a speaker past the eighth: the second cue
        css.append(f"text-decoration:underline wavy {style.wavy};text-underline-offset:3px")
    if style.colour:
        css.append(f"color:{style.colour}")
    if style.italic:
        css.append("font-style:italic")
    title = f' title="{escape(style.tooltip)}"' if style.tooltip else ""
    css_attr = f' style="{";".join(css)}"' if css else ""
    return f'<span class="{" ".join(classes)}"{css_attr}{title}>{text}</span>{badges}'
