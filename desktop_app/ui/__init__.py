"""The Qt user interface: the main window, the library pane, the comparison panes and their marks."""
