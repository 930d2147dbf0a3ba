"""The library pane: a sortable table of documents with a full-text search box.

The pane owns its selection, its context menu and its keyboard handling; it reports what the user
asked for through signals (``open_requested``, ``compare_requested``) and the window decides. It
keeps its sort order between sessions (``save_state`` / ``restore_state``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import i18n
from desktop_app.core.library import DocumentSummary, Library
from desktop_app.core.library.listing import ListingFilter, facet_values
from desktop_app.core.settings import Settings
from desktop_app.ui.actions import Actions
from desktop_app.ui import translations
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.library_model import DOC_ID_ROLE, LibraryModel
from desktop_app.ui.library_proxy import LibraryFilterProxy
from desktop_app.ui.selection_ranges import drop_selection, replace_selection, row_runs

SEARCH_DEBOUNCE_MS = 180
FACETS = ("outlet", "genre", "language")
_TITLE_WIDTH_MAX = 240  # a long title is cut, not the other columns


class _LibraryTable(QTableView):
    """Enter opens the current row on the left, Shift+Enter on the right (also without shortcuts)."""

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._pane.request_open("right" if shift else "left")
            return
        super().keyPressEvent(event)

    def selectAll(self) -> None:  # noqa: N802 - Qt override
        """One range over every row and column: Qt's own selects (and repaints) row by row."""
        model = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        if rows and columns:
            replace_selection(self, QItemSelection(model.index(0, 0), model.index(rows - 1, columns - 1)),
                              self._pane._on_selection_changed)


