"""Help > User Guide and "What's This?" on the marks.

The guide's text is a resource file (resources/guide/user_guide.html, user_guide_sv.html in Swedish;
package data); the parts that would go stale if written by hand are filled in from their one source:
the drawings of the marks from the legend, the claim kinds from their explanations, the keys from the
window's actions.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core import i18n
from desktop_app.core.analysis.model import CLAIM_KINDS
from desktop_app.core.marks import Mark
from desktop_app.paths import RESOURCES_DIR
from desktop_app.ui.legend import LEGEND_ROWS, claim_explanation, mark_icon
from desktop_app.ui.translations import translate

GUIDE_PATH = RESOURCES_DIR / "guide" / "user_guide.html"
# The guide in the other languages of the interface: user_guide_<code>.html beside the English one.
GUIDE_PATHS = {"en": GUIDE_PATH, "sv": RESOURCES_DIR / "guide" / "user_guide_sv.html"}


def _tr(text: str) -> str:
    """A legend row's words (marked for translation in ``legend.LEGEND_ROWS``, context "Legend")."""
    return translate("Legend", text)


def mark_explanation(mark: Mark) -> str:
    """What one mark in a pane is, in a sentence: the "What's This?" of the text under the mouse."""
    if mark.style == "claim":
        return translate("Help", "Claim") + " — " + claim_explanation(mark.detail)
    style = "unknown" if mark.style in ("direct", "indirect") and mark.actor_key is None else mark.style
    for kind, label, explanation in LEGEND_ROWS:
        if kind == style:
            return f"{_tr(label)}: {_tr(explanation)}"
    if mark.style == "heading":
        return translate("Help", "Heading: never counted as anyone's words")
    return mark.style


def marks_whats_this(marks: Iterable[Mark]) -> str:
    """The "What's This?" text for the marks at one place (one line per kind, no repeats)."""
    lines: list[str] = []
    for mark in marks:
        line = mark_explanation(mark)
        if line not in lines:
            lines.append(line)
    return "<br>".join(escape(line) for line in lines)


def _marks_table() -> str:
    rows = []
    for kind, label, explanation in LEGEND_ROWS:
        name = f"mark-{kind}"
        rows.append(f'<tr><td><img src="{name}"></td><td><b>{escape(_tr(label))}</b></td>'
                    f"<td>{escape(_tr(explanation))}</td></tr>")
    return '<table cellspacing="2" cellpadding="3">' + "".join(rows) + "</table>"


def _claims_list() -> str:
    return "<ul>" + "".join(f"<li>{escape(claim_explanation(kind))}</li>" for kind in CLAIM_KINDS) + "</ul>"


def _shortcuts_table(actions: Iterable[QAction]) -> str:
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            name = action.text().replace("&", "").rstrip("…").strip()
            rows.append(f"<tr><td>{escape(name)}</td><td><b>{escape(', '.join(keys))}</b></td></tr>")
    return '<table cellspacing="2" cellpadding="2">' + "".join(rows) + "</table>"


def add_mark_images(document: QTextDocument) -> None:
    """The legend's drawings as the images ``mark-<kind>`` the guide's table shows."""
    for kind, _label, _explanation in LEGEND_ROWS:
        image = mark_icon("claim:prediction" if kind == "claim" else kind).toImage()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark-{kind}"), image)


def guide_html(actions: Iterable[QAction]) -> str:
    """The user guide, in the interface's language, with its marks, claim kinds and keys filled in."""
    path = GUIDE_PATHS.get(i18n.current_language(), GUIDE_PATH)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"<p>{escape(str(path))}: {escape(exc.strerror or str(exc))}</p>"
    return (text.replace("<!-- marks -->", _marks_table())
            .replace("<!-- claim kinds -->", _claims_list())
            .replace("<!-- shortcuts -->", _shortcuts_table(actions)))


class UserGuideDialog(QDialog):
    """Help > User Guide: the guide in a browser, non-modal so it can stay open beside the texts."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Viewpoints User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html(actions))
        add_mark_images(self.browser.document())  # after setHtml, which clears a document's resources
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
