"""The context menu of a document pane: copy, and the corrections of quotes and claims.

Right-click a quote: "Change speaker…", "Not a quote", "Mark as claim"; a claim: "Not a claim";
a selection: "Add quote by…" and "Mark as claim". A passage several speakers share (the co-authors
of an opinion piece) also offers to change or remove one speaker's share. The corrections go
through the CorrectionService, so each is one undoable step stored in the library.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from desktop_app.core import i18n
from desktop_app.core.analysis.model import CLAIM_KINDS, Claim, Quote
from desktop_app.ui.corrections import CorrectionService, OneSpeaker
from desktop_app.ui.document_pane import DocumentPane
from desktop_app.ui.marks import KIND_LABELS
from desktop_app.ui.translations import translate

UNKNOWN = QT_TRANSLATE_NOOP("PaneMenu", "(unknown speaker)")


def quote_and_claim_at(pane: DocumentPane, viewport_pos: QPoint) -> tuple[Quote | None, Claim | None]:
    """The quote and the claim under a point of the pane's text, as the user sees them."""
    if pane.view is None:
        return None, None
    quote: Quote | None = None
    claim: Claim | None = None
    for mark in pane.text_edit.marks_at(viewport_pos):
        if mark.quote_index >= 0 and quote is None:
            quote = pane.view.analysis.quotes[mark.quote_index]
        if mark.claim_index >= 0 and claim is None:
            claim = pane.view.analysis.claims[mark.claim_index]
    return quote, claim


def quotes_sharing(pane: DocumentPane, viewport_pos: QPoint) -> list[Quote]:
    """The visible quotes on the span of the quote under a point: one, or one per co-author."""
    quote, _ = quote_and_claim_at(pane, viewport_pos)
    if quote is None or pane.view is None:
        return []
    quotes = pane.view.analysis.quotes
    indexes = dict.fromkeys(m.quote_index for m in pane.text_edit.marks_at(viewport_pos) if m.quote_index >= 0)
    return [quotes[i] for i in indexes if (quotes[i].start, quotes[i].end) == (quote.start, quote.end)]


def build_pane_menu(pane: DocumentPane, viewport_pos: QPoint, corrections: CorrectionService,
                    actor_everywhere: Callable[[str], None] | None = None) -> QMenu:
    """The menu for a right-click at ``viewport_pos`` of the pane's text; ``actor_everywhere``
    (given a speaker's name) adds "Show … in All Documents" for the speaker of a mark."""
    text_edit = pane.text_edit
    menu = text_edit.createStandardContextMenu(text_edit.viewport().mapToGlobal(viewport_pos))
    if pane.view is None or pane.doc_id is None:
        return menu
    doc_id = pane.doc_id
    quote, claim = quote_and_claim_at(pane, viewport_pos)
    selection = text_edit.selected_offsets()
    menu.addSeparator()
    if quote is not None:
        shared = quotes_sharing(pane, viewport_pos)
        names = [_speaker_name(pane, q) for q in shared] or [_speaker_name(pane, quote)]
        who = ", ".join(name or translate("PaneMenu", "unknown speaker") for name in names)
        title = menu.addAction(f"{KIND_LABELS.get(quote.kind, quote.kind)} — {who}")
        title.setEnabled(False)
        if len(shared) > 1:
            _shared_menus(menu, pane, corrections, doc_id, quote, names)
        else:
            _add(menu, translate("PaneMenu", "Change Speaker…"), lambda: _change_speaker(pane, corrections, doc_id, quote))
        _add(menu, translate("PaneMenu", "Not a Quote"), lambda: corrections.not_quote(doc_id, quote))
        if actor_everywhere is not None:
            for name in dict.fromkeys(n for n in names if n):
                _add(menu, translate("PaneMenu", "Show %1 in All Documents…").replace("%1", name),
                     lambda n=name: actor_everywhere(n))
        if claim is None:
            _claim_menu(menu, translate("PaneMenu", "Mark as Claim"), corrections, doc_id, quote.start, quote.end)
    if claim is not None:
        _add(menu, translate("PaneMenu", "Not a Claim ({kind})").format(kind=i18n.text(claim.kind)), lambda: corrections.not_claim(doc_id, claim))
    if selection is not None:
        start, end = selection
        _add(menu, translate("PaneMenu", "Add Quote By…"), lambda: _add_quote(pane, corrections, doc_id, start, end))
        _claim_menu(menu, translate("PaneMenu", "Mark Selection as Claim"), corrections, doc_id, start, end)
    return menu


