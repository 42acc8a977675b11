"""The main window: a sidebar of the operator's steps and one page per step."""

from __future__ import annotations

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
from ledcast.core.workspace import Workspace
from ledcast.qt.events import WorkspaceEvents
from ledcast.qt.jobs import cancel_all
from ledcast.qt.views.agenda_view import AgendaView
from ledcast.qt.views.airing_view import AiringView
from ledcast.qt.views.console_view import ConsoleView
from ledcast.qt.views.export_view import ExportView
from ledcast.qt.views.library_view import LibraryView
from ledcast.qt.views.outlets_view import OutletsView
from ledcast.qt.views.plan_view import PlanView
from ledcast.qt.views.playlist_view import PlaylistView
from ledcast.qt.views.report_view import ReportView
from ledcast.qt.views.settings_view import SettingsView

DEFAULT_SIZE = (1280, 720)  # inside 1366×728, the usable part of the commonest laptop screen


class MainWindow(QMainWindow):
    PAGES = (
        "plan",
        "library",
        "playlists",
        "agenda",
        "outlets",
        "export",
        "console",
        "airings",
        "reports",
        "settings",
    )

    def __init__(self, ws: Workspace) -> None:
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
        self.events = events = WorkspaceEvents(self)
        self.plan_view = PlanView(ws, events=events)
        self.library_view = LibraryView(ws, events=events)
        self.settings_view = SettingsView(ws, events=events)
        self.playlist_view = PlaylistView(ws, events=events)
        self.agenda_view = AgendaView(ws, events=events)
        self.outlets_view = OutletsView(ws, events=events)
        self.export_view = ExportView(ws, events=events)
        self.airing_view = AiringView(ws, events=events)
        self.report_view = ReportView(ws, events=events)
        self.console_view = ConsoleView(ws, events=events)

        style = self.style()
        SP = QStyle.StandardPixmap
        pages = [
            ("plan", self.tr("Plan"), SP.SP_FileDialogDetailedView, self.plan_view),
            ("library", self.tr("Library"), SP.SP_DirIcon, self.library_view),
            ("playlists", self.tr("Playlists"), SP.SP_MediaPlay, self.playlist_view),
            ("agenda", self.tr("Agenda"), SP.SP_MediaSeekForward, self.agenda_view),
            ("outlets", self.tr("Outlets"), SP.SP_ComputerIcon, self.outlets_view),
            ("export", self.tr("Export"), SP.SP_DriveFDIcon, self.export_view),
            ("console", self.tr("On air"), SP.SP_MediaVolume, self.console_view),
            ("airings", self.tr("Airing log"), SP.SP_FileDialogContentsView, self.airing_view),
            (
                "reports",
                self.tr("Reports"),
                SP.SP_FileDialogInfoView,
                self.report_view,
            ),
            ("settings", self.tr("Settings"), SP.SP_DialogResetButton, self.settings_view),
        ]
        for key, label, icon, widget in pages:
            item = QListWidgetItem(style.standardIcon(icon), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.stack.addWidget(widget)
        # as wide as the longest page name ("Chương trình phát"), no wider: the pages need the room
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 8)
        self.sidebar.currentRowChanged.connect(self._on_page)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._fit_to_screen()
        # a permanent widget: a passing message (an import's summary) never hides the workspace
        self.workspace_label = QLabel(self.tr("Workspace: %1").replace("%1", str(ws.root)))
        self.workspace_label.setToolTip(str(ws.root))
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.library_view.import_finished.connect(self._on_import)
        self.agenda_view.open_playlist.connect(self.open_playlist)
        self.console_view.start_if_auto()  # automatic play-out left on resumes with the app (after a reboot)

    def open_playlist(self, playlist_id: int) -> None:
        """The Playlists page showing this playlist (from an agenda row)."""
        self.show_page("playlists")
        self.playlist_view.select(playlist_id)
        self.playlist_view.drops.import_requested.connect(self.import_dropped)

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
        self.stack.setCurrentIndex(row)
        # a page reloads what other pages changed while it was hidden, and nothing else
        self.events.page_shown(self.stack.widget(row))

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.PAGES.index(key))

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
        on_air = self.console_view.on_air()
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
        self.console_view.shutdown()  # what is on air is logged as it qualifies
        cancel_all()  # every running job: imports, checks, exports
        self.library_view.preview.stop()
        super().closeEvent(event)
