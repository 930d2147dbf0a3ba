"""Pieces the main window is assembled from: services made by other modules, menus, the tool bar,
import and drop handling.

Kept apart from ``main_window`` so the window class stays a short assembler. Services written in
their own modules (sidebar, chart, import controller, printing) are created here; should one fail
to load, the window still opens without it and says so in the status bar.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, QPoint
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import DocumentSummary, Library

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

_load_errors: list[str] = []


def _optional(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name)
    except Exception as exc:  # noqa: BLE001 - a missing part must not stop the window
        _load_errors.append(f"{module}.{name}: {exc}".splitlines()[0])
        return None


def load_errors() -> list[str]:
    return list(_load_errors)


# -- services -----------------------------------------------------------------------------


def make_filter_state(parent: QObject) -> Any:
    cls = _optional("desktop_app.ui.filter_state", "FilterState")
    return cls(parent=parent) if cls is not None else None


def make_corrections(library: Library, undo_stack: QUndoStack, parent: QObject) -> Any:
    cls = _optional("desktop_app.ui.corrections", "CorrectionService")
    return cls(library, undo_stack, parent) if cls is not None else None


def make_sidebar(filter_state: Any, corrections: Any, parent: QWidget) -> QWidget | None:
    cls = _optional("desktop_app.ui.filter_sidebar", "FilterSidebar")
    if cls is None or filter_state is None or corrections is None:
        return None
    return cls(filter_state, corrections, parent)


def make_chart(filter_state: Any, parent: QWidget) -> QWidget | None:
    cls = _optional("desktop_app.ui.mentions_chart", "MentionsChart")
    if cls is None or filter_state is None:
        return None
    return cls(filter_state, parent)


def make_import_controller(library_path: Path, parent: QWidget) -> Any:
    cls = _optional("desktop_app.ui.import_controller", "ImportController")
    return cls(library_path, parent) if cls is not None else None


def make_print_controller(parent: QWidget, provider: Callable[[], tuple[Any, Any]]) -> Any:
    cls = _optional("desktop_app.ui.printing", "PrintController")
    return cls(parent, provider) if cls is not None else None


def module_available(module: str) -> bool:
    """Whether a module can be found, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def connect_import_controller(window: MainWindow) -> None:
    controller = window._import_controller
    if controller is not None:
        controller.documents_imported.connect(
            lambda outcomes, side: after_import(window, outcomes, side)
        )
        if hasattr(controller, "duplicate_selected"):
            controller.duplicate_selected.connect(lambda doc_id: window.library_pane.select_ids([doc_id]))


def _call_printing(window: MainWindow, method: str) -> None:
    controller = window.print_controller
    if controller is None:
        window.show_message("Printing is not available: " + "; ".join(_load_errors))
        return
    getattr(controller, method)()


def criteria_of(window: MainWindow) -> FilterCriteria:
    state = window.filter_state
    return state.criteria if state is not None else FilterCriteria()


def connect_services(window: MainWindow) -> None:
    """Signals between the services and the views."""
    view = window.compare_view
    if window.filter_state is not None:
        window.filter_state.criteria_changed.connect(view.set_criteria)
        view.set_criteria(window.filter_state.criteria)
    if window.corrections is not None:
        window.corrections.corrections_changed.connect(view.refresh_document)
    if window.sidebar is not None and hasattr(window.sidebar, "actor_activated"):
        window.sidebar.actor_activated.connect(
            lambda key: [pane.scroll_to_next_quote(key) for pane in view.panes()]
        )
    for action, method in (
        (window.actions.print_, "print_"),
        (window.actions.print_preview, "preview"),
        (window.actions.export, "export_dialog"),
    ):
        action.triggered.connect(lambda _checked=False, m=method: _call_printing(window, m))
    if _load_errors:
        window.show_message("Some parts could not be loaded: " + "; ".join(_load_errors), 15000)


# -- menus and tool bar -------------------------------------------------------------------