def show_pane_menu(pane: DocumentPane, global_pos: QPoint, corrections: CorrectionService,
                   actor_everywhere: Callable[[str], None] | None = None) -> None:
    """Open the pane's context menu at a screen position (what a right-click asks for)."""
    viewport_pos = pane.text_edit.viewport().mapFromGlobal(global_pos)
    build_pane_menu(pane, viewport_pos, corrections, actor_everywhere).exec(global_pos)


def _shared_menus(
    menu: QMenu, pane: DocumentPane, corrections: CorrectionService, doc_id: int, quote: Quote, names: list[str | None]
) -> None:
    """Change or remove one co-speaker's share of a passage, or give the passage one speaker."""
    change = menu.addMenu(translate("PaneMenu", "Change Speaker"))
    for name in names:
        label = (name or translate("PaneMenu", "Unknown speaker")) + "…"
        _add(change, label, lambda n=name: _change_speaker(pane, corrections, doc_id, quote, OneSpeaker(n)))
    change.addSeparator()
    _add(change, translate("PaneMenu", "All of Them…"), lambda: _change_speaker(pane, corrections, doc_id, quote))
    remove = menu.addMenu(translate("PaneMenu", "Not Spoken By"))
    for name in names:
        _add(remove, name or translate("PaneMenu", "Unknown speaker"), lambda n=name: corrections.not_quote(doc_id, quote, only=OneSpeaker(n)))


def _speaker_name(pane: DocumentPane, quote: Quote) -> str | None:
    actor = pane.view.analysis.actor(quote.speaker) if pane.view else None
    return actor.name if actor else None


def _add(menu: QMenu, text: str, slot: object) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
    return action


def _claim_menu(
    menu: QMenu, title: str, corrections: CorrectionService, doc_id: int, start: int, end: int
) -> None:
    sub = menu.addMenu(title)
    for kind in CLAIM_KINDS:
        _add(sub, i18n.text(kind).capitalize(), lambda k=kind: corrections.mark_claim(doc_id, start, end, k))


def _actor_names(pane: DocumentPane) -> list[str]:
    names: list[str] = []
    if pane.comparison is not None:
        names = [a.name for a in pane.comparison.actors if a.kind in ("person", "organization")]
    elif pane.view is not None:
        names = [a.name for a in pane.view.analysis.actors]
    return names


def _ask_speaker(parent: QWidget, title: str, current: str | None, names: list[str]) -> str | None | bool:
    """The chosen name, None for "unknown speaker", or False when cancelled."""
    unknown = translate("PaneMenu", UNKNOWN)
    items = [unknown, *names]
    index = items.index(current) if current in items else 0
    name, ok = QInputDialog.getItem(parent, title, translate("PaneMenu", "Speaker (pick or type a name):"), items, index, True)
    if not ok:
        return False
    name = name.strip()
    return None if not name or name in (unknown, UNKNOWN) else name


def _change_speaker(
    pane: DocumentPane, corrections: CorrectionService, doc_id: int, quote: Quote, only: OneSpeaker | None = None
) -> None:
    current = only.name if only is not None else _speaker_name(pane, quote)
    answer = _ask_speaker(pane, translate("PaneMenu", "Change Speaker"), current, _actor_names(pane))
    if answer is not False:
        corrections.change_speaker(doc_id, quote, answer, only=only)


def _add_quote(pane: DocumentPane, corrections: CorrectionService, doc_id: int, start: int, end: int) -> None:
    answer = _ask_speaker(pane, translate("PaneMenu", "Add Quote"), None, _actor_names(pane))
    if answer is not False:
        corrections.add_quote(doc_id, start, end, answer)
