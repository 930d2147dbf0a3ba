"""Marks in a document pane: each kind of mark looks as the legend says, follows the filters, explains
itself in a tooltip. A hand-built analysis over a small text, so no engine is needed here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from desktop_app.core.analysis.model import Actor, Analysis, Claim, Mention, Quote, Span
from desktop_app.core.compare import DocumentView, build_comparison
from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import Library
from desktop_app.core.palette import tint
from desktop_app.ui.document_pane import DocumentPane
from desktop_app.ui.highlighter import DIRECT_TINT, colour_at
from desktop_app.ui.marks import build_marks

TEXT = (
    "Skolan i fokus\n\n"
    "Vi har gjort allt vi kan, säger Anna Berg. Hon är rektor.\n\n"
    "Enligt Karl Ek är budgeten för liten.\n\n"
    "Kommunen måste satsa mer på skolan.\n\n"
    "Vädret var fint i Örebro."
)


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def analysis() -> Analysis:
    return Analysis(
        language="sv",
        genre="opinion",
        actors=[
            Actor("a1", "Anna Berg", "person", roles=["rektor"], mentions=1, pronoun_mentions=1),
            Actor("a2", "Karl Ek", "person", party="M", mentions=1),
            Actor("a3", "Örebro", "place", mentions=1),
        ],
        mentions=[
            Mention("a1", *span("Anna Berg")),
            Mention("a1", *span("Hon"), via="pronoun"),
            Mention("a2", *span("Karl Ek")),
            Mention("a3", *span("Örebro")),
        ],
        quotes=[
            Quote("a1", "direct", *span("Vi har gjort allt vi kan"), cue=Span(*span("säger Anna Berg"))),
            Quote("a2", "indirect", *span("budgeten för liten"), cue=Span(*span("Enligt Karl Ek"))),
            Quote(None, "author", *span("Kommunen måste satsa mer på skolan.")),
        ],
        claims=[Claim(None, "prescription", *span("Kommunen måste satsa mer på skolan"))],
        headings=[Span(*span("Skolan i fokus"))],
    )


@pytest.fixture
def pane(tmp_path, qtbot):
    library = Library(tmp_path / "lib.sqlite3")
    meta = Metadata(title="Skolan", outlet="NA", date="2021-01-01", genre="opinion", authors=["Eva Ås"])
    doc_id = library.add(ImportedText(TEXT, meta, "txt"), source_name="s.txt", original=b"x").doc_id
    widget = DocumentPane("left", library)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.open_document(doc_id)
    view = DocumentView(library.get(doc_id), analysis())
    comparison = build_comparison(view, None)
    widget.set_view(view, comparison, FilterCriteria())
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    library.close()


def pos_of(pane: DocumentPane, part: str, delta: int = 1) -> int:
    return pane.highlighter.to_position(TEXT.index(part) + delta)


def fmt_at(pane: DocumentPane, position: int) -> QTextCharFormat:
    """The merged mark format of the character at a document position."""
    block = pane.text_edit.document().findBlock(position)
    column = position - block.position()
    merged = QTextCharFormat()
    for fr in block.layout().formats():
        if fr.start <= column < fr.start + fr.length:
            merged.merge(fr.format)
    return merged


def test_header_shows_metadata(pane):
    assert pane.title_label.text() == "Skolan"
    assert "NA · 2021-01-01 · opinion" in pane.meta_label.text()
    assert "Eva Ås" in pane.meta_label.text()


def test_text_is_shown_paragraph_by_paragraph(pane):
    doc = pane.text_edit.document()
    assert doc.toPlainText() == TEXT  # the source text itself: positions are its offsets
    assert doc.findBlockByNumber(4).text() == "Enligt Karl Ek är budgeten för liten."
    assert pane.highlighter.to_offset(pos_of(pane, "Karl", 0)) == TEXT.index("Karl")


def test_each_mark_kind_has_its_own_look(pane):
    colours = pane.comparison.colours()
    anna, karl = colours["anna berg"], colours["karl ek"]
    doc = pane.text_edit.document()
    # direct quote: background tint in the speaker's colour
    assert colour_at(doc, pos_of(pane, "gjort")) == tint(anna, DIRECT_TINT).upper()
    # cue: bold; mention: the actor's colour
    assert fmt_at(pane, pos_of(pane, "säger")).fontWeight() == QFont.Weight.Bold
    assert colour_at(doc, pos_of(pane, "Karl Ek"), "foreground") == QColor(karl).name().upper()
    # indirect speech: underline in the speaker's colour
    indirect = fmt_at(pane, pos_of(pane, "budgeten"))
    assert indirect.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert indirect.underlineColor().name().upper() == QColor(karl).name().upper()
    # claim: dotted underline
    claim = fmt_at(pane, pos_of(pane, "satsa"))
    assert claim.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    # heading: bold; unmarked text: nothing
    assert fmt_at(pane, pos_of(pane, "fokus")).fontWeight() == QFont.Weight.Bold
    assert colour_at(doc, pos_of(pane, "Vädret")) is None


def test_the_pane_and_the_paper_draw_the_same_marks_alike(pane):
    """One marks module: the HTML export and the printout show each mark with the pane's look."""
    from desktop_app.core.export.paper import side_view

    view = side_view(pane.comparison, "left", FilterCriteria())
    runs = {run.text: run.style for paragraph in view.paragraphs for run in paragraph.runs}
    doc = pane.text_edit.document()
    direct = next(style for text, style in runs.items() if "gjort" in text)
    assert direct.background == colour_at(doc, pos_of(pane, "gjort")) and direct.kinds == ("direct",)
    indirect = runs["budgeten för liten"]
    assert indirect.background == colour_at(doc, pos_of(pane, "budgeten"))  # the same faint wash
    assert indirect.underline.upper() == fmt_at(pane, pos_of(pane, "budgeten")).underlineColor().name().upper()
    assert runs["Karl Ek"].colour.upper() == colour_at(doc, pos_of(pane, "Karl Ek"), "foreground")
    assert runs["säger "].bold and "cue" in runs["säger "].kinds


