"""One side of the comparison: a header (title, outlet, date, genre, authors) over the marked text.

The text is shown as soon as a document opens; marks follow when its analysis is ready
(``set_view``). Filter changes re-apply formats only (``apply_criteria``), never rebuild the text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.core import i18n
from desktop_app.core.analysis.model import Actor
from desktop_app.core.compare import Comparison, DocumentView
from desktop_app.core.document import Document
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import Library
from desktop_app.core.palette import SIDE_COLOURS
from desktop_app.ui.highlighter import Highlighter, build_text_document
from desktop_app.ui.marks import build_marks, tooltip_html
from desktop_app.ui.text_view import DocumentTextView

ZOOM_STEP = 1.0  # points per zoom step


class DocumentPane(QWidget):
    """A read-only view of one document with its analysis marks."""

    document_opened = Signal(str, int)  # side, doc id
    context_menu_requested = Signal(str, QPoint)  # side, global position

    def __init__(self, side: str, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"documentPane_{side}")
        self._library = library
        self.doc_id: int | None = None
        self.document: Document | None = None
        self.view: DocumentView | None = None
        self.comparison: Comparison | None = None
        self.highlighter: Highlighter | None = None
        self._criteria = FilterCriteria()
        self._zoom = 0
        self._base_point_size = self.font().pointSizeF() + 1.5

        self.title_label = QLabel(self)
        self.title_label.setObjectName("paneTitle")
        self.title_label.setWordWrap(True)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("paneMeta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("paneStatus")
        self.status_label.setStyleSheet("color: #707070;")

        header = QFrame(self)
        header.setObjectName("paneHeader")
        colour = SIDE_COLOURS.get(side, "#808080")
        header.setStyleSheet(
            f"#paneHeader {{ border-top: 4px solid {colour}; background: #F7F7F7; }}"
        )
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(10, 6, 10, 6)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.meta_label)
        header_layout.addWidget(self.status_label)

        self.text_edit = DocumentTextView(self)
        self._own_document: QTextDocument | None = None  # the text document show_document built last
        self.text_edit.setObjectName(f"documentText_{side}")
        self.text_edit.tooltip_for = self._tooltip
        self.text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_edit.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(
                self.side, self.text_edit.viewport().mapToGlobal(pos)
            )
        )
        self.placeholder = QLabel(
            self.tr("Left pane: double-click a document in the library to open it here.") if side == "left"
            else self.tr("Right pane: double-click a document in the library (or press Shift+Enter) to open it here."),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #707070; padding: 24px;")
        self.no_match_label = QLabel(
            self.tr("No paragraph of this document matches the filters.\n\nUntick “Only paragraphs that "
                    "match” or press “Clear filters” in the Filters panel to see the whole text."),
            self,
        )
        self.no_match_label.setObjectName(f"noMatch_{side}")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setWordWrap(True)
        self.no_match_label.setStyleSheet("color: #505050; padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.text_edit)
        self.stack.addWidget(self.no_match_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self._apply_zoom()
        self.clear()

    # -- documents --------------------------------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        """Show a library document's text now; its marks come with ``set_view``."""
        document = self._library.get(doc_id)
        self.show_document(doc_id, document)
        self.document_opened.emit(self.side, doc_id)

    def show_document(self, doc_id: int, document: Document) -> None:
        if self.doc_id == doc_id and self.document is not None and self.document.text == document.text:
            self.document = document
            self._show_header(document)
            return
        self.doc_id = doc_id
        self.document = document
        self.view = None
        qdoc = build_text_document(document.text, self)
        # the document we built last (the view's own first one it deletes itself); kept here, as
        # asking the old one for its parent wraps the view's private text control, whose first
        # wrapping makes shiboken build its type tables (~80 ms at start-up)
        old, self._own_document = self._own_document, qdoc
        self.text_edit.set_highlighter(None)
        self.text_edit.setDocument(qdoc)
        self._apply_zoom()
        if old is not None:
            old.deleteLater()
        self.highlighter = Highlighter(qdoc, document.text)
        self.text_edit.set_highlighter(self.highlighter)
        self.text_edit.verticalScrollBar().setValue(0)
        self._show_header(document)
        self.set_status(self.tr("Analysing…"))
        self.stack.setCurrentWidget(self.text_edit)

    def clear(self) -> None:
        self.doc_id = None
        self.document = None
        self.view = None
        self.highlighter = None
        self.text_edit.set_highlighter(None)
        self.text_edit.clear()
        self.title_label.setText(self.tr("No document"))
        self.meta_label.setText("")
        self.set_status("")
        self.stack.setCurrentWidget(self.placeholder)

    def set_view(self, view: DocumentView | None, comparison: Comparison | None,
                 criteria: FilterCriteria) -> None:
        """Mark the text with ``view``'s analysis in the comparison's colours."""
        self.comparison = comparison
        self._criteria = criteria
        if view is None or self.highlighter is None or self.document is None:
            return
        self.view = view
        colours = comparison.colours() if comparison is not None else {}
        cued = comparison.cued if comparison is not None else frozenset()
        marks = build_marks(view.analysis, colours, len(self.document.text), cued)
        self.highlighter.set_marks(marks, criteria)
        quotes = len({(q.start, q.end, q.kind) for q in view.analysis.quotes})  # co-authors' shares: once
        claims = len(view.analysis.claims)
        actors = len(view.analysis.actors)
        self.set_status(" · ".join((
            self.tr("1 quote") if quotes == 1 else self.tr("%1 quotes").replace("%1", str(quotes)),
            self.tr("1 claim") if claims == 1 else self.tr("%1 claims").replace("%1", str(claims)),
            self.tr("1 actor") if actors == 1 else self.tr("%1 actors").replace("%1", str(actors)))))
        self.text_edit.refresh_margins()
        self._show_text_or_no_match()

    def apply_criteria(self, criteria: FilterCriteria) -> None:
        self._criteria = criteria
        if self.highlighter is not None and self.view is not None:
            self.highlighter.apply(criteria)
            self.text_edit.refresh_margins()
            self._show_text_or_no_match()

    def nothing_matches(self) -> bool:
        """True when "only matching paragraphs" folds away every paragraph of the open document."""
        return (self._criteria.only_matching_paragraphs and self.highlighter is not None
                and self.view is not None and not self.highlighter.matching_blocks())

    def _show_text_or_no_match(self) -> None:
        """A word instead of a blank pane when the filters fold away the whole text."""
        if self.document is None:
            return
        self.stack.setCurrentWidget(self.no_match_label if self.nothing_matches() else self.text_edit)

    def title(self) -> str:
        """The title the header shows ("No document", translated, when the pane is empty)."""
        return self.title_label.text()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _show_header(self, document: Document) -> None:
        meta = document.metadata
        title = meta.title or document.source_name or self.tr("Untitled")
        self.title_label.setText(title)
        # The title wraps between words only: the label is never narrower than its longest word.
        metrics = self.title_label.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
        self.title_label.setMinimumWidth(min(longest + 2, 360))
        facts = [f for f in (meta.outlet, meta.date, i18n.text(meta.genre) if meta.genre != "other" else "") if f]
        line = " · ".join(facts)
        if meta.authors:
            authors = "; ".join(meta.authors)
            line = f"{line}<br><i>{_escape(authors)}</i>" if line else f"<i>{_escape(authors)}</i>"
        self.meta_label.setText(line)
        self.meta_label.setVisible(bool(line))

    # -- navigation -------------------------------------------------------------------------

    def scroll_to_next_quote(self, key: str) -> bool:
        """Scroll to the first quote of actor ``key`` after the caret (wrapping); False if none."""
        if self.view is None or self.highlighter is None:
            return False
        analysis = self.view.analysis
        ids = {a.id for a in analysis.actors if a.key == key}
        starts = sorted(q.start for q in analysis.quotes if q.speaker in ids)
        if not starts:
            return False
        here = self.highlighter.to_offset(self.text_edit.textCursor().position())
        after = [s for s in starts if s > here]
        self.text_edit.scroll_to_offset(after[0] if after else starts[0])
        return True

    def scroll_fraction(self) -> float:
        bar = self.text_edit.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.text_edit.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    # -- zoom -------------------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-6, min(20, steps))
        self._apply_zoom()

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_zoom(self) -> None:
        font = QFont(self.text_edit.font())
        font.setPointSizeF(max(6.0, self._base_point_size + self._zoom * ZOOM_STEP))
        self.text_edit.setFont(font)
        self.text_edit.document().setDefaultFont(font)

    # -- tooltips ---------------------------------------------------------------------------

    def _tooltip(self, marks: list, offset: int) -> str:
        if self.view is None or self.document is None:
            return ""
        return tooltip_html(marks, self.view.analysis, self.document.text, self._actor_by_key)

    def _actor_by_key(self, key: str) -> Actor | None:
        if self.view is None:
            return None
        for actor in self.view.analysis.actors:
            if actor.key == key:
                return actor
        return None


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
