"""What an import says when it ends: a line in the status bar when everything was new, the summary
window (new documents, what was left out of a damaged file, duplicates linked to the copy already in
the library, failures with their reasons) when there is more to tell."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.ui.translations import number, translate

if TYPE_CHECKING:  # the importers load on the first import, not at start-up
    from desktop_app.core.importing import ImportOutcome


def needs_summary(outcomes: list[ImportOutcome], cancelled: bool = False) -> bool:
    """The summary window only when there is more to tell than "imported": a failure, a duplicate,
    a file imported with a gap (a damaged page skipped), a cancelled batch, or nothing found."""
    return cancelled or not outcomes or any(o.status != "imported" or o.warnings for o in outcomes)


def status_line(outcomes: list[ImportOutcome]) -> str:
    """The status bar after an import: the title of one new document, else the counts."""
    imported = [o for o in outcomes if o.status == "imported"]
    if len(imported) == len(outcomes) == 1:
        title = imported[0].title or Path(imported[0].path).name
        return translate("ImportController", "Imported “%1”.").replace("%1", title)
    if imported and len(imported) == len(outcomes):
        return translate("ImportController", "Imported %1 documents.").replace(
            "%1", number(len(imported)))
    return summary_line(outcomes) + "."


def summary_line(outcomes: list[ImportOutcome], cancelled: bool = False) -> str:
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("imported", "duplicate", "error")}
    line = translate("ImportController", "{imported} imported, {duplicates} already in the library, {failed} failed").format(
        imported=counts["imported"], duplicates=counts["duplicate"], failed=counts["error"])
    return line + (" " + translate("ImportController", "(cancelled)") if cancelled else "")


def summary_html(outcomes: list[ImportOutcome], cancelled: bool = False) -> str:
    """The summary dialog's text: new documents, duplicates with a link to them, failures with reasons."""
    from html import escape

    from desktop_app.core.import_reasons import message_text, reason_text  # in the UI's language

    parts = [f"<p><b>{escape(summary_line(outcomes, cancelled))}</b></p>"]
    imported = [o for o in outcomes if o.status == "imported"]
    duplicates = [o for o in outcomes if o.status == "duplicate"]
    errors = [o for o in outcomes if o.status == "error"]
    if imported:
        parts.append("<p>" + translate("ImportController", "Imported:") + "</p><ul>" + "".join(
            f"<li>{escape(o.title or Path(o.path).name)}</li>" for o in imported[:50]) + _more(imported) + "</ul>")
    gaps = [o for o in imported if o.warnings]
    if gaps:
        parts.append("<p>" + translate("ImportController", "Imported with a gap:") + "</p><ul>" + "".join(
            f"<li>{escape(Path(o.path).name or o.path)}: {escape('; '.join(map(reason_text, o.warnings)))}</li>"
            for o in gaps[:50]) + _more(gaps) + "</ul>")
    show = translate("ImportController", "show “{title}”")
    if duplicates:
        parts.append("<p>" + translate("ImportController", "Already in the library:") + "</p><ul>" + "".join(
            f'<li>{escape(Path(o.path).name)} \u2014 <a href="doc:{o.doc_id}">{show.format(title=escape(o.title))}</a></li>'
            for o in duplicates[:50]) + _more(duplicates) + "</ul>")
    if errors:
        parts.append("<p>" + translate("ImportController", "Not imported:") + "</p><ul>" + "".join(
            f"<li>{escape(Path(o.path).name or o.path)}: {escape(message_text(o.message))}</li>"
            for o in errors[:50]) + _more(errors) + "</ul>")
    if cancelled:
        parts.append("<p>" + translate("ImportController", "The import was cancelled; the documents above stay in the library.") + "</p>")
    return "".join(parts)


def _more(items: list) -> str:
    return "<li>" + translate("ImportController", "… and {n} more").format(n=len(items) - 50) + "</li>" if len(items) > 50 else ""
