"""Thư viện: import media, search and filter, tag with tasks, approve, preview."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import library, library_check, slide_media
from ledcast.core import plan as plan_mod
from ledcast.core.db.models import Media
from ledcast.core.outlets import list_outlets
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import MEDIA, PLANS, PLAYLISTS, WorkspaceEvents, follow
from ledcast.qt.jobs import JobOwner, JobRunner, run_job
from ledcast.qt.models.media_model import MediaFilterProxy, MediaRole, MediaTableModel
from ledcast.qt.views.library_columns import LibraryColumns
from ledcast.qt.views.library_reports import LibraryChecker, LibraryReports
from ledcast.qt.views.preview import PreviewPane
from ledcast.qt.views.slide_editor import SlideEditorDialog
from ledcast.qt.views.task_dialog import TaskPickerDialog
from ledcast.qt.widgets import hint_style


class LibraryView(JobOwner, QWidget):
    import_finished = Signal(object)  # the ImportReport, for tests and the status bar
    check_finished = Signal(object)  # the library_check.CheckReport (after a check, and after a repair)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)

        self.model = MediaTableModel(ws.root, self)
        self.proxy = MediaFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.new_slide_button = QPushButton(self.tr("New slide…"))
        self.new_slide_button.setToolTip(self.tr("Design a text slide for the screens"))
        self.check_button = QPushButton(self.tr("Check library…"))
        self.check_button.setToolTip(
            self.tr("Look for lost stored files and thumbnails, and for files without an item")
        )
        self._reports = LibraryReports(self)
        self.checker = LibraryChecker(ws, self.check_button, self._media_changed, self)
        self.checker.finished.connect(self.check_finished)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles and file names"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(140)
        self.task_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.approval_filter = QComboBox()
        for combo in (self.kind_filter, self.approval_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # task names are long: the list opens wide, the closed box stays narrow enough for 1366 pixels
        self.task_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.task_filter.setMinimumContentsLength(18)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in library.KINDS:
            self.kind_filter.addItem(self.model.kind_label(kind), kind)
        self.approval_filter.addItem(self.tr("Any approval"), None)
        for state in library.APPROVALS:
            self.approval_filter.addItem(self.model.approval_label(state), state)

        top = QHBoxLayout()
        for w in (self.add_files_button, self.add_folder_button, self.new_slide_button, self.check_button):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 1)
        for w in (self.task_filter, self.kind_filter, self.approval_filter):
            top.addWidget(w)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        # newest first until the user sorts
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setIconSize(QSize(64, 36))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.setAlternatingRowColors(True)
        self.columns = LibraryColumns(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.tasks_button = QPushButton(self.tr("Tasks…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for b in (self.tasks_button, self.approve_button, self.reject_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.preview = PreviewPane(ws.root)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.setObjectName("library_splitter")  # remembered between starts (window_state)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.empty_hint = QLabel(
            self.tr(
                "The library is empty. Add audio bulletins, pictures and video clips "
                "with the buttons above, or drag files and folders onto this window."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint_style(self.empty_hint, "padding: 12px;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.new_slide_button.clicked.connect(lambda: self.edit_slide(None))
        self.check_button.clicked.connect(self.check_library)
        self.search_edit.textChanged.connect(lambda t: self._filter(search=t))
        self.task_filter.currentIndexChanged.connect(lambda _i: self._filter(task_code=self.task_filter.currentData()))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._filter(kind=self.kind_filter.currentData()))
        self.approval_filter.currentIndexChanged.connect(
            lambda _i: self._filter(approval=self.approval_filter.currentData())
        )
        self.approve_button.clicked.connect(lambda: self.set_approval("approved"))
        self.reject_button.clicked.connect(lambda: self.set_approval("rejected"))
        self.tasks_button.clicked.connect(self.edit_tasks)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.rename_selected)

        self._reload()
        self.import_finished.connect(lambda _r: self.events.announce(self, MEDIA))
        follow(self, self.events, {MEDIA, PLANS, PLAYLISTS}, self._reload)  # playlists: the Used in column

    # --- data -------------------------------------------------------------------

    def reload_tasks(self) -> None:
        current = self.task_filter.currentData()
        self.task_filter.blockSignals(True)
        self.task_filter.clear()
        self.task_filter.addItem(self.tr("All tasks"), None)
        self.task_filter.addItem(self.tr("Outside the plan"), "")
        seen: set[str] = set()
        for plan in plan_mod.list_plans(self.ws):
            if not plan.active:
                continue
            for t in plan.tasks:
                if t.code not in seen:
                    seen.add(t.code)
                    self.task_filter.addItem(f"{t.code} – {t.short_title or t.title}", t.code)
        idx = self.task_filter.findData(current)
        self.task_filter.setCurrentIndex(max(idx, 0))
        self.task_filter.blockSignals(False)
        self._filter(task_code=self.task_filter.currentData())

    def _reload(self, _topics: object = None) -> None:  # media, or the plans' tasks, changed
        self.reload_tasks()
        self.refresh()

    def _media_changed(self) -> None:  # this page changed the library: show it, tell the other pages
        self.refresh()
        self.events.announce(self, MEDIA)

    def refresh(self) -> None:
        selected = {m.id for m in self.selected_media()}
        self.model.set_rows(library.list_media(self.ws), library.playlists_using(self.ws))
        if selected:
            sel = self.table.selectionModel()
            for row in range(self.proxy.rowCount()):
                m = self.proxy.index(row, 0).data(MediaRole)
                if m.id in selected:
                    sel.select(
                        self.proxy.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self.columns.fit_widths()
        self._update_count()

    def _filter(self, **kw) -> None:  # type: ignore[no-untyped-def]
        self.proxy.set_filters(**kw)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.empty_hint.setVisible(total == 0)
        self.count_label.setText(self.tr("%1 of %2 items shown").replace("%1", str(shown)).replace("%2", str(total)))
        has_sel = bool(self.table.selectionModel().selectedRows())
        for b in (self.approve_button, self.reject_button, self.tasks_button, self.remove_button):
            b.setEnabled(has_sel)

    def selected_media(self) -> list[Media]:
        return [i.data(MediaRole) for i in self.table.selectionModel().selectedRows()]

    def _on_selection(self, *_args) -> None:  # type: ignore[no-untyped-def]
        items = self.selected_media()
        self.preview.show_media(items[0] if len(items) == 1 else None)
        self._update_count()

    # --- import -----------------------------------------------------------------

    def _file_filter(self) -> str:
        return self._reports.file_filter()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add media files"), "", self._file_filter())
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of media"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> JobRunner | None:
        if self.job is not None:
            QMessageBox.information(self, self.tr("Import"), self.tr("An import is already running."))
            return None
        task = self.task_filter.currentData()
        task_codes = [task] if task else []
        return run_job(
            self,
            library.import_files,
            self.ws,
            list(paths),  # paths as on disk (may be NFD)
            task_codes=task_codes,
            title=self.tr("Adding media"),
            on_done=self._on_import_done,
            on_cancelled=lambda exc: self._on_import_done(exc.partial or library.ImportReport(cancelled=True)),
            on_failed=self._on_import_failed,
        )

    def _on_import_failed(self, exc: BaseException) -> None:
        self._media_changed()  # what was added before the failure
        QMessageBox.critical(self, self.tr("Import failed"), error_text(exc))

    def _on_import_done(self, report: library.ImportReport) -> None:
        self.refresh()
        self.import_finished.emit(report)
        if report.added:
            self._select_ids({m.id for m in report.added})
        if report.failed or report.unshared or report.duplicates or report.restored or report.cancelled:
            self._show_summary(report)

    def _select_ids(self, ids: set[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if idx.data(MediaRole).id in ids:
                sel.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
                first = first or idx
        if first is not None:
            self.table.scrollTo(first)

    def summary_text(self, report: library.ImportReport) -> tuple[str, str]:
        return self._reports.summary_text(report)

    def _show_summary(self, report: library.ImportReport) -> None:
        self._reports.import_summary_box(report, self).open()

    # --- check and repair ---------------------------------------------------------

    def check_library(self) -> JobRunner | None:
        """Compare the rows with the stored files in the background (like an import)."""
        return self.checker.check()

    def repair_library(self, report: library_check.CheckReport) -> JobRunner | None:
        return self.checker.repair(report)

    @property
    def check_job(self) -> JobRunner | None:
        return self.checker.job

    @property
    def check_box(self) -> QMessageBox | None:
        return self.checker.box

    def check_text(self, r: library_check.CheckReport) -> tuple[str, str]:
        return self._reports.check_text(r)

    # --- editing ----------------------------------------------------------------

    def set_approval(self, state: str) -> None:
        items = self.selected_media()
        if items:
            library.set_approval(self.ws, [m.id for m in items], state)
            self._media_changed()

    def edit_tasks(self) -> None:
        items = self.selected_media()
        if not items:
            return
        checked = set.intersection(*({t.id for t in m.tasks} for m in items))
        dlg = TaskPickerDialog(plan_mod.list_plans(self.ws), checked, self)
        if dlg.exec():
            library.set_task_ids(self.ws, [m.id for m in items], dlg.checked_task_ids())
            self._media_changed()

    def _on_double_click(self, index) -> None:  # type: ignore[no-untyped-def]
        media = index.data(MediaRole)
        if media is not None and media.kind == "slide":
            self.edit_slide(media)
        else:
            self.preview.toggle_play()

    def slide_sizes(self) -> list[tuple[str, int, int]]:
        return [(o.name, o.width, o.height) for o in list_outlets(self.ws) if o.kind == "screen" and o.width]

    def edit_slide(self, media: Media | None) -> Media | None:
        """Open the slide designer: a new slide (tagged with the filtered task) or an existing one."""
        initial, target = None, None
        if media is not None:
            initial, target = slide_media.source_of(self.ws, media)
        tasks = None
        if media is None:  # the task filter's tasks; the one filtered on is preselected
            combo = self.task_filter
            tasks = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count()) if combo.itemData(i)]
        dlg = SlideEditorDialog(
            initial, self.slide_sizes(), self, target=target, tasks=tasks, task=self.task_filter.currentData()
        )
        if not dlg.exec():
            return None
        try:
            if media is None:
                saved, _render = slide_media.add_slide(self.ws, dlg.source(), dlg.target_size(), dlg.task_codes())
            else:
                saved, _render = slide_media.update_slide(self.ws, media.id, dlg.source(), dlg.target_size())
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Slide not saved"), error_text(exc))
            return None
        self._media_changed()
        self._select_ids({saved.id})
        return saved

    def rename_selected(self) -> None:
        items = self.selected_media()
        if len(items) != 1:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Title:"), text=items[0].title)
        if ok and clean_text(title):  # only spaces or invisible characters: nothing to rename to
            library.rename_media(self.ws, items[0].id, title)
            self._media_changed()

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        items = self.selected_media()
        if not items:
            return
        menu = QMenu(self)
        if len(items) == 1 and items[0].kind in ("audio", "video"):
            menu.addAction(self.tr("Play / pause"), self.preview.toggle_play)
        if len(items) == 1 and items[0].kind == "slide":
            menu.addAction(self.tr("Edit slide…"), lambda: self.edit_slide(items[0]))
        if len(items) == 1:
            menu.addAction(self.tr("Rename…"), self.rename_selected)
        menu.addAction(self.tr("Tasks…"), self.edit_tasks)
        menu.addAction(self.tr("Approve"), lambda: self.set_approval("approved"))
        menu.addAction(self.tr("Reject"), lambda: self.set_approval("rejected"))
        menu.addAction(self.tr("Back to pending"), lambda: self.set_approval("pending"))
        menu.addSeparator()
        menu.addAction(self.tr("Remove"), self.remove_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def remove_selected(self) -> None:
        """Items in playlists cannot go: name those playlists first, then ask about the rest."""
        items = self.selected_media()
        if not items:
            return
        used = library.playlists_using(self.ws, [m.id for m in items])
        in_use = "\n".join(f"• {m.title}: {', '.join(used[m.id])}" for m in items if m.id in used)
        items = [m for m in items if m.id not in used]
        if not items:
            QMessageBox.warning(
                self,
                self.tr("Remove from library"),
                self.tr("Used in playlists; remove them from these playlists first:") + "\n" + in_use,
            )
            return
        text = self.tr("Remove %1 item(s) from the library? Airing history is kept.").replace("%1", str(len(items)))
        if in_use:
            text += "\n\n" + self.tr("Kept, because playlists use them:") + "\n" + in_use
        answer = QMessageBox.question(self, self.tr("Remove from library"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.preview.show_media(None)
        errors = []
        for m in items:
            try:
                library.remove_media(self.ws, m.id)
            except Exception as exc:  # noqa: BLE001 - shown to the operator
                errors.append(error_text(exc))
        self._media_changed()
        if errors:
            QMessageBox.warning(self, self.tr("Remove from library"), "\n".join(errors))