def build_menus(window: MainWindow) -> None:
    a = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for action in (a.import_files, a.import_folder, a.paste, None, a.remove, None,
                   a.print_, a.print_preview, a.export, None, a.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu("&Edit")
    for action in (a.undo, a.redo, None, a.find, a.find_next, a.find_previous, None, a.search_library):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = bar.addMenu("&View")
    for action in (a.open_left, a.open_right, a.compare, a.swap, None, a.sync_scroll,
                   a.zoom_in, a.zoom_out, a.zoom_reset, None):
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    view_menu.addAction(window.sidebar_dock.toggleViewAction())
    view_menu.addAction(window.chart_dock.toggleViewAction())
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.about)
    help_menu.addAction(a.about_qt)


def build_tool_bar(window: MainWindow) -> QToolBar:
    a = window.actions
    tool_bar = window.addToolBar("Main")
    tool_bar.setObjectName("mainToolBar")
    tool_bar.setMovable(False)
    for action in (a.import_files, a.remove, None, a.open_left, a.open_right, a.compare, a.swap,
                   a.sync_scroll, None, a.zoom_out, a.zoom_in, a.find, None, a.print_, a.export):
        tool_bar.addSeparator() if action is None else tool_bar.addAction(action)
    return tool_bar


def stack_vertically(container: QWidget, *widgets: QWidget) -> None:
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)


# -- first start --------------------------------------------------------------------------


def first_start_documents(documents: list[DocumentSummary]) -> dict[str, int | None]:
    """What to show when nothing was open before: the first two documents side by side."""
    ids = [d.id for d in documents[:2]]
    return {"left": ids[0] if ids else None, "right": ids[1] if len(ids) > 1 else None}


# -- importing ----------------------------------------------------------------------------


def ask_import_files(window: MainWindow) -> None:
    from desktop_app.core.importers import supported_extensions

    patterns = " ".join(f"*{ext}" for ext in supported_extensions())
    names, _ = QFileDialog.getOpenFileNames(
        window, "Import Documents", "", f"Documents ({patterns});;All files (*)"
    )
    if names:
        window.import_paths([Path(n) for n in names])


def ask_import_folder(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(window, "Import a Folder")
    if folder:
        window.import_paths([Path(folder)])


def import_paths(window: MainWindow, paths: list[Path], side: str | None) -> None:
    """Background import through the import controller, or in place when it is missing."""
    if window.import_controller is not None:
        window.import_controller.import_paths(paths, side)
        return
    from desktop_app.core.importing import import_paths as run_import

    outcomes = run_import(window.library, paths)
    after_import(window, outcomes, side)
    errors = [o for o in outcomes if o.status == "error"]
    if errors:
        QMessageBox.warning(window, "Import", "\n".join(f"{o.path}: {o.message}" for o in errors[:20]))


def after_import(window: MainWindow, outcomes: list, side: str | None) -> None:
    window.library_pane.refresh()
    imported = [o for o in outcomes if o.status == "imported"]
    duplicates = sum(1 for o in outcomes if o.status == "duplicate")
    errors = sum(1 for o in outcomes if o.status == "error")
    window.show_message(f"Imported {len(imported)}, duplicates {duplicates}, errors {errors}.")
    if imported:
        window.library_pane.select_ids([o.doc_id for o in imported])
    target = next((o.doc_id for o in outcomes if o.doc_id is not None and o.status != "error"), None)
    if side is not None and target is not None:
        window.open_document(target, side)


def paste_clipboard(window: MainWindow) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not drop_mime(window, mime, None):
        window.show_message("The clipboard holds nothing to import.")


def can_accept_drop(window: MainWindow, mime: QMimeData) -> bool:
    controller = window.import_controller
    if controller is None:
        return mime.hasUrls() and all(url.isLocalFile() for url in mime.urls())
    ok, reason = controller.can_accept(mime)
    if not ok and reason:
        window.show_message(reason)
    return ok


def drop_mime(window: MainWindow, mime: QMimeData, side: str | None) -> bool:
    controller = window.import_controller
    if controller is not None:
        return bool(controller.import_mime(mime, side))
    if mime.hasUrls() and all(url.isLocalFile() for url in mime.urls()):
        window.import_paths([Path(url.toLocalFile()) for url in mime.urls()], side)
        return True
    return False


def side_at(window: MainWindow, pos: QPoint) -> str | None:
    """Which pane (if any) is under a point of the window: drops there open in that pane."""
    widget = window.childAt(pos)
    while widget is not None:
        for side in ("left", "right"):
            if widget is window.compare_view.pane(side):
                return side
        widget = widget.parentWidget()
    return None
