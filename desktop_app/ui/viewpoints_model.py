"""The Viewpoints dock's item model: one row per question, its links as child rows.

A thin adapter over ``core.export.viewpoints.ViewpointsTable`` (the same rows the exports write):
a question row names the question and its relation (the icon of most of its links, the counts when
they differ; its tooltip the left and the right actors with their polarities); a link row shows one
pair: the left actor and polarity, the relation's icon (a symbol in the relation's colour, so it
reads without colour too), the right actor and polarity.
Relation icons are drawn here (``relation_icon``) and shared with the dock's filter buttons.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from desktop_app.core import i18n
from desktop_app.core.viewpoints.why_text import why_text
from desktop_app.core.export.viewpoints import (
    ORIGIN_NOTES,
    RELATION_STYLES,
    ViewpointRow,
    ViewpointsTable,
    polarity_sign,
)

COLUMNS = (QT_TRANSLATE_NOOP("ViewpointsModel", "Left"), "", QT_TRANSLATE_NOOP("ViewpointsModel", "Right"))  # the middle column: the relation's icon (=, ≠, ~)
LEFT, RELATION, RIGHT = range(3)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ViewpointRow of a link row (a question row: its first link)
ACTORS_ROLE = Qt.ItemDataRole.UserRole + 2  # a question row: (left actors, right actors) with polarities

_Index = QModelIndex | QPersistentModelIndex
_ICONS: dict[tuple[str, int], QIcon] = {}


def relation_icon(relation: str, size: int = 16) -> QIcon:
    """A round badge in the relation's colour with its symbol (=, ≠, ~) in white."""
    key = (relation, size)
    if key not in _ICONS:
        style = RELATION_STYLES[relation]
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(style.colour).darker(130), 1))
        painter.setBrush(QColor(style.colour))
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
        font = QFont()
        font.setPixelSize(max(8, size - 3))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(QRectF(0, -1, size, size), int(Qt.AlignmentFlag.AlignCenter), style.symbol)
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


@dataclass
class QuestionGroup:
    """A question and the visible links on it, in the table's order."""

    id: int
    label: str
    rows: list[ViewpointRow]

    def actors(self, side: str) -> str:
        """"Magnus Ranstorp −, Zan Jankovski −": each speaker once, with the polarities they take."""
        seen: dict[str, list[str]] = {}
        for row in self.rows:
            name, polarity = (row.left_shown, row.left_polarity) if side == "left" else (row.right_shown, row.right_polarity)
            signs = seen.setdefault(name, [])
            if polarity_sign(polarity) not in signs:
                signs.append(polarity_sign(polarity))
        return ", ".join(f"{name} {''.join(signs)}" for name, signs in seen.items())

    def relation(self) -> str:
        """The relation most of its links have (disagreement first on a tie: it is what readers look for)."""
        counts = Counter(row.relation for row in self.rows)
        order = ("disagree", "agree", "related")
        return max(order, key=lambda r: (counts.get(r, 0), -order.index(r)))

    def relation_text(self) -> str:
        counts = Counter(row.relation for row in self.rows)
        if len(counts) == 1:
            return RELATION_STYLES[self.rows[0].relation].label
        return " ".join(f"{RELATION_STYLES[r].symbol}{counts[r]}" for r in RELATION_STYLES if counts.get(r))


def group_rows(table: ViewpointsTable | None) -> list[QuestionGroup]:
    groups: dict[int, QuestionGroup] = {}
    for row in table.rows if table is not None else []:
        groups.setdefault(row.question_id, QuestionGroup(row.question_id, row.question, [])).rows.append(row)
    return list(groups.values())


