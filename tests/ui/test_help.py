"""Help: the user guide (a resource file, with the marks, claim kinds and keys filled in) and
"What's This?" on the marks of a pane."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QTextDocument

from desktop_app.core.marks import Mark
from desktop_app.ui.help import GUIDE_PATH, marks_whats_this


def test_the_guide_ships_as_package_data():
    assert GUIDE_PATH.is_file()
    assert "desktop_app" in str(GUIDE_PATH) or GUIDE_PATH.parent.parent.name == "resources"


def test_help_user_guide_shows_marks_keys_and_corrections(window, qtbot):
    window.actions.user_guide.trigger()
    guide = window.show_user_guide()
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "What the marks mean" in text and "Correcting the analysis" in text
    assert "Direct quote" in text and "Speech cue" in text  # the legend's rows
    assert "SHOULD: a prescription — something must or should be done" in text
    assert "Ctrl+Y" in text and "Ctrl+Tab" in text and "Ctrl+F" in text  # from the actions' shortcuts
    assert "<!--" not in guide.browser.toHtml()  # every placeholder filled in
    image = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("mark-direct"))
    assert image is not None and not image.isNull()  # the drawing of a direct quote
    assert window.show_user_guide() is guide  # one window, brought to the front again


def test_whats_this_explains_the_marks_under_the_mouse(window):
    pane = window.compare_view.pane("left")
    edit = pane.text_edit
    quote = next(q for q in pane.view.analysis.quotes if q.kind == "direct" and q.speaker is not None)
    cursor = edit.textCursor()
    cursor.setPosition(pane.highlighter.to_position(quote.start + 2))
    rect = edit.cursorRect(cursor)
    text = edit.whats_this_at(QPoint(rect.x() + 2, rect.center().y()))
    assert "Direct quote: background tint in the speaker" in text


def test_whats_this_names_each_kind_once():
    marks = [Mark(0, 5, "claim", "claim:statistic", None, "#000000", "statistic"),
             Mark(0, 5, "indirect", "indirect", None, "#000000"),
             Mark(0, 5, "mention", "mention", "a", "#000000"), Mark(2, 4, "mention", "mention", "a", "#000000")]
    lines = marks_whats_this(marks).split("<br>")
    assert lines[0].startswith("Claim — STAT: a statistic")
    assert lines[1].startswith("Unknown speaker")  # an unattributed passage is grey
    assert lines[2].startswith("Name mention") and len(lines) == 3


def test_every_guide_has_the_same_placeholders():
    from desktop_app.ui.help import GUIDE_PATHS

    placeholders = {language: sorted(re.findall(r"<!-- [a-z ]+ -->", path.read_text(encoding="utf-8")))
                    for language, path in GUIDE_PATHS.items()}
    assert placeholders["sv"] == placeholders["en"] == ["<!-- claim kinds -->", "<!-- marks -->",
                                                       "<!-- shortcuts -->"]


def test_the_guide_follows_the_interface_language():
    from desktop_app.core import i18n
    from desktop_app.ui.help import guide_html

    try:
        i18n.set_language("sv")
        swedish = guide_html([])
    finally:
        i18n.set_language("en")
    assert "Vad markeringarna betyder" in swedish and "Rätta analysen" in swedish
    assert "BÖR: " in swedish  # the claim kinds' badges in Swedish too
    assert "What the marks mean" in guide_html([]) and "SHOULD: " in guide_html([])