def test_hiding_an_actor_removes_only_its_marks(pane):
    doc = pane.text_edit.document()
    pane.apply_criteria(FilterCriteria().with_actor("anna berg", False))
    assert colour_at(doc, pos_of(pane, "gjort")) is None
    assert fmt_at(pane, pos_of(pane, "säger")).fontWeight() != QFont.Weight.Bold
    assert fmt_at(pane, pos_of(pane, "budgeten")).underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    pane.apply_criteria(FilterCriteria())
    assert colour_at(doc, pos_of(pane, "gjort")) is not None


def test_hiding_a_kind_removes_those_marks(pane):
    doc = pane.text_edit.document()
    pane.apply_criteria(FilterCriteria().with_kind("mention", False).with_kind("claim:prescription", False))
    assert colour_at(doc, pos_of(pane, "Karl Ek"), "foreground") is None
    assert fmt_at(pane, pos_of(pane, "satsa")).underlineStyle() != QTextCharFormat.UnderlineStyle.DotLine
    assert colour_at(doc, pos_of(pane, "gjort")) is not None  # direct quotes still shown


def test_only_matching_paragraphs_folds_the_rest(pane):
    doc = pane.text_edit.document()
    criteria = FilterCriteria().with_actor("örebro", False).with_only_matching(True)
    pane.apply_criteria(criteria)
    visible = [doc.findBlockByNumber(i).isVisible() for i in range(doc.blockCount())]
    # paragraphs and the blank line after each: heading and weather folded away
    assert visible == [False, False, True, True, True, True, True, True, False]
    pane.apply_criteria(FilterCriteria())
    assert all(doc.findBlockByNumber(i).isVisible() for i in range(doc.blockCount()))


def test_tooltip_names_speaker_role_kind_and_cue(pane):
    marks = pane.highlighter.visible_marks_at(TEXT.index("gjort"))
    html = pane._tooltip(marks, TEXT.index("gjort"))
    assert "Direct quote" in html and "Anna Berg" in html and "rektor" in html
    assert "säger Anna Berg" in html
    marks = pane.highlighter.visible_marks_at(TEXT.index("satsa"))
    html = pane._tooltip(marks, TEXT.index("satsa"))
    assert "Claim" in html and "prescription" in html and "Author" in html


def test_marks_under_the_mouse(pane):
    edit = pane.text_edit
    cursor = edit.textCursor()
    cursor.setPosition(pos_of(pane, "gjort", 2))
    rect = edit.cursorRect(cursor)
    marks = edit.marks_at(QPoint(rect.x() + 2, rect.center().y()))
    assert {m.style for m in marks} >= {"direct"}
    assert all(m.actor_key == "anna berg" for m in marks)


def test_badge_and_author_bar_are_painted_in_the_margins(pane):
    edit = pane.text_edit
    cursor = edit.textCursor()

    def strip_colours(strip, part: str) -> set[str]:
        cursor.setPosition(pos_of(pane, part, 0))
        y = edit.cursorRect(cursor).center().y()
        image = strip.grab().toImage()
        return {image.pixelColor(x, y).name().upper() for x in range(image.width())}

    author_colour = QColor(pane.highlighter.marks[[m.style for m in pane.highlighter.marks].index("author")].colour)
    assert author_colour.name().upper() in strip_colours(edit.left_strip, "Kommunen")  # the bar
    assert strip_colours(edit.left_strip, "Vädret") == {"#FFFFFF"}  # no author voice there
    assert len(strip_colours(edit.right_strip, "Kommunen")) > 2  # the claim's badge: outline, letters
    assert strip_colours(edit.right_strip, "Vädret") == {"#FFFFFF"}
    pane.apply_criteria(FilterCriteria().with_kind("claim:prescription", False))
    assert strip_colours(edit.right_strip, "Kommunen") == {"#FFFFFF"}  # hidden claims lose badges


