from tests.ui.test_drag_drop import *  # noqa
def test_dbg(qtbot, data_dir, tmp_path):
    import tests.ui.window_fixtures as wf
    window = wf.make_window(qtbot)
    orig = window.compare_view.open_document
    def spy(doc_id, side):
        print("OPEN", doc_id, side)
        orig(doc_id, side)
        print("AFTER", window.compare_view.pane(side).doc_id)
    window.compare_view.open_document = spy
    article = tmp_path / "a.txt"
    article.write_text("Ny artikel om Umeå\n\nVi bygger nytt, säger Åsa Öst.\n", encoding="utf-8")
    pane = window.compare_view.pane("right")
    pos = pane.mapTo(window, pane.rect().center())
    mime = _urls(article)
    QApplication.sendEvent(window, QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    with qtbot.waitSignal(window.import_controller.documents_imported, timeout=20000) as b:
        QApplication.sendEvent(window, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    print("END", window.compare_view.pane("right").doc_id)
    wf.close_window(window)
