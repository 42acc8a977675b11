from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ledcast.core import plan as plan_mod
from ledcast.qt.main_window import MainWindow


def test_sidebar_and_plan_view_in_vietnamese(qtbot, workspace, vietnamese) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    labels = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
    assert labels == [
        "Kế hoạch",
        "Thư viện",
        "Chương trình phát",
        "Lịch phát",
        "Điểm phát",
        "Xuất",
        "Phát sóng",
        "Nhật ký phát",
        "Báo cáo",
        "Cài đặt",
    ]
    assert win.stack.currentWidget() is win.plan_view
    tasks = win.plan_view.tasks_table
    assert tasks.rowCount() == 8
    assert [tasks.item(r, 0).text() for r in range(8)] == [f"NV{i}" for i in range(1, 9)]
    assert "tổng đài 1022" in tasks.item(1, 1).text()
    targets = win.plan_view.targets_table
    assert targets.rowCount() == 6
    assert targets.item(0, 0).text() == "Hệ thống truyền thanh"
    assert (targets.item(0, 2).text(), targets.item(0, 3).text()) == ("1", "5")


def test_sidebar_switches_pages(qtbot, workspace, english) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.sidebar.setCurrentRow(1)
    assert win.stack.currentWidget() is win.library_view
    win.show_page("settings")
    assert win.stack.currentWidget() is win.settings_view


def test_edit_task_name_and_target_persist(qtbot, workspace, english, messages) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    view = win.plan_view
    view.tasks_table.item(2, 1).setText("Dịch vụ công trực tuyến toàn trình")
    view.targets_table.item(0, 3).setText("4")
    plan = plan_mod.get_plan(workspace)
    assert plan.tasks[2].title == "Dịch vụ công trực tuyến toàn trình"
    assert plan.targets[0].max_count == 4
    # the library's task filter follows the edit of a short name (once the library is shown)
    view.tasks_table.item(2, 2).setText("DVC toàn trình")
    win.show_page("library")
    combo = win.library_view.task_filter
    assert any("DVC toàn trình" in combo.itemText(i) for i in range(combo.count()))


def test_bad_target_is_refused_and_nothing_changes(qtbot, workspace, english, messages) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    view = win.plan_view
    view.targets_table.item(0, 2).setText("9")  # min above max (5)
    view.targets_table.item(0, 2).setText("abc")
    assert len(messages) == 2 and all(kind == "warning" for kind, _ in messages)
    plan = plan_mod.get_plan(workspace)
    assert (plan.targets[0].min_count, plan.targets[0].max_count) == (1, 5)
    assert view.targets_table.item(0, 2).text() == "1"  # the table shows what is stored


def test_import_plan_file_from_view(qtbot, workspace, english, messages, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    doc = plan_mod.plan_to_dict(plan_mod.get_plan(workspace))
    doc["code"], doc["name"] = "TN-CDS-2026-2030", "Kế hoạch 2026–2030"
    import json

    path = tmp_path / "next.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    win.plan_view.import_plan()
    assert win.plan_view.plan_combo.count() == 2
    assert win.plan_view.plan.code == "TN-CDS-2026-2030"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    win.plan_view.import_plan()
    assert messages[-1][0] == "warning" and "JSON" in messages[-1][1]
    assert win.plan_view.plan_combo.count() == 2


def test_drop_files_on_window_imports_them(qtbot, workspace, english, media_files) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(media_files.png)), QUrl.fromLocalFile(str(media_files.folder))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(win.library_view.import_finished, timeout=60000) as blocker:
        win.dropEvent(event)
    report = blocker.args[0]
    assert win.stack.currentWidget() is win.library_view
    # the folder holds the same PNG again plus the other samples
    assert sorted(m.kind for m in report.added) == ["audio", "image", "video"]
    assert len(report.duplicates) == 1
    assert win.library_view.model.rowCount() == 3
    assert "3" in win.statusBar().currentMessage()


def test_garbage_is_collected_on_the_gui_thread(qtbot) -> None:
    import gc
    import threading
    import weakref

    from ledcast.qt.gc import MainThreadCollector

    class Node:
        finalised_in: list[threading.Thread] = []

        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

        def __del__(self) -> None:
            Node.finalised_in.append(threading.current_thread())

    was = gc.isenabled()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled() and collector.timer.isActive()
        node = Node()
        gone = weakref.ref(node)
        del node
        # a worker allocating heavily would trigger an automatic collection there; none runs
        worker = threading.Thread(target=lambda: [[i] for i in range(200_000)])
        worker.start()
        worker.join()
        assert gone() is not None and Node.finalised_in == []
        collector.timer.setInterval(10)  # the timer, not the test, collects
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert Node.finalised_in == [threading.main_thread()]
    finally:
        collector.stop()
        if not was:
            gc.disable()
    assert not collector.timer.isActive()
