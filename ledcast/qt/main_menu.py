"""The main window's menu bar: the main actions with their keyboard shortcuts, which the
pages' buttons also show in their tooltips ("Add files… (Ctrl+I)")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

if TYPE_CHECKING:
    from ledcast.qt.main_window import MainWindow

Key = QKeySequence.StandardKey


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def show_shortcut(button: QAbstractButton, action: QAction) -> None:
    """The button's tooltip names the action's shortcut."""
    tip = button.toolTip() or action.text().replace("&", "")
    button.setToolTip(f"{tip} ({shortcut_text(action)})")


class MainMenu(QObject):
    def __init__(self, win: MainWindow, page_labels: list[str]) -> None:
        super().__init__(win)
        self.win = win
        bar = win.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.import_files = self._add(
            file, self.tr("&Import media files…"), "Ctrl+I", lambda: self._on("library", "choose_files")
        )
        self.import_folder = self._add(
            file, self.tr("Import a &folder…"), "Ctrl+Shift+I", lambda: self._on("library", "choose_folder")
        )
        self.new_playlist = self._add(
            file, self.tr("&New playlist…"), Key.New, lambda: self._on("playlists", "new_playlist"), fallback="Ctrl+N"
        )
        self.export = self._add(file, self.tr("&Export…"), "Ctrl+E", win.export_shortcut)
        file.addSeparator()
        self.quit = self._add(file, self.tr("&Quit"), Key.Quit, win.close, fallback="Ctrl+Q")

        go = bar.addMenu(self.tr("&Go"))
        group = QActionGroup(self)
        self.pages: dict[str, QAction] = {}
        for i, (key, label) in enumerate(zip(win.PAGES, page_labels, strict=True)):
            action = self._add(go, label, f"Ctrl+{(i + 1) % 10}", lambda _=False, k=key: win.show_page(k))
            action.setCheckable(True)
            group.addAction(action)
            self.pages[key] = action

        help_ = bar.addMenu(self.tr("&Help"))
        self.open_log = self._add(help_, self.tr("Open the &log folder"), None, win.open_log_folder)
        self.about = self._add(help_, self.tr("&About ledcast…"), "F1", win.show_about)
        # the buttons that do what an action does show its shortcut
        self.buttons: dict[str, list[tuple[str, QAction]]] = {
            "library": [("add_files_button", self.import_files), ("add_folder_button", self.import_folder)],
            "playlists": [("new_button", self.new_playlist)],
            "export": [("export_button", self.export)],
        }

    def _add(
        self,
        menu: QMenu,
        text: str,
        key: str | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
        *,
        fallback: str = "",
    ) -> QAction:
        action = menu.addAction(text)
        if key is not None:
            sequence = QKeySequence(key)
            action.setShortcut(sequence if not sequence.isEmpty() else QKeySequence(fallback))  # Quit: none on Windows
        action.triggered.connect(slot)
        return action

    def _on(self, key: str, method: str) -> None:
        page = self.win.show_page(key)
        getattr(page, method)()

    def page_created(self, key: str, page: QWidget) -> None:
        for attr, action in self.buttons.get(key, []):
            show_shortcut(getattr(page, attr), action)

    def page_shown(self, key: str) -> None:
        self.pages[key].setChecked(True)