class LibraryPane(QWidget):
    """Table of the library's documents, filtered by an FTS search as the user types."""

    open_requested = Signal(int, str)  # doc id, side
    compare_requested = Signal(int, int)  # left id, right id
    selection_changed = Signal(int)  # how many rows are selected (cheap: summed over ranges)

    def __init__(self, library: Library, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._library = library
        self._actions = actions
        self.model = LibraryModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search the library…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._schedule_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        # What the user types is looked up by a worker, on a connection of its own (ranking
        # thousands of matches takes the index a while); a newer search makes an older one moot.
        self._search_runner = JobRunner(self)
        self._search_serial = 0

        self.table = _LibraryTable(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)  # sized from the header and the first 200 rows
        # A highlighted header asks, on every selection change, whether each column is selected,
        # which Qt answers cell by cell: seconds for a big selection.
        header.setHighlightSections(False)
        self.table.verticalHeader().setHighlightSections(False)
        # Even so, each header section's paint asks whether its column (and its neighbours) are
        # wholly selected, and Qt answers row by row through the proxy: 10,000 selected rows cost
        # a second per paint. The headers get a selection model of their own that stays empty
        # (selecting from a header goes through the table's, with rows selected only anyway).
        for side_header in (header, self.table.verticalHeader()):
            side_header.setSelectionModel(QItemSelectionModel(self.proxy, side_header))
        self._sized = False
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Enter / Shift+Enter open the current row; only while the table has focus.
        self.table.addAction(actions.open_left)
        self.table.addAction(actions.open_right)
        self.addAction(actions.remove)
        self.addAction(actions.paste)
        actions.open_left.triggered.connect(lambda: self.request_open("left"))
        actions.open_right.triggered.connect(lambda: self.request_open("right"))
        actions.compare.triggered.connect(self.request_compare)
        actions.search_library.triggered.connect(self.focus_search)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")
        # The count never widens the pane: "3,334 of 10,002 documents" after a search would raise
        # the pane's minimum width, move the splitter and lay out both documents again (the
        # longest part of a search's stall). It wraps instead when the pane is narrow.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label.setWordWrap(True)

        # Filters by outlet, genre, language and date, under the full-text search: in two rows, so
        # the library can narrow on a small screen (ui/fit_layout.py) before the reading panes do.
        self.facet_boxes: dict[str, QComboBox] = {}
        labels = {"outlet": self.tr("All outlets"), "genre": self.tr("All genres"),
                  "language": self.tr("All languages")}
        for name in FACETS:
            box = QComboBox(self)
            box.setObjectName(f"libraryFilter_{name}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(2)
            box.addItem(labels[name], "")
            box.currentIndexChanged.connect(self._schedule_search)
            self.facet_boxes[name] = box
        self.date_from = QLineEdit(self)
        self.date_to = QLineEdit(self)
        for edit, tip in ((self.date_from, self.tr("from (YYYY, YYYY-MM or YYYY-MM-DD)")),
                          (self.date_to, self.tr("to (YYYY, YYYY-MM or YYYY-MM-DD)"))):
            edit.setPlaceholderText(tip.split(" ")[0])
            edit.setToolTip(tip)
            edit.setMinimumWidth(36)
            edit.setMaximumWidth(96)
            edit.textChanged.connect(self._schedule_search)
        boxes = [self.facet_boxes[name] for name in FACETS]
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        for row in (first_row, second_row):
            row.setSpacing(4)
        for box in boxes[:2]:
            first_row.addWidget(box, 1)
        for box in boxes[2:]:
            second_row.addWidget(box, 1)
        second_row.addWidget(self.date_from)
        second_row.addWidget(self.date_to)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search_box)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        # Tab in reading order: search, the filters, then the results (then on to the panes)
        chain = [self.search_box, *boxes, self.date_from, self.date_to, self.table]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # -- content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rows from the library, keeping the selection and the active search."""
        selected = self.selected_ids()
        self.model.set_documents(self._library.list_documents())
        self._fill_facets()
        if self.search_box.text().strip() or self.listing_filter().active:
            self.run_search()
        self.select_ids(selected)
        self._update_count()
        if not self._sized and self.model.rowCount():
            self.size_columns()

    def add_new_documents(self) -> int:
        """Show the documents stored since the table was filled (an import running meanwhile
        reports in batches); how many rows were added. A search or filter in force is applied."""
        new = self._library.list_documents(after_id=self.model.last_id())
        self.model.append_documents(new)
        if new and (self.search_box.text().strip() or self.listing_filter().active):
            self.run_search()
        self._update_count()
        return len(new)

    def show_documents(self, doc_ids: list[int]) -> None:
        """After an import: add the rows these documents lack in the table (the last batch, a copy
        brought back from the trash), reading only those rows, not the whole library again."""
        self.add_new_documents()
        missing = [doc_id for doc_id in doc_ids if self.model.row_of(doc_id) is None]
        if missing:
            self.restore_documents(missing)
        self._fill_facets()
        self._update_count()
        if not self._sized and self.model.rowCount():
            self.size_columns()

    def size_columns(self) -> None:
        """Columns as wide as their header and content (the title column within a bound)."""
        self._sized = True
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        header = self.table.horizontalHeader()
        if header.sectionSize(0) > _TITLE_WIDTH_MAX:
            header.resizeSection(0, _TITLE_WIDTH_MAX)

    def listing_filter(self) -> ListingFilter:
        """The outlet, genre, language and date filters as set in the boxes."""
        values = {name: str(box.currentData() or "") for name, box in self.facet_boxes.items()}
        return ListingFilter(date_from=self.date_from.text().strip(), date_to=self.date_to.text().strip(),
                             **values)

    def set_filter_value(self, name: str, value: str) -> None:
        """Choose ``value`` in the outlet, genre or language box ("" for all)."""
        box = self.facet_boxes[name]
        box.setCurrentIndex(max(0, box.findData(value)))

    def _fill_facets(self) -> None:
        documents = self.model.documents()
        for name, box in self.facet_boxes.items():
            current = box.currentData()
            values = facet_values(documents, name)
            if [box.itemData(i) for i in range(1, box.count())] == values:
                continue
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:  # a genre's code shown in the interface's language
                box.addItem(i18n.text(value) if name == "genre" else value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def restore_documents(self, doc_ids: list[int], rows: list[DocumentSummary] | None = None) -> None:
        """Put documents back from the trash in one model reset: ``rows`` as a worker read them,
        else only their rows are read from the library."""
        back = self._library.summaries(doc_ids) if rows is None else rows
        back = self.model.missing(back)
        if back:
            current = self.model.documents()
            if not current or current[-1].id < back[0].id:
                merged = current + back  # both in id order: no sort needed
            else:
                merged = sorted(current + back, key=lambda doc: doc.id)
            self.model.set_documents(merged)
            self._fill_facets()
            if self.search_box.text().strip() or self.listing_filter().active:
                self.run_search()
        self._update_count()

    def drop_documents(self, doc_ids: list[int]) -> None:
        """Take removed documents' rows out (no reload from the library)."""
        self.model.remove_ids(doc_ids)
        self._update_count()

    def refresh_document(self, doc_id: int) -> None:
        """Reload one row (its metadata changed), leaving the rest of the table alone."""
        try:
            self.model.update_document(self._library.summary(doc_id))
        except KeyError:  # removed meanwhile
            pass

    def run_search(self) -> None:
        """Filter the table to the documents the FTS index finds for the search box's text, now
        (typing runs the same search in the background: ``_search_in_background``)."""
        self._search_timer.stop()
        self._search_serial += 1  # a background search still running is moot
        query = self.search_box.text().strip()
        # titles, authors, outlet and text: the library's FTS index
        found = set(self._library.search(query, limit=self._search_limit())) if query else None
        self._apply_search(found)

    def _search_limit(self) -> int:
        return max(1000, self.model.rowCount())

    def _search_in_background(self) -> None:
        """The search box's text looked up in a worker; the table follows when it answers (if
        nothing was typed meanwhile). Without text only the filters apply, at once."""
        query = self.search_box.text().strip()
        if not query:
            self.run_search()
            return
        self._search_serial += 1
        serial, path, limit = self._search_serial, self._library.path, self._search_limit()
        self._search_runner.start(
            lambda _progress: search_ids(path, query, limit), label="search",
            done=lambda ids: self._on_searched(serial, query, ids),
            failed=lambda _reason: serial == self._search_serial and self.run_search())

    def _on_searched(self, serial: int, query: str, ids: list[int]) -> None:
        if serial != self._search_serial or query != self.search_box.text().strip():
            return  # typed on (or searched at once) meanwhile: that search is the one shown
        self._apply_search(set(ids))

    def _apply_search(self, found: set[int] | None) -> None:
        """Show the rows the search ``found`` (None: no search) that pass the filters.

        The selection is taken off before the filter changes and put back as row ranges after it:
        a filter change under thousands of selected rows would otherwise move each one alone.
        """
        allowed = found
        listing = self.listing_filter()
        if listing.active:
            passing = listing.ids(self.model.documents())
            allowed = passing if allowed is None else allowed & passing
        if (None if allowed is None else frozenset(allowed)) != self.proxy.allowed_ids():
            selection_model = self.table.selectionModel()
            selected = self.selected_ids() if selection_model.hasSelection() else []
            current = self.table.currentIndex()
            current_id = int(current.data(DOC_ID_ROLE)) if current.isValid() else None
            dropped = drop_selection(self.table)  # quietly: listeners hear of the new one below
            self.proxy.set_allowed_ids(allowed)  # one reset of the table's rows
            if selected:
                self.select_ids(selected, scroll=False)  # tells the listeners when it selects
            if dropped and not selection_model.hasSelection():  # none of those rows is shown now
                self._on_selection_changed()
            elif current_id is not None:  # the current row stays current while it is shown
                row = self.model.row_of(current_id)
                index = self.proxy.mapFromSource(self.model.index(row, current.column())) if row is not None else None
                if index is not None and index.isValid():
                    selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_count()

    def shutdown(self, msecs: int = 3000) -> None:
        """The window is closing: a search still running is dropped."""
        self._search_runner.shutdown(msecs)

    def _schedule_search(self) -> None:
        self._search_timer.start()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("1 document") if total == 1 else self.tr("{total} documents")
        else:
            text = self.tr("{shown} of 1 document") if total == 1 else self.tr("{shown} of {total} documents")
        self.count_label.setText(text.format(shown=translations.number(shown), total=translations.number(total)))

    # -- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Selected document ids, in the order they appear in the table.

        Range by range through the proxy's known order (``source_rows``): asking Qt to map each
        selected row costs a call into the model per row.
        """
        selection = self.table.selectionModel().selection()
        if selection.isEmpty():
            return []
        spans = sorted((r.top(), r.bottom()) for r in selection)
        proxy, model = self.proxy, self.model
        if proxy.sortColumn() < 0 and proxy.allowed_ids() is None:  # the table's rows are the model's
            rows: list[int] | range = range(model.rowCount())
        else:
            rows = proxy.source_rows()
        picked: list[int] = []
        end = -1  # ranges may overlap: each row once
        for top, bottom in spans:
            top = max(top, end + 1)
            if top <= bottom:
                picked.extend(rows[top:bottom + 1])
                end = bottom
        return model.ids_at(picked)  # one call for all the rows

    def selected_count(self) -> int:
        """How many rows are selected, summed over the selection's ranges (not row by row)."""
        return sum(r.height() for r in self.table.selectionModel().selection())

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            ids = self.selected_ids()
            return ids[0] if ids else None
        return int(index.data(DOC_ID_ROLE))

    def select_ids(self, ids: list[int], *, scroll: bool = True) -> None:
        """Select these documents (those shown) in one step, as few ranges of adjacent rows as
        can be: one when they are all the rows shown; the sort and filter mapped by the proxy."""
        selection_model = self.table.selectionModel()
        model, proxy = self.model, self.proxy
        wanted_rows = set(model.rows_of(ids))  # the rows of those in the table, each once
        wanted = set(model.ids_at(wanted_rows))
        allowed = proxy.allowed_ids()
        shown = proxy.rowCount()
        if wanted and len(wanted & allowed if allowed is not None else wanted) == shown:
            proxy_rows: list[int] = list(range(shown))  # every row shown: one range
        elif proxy.sortColumn() < 0 and allowed is None:  # the table's rows are the model's
            proxy_rows = sorted(wanted_rows)
        else:  # through the proxy's order, known here: no call into Qt per row
            positions = proxy.proxy_positions()
            proxy_rows = sorted(p for p in map(positions.__getitem__, wanted_rows) if p >= 0)
        selection = proxy.row_selection(row_runs(proxy_rows))
        # The ranges span every column already: the Rows flag would expand them row by row.
        # A big selection's listeners are told its size as counted here, not range by range.
        replace_selection(self.table, selection, lambda: self.selection_changed.emit(len(proxy_rows)))
        first_id = next((doc_id for doc_id in ids if doc_id in wanted), None)
        first = proxy.mapFromSource(model.index(model.row_of(first_id), 0)) if first_id is not None else None
        if first is not None and first.isValid():
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.table.scrollTo(first)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_count())

    # -- user requests ----------------------------------------------------------------------

    def request_open(self, side: str) -> None:
        doc_id = self.current_id()
        if doc_id is not None:
            self.open_requested.emit(doc_id, side)

    def request_compare(self) -> bool:
        """Compare the first two selected rows (or one row with itself); False if none selected."""
        ids = self.selected_ids()
        if not ids:
            return False
        self.compare_requested.emit(ids[0], ids[1] if len(ids) > 1 else ids[0])
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(DOC_ID_ROLE)), "left")

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_ids([int(index.data(DOC_ID_ROLE))])
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self._actions.open_left)
        menu.addAction(self._actions.open_right)
        menu.addAction(self._actions.compare)
        menu.addSeparator()
        menu.addAction(self._actions.remove)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- state between sessions -------------------------------------------------------------

    def save_state(self, settings: Settings) -> None:
        """The sort column and order into ``settings`` (column -1: the library's own order)."""
        header = self.table.horizontalHeader()
        settings.library_sort = [header.sortIndicatorSection(), header.sortIndicatorOrder().value]

    def restore_state(self, settings: Settings) -> None:
        column, order = (settings.library_sort + [-1, 0])[:2]
        if 0 <= column < self.model.columnCount() and order in (0, 1):
            self.table.sortByColumn(column, Qt.SortOrder(order))


def search_ids(library_path: Path, query: str, limit: int) -> list[int]:
    """In a worker: the library's FTS search on a read-only connection of its own."""
    library = Library(library_path, read_only=True)
    try:
        return library.search(query, limit=limit)
    finally:
        library.close()
