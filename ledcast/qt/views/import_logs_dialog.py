"""Nhập nhật ký…: signed airing-log files of other units, many at once (issue 13).

Files come from Add files…, Add folder… (its *.json files) or a drop on the dialog;
Import runs ledcast.core.exchange_import.import_logs off the GUI thread, with
progress and Cancel between files, then a table says per file: unit, new and
already known airings, and imported / already known / refused with the reason."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.exchange_import import FileResult, import_logs
from ledcast.core.formatting import group_digits
from ledcast.core.jobs import Cancelled
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import AIRINGS, WorkspaceEvents
from ledcast.qt.jobs import JobRunner, run_job
from ledcast.qt.widgets import fill, hint_style, read_only_table

IMPORT_DIR_KEY = "exchange/import_dir"  # QSettings: the folder files were last added from
PATH_ROLE = Qt.ItemDataRole.UserRole
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # "imported", "known" or "rejected" (tests, colours)
REFUSED_BACKGROUND = QColor("#fde3e1")
REFUSED_TEXT = QColor("#a4161a")


def json_files(folder: Path) -> list[Path]:
    """The folder's *.json files (not its sub-folders': a stick's other folders are not logs)."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except OSError:
        return []


def outcome(result: FileResult) -> str:
    if not result.ok:
        return "rejected"
    return "imported" if result.new or not result.known else "known"


