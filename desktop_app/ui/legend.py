"""The legend: small drawings of each kind of mark, so shape (not only colour) tells them apart.

``mark_icon`` draws one sample (tint, underline, margin bar, bold cue, coloured name, dotted
underline with a kind badge); the sidebar's mark-kind checkboxes and the ``Legend`` widget use the
same drawings, and printing can reuse them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop_app.core import i18n
from desktop_app.core.analysis.model import CLAIM_KINDS
from desktop_app.core.palette import AUTHOR_VOICE, PALETTE, UNKNOWN_SPEAKER, claim_badge, tint
from desktop_app.ui.translations import translate

SAMPLE_COLOUR = PALETTE[0]

_MARK_LABELS: dict[str, str] = {
    "direct": QT_TRANSLATE_NOOP("Legend", "Direct quotes"),
    "indirect": QT_TRANSLATE_NOOP("Legend", "Indirect speech"),
    "author": QT_TRANSLATE_NOOP("Legend", "Author's voice"),
    "mention": QT_TRANSLATE_NOOP("Legend", "Name mentions"),
}


def mark_label(kind: str) -> str:
    """What the sidebar's check box of a filter mark kind says, in the interface language."""
    if kind.startswith("claim:") and kind.removeprefix("claim:") in CLAIM_KINDS:
        return translate("Legend", "Claims: {kind}").format(kind=i18n.text(kind.removeprefix("claim:")))
    return translate("Legend", _MARK_LABELS[kind]) if kind in _MARK_LABELS else kind


# (drawing, label, explanation) rows of the legend, in reading order.
LEGEND_ROWS: tuple[tuple[str, str, str], ...] = (
    ("direct", QT_TRANSLATE_NOOP("Legend", "Direct quote"),
     QT_TRANSLATE_NOOP("Legend", "background tint in the speaker's colour")),
    ("question", QT_TRANSLATE_NOOP("Legend", "Interviewer's question"), QT_TRANSLATE_NOOP("Legend", "italics on a light tint")),
    ("indirect", QT_TRANSLATE_NOOP("Legend", "Indirect speech"),
     QT_TRANSLATE_NOOP("Legend", "solid underline in the speaker's colour")),
    ("author", QT_TRANSLATE_NOOP("Legend", "Author's voice"),
     QT_TRANSLATE_NOOP("Legend", "thin bar in the margin (opinion pieces)")),
    ("cue", QT_TRANSLATE_NOOP("Legend", "Speech cue"), QT_TRANSLATE_NOOP("Legend", "bold words: “säger han”, “enligt …”")),
    ("mention", QT_TRANSLATE_NOOP("Legend", "Name mention"), QT_TRANSLATE_NOOP("Legend", "the name in the actor's colour")),
    ("claim", QT_TRANSLATE_NOOP("Legend", "Claim"), QT_TRANSLATE_NOOP("Legend", "dotted underline and a badge with its kind")),
    ("unknown", QT_TRANSLATE_NOOP("Legend", "Unknown speaker"),
     QT_TRANSLATE_NOOP("Legend", "grey instead of an actor's colour")),
)


# What each claim badge means: its tooltip in the panes, and the user guide's list.
_CLAIM_EXPLANATIONS: dict[str, str] = {
    "evaluation": QT_TRANSLATE_NOOP("Legend", "an evaluation — something is judged good, bad, important or wrong"),
    "prescription": QT_TRANSLATE_NOOP("Legend", "a prescription — something must or should be done"),
    "prediction": QT_TRANSLATE_NOOP("Legend", "a prediction — something will or may happen"),
    "statistic": QT_TRANSLATE_NOOP("Legend", "a statistic — a number, share or amount stated as fact"),
    "stance": QT_TRANSLATE_NOOP("Legend", "a stance — the speaker agrees, disagrees, supports or opposes"),
}


def claim_explanation(kind: str) -> str:
    """ "SHOULD: a prescription — something must or should be done": a badge's label and meaning."""
    label = claim_badge(kind)
    meaning = _CLAIM_EXPLANATIONS.get(kind)
    if meaning is None:
        return label
    return f"{label}: {translate('Legend', meaning)}"


def mark_icon(kind: str, colour: str = SAMPLE_COLOUR, width: int = 40, height: int = 18) -> QPixmap:
    """A drawing of one kind of mark: a MARK_KINDS value, "claim", "cue" or "unknown"."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(9, height - 8))
    painter.setFont(font)
    text_rect = QRectF(3, 0, width - 6, height - 4)
    base = QColor("#202020")
    style = "claim" if kind.startswith("claim") else kind
    if style == "direct":
        painter.fillRect(QRectF(1, 2, width - 2, height - 5), QColor(tint(colour, 0.35)))
    elif style == "question":
        painter.fillRect(QRectF(1, 2, width - 2, height - 5), QColor(tint(colour, 0.12)))
        font.setItalic(True)
        painter.setFont(font)
    elif style == "unknown":
        painter.fillRect(QRectF(1, 2, width - 2, height - 5), QColor(tint(UNKNOWN_SPEAKER, 0.3)))
    elif style == "indirect":
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawLine(3, height - 3, width - 3, height - 3)
    elif style == "author":
        painter.fillRect(QRectF(1, 1, 3, height - 2), QColor(AUTHOR_VOICE))
        text_rect = QRectF(8, 0, width - 10, height - 4)
    elif style == "claim":  # the badge carries the kind's label, the dotted line the span
        pen = QPen(QColor(colour), 1.5, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(2, height - 2, width - 2, height - 2)
        _badge(painter, kind, colour, width, height)
        painter.end()
        return pixmap
    if style == "cue":
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(base)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "säger")
    elif style == "mention":
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, translate("Legend", "Name"))
    else:
        painter.setPen(base)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, translate("Legend", "Text"))
    painter.end()
    return pixmap


def _badge(painter: QPainter, kind: str, colour: str, width: int, height: int) -> None:
    """A small rounded badge with the claim kind's label, as the panes show it."""
    claim_kind = kind.split(":", 1)[1] if ":" in kind else "prediction"
    label = claim_badge(claim_kind)
    font = QFont()
    font.setPixelSize(max(7, height - 10))
    font.setBold(True)
    painter.setFont(font)
    text_width = QFontMetrics(font).horizontalAdvance(label)
    rect = QRectF(1, 1, min(width - 2, text_width + 6), height - 6)
    painter.setPen(QPen(QColor(colour), 1))
    painter.setBrush(QColor(tint(colour, 0.2)))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QColor(colour))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def mark_qicon(kind: str, colour: str = SAMPLE_COLOUR) -> QIcon:
    return QIcon(mark_icon(kind, colour))


def swatch_icon(colour: str, size: int = 12) -> QIcon:
    """A filled square with a darker edge: an actor's colour in lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.setPen(QColor(colour).darker(150))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class Legend(QWidget):
    """Rows of drawing + name + explanation for every kind of mark the panes show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for row, (kind, english_label, english_explanation) in enumerate(LEGEND_ROWS):
            label, explanation = self.tr(english_label), self.tr(english_explanation)
            drawing = QLabel()
            drawing.setPixmap(mark_icon("claim:prediction" if kind == "claim" else kind))
            text = QLabel(f"<b>{label}</b><br><span style='color:#555'>{explanation}</span>")
            text.setWordWrap(True)
            text.setAccessibleName(f"{label}: {explanation}")
            for widget in (drawing, text):  # Help > What's This? on the legend
                widget.setWhatsThis(f"<b>{label}</b>: {explanation}")
            grid.addWidget(drawing, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
