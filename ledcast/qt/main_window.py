"""The main window: a sidebar of the operator's steps and one page per step."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ledcast import __version__
from ledcast.core.playout_settings import auto_playout_on
from ledcast.core.workspace import Workspace
from ledcast.qt import window_state
from ledcast.qt.events import WorkspaceEvents
from ledcast.qt.jobs import cancel_all
from ledcast.qt.main_menu import MainMenu

DEFAULT_SIZE = (1280, 720)  # inside 1366×728, the usable part of the commonest laptop screen

# page key → (module, class). A page is built the first time it is shown or asked for (the properties
# win.library_view …): the window appears without importing or loading the other nine.
PAGE_VIEWS: dict[str, tuple[str, str]] = {
    "plan": ("ledcast.qt.views.plan_view", "PlanView"),
    "library": ("ledcast.qt.views.library_view", "LibraryView"),
    "playlists": ("ledcast.qt.views.playlist_view", "PlaylistView"),
    "agenda": ("ledcast.qt.views.agenda_view", "AgendaView"),
    "outlets": ("ledcast.qt.views.outlets_view", "OutletsView"),
    "export": ("ledcast.qt.views.export_view", "ExportView"),
    "console": ("ledcast.qt.views.console_view", "ConsoleView"),
    "airings": ("ledcast.qt.views.airing_view", "AiringView"),
    "reports": ("ledcast.qt.views.report_view", "ReportView"),
    "settings": ("ledcast.qt.views.settings_view", "SettingsView"),
}


def _page_attribute(key: str) -> property:
    return property(lambda self: self.page(key), doc=f"The {key} page (built on first use).")


class MainWindow(QMainWindow):
    PAGES = tuple(PAGE_VIEWS)

    plan_view = _page_attribute("plan")
    library_view = _page_attribute("library")
    playlist_view = _page_attribute("playlists")
    agenda_view = _page_attribute("agenda")
    outlets_view = _page_attribute("outlets")
    export_view = _page_attribute("export")
    console_view = _page_attribute("console")
    airing_view = _page_attribute("airings")
    report_view = _page_attribute("reports")
    settings_view = _page_attribute("settings")

    def __init__(self, ws: Workspace, *, restore: bool = True) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(self.tr("ledcast – loudspeaker and screen programmes") + f" {__version__}")
        self.setAcceptDrops(True)

        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()

        # the pages tell each other what they changed through this one channel
        self.events = WorkspaceEvents(self)
        self._pages: dict[str, QWidget] = {}

        style = self.style()
        SP = QStyle.StandardPixmap
        labels = [
            (self.tr("Plan"), SP.SP_FileDialogDetailedView),
            (self.tr("Library"), SP.SP_DirIcon),
            (self.tr("Playlists"), SP.SP_MediaPlay),
            (self.tr("Agenda"), SP.SP_MediaSeekForward),
            (self.tr("Outlets"), SP.SP_ComputerIcon),
            (self.tr("Export"), SP.SP_DriveFDIcon),
            (self.tr("On air"), SP.SP_MediaVolume),
            (self.tr("Airing log"), SP.SP_FileDialogContentsView),
            (self.tr("Reports"), SP.SP_FileDialogInfoView),
            (self.tr("Settings"), SP.SP_DialogResetButton),
        ]
        for key, (label, icon) in zip(self.PAGES, labels, strict=True):
            item = QListWidgetItem(style.standardIcon(icon), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # the page's place until it is built
        self.menu = MainMenu(self, [label for label, _icon in labels])
        # as wide as the longest page name ("Chương trình phát"), no wider: the pages need the room
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 8)
        self.sidebar.currentRowChanged.connect(self._on_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        top = layout.contentsMargins()
        layout.setContentsMargins(top.left(), 4, top.right(), 2)  # the menu bar took some height: give it back
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # the last page, size and place; a first start: the plan, sized for the screen
        if not (restore and window_state.restore_window(self)):
            self._fit_to_screen()
        last = window_state.saved_page() if restore else ""
        self.sidebar.setCurrentRow(self.PAGES.index(last) if last in PAGE_VIEWS else 0)
        # a permanent widget: a passing message (an import's summary) never hides the workspace
        self.workspace_label = QLabel(self.tr("Workspace: %1").replace("%1", str(ws.root)))
        self.workspace_label.setToolTip(str(ws.root))
        self.statusBar().addPermanentWidget(self.workspace_label)
        if auto_playout_on(ws):  # automatic play-out left on resumes with the app (after a reboot)
            self.console_view.start_if_auto()

    def page(self, key: str) -> QWidget:
        """The page `key`, built (and put in its place in the stack) on first use."""
        page = self._pages.get(key)
        if page is not None:
            return page
        module, cls = PAGE_VIEWS[key]
        page = getattr(importlib.import_module(module), cls)(self.ws, events=self.events)
        self._pages[key] = page
        index = self.PAGES.index(key)
        holder, current = self.stack.widget(index), self.stack.currentWidget()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        self.stack.setCurrentWidget(page if current is holder else current)
        window_state.restore_splitters(key, page)
        self.menu.page_created(key, page)
        if key == "library":
            page.import_finished.connect(self._on_import)
        elif key == "agenda":
            page.open_playlist.connect(self.open_playlist)
        elif key == "playlists":  # files dropped on a playlist are imported on the library page first
            page.drops.import_requested.connect(self.import_dropped)
        return page

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def build_pages(self) -> None:
        """Every page built now (tests that look at all of them)."""
        for key in self.PAGES:
            self.page(key)

    def open_playlist(self, playlist_id: int) -> None:
        """The Playlists page showing this playlist (from an agenda row)."""
        self.show_page("playlists")
        self.playlist_view.select(playlist_id)

    def _fit_to_screen(self) -> None:
        """A 1366×768 laptop with a taskbar leaves about 1366×728: the default size fits that
        (and any smaller screen's available area)."""
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            width, height = min(width, avail.width()), min(height, avail.height())
        self.resize(width, height)

    def _on_page(self, row: int) -> None:
        key = self.PAGES[row]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.menu.page_shown(key)
        # a page reloads what other pages changed while it was hidden, and nothing else
        self.events.page_shown(page)

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self.PAGES.index(key))
        return self.page(key)

    def current_page_key(self) -> str:
        return self.PAGES[max(0, self.sidebar.currentRow())]

    def export_shortcut(self) -> None:
        """Ctrl+E: to the Export page; there, the Export button."""
        if self.current_page_key() == "export" and self.export_view.export_button.isEnabled():
            self.export_view.export_button.click()
        else:
            self.show_page("export")

    def show_about(self) -> None:
        from ledcast.qt.about_dialog import AboutDialog

        dlg = AboutDialog(self.ws.root, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def open_log_folder(self) -> None:
        from ledcast.qt.crash_dialog import open_log_folder

        if not open_log_folder():
            QMessageBox.information(self, self.tr("Log"), self.tr("No log file is written for this window."))

    def _on_import(self, report) -> None:  # type: ignore[no-untyped-def]
        self.statusBar().showMessage(self.library_view.summary_text(report)[0], 10000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_dropped(paths)

    def import_dropped(self, paths: list[str]) -> None:
        self.show_page("library")
        self.library_view.import_paths(paths)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        console = self._pages.get("console")
        on_air = console.on_air() if console is not None else []  # type: ignore[attr-defined]
        if on_air:
            answer = QMessageBox.question(
                self,
                self.tr("Close ledcast"),
                self.tr("Still on air: %1. Closing stops play-out (what has played is logged). Close?").replace(
                    "%1", ", ".join(on_air)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        window_state.save_window(self, self.current_page_key(), self._pages)
        if console is not None:
            console.shutdown()  # type: ignore[attr-defined]  # what is on air is logged as it qualifies
        cancel_all()  # every running job: imports, checks, exports
        if "library" in self._pages:
            self.library_view.preview.stop()
        super().closeEvent(event)
