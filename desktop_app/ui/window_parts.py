"""Pieces the main window is assembled from: service wiring, menus, the tool bar, import and drop
handling.

Kept apart from ``main_window`` so the window class stays a short assembler: the window makes its
parts (sidebar, chart, corrections, import controller, printing), this module connects them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QToolBar, QVBoxLayout, QWidget

from desktop_app.core.library import DocumentSummary

if TYPE_CHECKING:
    from desktop_app.core.importing import ImportOutcome
    from desktop_app.ui.import_controller import ImportController
    from desktop_app.ui.main_window import MainWindow


# -- services -----------------------------------------------------------------------------


def connect_import_controller(window: MainWindow, controller: ImportController) -> None:
    controller.documents_imported.connect(lambda outcomes, side: after_import(window, outcomes, side))
    controller.duplicate_selected.connect(lambda doc_id: window.library_pane.select_ids([doc_id]))


def connect_services(window: MainWindow) -> None:
    """Signals between the services and the views."""
    view = window.compare_view
    window.filter_state.criteria_changed.connect(view.set_criteria)
    view.set_criteria(window.filter_state.criteria)
    window.corrections.corrections_changed.connect(view.refresh_document)
    window.sidebar.actor_activated.connect(
        lambda key: [pane.scroll_to_next_quote(key) for pane in view.panes()]
    )
    # The print controller is made on the first of these (start-up time), hence the lambdas.
    a = window.actions
    a.print_.triggered.connect(lambda: window.print_controller.print_())
    a.print_preview.triggered.connect(lambda: window.print_controller.preview())
    a.export.triggered.connect(lambda: window.print_controller.export_dialog())


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
    """Background import through the import controller."""
    window.import_controller.import_paths(paths, side)


def after_import(window: MainWindow, outcomes: list[ImportOutcome], side: str | None) -> None:
    window.library_pane.refresh()
    imported = [o for o in outcomes if o.status == "imported"]
    duplicates = sum(1 for o in outcomes if o.status == "duplicate")
    errors = sum(1 for o in outcomes if o.status == "error")
    window.show_message(f"Imported {len(imported)}, duplicates {duplicates}, errors {errors}.")
    if imported:
        window.library_pane.select_ids([o.doc_id for o in imported])
    if side is not None:
        from desktop_app.ui.import_controller import first_document

        target = first_document(outcomes)  # a new document rather than one already in the library
        if target is not None:
            window.open_document(target, side)


def paste_clipboard(window: MainWindow) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not window.import_controller.import_mime(mime, None):
        window.show_message("The clipboard holds nothing to import.")


def install_drop_targets(window: MainWindow) -> None:
    """Drops anywhere on the window import; a drop on a pane also opens the document there.

    Called after the first paint (nothing can be dropped before), so the import controller is not
    made during start-up.
    """
    controller = window.import_controller
    controller.install_drop_target(window, None)
    for side in ("left", "right"):
        controller.install_drop_target(window.compare_view.pane(side), side)
