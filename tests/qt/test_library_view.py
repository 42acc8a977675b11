from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from ledcast.core import library
from ledcast.core.limits import Size
from ledcast.core.text import fold
from ledcast.qt.models.media_model import MediaRole
from ledcast.qt.views.library_view import LibraryView


def _import(qtbot, view: LibraryView, paths: list[Path]):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.import_finished, timeout=60000) as blocker:
        assert view.import_paths([str(p) for p in paths]) is not None
    return blocker.args[0]


def _select_row(view: LibraryView, row: int) -> None:
    view.table.selectionModel().select(
        view.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_import_good_and_bad_files(qtbot, workspace, english, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    assert view.empty_hint.isVisibleTo(view)
    report = _import(qtbot, view, media_files.good + media_files.bad)
    assert len(report.added) == 3 and len(report.failed) == 3
    assert view.model.rowCount() == 3
    assert not view.empty_hint.isVisibleTo(view)
    # the new items are selected, and a summary names each refused file with its reason
    assert len(view.selected_media()) == 3
    box = view.findChild(QMessageBox, "importSummary")
    assert box is not None and box.isVisible()
    assert "3 added" in box.text()
    details = box.informativeText()
    for name in ("empty.mp3", "trunc.mp4", media_files.text_file.name):
        assert name in details
    assert "empty (0 bytes)" in details
    # nothing half-written in the store
    assert not list(workspace.root.rglob(".incoming-*"))
    assert len([p for p in workspace.media_dir.rglob("*") if p.is_file()]) == 3


def test_summary_reasons_in_vietnamese(qtbot, workspace, vietnamese, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    report = _import(qtbot, view, [media_files.empty_mp3])
    head, details = view.summary_text(report)
    assert "empty (0 bytes)" not in details
    assert "Tệp" in details or "tệp" in details
    assert "0 byte" in details


def test_filters_by_task_kind_approval_and_search(qtbot, workspace, english, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    import unicodedata

    renamed = media_files.png.rename(media_files.png.with_name(unicodedata.normalize("NFD", "Dịch vụ công.png")))
    report = _import(qtbot, view, [media_files.wav, renamed, media_files.mp4])
    by_kind = {m.kind: m for m in report.added}
    assert by_kind["image"].title == "Dịch vụ công"  # NFC, from the NFD file name
    library.set_tasks(workspace, [by_kind["image"].id, by_kind["audio"].id], ["NV3"])
    library.set_approval(workspace, [by_kind["audio"].id], "approved")
    view.refresh()

    view.task_filter.setCurrentIndex(view.task_filter.findData("NV3"))
    assert view.proxy.rowCount() == 2
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("audio"))
    assert view.proxy.rowCount() == 1
    view.kind_filter.setCurrentIndex(0)
    view.approval_filter.setCurrentIndex(view.approval_filter.findData("approved"))
    assert [view.proxy.index(r, 0).data(MediaRole).kind for r in range(view.proxy.rowCount())] == ["audio"]
    view.approval_filter.setCurrentIndex(0)
    view.task_filter.setCurrentIndex(view.task_filter.findData(""))  # outside the plan
    assert [view.proxy.index(r, 0).data(MediaRole).kind for r in range(view.proxy.rowCount())] == ["video"]
    view.task_filter.setCurrentIndex(0)
    view.search_edit.setText("dich vu")  # accent-insensitive
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data(MediaRole).kind == "image"
    assert "1 of 3" in view.count_label.text()


def test_import_while_filtering_a_task_tags_new_items(qtbot, workspace, english, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    view.task_filter.setCurrentIndex(view.task_filter.findData("NV5"))
    report = _import(qtbot, view, [media_files.wav])
    assert [t.code for t in report.added[0].tasks] == ["NV5"]
    assert view.proxy.rowCount() == 1


def test_approve_tag_and_remove_buttons(qtbot, workspace, english, media_files, messages, monkeypatch) -> None:
    from ledcast.qt.views import library_view as lv

    view = LibraryView(workspace)
    qtbot.addWidget(view)
    _import(qtbot, view, [media_files.wav, media_files.png])
    _select_row(view, 0)
    chosen = view.selected_media()[0]
    assert view.approve_button.isEnabled()
    view.approve_button.click()
    assert library.get_media(workspace, chosen.id).approval == "approved"

    class FakePicker:  # the dialog's checkboxes are Qt's; what we test is the view's use of them
        def __init__(self, plans, checked, parent):  # type: ignore[no-untyped-def]
            self.ids = [t.id for t in plans[0].tasks if t.code in ("NV2", "NV7")]

        def exec(self) -> int:
            return 1

        def checked_task_ids(self) -> list[int]:
            return self.ids

    monkeypatch.setattr(lv, "TaskPickerDialog", FakePicker)
    view.tasks_button.click()
    assert [t.code for t in library.get_media(workspace, chosen.id).tasks] == ["NV2", "NV7"]
    tasks_col = view.model.COLUMNS.index("tasks")
    assert "NV2, NV7" in [view.proxy.index(r, tasks_col).data() for r in range(view.proxy.rowCount())]

    stored = workspace.path(chosen.store_path)
    assert stored.exists()
    _select_row(view, [view.proxy.index(r, 0).data(MediaRole).id for r in range(2)].index(chosen.id))
    view.remove_button.click()
    assert messages and messages[-1][0] == "question"
    assert view.model.rowCount() == 1
    assert not stored.exists()


def test_task_picker_lists_plan_tasks(qtbot, workspace, english) -> None:
    from ledcast.core import plan as plan_mod
    from ledcast.qt.views.task_dialog import TaskPickerDialog

    plans = plan_mod.list_plans(workspace)
    nv3 = next(t.id for t in plans[0].tasks if t.code == "NV3")
    dlg = TaskPickerDialog(plans, {nv3}, None)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 8
    assert dlg.checked_task_ids() == [nv3]


def test_cancel_import_leaves_no_partial_files(qtbot, workspace, english, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    many = []
    for i in range(6):
        many.append(media_files.mp4.with_name(f"clip{i}.mp4"))
        many[-1].write_bytes(media_files.mp4.read_bytes() + bytes([i]))  # distinct content
    with qtbot.waitSignal(view.import_finished, timeout=60000) as blocker:
        job = view.import_paths([str(p) for p in many])
        job.cancel()
    report = blocker.args[0]
    assert report.cancelled
    assert len(report.added) < 6
    assert view.model.rowCount() == len(report.added)
    assert not list(workspace.root.rglob(".incoming-*"))
    stored = [p for p in workspace.media_dir.rglob("*") if p.is_file()]
    assert len(stored) == len(report.added)


def test_preview_shows_image_and_loads_video(qtbot, workspace, english, media_files) -> None:
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    _import(qtbot, view, [media_files.png, media_files.mp4])
    rows = {view.proxy.index(r, 0).data(MediaRole).kind: r for r in range(view.proxy.rowCount())}
    _select_row(view, rows["image"])
    assert view.preview.stack.currentWidget() is view.preview.image
    assert view.preview._pixmap is not None and view.preview._pixmap.width() == 640
    assert "640×360" in view.preview.facts.text()
    _select_row(view, rows["video"])
    assert view.preview.controls.isVisibleTo(view.preview)
    if view.preview.player is not None:
        assert view.preview.player.source().toLocalFile().endswith(".mp4")


def test_fold_is_accent_insensitive() -> None:
    assert fold("Đài Truyền Thanh Dịch Vụ") == "dai truyen thanh dich vu"


def test_rename_selected_item(qtbot, workspace, english, media_files, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    view = LibraryView(workspace)
    qtbot.addWidget(view)
    report = _import(qtbot, view, [media_files.wav])
    _select_row(view, 0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Bản tin sáng", True)))
    view.rename_selected()
    assert library.get_media(workspace, report.added[0].id).title == "Bản tin sáng"
    assert view.proxy.index(0, 0).data() == "Bản tin sáng"


def test_new_slide_and_edit_slide_from_library(qtbot, workspace, english, monkeypatch) -> None:
    from ledcast.core import outlets
    from ledcast.core.slides import SlideSource
    from ledcast.qt.views import library_view as lv

    outlets.add_outlet(workspace, "LED cổng", "screen", Size(384, 192))
    seen: dict = {}

    class FakeEditor:  # the real dialog is tested in test_slide_editor; here: what the view does with it
        def __init__(self, initial, sizes, parent, *, target=None, tasks=None, task=None):  # type: ignore[no-untyped-def]
            seen.update(initial=initial, sizes=list(sizes), target=target, tasks=tasks, task=task)

        def task_codes(self) -> list[str]:  # the operator keeps the preset task
            return [seen["task"]]

        def exec(self) -> int:
            return 1

        def source(self) -> SlideSource:
            return SlideSource(title="Định danh điện tử" if seen["initial"] is None else "VNeID mức 2")

        def target_size(self) -> tuple[int, int]:
            return (384, 192)

    monkeypatch.setattr(lv, "SlideEditorDialog", FakeEditor)
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    view.task_filter.setCurrentIndex(view.task_filter.findData("NV5"))
    created = view.edit_slide(None)
    assert seen["sizes"] == [("LED cổng", 384, 192)]
    # the designer's task field offers the plan's tasks, preset to the library's filter
    assert seen["task"] == "NV5" and [code for code, _label in seen["tasks"]][:2] == ["NV1", "NV2"]
    assert (created.kind, created.title, [t.code for t in created.tasks]) == ("slide", "Định danh điện tử", ["NV5"])
    assert view.selected_media()[0].id == created.id
    edited = view.edit_slide(created)
    assert seen["initial"].title == "Định danh điện tử" and seen["target"] == (384, 192)
    assert edited.id == created.id and edited.title == "VNeID mức 2"
    assert view.model.rowCount() == 1


def test_check_library_finds_and_repairs_in_the_background(qtbot, workspace, english, media_files) -> None:
    from PySide6.QtWidgets import QPushButton

    view = LibraryView(workspace)
    qtbot.addWidget(view)
    added = {m.kind: m for m in _import(qtbot, view, media_files.good).added}
    workspace.path(added["image"].thumb_path).unlink()
    workspace.path(added["audio"].store_path).unlink()
    orphan = workspace.media_dir / "ab" / ("ab" + "1" * 62 + ".png")
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"x")
    with qtbot.waitSignal(view.check_finished, timeout=60000) as blocker:
        assert view.check_library() is not None
    report = blocker.args[0]
    assert not report.clean and view.check_button.isEnabled()  # enabled again once the job ended
    box = view.findChild(QMessageBox, "checkSummary")
    assert box is not None and box.isVisible()
    assert "1 stored file(s) missing or damaged, 1 thumbnail(s) missing, 1 file(s) without an item" in box.text()
    assert "add the original file again" in box.text()
    assert "tone" in box.informativeText() and orphan.name in box.informativeText()
    repair = box.findChild(QPushButton, "repairButton")
    assert repair is not None
    with qtbot.waitSignal(view.check_finished, timeout=60000) as blocker:
        repair.click()
    done = blocker.args[0]
    assert done.removed == [orphan.relative_to(workspace.root).as_posix()] and not orphan.exists()
    assert done.repaired_thumbs == [added["image"].id]
    assert workspace.path(added["image"].thumb_path).is_file()
    # the lost stored file comes back when the original is added again
    restored = _import(qtbot, view, [media_files.wav])
    assert [d.media_id for d in restored.restored] == [added["audio"].id]
    assert "restored" in view.summary_text(restored)[0]
    with qtbot.waitSignal(view.check_finished, timeout=60000) as blocker:
        view.check_library()
    assert blocker.args[0].clean