def test_marks_are_sorted_and_clipped():
    marks = build_marks(analysis(), {}, len(TEXT))
    assert [m.start for m in marks] == sorted(m.start for m in marks)
    assert all(0 <= m.start < m.end <= len(TEXT) for m in marks)
    styles = {m.style for m in marks}
    assert styles == {"heading", "direct", "cue", "indirect", "author", "claim", "mention"}


# --- co-authors: seed 003 is spoken by its three signers, one author quote each per passage ---


@pytest.fixture
def opinion_pane(tmp_path, qtbot):
    from tests.opinion_fixtures import opinion_comparison

    library = Library(tmp_path / "opinion.sqlite3")
    widget = DocumentPane("left", library)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    comparison = opinion_comparison()
    view = comparison.view("left")
    widget.show_document(3, view.document)
    widget.set_view(view, comparison, FilterCriteria())
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    library.close()


def _first_passage(pane: DocumentPane) -> tuple[int, int]:
    return min((q.start, q.end) for q in pane.view.analysis.quotes if q.kind == "author")


def _bar_colours(pane: DocumentPane, offset: int) -> set[str]:
    edit = pane.text_edit
    cursor = edit.textCursor()
    cursor.setPosition(pane.highlighter.to_position(offset))
    y = edit.cursorRect(cursor).center().y()
    image = edit.left_strip.grab().toImage()
    return {image.pixelColor(x, y).name().upper() for x in range(image.width())}


def test_co_authors_passage_has_one_bar_and_one_tooltip_line(opinion_pane):
    from desktop_app.core.palette import AUTHOR_VOICE
    from desktop_app.ui.marks import bars
    from tests.opinion_fixtures import JOINT, SIGNER_KEYS

    pane = opinion_pane
    highlighter = pane.highlighter
    voice = highlighter.visible_marks_in_blocks(0, len(highlighter.paragraphs), {"author"})
    assert len(voice) == 33  # three signers × eleven passages
    painted = bars(voice)
    assert len(painted) == 11 and len({(m.start, m.end) for m in painted}) == 11
    start, _ = _first_passage(pane)
    colours = pane.comparison.colours()
    # One grey bar, not three bars of the signers' colours painted over each other.
    assert _bar_colours(pane, start + 5) == {"#FFFFFF", AUTHOR_VOICE}
    assert not {colours[key].upper() for key in SIGNER_KEYS} & _bar_colours(pane, start + 5)
    html = pane._tooltip(highlighter.visible_marks_at(start + 5), start + 5)
    assert JOINT.replace("Author's voice: ", "Author's voice</b>: ") in html
    assert html.count("Author's voice") == 1
    assert pane.status_label.text().startswith("12 quotes")  # eleven passages and the police's words


def test_hiding_one_co_author_keeps_the_bar(opinion_pane):
    from desktop_app.core.palette import AUTHOR_VOICE

    pane = opinion_pane
    start, _ = _first_passage(pane)
    criteria = FilterCriteria().with_actor("per-åke sörman", False)
    pane.apply_criteria(criteria)
    assert _bar_colours(pane, start + 5) == {"#FFFFFF", AUTHOR_VOICE}
    html = pane._tooltip(pane.highlighter.visible_marks_at(start + 5), start + 5)
    assert "Kenneth Nilsson, Lennart Bondeson" in html and "Sörman" not in html
    criteria = criteria.with_actor("kenneth nilsson", False)
    pane.apply_criteria(criteria)
    bondeson = pane.comparison.colours()["lennart bondeson"].upper()
    assert _bar_colours(pane, start + 5) == {"#FFFFFF", bondeson}  # one signer left: their colour
    pane.apply_criteria(criteria.with_actor("lennart bondeson", False))
    assert _bar_colours(pane, start + 5) == {"#FFFFFF"}


def test_only_matching_with_nothing_matching_says_so_instead_of_a_blank_pane(pane):
    nothing = FilterCriteria().with_only_matching(True)
    for actor in ("anna berg", "karl ek", "örebro"):
        nothing = nothing.with_actor(actor, False)
    for kind in ("author", "claim:prescription", "mention", "direct", "indirect"):
        nothing = nothing.with_kind(kind, False)
    pane.apply_criteria(nothing)
    assert pane.nothing_matches()
    assert pane.stack.currentWidget() is pane.no_match_label
    assert "Only paragraphs that match" in pane.no_match_label.text()
    pane.apply_criteria(nothing.with_only_matching(False))
    assert pane.stack.currentWidget() is pane.text_edit


def test_counts_in_the_header_are_singular_for_one(pane):
    assert "1 claim ·" in pane.status_label.text() and "1 claims" not in pane.status_label.text()
    assert "3 quotes" in pane.status_label.text() and "3 actors" in pane.status_label.text()
