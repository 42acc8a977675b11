"""The library page's reports: the import and check summaries, their boxes, and the
check-and-repair run in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ledcast.core import library, library_check
from ledcast.core.i18n import nfc
from ledcast.core.probe import AUDIO_EXT, IMAGE_EXT, VIDEO_EXT
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.jobs import JobRunner, run_job, running_job
from ledcast.qt.widgets import fill


def report_box(
    icon: QMessageBox.Icon,
    title: str,
    head: str,
    details: str,
    button: QMessageBox.StandardButton,
    parent: QWidget,
) -> QMessageBox:
    """A report box: its first 8 lines shown, all of them behind "Show Details" when longer."""
    box = QMessageBox(icon, title, head, button, parent)
    shown = details.splitlines()
    box.setInformativeText("\n".join(shown[:8]) + ("\n…" if len(shown) > 8 else ""))
    if len(shown) > 8:
        box.setDetailedText(details)
    return box


class LibraryReports(QObject):
    """Words for the file dialog filter and for import and check results; a QObject so
    its strings have their own tr() context."""

    def file_filter(self) -> str:
        def pat(exts: tuple[str, ...]) -> str:
            return " ".join(f"*{e}" for e in exts)

        return ";;".join(
            [
                self.tr("All media (%1)").replace("%1", pat(AUDIO_EXT + IMAGE_EXT + VIDEO_EXT)),
                self.tr("Audio (%1)").replace("%1", pat(AUDIO_EXT)),
                self.tr("Images (%1)").replace("%1", pat(IMAGE_EXT)),
                self.tr("Video (%1)").replace("%1", pat(VIDEO_EXT)),
            ]
        )

    def summary_text(self, report: library.ImportReport) -> tuple[str, str]:
        head = fill(
            self.tr("%1 added, %2 already in the library, %3 could not be added."),
            *map(len, (report.added, report.duplicates, report.failed)),
        )
        if report.cancelled:
            head = self.tr("Import cancelled.") + " " + head
        if report.restored:
            head += " " + self.tr("%1 lost stored file(s) or thumbnail(s) restored.").replace(
                "%1", str(len(report.restored))
            )
        lines = [f"✗ {nfc(f.path.name)}: {error_text(f.error)}" for f in [*report.failed, *report.unshared]]
        lines += [
            self.tr("= %1: same content as “%2”").replace("%1", nfc(d.path.name)).replace("%2", d.title)
            for d in report.duplicates
        ]
        lines += [
            self.tr("↺ %1: restored the lost file of “%2”").replace("%1", nfc(d.path.name)).replace("%2", d.title)
            for d in report.restored
        ]
        return head, "\n".join(lines)

    def import_summary_box(self, report: library.ImportReport, parent: QWidget) -> QMessageBox:
        head, details = self.summary_text(report)
        box = report_box(
            QMessageBox.Icon.Warning if report.failed or report.unshared else QMessageBox.Icon.Information,
            self.tr("Import summary"),
            head,
            details,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("importSummary")
        return box

    def check_text(self, r: library_check.CheckReport) -> tuple[str, str]:
        """The result for the operator: a headline and one line per finding."""
        lines = [f"✗ {p.title}: {error_text(p.reason)}" for p in r.bad_files + r.missing_thumbs]
        orphan = self.tr("file without a library item")
        lines += [f"? {rel}: {orphan}" for rel in r.orphans]
        if r.removed or r.repaired_thumbs or r.repair_failed:
            head = fill(
                self.tr("Repaired: %1 file(s) without an item removed, %2 thumbnail(s) drawn again."),
                *map(len, (r.removed, r.repaired_thumbs)),
            )
            lines = [f"✗ {p.title}: {error_text(p.reason)}" for p in r.bad_files + r.repair_failed]
        elif r.clean:
            head = self.tr("All %1 items have their stored file and thumbnail.").replace("%1", str(r.items))
        else:
            head = fill(
                self.tr("%1 stored file(s) missing or damaged, %2 thumbnail(s) missing, %3 file(s) without an item."),
                *map(len, (r.bad_files, r.missing_thumbs, r.orphans)),
            )
        if r.bad_files:
            head += "\n" + self.tr("To bring back a lost stored file, add the original file again.")
        return head, "\n".join(lines)


class LibraryChecker(QObject):
    """Checks (and repairs) the library in a background job, like an import, and shows the
    result with a Repair button when there is something to repair."""

    finished = Signal(object)  # the library_check.CheckReport (after a check, and after a repair)

    def __init__(self, ws: Workspace, button: QPushButton, refresh: Callable[[], None], page: QWidget) -> None:
        super().__init__(page)
        self.ws = ws
        self.button = button
        self.page = page
        self._refresh = refresh
        self.reports = LibraryReports(self)
        self.box: QMessageBox | None = None

    @property
    def job(self) -> JobRunner | None:
        return running_job(self)

    def check(self) -> JobRunner | None:
        """Compare the rows with the stored files in the background (like an import)."""
        return self._start(library_check.check_library, self.ws)

    def repair(self, report: library_check.CheckReport) -> JobRunner | None:
        return self._start(library_check.repair_library, self.ws, report)

    def _start(self, fn: Callable[..., library_check.CheckReport], *args: object) -> JobRunner | None:
        if self.job is not None:
            return None
        self.button.setEnabled(False)
        self.button.setText(self.tr("Checking…"))
        return run_job(
            self.page,
            fn,
            *args,
            key=self,
            title=self.tr("Check library"),
            on_done=self._on_done,
            on_cancelled=lambda _exc: self._ended(),
            on_failed=self._on_failed,
        )

    def _ended(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Check library…"))

    def _on_failed(self, exc: BaseException) -> None:
        self._ended()
        QMessageBox.critical(self.page, self.tr("Check library"), error_text(exc))

    def _on_done(self, report: library_check.CheckReport) -> None:
        self._ended()
        self._refresh()
        head, details = self.reports.check_text(report)
        box = report_box(
            QMessageBox.Icon.Information if report.clean else QMessageBox.Icon.Warning,
            self.tr("Check library"),
            head,
            details,
            QMessageBox.StandardButton.Close,
            self.page,
        )
        box.setObjectName("checkSummary")
        repaired = bool(report.removed or report.repaired_thumbs or report.repair_failed)
        if report.repairable and not repaired:
            repair = box.addButton(self.tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
            repair.setObjectName("repairButton")
            repair.clicked.connect(lambda: self.repair(report))
        self.box = box
        box.open()
        self.finished.emit(report)
