"""Chương trình phát: build each outlet's programme from the library, set
durations and trims, see the total and the tasks covered, and schedule it.
The dialogs, the duration delegate and the kind labels are in their own modules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.outlets import list_outlets
from ledcast.core.programme import speaker_extras
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import MEDIA, OUTLETS, PLANS, PLAYLISTS, SCHEDULES, SETTINGS, WorkspaceEvents, follow
from ledcast.qt.models.media_model import MediaFilterProxy, MediaRole, MediaTableModel, format_duration
from ledcast.qt.models.playlist_model import ItemRole, PlaylistItemsModel
from ledcast.qt.views.playlist_view.delegate import DurationDelegate
from ledcast.qt.views.playlist_view.dialogs import NewPlaylistDialog, trim_dialog
from ledcast.qt.views.playlist_view.drops import FileDrops
from ledcast.qt.views.playlist_view.labels import kind_label
from ledcast.qt.views.playlist_view.schedules import ScheduleSection
from ledcast.qt.views.schedule_dialog import priority_labels
from ledcast.qt.widgets import hint_style, titled_column

ID_ROLE = Qt.ItemDataRole.UserRole


class PlaylistView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)

        # playlists
        self.list = QListWidget()
        self.list.setWordWrap(True)  # long names wrap instead of hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New playlist…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        left, ll = titled_column(self.tr("Playlists"))
        left.setMaximumWidth(230)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.new_button)  # one under the other: "Chương trình phát mới…" needs the whole width
        ll.addWidget(self.delete_button)

        # editor
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.outlet_combo = QComboBox()
        self.outlet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # name and pixel size
        self.priority_combo = QComboBox()
        for key, label in priority_labels(self).items():
            self.priority_combo.addItem(label, key)
        self.title.setWordWrap(True)
        head = QVBoxLayout()
        head.addWidget(self.title)
        binding = QHBoxLayout()
        binding.addWidget(QLabel(self.tr("Outlet")))
        binding.addWidget(self.outlet_combo, 1)
        binding.addWidget(QLabel(self.tr("Priority")))
        binding.addWidget(self.priority_combo)
        head.addLayout(binding)

        self.items_model = PlaylistItemsModel(ws, self)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragDropOverwriteMode(False)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.verticalHeader().setVisible(False)
        self.items_view.setItemDelegateForColumn(
            PlaylistItemsModel.COLUMNS.index("duration"), DurationDelegate(self.items_view)
        )
        self.items_view.horizontalHeader().setStretchLastSection(True)
        self.items_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.trim_button = QPushButton(self.tr("Trim…"))
        item_buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.trim_button, self.remove_item_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-weight: 600;")
        item_buttons.addWidget(self.total_label)
        self.tasks_label = QLabel()
        self.tasks_label.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Drag items from the library on the right (or select them and press Add), "
                "drag rows to reorder, double-click a picture's duration to change it."
            )
        )
        self.hint.setWordWrap(True)
        hint_style(self.hint)

        self.schedule_section = ScheduleSection(ws, lambda: self.items_model.playlist, self._schedules_changed)
        self.schedules = self.schedule_section.table
        self.add_schedule = self.schedule_section.add
        self.edit_schedule = self.schedule_section.edit
        self.remove_schedule = self.schedule_section.remove

        self.editor = QWidget()
        el = QVBoxLayout(self.editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(head)
        el.addWidget(self.hint)
        self.drops = FileDrops(self, lambda: self.items_model.playlist.kind if self.items_model.playlist else None)
        el.addWidget(self.drops.note)
        el.addWidget(self.items_view, 1)
        el.addLayout(item_buttons)
        el.addWidget(self.tasks_label)
        el.addWidget(self.schedule_section)
        self.empty = QLabel(
            self.tr("Create a playlist for a loudspeaker session or a screen loop with “New playlist…”.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # library picker
        self.lib_model = MediaTableModel(ws.root, self)
        self.lib_proxy = MediaFilterProxy(self)
        self.lib_proxy.setSourceModel(self.lib_model)
        self.lib_view = QTableView()
        self.lib_view.setModel(self.lib_proxy)
        self.lib_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lib_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lib_view.setDragEnabled(True)
        self.lib_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.lib_view.verticalHeader().setVisible(False)
        self.lib_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # title, duration and tasks: the thumbnail shows the kind, and the title needs the room
        for col, key in enumerate(MediaTableModel.COLUMNS):
            self.lib_view.setColumnHidden(col, key not in ("title", "duration", "tasks"))
            mode = QHeaderView.ResizeMode.Stretch if key == "title" else QHeaderView.ResizeMode.ResizeToContents
            self.lib_view.horizontalHeader().setSectionResizeMode(col, mode)
        self.lib_search = QLineEdit()
        self.lib_search.setPlaceholderText(self.tr("Search the library"))
        self.lib_search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("◀ Add"))
        right, rl = titled_column(self.tr("Library"))
        right.setMinimumWidth(240)
        rl.addWidget(self.lib_search)
        rl.addWidget(self.lib_view, 1)
        rl.addWidget(self.add_button)

        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.editor, 1)
        cl.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.setObjectName("playlists_splitter")  # remembered between starts (window_state)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 600, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button.clicked.connect(self.new_playlist)
        self.delete_button.clicked.connect(self.delete_playlist)
        self.outlet_combo.activated.connect(self._on_outlet)
        self.priority_combo.activated.connect(self._on_priority)
        self.items_model.changed.connect(self._update_summary)
        self.items_model.refused.connect(self._show_refused)
        self.items_model.failed.connect(self._show_failed)
        self.remove_item_button.clicked.connect(self.remove_items)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.trim_button.clicked.connect(self.trim_selected)
        self.add_button.clicked.connect(self.add_selected_media)
        self.lib_view.doubleClicked.connect(lambda _i: self.add_selected_media())
        self.lib_search.textChanged.connect(lambda t: self.lib_proxy.set_filters(search=t))
        self.refresh()
        self.items_model.changed.connect(lambda: self.events.announce(self, PLAYLISTS))  # items, durations, trims
        # SETTINGS: a loudspeaker programme's length counts the gaps and jingles set there
        follow(self, self.events, {MEDIA, OUTLETS, PLANS, PLAYLISTS, SCHEDULES, SETTINGS}, lambda _t: self.refresh())

    # --- loading ---------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        extras = speaker_extras(self.ws)  # read once for the whole list
        for p in pl.list_playlists(self.ws):
            item = QListWidgetItem(
                f"{p.name}\n{kind_label(self, p.kind)} · {format_duration(pl.programme_duration(self.ws, p, extras))}"
                + (f" · {p.outlet.name}" if p.outlet else "")
            )
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.lib_model.set_rows(library.list_media(self.ws))
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def select(self, playlist_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == playlist_id:
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        pid = self.current_id()
        self.editor.setVisible(pid is not None)
        self.empty.setVisible(pid is None)
        self.delete_button.setEnabled(pid is not None)
        self.items_model.load(pid)
        p = self.items_model.playlist
        if p is None:
            return
        self.title.setText(f"{p.name} — {kind_label(self, p.kind)}")
        self.outlet_combo.clear()
        self.outlet_combo.addItem(self.tr("(no outlet)"), None)
        for o in list_outlets(self.ws):
            if o.kind == p.kind:
                self.outlet_combo.addItem(o.name + (f"  {o.width}×{o.height}" if o.width else ""), o.name)
        self.outlet_combo.setCurrentIndex(max(0, self.outlet_combo.findData(p.outlet.name if p.outlet else None)))
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(p.priority)))
        self.lib_proxy.kinds = pl.ALLOWED[p.kind]
        self.lib_proxy.set_filters()
        self.items_view.resizeColumnsToContents()
        self.items_view.setColumnWidth(1, min(max(self.items_view.columnWidth(1), 160), 220))
        self._update_summary()

    def _update_summary(self) -> None:
        p = self.items_model.playlist
        if p is None:
            return
        p = pl.get_playlist(self.ws, p.id)
        total = pl.programme_duration(self.ws, p)
        text = self.tr("Total: %1 · %2 item(s)").replace("%1", format_duration(total)).replace("%2", str(len(p.items)))
        added = total - pl.total_duration(p)
        if added >= 0.05:  # the loudspeaker export's gaps and jingles air too
            text += self.tr(" (incl. %1 of gaps and jingles)").replace("%1", format_duration(added))
        self.total_label.setText(text)
        tasks = pl.covered_tasks(p)
        self.tasks_label.setText(
            self.tr("Tasks covered: %1").replace("%1", ", ".join(f"{t.code} {t.short_title or t.title}" for t in tasks))
            if tasks
            else self.tr("Tasks covered: none (outside the plan)")
        )
        self.schedule_section.show_playlist(p)
        # keep the list entry's total in step
        item = self.list.currentItem()
        if item is not None:
            item.setText(
                f"{p.name}\n{kind_label(self, p.kind)} · {format_duration(pl.programme_duration(self.ws, p))}"
                + (f" · {p.outlet.name}" if p.outlet else "")
            )

    # --- playlists ------------------------------------------------------------------------

    def new_playlist(self) -> None:
        dlg = NewPlaylistDialog(self.ws, self)
        while dlg.exec():
            try:
                p = pl.create_playlist(
                    self.ws,
                    dlg.name.text(),
                    dlg.kind.currentData(),
                    dlg.outlet.currentData(),
                    dlg.priority.currentData(),
                )
            except Exception as exc:  # noqa: BLE001
                QMessageBox.warning(self, self.tr("Playlist not created"), error_text(exc))
                continue
            self.refresh(p.id)
            self.events.announce(self, PLAYLISTS)
            return

    def delete_playlist(self) -> None:
        p = self.items_model.playlist
        if p is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Delete playlist"),
                self.tr("Delete the playlist “%1” and its schedules? The library items stay.").replace("%1", p.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        if self.items_model.edit(lambda v: pl.delete_playlist(self.ws, p.id, expected=v), reload=False)[0]:
            self.refresh()
            self.events.announce(self, PLAYLISTS, SCHEDULES)

    def _on_outlet(self) -> None:
        p = self.items_model.playlist
        if p is not None:  # the model reloads and announces the change
            self.items_model.edit(
                lambda v: pl.update_playlist(self.ws, p.id, outlet=self.outlet_combo.currentData(), expected=v)
            )

    def _on_priority(self) -> None:
        p = self.items_model.playlist
        if p is not None:
            self.items_model.edit(
                lambda v: pl.update_playlist(self.ws, p.id, priority=self.priority_combo.currentData(), expected=v)
            )

    def _show_failed(self, exc: Exception) -> None:
        """An edit refused. Another operator's save in between: the page shows the playlist
        as it is now first, so the operator sees what changed behind the message."""
        if isinstance(exc, pl.PlaylistChanged):
            self.refresh()
            self.events.announce(self, PLAYLISTS)
        QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    # --- items -------------------------------------------------------------------------

    def add_media(self, media_ids: list[int]) -> pl.AddResult | None:
        p = self.items_model.playlist
        if p is None or not media_ids:
            return None
        _done, result = self.items_model.edit(lambda v: pl.add_items(self.ws, p.id, media_ids, expected=v))
        if result is not None and result.refused:
            self._show_refused(result.refused)
        return result

    def add_selected_media(self) -> None:
        ids = [i.data(MediaRole).id for i in self.lib_view.selectionModel().selectedRows()]
        self.add_media(ids)

    def _show_refused(self, refused: list) -> None:  # type: ignore[type-arg]
        QMessageBox.warning(self, self.tr("Not added"), "\n".join(error_text(e) for _mid, e in refused))

    def selected_items(self):  # type: ignore[no-untyped-def]
        return [
            i.data(ItemRole) for i in sorted(self.items_view.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def remove_items(self) -> None:
        p = self.items_model.playlist
        items = self.selected_items()
        if p is None or not items:
            return
        self.items_model.edit(lambda v: pl.remove_items(self.ws, p.id, [i.id for i in items], expected=v))

    def move_selected(self, step: int) -> None:
        p = self.items_model.playlist
        items = self.selected_items()
        if p is None or len(items) != 1:
            return
        row = [i.id for i in self.items_model.items].index(items[0].id)
        if not self.items_model.edit(lambda v: pl.move_item(self.ws, p.id, items[0].id, row + step, expected=v))[0]:
            return
        new_row = max(0, min(row + step, self.items_model.rowCount() - 1))
        self.items_view.selectRow(new_row)

    def trim_selected(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        item = items[0]
        if item.media.kind in pl.STILL_KINDS:
            QMessageBox.information(
                self, self.tr("Trim"), self.tr("Pictures and slides have a duration: double-click it to change it.")
            )
            return
        dlg = trim_dialog(self.ws, item, self)
        if dlg.exec():
            start, end = dlg.start.value() or None, dlg.end.value()
            self.items_model.edit(lambda v: pl.set_item_trim(self.ws, item.id, start, end, expected=v))

    # --- schedules ---------------------------------------------------------------------

    def _schedules_changed(self) -> None:
        self.items_model.load(self.current_id())  # the playlist's version moved on with its schedules
        self._update_summary()
        self.events.announce(self, SCHEDULES)
