"""The airing log page (Nhật ký phát): table, filters, totals, paging, and its dialogs."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from media_factory import make_wav
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from ledcast.core import agenda, airing, export, library
from ledcast.core import airing_query as aq
from ledcast.core import playlist as pl
from ledcast.core.outlets import add_outlet
from ledcast.core.units import self_unit, set_self_unit
from ledcast.qt.models.airing_model import PAGE, VOIDED_ROLE, AiringModel
from ledcast.qt.views import airing_dialogs as dialogs
from ledcast.qt.views.airing_view import AiringView, preset_period

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 20)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(DAY.year, DAY.month, DAY.day, hour, minute).astimezone()


def _add(ws, title: str, hour: int, minutes: int, tasks=(), outlet="Loa trung tâm", origin="own"):  # type: ignore[no-untyped-def]
    start = _at(hour)
    return airing.record(
        ws,
        airing.AiringEntry(
            outlet_name=outlet,
            start=start,
            end=start + dt.timedelta(minutes=minutes),
            recorded_how="manual",
            title=title,
            task_codes=tasks,
            origin=origin,
        ),
    )


@pytest.fixture
def logged(workspace):  # type: ignore[no-untyped-def]
    """Three airings on 20/11/2026 by hand, on two outlets."""
    ws = workspace
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    add_outlet(ws, "Loa trung tâm", "speaker")
    add_outlet(ws, "Loa thôn Đồng Bục", "speaker")
    _add(ws, "Bản tin sáng", 6, 15, ["NV2", "NV3"])
    _add(ws, "Tuyên truyền phòng cháy", 7, 5, ["NV3"], outlet="Loa thôn Đồng Bục")
    _add(ws, "Tiếp sóng đài tỉnh", 17, 30, [], origin="above")
    return ws


def _view(qtbot, ws) -> AiringView:  # type: ignore[no-untyped-def]
    view = AiringView(ws)
    qtbot.addWidget(view)
    assert not view.loaded and view.model.rowCount() == 0  # nothing read while hidden
    view.show()
    _totals(qtbot, view)
    return view


def _totals(qtbot, view: AiringView) -> aq.AiringTotals:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.counts_shown == view.counts_asked, timeout=5000)
    return view.totals  # type: ignore[return-value]


def _shown(view: AiringView) -> list[list[str]]:
    m = view.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _choose(combo, key) -> None:  # type: ignore[no-untyped-def]
    idx = combo.findData(key)
    assert idx >= 0, key
    combo.setCurrentIndex(idx)


def test_the_page_lists_the_rows_with_their_tasks_and_durations(qtbot, logged) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    rows = _shown(view)
    assert [r[2] for r in rows] == ["Tiếp sóng đài tỉnh", "Tuyên truyền phòng cháy", "Bản tin sáng"]  # newest first
    assert rows[2][0] == "20/11/2026 06:00:00" and rows[2][1] == "Loa trung tâm"
    assert rows[2][3] == "NV2, NV3" and rows[2][4] == "0:15:00"
    assert rows[0][3] == "" and rows[0][6] == "From the level above" and rows[0][5] == "Entered by hand"
    t = view.totals
    assert (t.airings, t.items, round(t.minutes)) == (3, 3, 50)
    assert view.totals_label.text() == "Total: 3 airing(s), 3 distinct item(s), 50 minutes"


def test_filters_narrow_the_rows_and_the_totals(qtbot, logged) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    _choose(view.task, "NV3")
    assert [r[2] for r in _shown(view)] == ["Tuyên truyền phòng cháy", "Bản tin sáng"]
    assert (_totals(qtbot, view).airings, round(view.totals.minutes)) == (2, 20)
    _choose(view.outlet, "Loa thôn Đồng Bục")
    assert [r[2] for r in _shown(view)] == ["Tuyên truyền phòng cháy"]
    assert _totals(qtbot, view).airings == 1
    _choose(view.outlet, None)
    _choose(view.task, aq.NO_TASK)  # outside the plan
    assert [r[2] for r in _shown(view)] == ["Tiếp sóng đài tỉnh"]
    _choose(view.task, None)
    _choose(view.origin, "own")
    assert len(_shown(view)) == 2
    _choose(view.origin, None)
    view.date_from.setDate(DAY + dt.timedelta(days=1))  # a period after the airings: "chosen days"
    view.date_to.setDate(DAY + dt.timedelta(days=2))
    assert view.period.currentData() == "chosen" and _shown(view) == []
    assert _totals(qtbot, view).airings == 0
    _choose(view.period, "all")
    assert len(_shown(view)) == 3


def test_period_presets() -> None:
    today = dt.date(2026, 2, 14)
    assert preset_period("month", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert preset_period("last_month", today) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert preset_period("quarter", dt.date(2026, 11, 5)) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert preset_period("year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert preset_period("all", today) is None


def _bench_fill():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("airing_log_bench", ROOT / "benchmarks" / "airing_log.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.fill


def test_the_model_reads_a_page_at_a_time(workspace) -> None:  # type: ignore[no-untyped-def]
    _bench_fill()(workspace, 200_000)
    model = AiringModel(workspace)
    model.set_filter(aq.AiringFilter())
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE and model.reads == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE and model.reads == 2 * PAGE
    starts = [a.start_utc for a in model.rows]
    assert starts == sorted(starts, reverse=True)  # newest first, pages continue one another


def test_add_dialog_records_a_row(qtbot, logged) -> None:  # type: ignore[no-untyped-def]
    dlg = dialogs.AddAiringDialog(logged)
    qtbot.addWidget(dlg)
    dlg.title.setText("Đọc thông báo trực tiếp")
    _choose(dlg.outlet, "Loa thôn Đồng Bục")
    start = QDateTime(_at(9).replace(tzinfo=None))
    dlg.start.setDateTime(start)
    dlg.end.setDateTime(start.addSecs(4 * 60))
    dlg.tasks.setText("nv5, NV1")
    _choose(dlg.origin, "source")
    dlg.note.setPlainText("Trưởng thôn đọc")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    (a,) = aq.query(logged, aq.AiringFilter(outlet="Loa thôn Đồng Bục", recorded_how="manual", origin="source"))
    assert (a.media_title, a.task_codes, a.note) == ("Đọc thông báo trực tiếp", "NV5,NV1", "Trưởng thôn đọc")
    assert (a.end_utc - a.start_utc) == dt.timedelta(minutes=4)
    assert a.start_utc + dt.timedelta(minutes=a.utc_offset_min) == dt.datetime(2026, 11, 20, 9, 0)


def test_add_dialog_shows_a_refusal_and_writes_nothing(qtbot, logged, messages) -> None:  # type: ignore[no-untyped-def]
    dlg = dialogs.AddAiringDialog(logged)
    qtbot.addWidget(dlg)
    dlg.title.setText("Sai giờ")
    dlg.end.setDateTime(dlg.start.dateTime().addSecs(-60))  # ends before it starts
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert messages and "end after it starts" in messages[0][1]
    assert aq.count(logged) == 3


def test_void_asks_for_a_reason_and_the_row_shows_greyed_only_with_show_voided(  # type: ignore[no-untyped-def]
    qtbot, logged, messages, monkeypatch
) -> None:
    view = _view(qtbot, logged)
    view.table.selectRow(2)  # Bản tin sáng
    target = view.model.airing(2)
    answers = iter([("", True), ("Nhầm giờ phát", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    view.void_selected()
    assert messages and "reason" in messages[-1][1]  # refused: no reason
    assert len(_shown(view)) == 3
    view.table.selectRow(2)
    view.void_selected()
    assert [r[2] for r in _shown(view)] == ["Tiếp sóng đài tỉnh", "Tuyên truyền phòng cháy"]
    assert _totals(qtbot, view).airings == 2
    view.show_voided.setChecked(True)
    m = view.model
    voided = [r for r in range(m.rowCount()) if m.index(r, 0).data(VOIDED_ROLE)]
    assert len(voided) == 2  # the voided row and the void row naming it
    uuids = {m.airing(r).uuid for r in voided} | {m.airing(r).voids_uuid for r in voided}
    assert target.uuid in uuids
    row = next(r for r in voided if m.airing(r).uuid == target.uuid)
    assert m.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Nhầm giờ phát" in m.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert _totals(qtbot, view).airings == 2  # voided rows never count


@pytest.fixture
def two_sessions(workspace, tmp_path: Path, approved_playlists):  # type: ignore[no-untyped-def]
    """A 2-item loudspeaker programme aired at 06:00 and 17:00 on 02/03/2026, exported."""
    ws = workspace
    src = tmp_path / "src"
    src.mkdir()
    ids = [library.import_files(ws, [make_wav(src, f"s{i}.wav", seconds=1.0 + i)]).added[0].id for i in range(2)]
    add_outlet(ws, "Loa xã", "speaker")
    pl.create_playlist(ws, "Sáng chiều", "speaker", outlet="Loa xã")
    pl.add_items(ws, "Sáng chiều", ids)
    day = dt.date(2026, 3, 2)
    agenda.add_schedule(ws, "Sáng chiều", date_from=day, date_to=day, times=[dt.time(6), dt.time(17)])
    return ws, export.export_speaker(ws, "Sáng chiều", tmp_path / "usb").export_id, day


def test_confirm_dialog_records_the_ticked_sessions(qtbot, two_sessions, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws, export_id, day = two_sessions
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    view = _view(qtbot, ws)
    seen: list[int] = []

    def run(dlg) -> int:  # type: ignore[no-untyped-def]
        _choose(dlg.export, export_id)
        dlg.day_from.setDate(day)
        dlg.day_to.setDate(day)
        assert dlg.sessions.count() == 2 and dlg.rows_to_add() == 4
        dlg.sessions.item(1).setCheckState(Qt.CheckState.Unchecked)  # 17:00 did not air
        seen.append(dlg.rows_to_add())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ConfirmDialog, "exec", run)
    view.confirm_button.click()
    qtbot.waitUntil(lambda: any(k == "information" for k, _ in messages), timeout=10000)
    assert seen == [2]
    assert "2 airing(s) recorded; 0 were already" in messages[-1][1] and "1 session" in messages[-1][1]
    rows = aq.query(ws, aq.AiringFilter(recorded_how="confirmed"))
    assert len(rows) == 2 and {f"{a.start_utc + dt.timedelta(minutes=a.utc_offset_min):%H}" for a in rows} == {"06"}
    _choose(view.period, "all")
    assert len(_shown(view)) == 2


def test_the_export_page_opens_the_confirm_dialog_for_its_export(qtbot, two_sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ledcast.qt.views.export_view import ExportView

    ws, export_id, _ = two_sessions
    page = ExportView(ws)
    qtbot.addWidget(page)
    opened: list[int | None] = []
    monkeypatch.setattr(dialogs.ConfirmDialog, "exec", lambda dlg: opened.append(dlg.export_id()) or 0)
    page.history.selectRow(0)
    assert page.history_panel.confirm_button.isEnabled()
    page.history_panel.confirm_button.click()
    assert opened == [export_id]


def test_csv_save_writes_the_filtered_rows_with_a_bom(qtbot, logged, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    _choose(view.task, "NV3")
    target = tmp_path / "nhat-ky"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    view.csv_button.click()
    path = tmp_path / "nhat-ky.csv"
    qtbot.waitUntil(path.exists, timeout=10000)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 3 and {r[3] for r in rows[1:]} == {"Tuyên truyền phòng cháy", "Bản tin sáng"}


def test_the_unit_is_asked_for_once_when_none_is_set(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_outlet(workspace, "Loa trung tâm", "speaker")
    asked: list[str] = []

    def answer(dlg) -> int:  # type: ignore[no-untyped-def]
        asked.append(dlg.windowTitle())
        dlg.code.setText("XA-TC")
        dlg.name.setText("Xã Tân Cương")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(dialogs.UnitDialog, "exec", answer)
    for title in ("Tiếp sóng đài tỉnh", "Đọc thông báo"):
        dlg = dialogs.AddAiringDialog(workspace)
        qtbot.addWidget(dlg)
        dlg.title.setText(title)
        dlg.accept()
        assert dlg.result() == QDialog.DialogCode.Accepted
    assert len(asked) == 1  # asked once, then the unit is there
    assert self_unit(workspace).code == "XA-TC"
    assert {a.unit_code for a in aq.query(workspace)} == {"XA-TC"} and aq.count(workspace) == 2


def test_a_confirmation_from_the_export_page_shows_on_the_log_page(  # type: ignore[no-untyped-def]
    qtbot, two_sessions, messages, monkeypatch
) -> None:
    from ledcast.qt.main_window import MainWindow

    ws, export_id, day = two_sessions
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    win.show_page("export")

    def run(dlg) -> int:  # type: ignore[no-untyped-def]
        dlg.day_from.setDate(day)
        dlg.day_to.setDate(day)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ConfirmDialog, "exec", run)
    win.export_view.history.selectRow(0)
    win.export_view.history_panel.confirm_button.click()
    qtbot.waitUntil(lambda: any(k == "information" for k, _ in messages), timeout=10000)
    win.show_page("airings")
    log = win.airing_view
    assert log.model.rowCount() == 4 and {r[5] for r in _shown(log)} == {"Confirmed export"}


def test_a_unit_given_on_the_log_page_shows_in_settings(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ledcast.qt.main_window import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    assert win.settings_view.unit_code.text() == ""

    def answer(dlg) -> int:  # type: ignore[no-untyped-def]
        dlg.code.setText("XA-TC")
        dlg.name.setText("Xã Tân Cương")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(dialogs.UnitDialog, "exec", answer)
    win.show_page("airings")
    assert dialogs.ask_unit(win.airing_view, workspace, win.events)
    win.show_page("settings")
    assert (win.settings_view.unit_code.text(), win.settings_view.unit_name.text()) == ("XA-TC", "Xã Tân Cương")