class ViewpointsModel(QAbstractItemModel):
    """Questions (top level) and their links (children); ``set_table`` replaces everything."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[QuestionGroup] = []

    def set_table(self, table: ViewpointsTable | None) -> None:
        self.beginResetModel()
        self.groups = group_rows(table)
        self.endResetModel()

    def link_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def row_of(self, index: _Index) -> ViewpointRow | None:
        """The link a row stands for (a question row: its first link)."""
        if not index.isValid():
            return None
        value = self.data(index.siblingAtColumn(0), ROW_ROLE)
        return value if isinstance(value, ViewpointRow) else None

    def index_of(self, row: ViewpointRow) -> QModelIndex:
        """The link row showing ``row`` (matched by its two spans), or an invalid index."""
        for g, group in enumerate(self.groups):
            for r, candidate in enumerate(group.rows):
                if (candidate.left_span, candidate.right_span) == (row.left_span, row.right_span):
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)  # a link row: its question's row + 1

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self.groups):
            return len(self.groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < len(self.groups):
                return None
            return self._question_data(self.groups[index.row()], index.column(), role)
        group_row = index.internalId() - 1
        if not 0 <= group_row < len(self.groups) or not 0 <= index.row() < len(self.groups[group_row].rows):
            return None
        return self._link_data(self.groups[group_row].rows[index.row()], index.column(), role)

    def _question_data(self, group: QuestionGroup, column: int, role: int) -> Any:
        """A question row: its label over the whole row (the view spans it), its links' relation."""
        relation = group.relation()
        mixed = len({row.relation for row in group.rows}) > 1
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LEFT:
                return f"{group.label}   {group.relation_text()}" if mixed else group.label
            return group.actors("right") if column == RIGHT else group.relation_text()
        if role == Qt.ItemDataRole.DecorationRole and column == LEFT:
            return relation_icon(relation)
        if role == Qt.ItemDataRole.FontRole and column == LEFT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(group.rows)
            links = self.tr("1 link") if count == 1 else self.tr("{n} links").format(n=count)
            return (f"<b>{_escape(group.label)}</b> — {links}: {_escape(group.relation_text())}<br>"
                    + self.tr("Left: {actors}").format(actors=_escape(group.actors("left"))) + "<br>"
                    + self.tr("Right: {actors}").format(actors=_escape(group.actors("right"))))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == LEFT:
            return self.tr("Question {label}: {left}; {relation}; {right}").format(
                label=group.label, left=group.actors("left"), relation=group.relation_text(), right=group.actors("right"))
        if role == ACTORS_ROLE:
            return group.actors("left"), group.actors("right")
        if role == ROW_ROLE:
            return group.rows[0]
        return None

    def _link_data(self, row: ViewpointRow, column: int, role: int) -> Any:
        style = RELATION_STYLES[row.relation]
        if role == Qt.ItemDataRole.DisplayRole:
            note = "*" if row.origin in ORIGIN_NOTES else ""  # corrected by the user
            return (f"{row.left_shown} {polarity_sign(row.left_polarity)}", note,
                    f"{row.right_shown} {polarity_sign(row.right_polarity)}")[column]
        if role == Qt.ItemDataRole.DecorationRole and column == RELATION:
            return relation_icon(row.relation)
        if role == Qt.ItemDataRole.ForegroundRole and column == RELATION:
            return QColor(style.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return link_tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == RELATION:
            return style.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{left}, {left_polarity}, {relation} with {right}, {right_polarity}").format(
                left=row.left_shown, left_polarity=i18n.text(row.left_polarity), relation=style.label,
                right=row.right_shown, right_polarity=i18n.text(row.right_polarity))
        if role == ROW_ROLE:
            return row
        return None


def link_tooltip(row: ViewpointRow) -> str:
    style = RELATION_STYLES[row.relation]
    note = f" ({i18n.text(ORIGIN_NOTES[row.origin])})" if row.origin in ORIGIN_NOTES else ""
    return (
        f"<b>{_escape(row.left_shown)}</b> ({i18n.text(row.left_polarity)}): \u201c{_escape(_clip(row.left_text))}\u201d<br>"
        f"<span style='color:{style.colour}'><b>{style.symbol} {style.label}</b>{_escape(note)}</span><br>"
        f"<b>{_escape(row.right_shown)}</b> ({i18n.text(row.right_polarity)}): \u201c{_escape(_clip(row.right_text))}\u201d<br>"
        f"<span style='color:#555'>{_escape(why_text(row.why))}</span>"
    )


def _clip(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
