"""Every page of the main window, in English, shows no Vietnamese; in Vietnamese, no English.

The window is built for each language (translators installed or not, LEDCAST_LANG set for
the labels of ledcast.core), each page shown and each of its tabs opened so that what a
page builds lazily exists, and every visible string is read (tests/qt/chrome.py). The
workspace's own data is ASCII (the default plan's Vietnamese titles without accents), so
whatever Vietnamese the English window shows comes from the code.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QTabWidget

from ledcast.core import plan as plan_mod
from ledcast.qt.main_window import MainWindow

from .chrome import in_english_but_vietnamese, in_vietnamese_but_english, report, visible_texts


def ascii_text(value: Any) -> Any:
    """Vietnamese written without accents ("Kế hoạch" -> "Ke hoach"), in any nesting."""
    if isinstance(value, str):
        value = value.replace("đ", "d").replace("Đ", "D")
        return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    if isinstance(value, dict):
        return {k: ascii_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [ascii_text(v) for v in value]
    return value


def fill_ascii_workspace(ws, media_files) -> None:  # type: ignore[no-untyped-def]
    """A unit, both outlets, three media (one approved), a playlist of each kind: rows in
    every table, all of them ASCII."""
    from ledcast.core import library
    from ledcast.core import playlist as pl
    from ledcast.core.outlets import add_outlet
    from ledcast.core.units import set_self_unit

    plan_mod.import_plan(ws, ascii_text(plan_mod.plan_to_dict(plan_mod.get_plan(ws))))
    set_self_unit(ws, "XA-TC", "Xa Tan Cuong")
    add_outlet(ws, "Loa trung tam", "speaker")
    add_outlet(ws, "Man hinh cho", "screen", size=(384, 192))
    added = library.import_files(ws, media_files.good, task_codes=["NV1"]).added
    for i, media in enumerate(added):
        library.rename_media(ws, media.id, f"Ban tin {i + 1}")
    library.set_approval(ws, [added[0].id], "approved", by="Nguyen Van A")
    pl.create_playlist(ws, "Phat thanh sang", "speaker", outlet="Loa trung tam")
    pl.add_items(ws, "Phat thanh sang", [m.id for m in added if m.kind != "image"])
    pl.create_playlist(ws, "Man hinh cho", "screen", outlet="Man hinh cho")


def every_page_text(win: MainWindow) -> list[tuple[str, str]]:
    """The window's strings with each page shown, the first and last row of each of its lists selected
    and each of its tabs opened once."""
    texts: list[tuple[str, str]] = []
    win.show()
    for key in MainWindow.PAGES:
        win.show_page(key)
        QApplication.processEvents()
        page = win.stack.currentWidget()
        for view in page.findChildren(QAbstractItemView):  # the first, then the last row selected: its details show
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0:
                for row in (0, model.rowCount() - 1):
                    view.setCurrentIndex(model.index(row, 0))
                    QApplication.processEvents()
                    texts += visible_texts(win)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                texts += visible_texts(win)
        texts += visible_texts(win)
    return texts


@pytest.fixture
def ascii_workspace(workspace, media_files):  # type: ignore[no-untyped-def]
    fill_ascii_workspace(workspace, media_files)
    return workspace


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_every_page_shows_only_its_language(qtbot, ascii_workspace, language, messages) -> None:
    win = MainWindow(ascii_workspace)
    qtbot.addWidget(win)
    texts = every_page_text(win)
    assert len({t for _, t in texts}) > 300  # the walk reached the pages, not the sidebar alone
    check = in_english_but_vietnamese if language == "en" else in_vietnamese_but_english
    bad = check(texts)
    assert not bad, report(bad, language)
    assert not messages  # no page complained while being shown


def test_the_checks_catch_a_planted_string(qtbot) -> None:
    """A label the code forgot to translate is reported in either language."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    w = QWidget()
    qtbot.addWidget(w)
    layout = QVBoxLayout(w)
    layout.addWidget(QLabel("Xuất danh sách"))
    layout.addWidget(QPushButton("&Export"))  # a catalogue source (MainWindow: Export)
    layout.addWidget(QLabel("Choose the folder for the files"))  # in no catalogue
    layout.addWidget(QLabel("MP3"))
    en = in_english_but_vietnamese(visible_texts(w))
    vi = in_vietnamese_but_english(visible_texts(w))
    assert [t for _, t in en] == ["Xuất danh sách"]
    assert sorted(t for _, t in vi) == ["&Export", "Choose the folder for the files"]


@pytest.fixture
def boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Title and text of each message box a page raises; questions are answered No."""
    seen: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def fn(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.extend([(f"{kind} title", title), (f"{kind} text", text)])
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok

        return fn

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return seen


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_message_boxes_of_pages_show_only_their_language(qtbot, ascii_workspace, language, boxes) -> None:
    """The refusals and questions an operator meets most: a bad target, removing media or an
    outlet that playlists use, a unit without a code. Message boxes behind file dialogs, jobs
    and play-out are checked in the source only (tests/qt/test_dialog_translations.py)."""
    from ledcast.core import library

    win = MainWindow(ascii_workspace)
    qtbot.addWidget(win)
    win.show()
    win.plan_view.targets_table.item(0, 2).setText("abc")  # not a number
    win.show_page("library")
    media = {m.title: m.id for m in library.list_media(ascii_workspace)}
    win.library_view._select_ids({media["Ban tin 1"]})  # in a playlist: refused
    win.library_view.remove_selected()
    win.library_view._select_ids({media["Ban tin 1"], media["Ban tin 2"]})  # one kept: asked
    win.library_view.remove_selected()
    win.show_page("outlets")
    win.outlets_view.table.selectRow(1)  # Loa trung tam, a playlist's outlet: asked
    win.outlets_view.remove_outlet()
    win.show_page("settings")
    win.settings_view.unit_code.setText("")
    win.settings_view._save_unit()
    assert len(boxes) == 2 * 5, boxes
    check = in_english_but_vietnamese if language == "en" else in_vietnamese_but_english
    bad = check(boxes)
    assert not bad, report(bad, language)