class ImportLogsDialog(QDialog):
    """The chosen files, Import, and the per-file summary of the last run."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws, self.events = ws, events
        self.results: list[FileResult] = []  # of the last run (a cancelled one: the files done)
        self.cancelled = False
        self.job: JobRunner | None = None
        self.setWindowTitle(self.tr("Import airing logs"))
        self.setAcceptDrops(True)
        self.resize(900, 600)
        intro = QLabel(
            self.tr(
                "Signed airing-log files sent by other units. Each file is checked against the trusted key of "
                "its unit and imported whole, or refused with the reason; a file imported again adds nothing twice. "
                "Files can also be dropped here."
            )
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.count_label = QLabel()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        row = QHBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            row.addWidget(b)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.import_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [self.tr("File"), self.tr("Unit"), self.tr("New airings"), self.tr("Already known"), self.tr("Result")]
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 220), (1, 110), (2, 90), (3, 70)):
            self.table.setColumnWidth(col, width)
        # a reason wraps to the column's width: rows are sized again once the layout has settled
        self.row_sizer = QTimer(self, singleShot=True, interval=0)
        self.row_sizer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.row_sizer.start())
        self.table.hide()
        self.summary.hide()
        note = QLabel(self.tr("Refused files changed nothing: fix or ask for the file again, then import it."))
        note.setWordWrap(True)
        hint_style(note)
        self.refused_note = note
        note.hide()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(note)
        layout.addWidget(close)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.start_import)
        self._count()

    # --- the chosen files -----------------------------------------------------------------

    def chosen(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE)) for i in range(self.files.count())]

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Add files (a folder: its *.json files), each once; how many were added."""
        have = {p.resolve() for p in self.chosen()}
        added = 0
        for path in paths:
            for p in json_files(path) if path.is_dir() else [path]:
                if p.resolve() in have:
                    continue
                have.add(p.resolve())
                item = QListWidgetItem(f"{p.name}   —   {p.parent}")
                item.setData(PATH_ROLE, str(p))
                item.setToolTip(str(p))
                self.files.addItem(item)
                added += 1
        self._count()
        return added

    def _start_dir(self) -> str:
        return QSettings().value(IMPORT_DIR_KEY, "", str) or ""

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add airing-log files"), self._start_dir(), self.tr("Signed airing log (*.json)")
        )
        if names:
            QSettings().setValue(IMPORT_DIR_KEY, str(Path(names[0]).parent))
            self.add_paths(Path(n) for n in names)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add the logs of a folder"), self._start_dir())
        if folder:
            QSettings().setValue(IMPORT_DIR_KEY, folder)
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> int:
        if not json_files(folder):
            QMessageBox.information(
                self, self.windowTitle(), fill(self.tr("%1 holds no .json file (sub-folders are not read)."), folder)
            )
            return 0
        return self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._count()

    def _count(self) -> None:
        n = self.files.count()
        self.count_label.setText(fill(self.tr("%1 file(s) to import"), n))
        self.import_button.setEnabled(n > 0 and self.job is None)
        self.remove_button.setEnabled(n > 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # --- importing ------------------------------------------------------------------------

    def start_import(self) -> JobRunner | None:
        paths = self.chosen()
        if not paths or self.job is not None:
            return None
        self.cancelled = False
        self.import_button.setEnabled(False)
        self.job = run_job(
            self,
            import_logs,
            self.ws,
            paths,
            QCoreApplication.translate,  # refusals in the interface language
            title=self.tr("Importing airing logs"),
            on_done=lambda results: self._finished(results, len(paths)),
            on_cancelled=lambda exc: self._cancelled(exc, len(paths)),
            on_failed=self._failed,
        )
        return self.job

    def _finished(self, results: list[FileResult], asked: int) -> None:
        self.job = None
        self.show_results(results, asked)

    def _cancelled(self, exc: Cancelled, asked: int) -> None:
        self.job = None
        self.cancelled = True
        self.show_results(list(exc.partial or []), asked)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._count()
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    def show_results(self, results: list[FileResult], asked: int) -> None:
        """The summary of a run; the files it did leave the list (a cancelled run's others stay)."""
        self.results = results
        done = {str(r.path) for r in results}
        for i in reversed(range(self.files.count())):
            if self.files.item(i).data(PATH_ROLE) in done:
                self.files.takeItem(i)
        self._count()
        self.fill_table(results)
        self.summary.setText(self.summary_text(results, asked))
        self.summary.show()
        self.refused_note.setVisible(any(not r.ok for r in results))
        if any(r.new for r in results) and self.events is not None:
            self.events.announce(self, AIRINGS)  # the log page and every page showing airings reload

    def summary_text(self, results: list[FileResult], asked: int) -> str:
        good = [r for r in results if r.ok]
        refused = len(results) - len(good)
        lines = []
        if self.cancelled:
            lines.append(
                fill(
                    self.tr("Cancelled after %1 of %2 file(s). The %3 not done are still in the list, not imported."),
                    len(results),
                    asked,
                    asked - len(results),
                )
            )
        lines.append(
            fill(
                self.tr("%1 file(s) imported: %2 new airing(s), %3 already known."),
                len(good),
                group_digits(sum(r.new for r in good)),
                group_digits(sum(r.known for r in good)),
            )
        )
        if refused:
            lines.append("<b>" + fill(self.tr("%1 file(s) refused: nothing of them was imported."), refused) + "</b>")
        return "<br>".join(lines)

    def result_text(self, r: FileResult) -> str:
        kind = outcome(r)
        if kind == "rejected":
            return fill(self.tr("Refused: %1"), r.rejected_reason)
        return self.tr("Imported") if kind == "imported" else self.tr("Already known")

    def fill_table(self, results: list[FileResult]) -> None:
        t = self.table
        t.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for r in results:
            row = t.rowCount()
            t.insertRow(row)
            cells = [r.path.name, r.unit_code, group_digits(r.new), group_digits(r.known), self.result_text(r)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(OUTCOME_ROLE, outcome(r))
                item.setToolTip(str(r.path) if col == 0 else text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not r.ok:
                    item.setBackground(QBrush(REFUSED_BACKGROUND))
                    item.setForeground(QBrush(REFUSED_TEXT))
                    if col == 4:
                        item.setFont(bold)
                t.setItem(row, col, item)
        t.setVisible(bool(results))
        t.resizeRowsToContents()
        self.row_sizer.start()
