"""Every QAction of the window, built in one place with its shortcut, icon and status tip, and the
menus and the tool bar that show them.

Menus, the toolbar and context menus reuse these objects, so a shortcut or an enabled state is
defined once. The window connects ``triggered`` to its slots; nothing here knows what they do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop_app.paths import RESOURCES_DIR
from desktop_app.ui import translations
from desktop_app.ui.translations import translate

ICONS_DIR = RESOURCES_DIR / "icons"

_Shortcut = QKeySequence.StandardKey | str | None


def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon when the file is missing)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def make_action(
    parent: QObject,
    text: str,
    *,
    shortcut: _Shortcut = None,
    icon_name: str | None = None,
    tip: str = "",
    checkable: bool = False,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """One action with the house conventions: standard key sequences where Qt has one."""
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    action.setShortcutContext(context)
    return action


class Actions(QObject):
    """The window's actions, grouped by menu (a QObject for ``tr``: its strings' context is "Actions")."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        sk = QKeySequence.StandardKey
        a = make_action
        # File
        self.import_files = a(parent, self.tr("&Import…"), shortcut=sk.Open, icon_name="import",
                              tip=self.tr("Import files into the library"))
        self.import_folder = a(parent, self.tr("Import &Folder…"), icon_name="import",
                               tip=self.tr("Import every supported file in a folder and its subfolders"))
        self.paste = a(parent, self.tr("&Paste as New Document"), shortcut=sk.Paste, icon_name="paste",
                       tip=self.tr("Add the text on the clipboard to the library"),
                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove = a(parent, self.tr("&Remove from Library"), shortcut=sk.Delete, icon_name="remove",
                        tip=self.tr("Remove the selected documents (Edit > Undo brings them back)"),
                        context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_ = a(parent, self.tr("&Print…"), shortcut=sk.Print, icon_name="print",
                        tip=self.tr("Print the comparison"))
        self.print_preview = a(parent, self.tr("Print Pre&view…"), tip=self.tr("Preview the printed comparison"))
        self.export = a(parent, self.tr("&Export…"), shortcut="Ctrl+E", icon_name="export",
                        tip=self.tr("Export the comparison as PDF, HTML, PNG, CSV or JSON"))
        self.quit = a(parent, self.tr("&Quit"), shortcut=sk.Quit, icon_name="quit", tip=self.tr("Quit Viewpoints"))
        # Edit
        self.undo = undo_stack.createUndoAction(parent, self.tr("&Undo"))
        self.undo.setShortcuts(sk.Undo)
        self.undo.setIcon(icon("undo"))
        self.undo.setStatusTip(self.tr("Undo the last removal or correction"))
        self.redo = undo_stack.createRedoAction(parent, self.tr("&Redo"))
        # The platform's redo keys, plus Ctrl+Shift+Z where the platform lacks it (a key listed twice
        # makes Qt report an ambiguous shortcut and do nothing).
        redo_keys = list(QKeySequence.keyBindings(sk.Redo))
        for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):  # Ctrl+Y: the Windows/Linux habit, on every platform
            if QKeySequence(keys) not in redo_keys:
                redo_keys.insert(0, QKeySequence(keys))
        self.redo.setShortcuts(redo_keys)
        self.redo.setIcon(icon("redo"))
        self.redo.setStatusTip(self.tr("Redo what was undone"))
        self.find = a(parent, self.tr("&Find…"), shortcut=sk.Find, icon_name="find",
                      tip=self.tr("Find text in both documents"))
        self.find_next = a(parent, self.tr("Find &Next"), shortcut=sk.FindNext,
                           tip=self.tr("Go to the next match"))
        self.find_previous = a(parent, self.tr("Find Pre&vious"), shortcut=sk.FindPrevious,
                               tip=self.tr("Go to the previous match"))
        # Library / comparison
        self.open_left = a(parent, self.tr("Open &Left"), shortcut="Return", icon_name="open-left",
                           tip=self.tr("Show the selected document in the left pane"),
                           context=Qt.ShortcutContext.WidgetShortcut)
        self.open_right = a(parent, self.tr("Open &Right"), shortcut="Shift+Return", icon_name="open-right",
                            tip=self.tr("Show the selected document in the right pane"),
                            context=Qt.ShortcutContext.WidgetShortcut)
        self.compare = a(parent, self.tr("&Compare"), shortcut="Ctrl+Return", icon_name="compare",
                         tip=self.tr("Compare the two selected documents side by side"))
        self.swap = a(parent, self.tr("&Swap Panes"), shortcut="Ctrl+Shift+S", icon_name="swap",
                      tip=self.tr("Exchange the left and right documents"))
        self.search_library = a(parent, self.tr("Search &Library"), shortcut="Ctrl+L",
                                tip=self.tr("Search titles and texts of the library"))
        # View
        self.next_pane = a(parent, self.tr("Ne&xt Pane"), shortcut="Ctrl+Tab",
                           tip=self.tr("Move the keyboard focus to the next part of the window"))
        self.previous_pane = a(parent, self.tr("Pre&vious Pane"),
                               tip=self.tr("Move the keyboard focus to the previous part of the window"))
        # Shift+Tab arrives as Backtab from a real keyboard, as Shift+Tab from some input methods.
        self.previous_pane.setShortcuts([QKeySequence("Ctrl+Shift+Backtab"), QKeySequence("Ctrl+Shift+Tab")])
        self.sync_scroll = a(parent, self.tr("S&ynchronized Scrolling"), icon_name="sync-scroll",
                             tip=self.tr("Scroll both documents together"), checkable=True)
        self.zoom_in = a(parent, self.tr("Zoom &In"), shortcut=sk.ZoomIn, icon_name="zoom-in",
                         tip=self.tr("Larger text in both panes"))
        self.zoom_out = a(parent, self.tr("Zoom &Out"), shortcut=sk.ZoomOut, icon_name="zoom-out",
                          tip=self.tr("Smaller text in both panes"))
        self.zoom_reset = a(parent, self.tr("&Actual Size"), shortcut="Ctrl+0",
                            tip=self.tr("Default text size"))
        # Viewpoints: corrections of the links between the two texts (the Viewpoints dock)
        self.link_passages = a(parent, self.tr("&Link These Passages…"), shortcut="Ctrl+Shift+L",
                               tip=self.tr("Link the text selected in the left pane to the text selected in "
                                           "the right one"))
        self.remove_link = a(parent, self.tr("&Remove Link"), shortcut=sk.Delete, icon_name="remove",
                             tip=self.tr("The selected link is wrong: remove it (Edit > Undo brings it back)"),
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_agree = a(parent, self.tr("Mark as &Agree (=)"), tip=self.tr("The two passages agree"),
                            checkable=True)
        self.mark_disagree = a(parent, self.tr("Mark as &Disagree (≠)"), tip=self.tr("The two passages disagree"),
                               checkable=True)
        self.mark_related = a(parent, self.tr("Mark as Related (~)"),
                              tip=self.tr("The two passages are about the same question, "
                                          "neither agreeing nor disagreeing"), checkable=True)
        # Library upkeep: the trash, the corrections log, a document's metadata, an actor everywhere
        self.show_trash = a(parent, self.tr("&Trash…"),
                            tip=self.tr("Documents removed in the last 30 days: restore them or empty the trash"))
        self.show_corrections = a(parent, self.tr("&Corrections…"),
                                  tip=self.tr("Every correction you made: revert one, "
                                              "show hidden actors, reset a document to the automatic analysis"))
        self.edit_metadata = a(parent, self.tr("Edit &Metadata…"), shortcut="F2",
                               tip=self.tr("Change the title, authors, outlet, date, genre or language of the document"),
                               context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Help
        self.user_guide = a(parent, self.tr("&User Guide"), shortcut=sk.HelpContents, icon_name="about",
                            tip=self.tr("What the marks mean, the keys, and how corrections work"))
        self.whats_this = a(parent, self.tr("&What's This?"), shortcut=sk.WhatsThis,
                            tip=self.tr("Click a mark or a control to have it explained"))
        self.about = a(parent, self.tr("&About Viewpoints"), icon_name="about",
                       tip=self.tr("What Viewpoints is and which version this is"))
        self.about_qt = a(parent, self.tr("About &Qt"), tip=self.tr("The Qt version this build uses"))
        # View > Language: one checked choice, kept in the settings, applied at the next start
        self.language_group = QActionGroup(parent)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for code, name in translations.CHOICES:
            shown = translate("Language", name) if code == translations.SYSTEM else name
            action = a(parent, shown, checkable=True,
                       tip=self.tr("The language of the menus and labels (from the next start)"))
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def all_actions(self) -> list[QAction]:
        """Every action, in the order they are made (menu order): the user guide lists their keys."""
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def comparison_actions(self) -> list[QAction]:
        """Actions that need an open comparison (enabled by the window)."""
        return [self.print_, self.print_preview, self.export, self.swap]


# -- menus and tool bar -------------------------------------------------------------------

def _fill(target: QMenu | QToolBar, actions: Sequence[QAction | None]) -> None:
    """Add ``actions`` in order; ``None`` is a separator."""
    for action in actions:
        target.addSeparator() if action is None else target.addAction(action)


def build_menus(window: QMainWindow, a: Actions, panel_toggles: Sequence[QAction] = ()) -> None:
    """File, Edit, View and Help; ``panel_toggles`` (the docks' show/hide actions) end the View menu."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.setObjectName("fileMenu")  # found by name in any language (``add_library_menu_items``)
    _fill(file_menu, (a.import_files, a.import_folder, a.paste, None, a.remove, None, a.print_, a.print_preview,
                      a.export, None, a.quit))
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.setObjectName("editMenu")
    _fill(edit_menu, (a.undo, a.redo, None, a.find, a.find_next, a.find_previous, None, a.search_library))
    view = bar.addMenu(translate("Menus", "&View"))
    _fill(view, (a.open_left, a.open_right, a.compare, a.swap, None, a.next_pane, a.previous_pane, None,
                 a.sync_scroll, a.zoom_in, a.zoom_out, a.zoom_reset, None, *panel_toggles, None))
    language = view.addMenu(translate("Menus", "&Language"))
    language.setObjectName("languageMenu")
    _fill(language, list(a.languages.values()))
    _fill(bar.addMenu(translate("Menus", "&Help")), (a.user_guide, a.whats_this, None, a.about, a.about_qt))


def add_viewpoints_menu(window: QMainWindow, a: Actions) -> QMenu:
    """The Viewpoints menu, before Help: the corrections of the links between the two texts."""
    bar = window.menuBar()
    menu = QMenu(translate("Menus", "V&iewpoints"), bar)
    _fill(menu, (a.link_passages, None, a.mark_agree, a.mark_disagree, a.mark_related, None, a.remove_link))
    help_menu = bar.actions()[-1] if bar.actions() else None
    bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)
    return menu


def build_tool_bar(window: QMainWindow, a: Actions) -> QToolBar:
    """The one tool bar: the commands used most, from the same actions as the menus."""
    tool_bar = window.addToolBar(translate("Menus", "Main"))
    tool_bar.setObjectName("mainToolBar")
    tool_bar.setMovable(False)
    _fill(tool_bar, (a.import_files, a.remove, None, a.open_left, a.open_right, a.compare, a.swap,
                     a.sync_scroll, None, a.zoom_out, a.zoom_in, a.find, None, a.print_, a.export))
    return tool_bar


def add_library_menu_items(window: QMainWindow, a: Actions) -> None:
    """Trash and Corrections in the File menu (before Print), Edit Metadata in the Edit menu."""
    menus = {m.menu().objectName(): m.menu() for m in window.menuBar().actions() if m.menu()}
    file_menu, edit_menu = menus.get("fileMenu"), menus.get("editMenu")
    if file_menu is not None:
        file_menu.insertActions(a.print_, [a.show_trash, a.show_corrections])
        file_menu.insertSeparator(a.print_)
    if edit_menu is not None:
        edit_menu.addSeparator()
        edit_menu.addAction(a.edit_metadata)
