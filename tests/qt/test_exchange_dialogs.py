"""Send log… and Import logs… on the airing log page (issue 13): real workspaces,
real keys, real signed files, the jobs run on the thread pool."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from exchange_factory import entry, unit_with_key
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from ledcast.core import airing, keys
from ledcast.core.db.models import Airing
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit
from ledcast.qt.events import WorkspaceEvents
from ledcast.qt.views import import_logs_dialog as imp
from ledcast.qt.views.airing_view import AiringView
from ledcast.qt.views.import_logs_dialog import OUTCOME_ROLE, ImportLogsDialog
from ledcast.qt.views.send_log_dialog import SendLogDialog, ready_to_send

DAY = dt.date(2026, 11, 20)


def _entry(hour: int, title: str) -> airing.AiringEntry:
    return entry(DAY, hour, title)


def _uuids(ws, unit: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        q = select(Airing.uuid)
        return set(s.scalars(q.where(Airing.unit_code == unit) if unit else q))


@pytest.fixture
def units(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two communes with keys and airings, a district trusting both."""
    a = unit_with_key(tmp_path / "a", "XA-TC", "Xã Tân Cương", DAY, ["Bản tin sáng", "Tuyên truyền", "Tiếp sóng"])
    c = unit_with_key(tmp_path / "c", "XA-PY", "Xã Phúc Xuân", DAY, ["Thông báo"])
    d = open_for_use(tmp_path / "d")
    set_self_unit(d, "HUYEN-DT", "Huyện Đại Từ")
    for ws in (a, c):
        keys.trust(d, keys.public_key_file(ws))
    yield a, c, d
    for ws in (a, c, d):
        ws.close()


def _send(qtbot, dlg: SendLogDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg.path.setText(str(path))
    dlg.send()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=10000)


def test_send_since_last_writes_a_file_the_district_imports_then_nothing(
    qtbot, units, tmp_path: Path, messages, english
) -> None:  # type: ignore[no-untyped-def]
    a, _c, d = units
    dlg = SendLogDialog(a)
    qtbot.addWidget(dlg)
    assert dlg.since_last.isChecked() and "all 3 airing(s)" in dlg.since_note.text()
    assert keys.own_key(a).fingerprint in dlg.key_note.text()
    assert Path(dlg.path.text()).name == f"nhat-ky-xa-tc-{dt.date.today().isoformat()}.json"
    out = tmp_path / "gui" / "week1"
    out.parent.mkdir()
    _send(qtbot, dlg, out)
    sent = out.with_name("week1.json")  # .json added
    assert dlg.sent is not None and dlg.sent.path == sent and dlg.result() == dlg.DialogCode.Accepted
    kind, text = messages[-1]
    assert kind == "information" and "Sent 3 airing(s) of unit XA-TC" in text and str(sent) in text
    assert dlg.sent.fingerprint in text
    (res,) = import_logs(d, [sent])
    assert (res.new, res.rejected_reason) == (3, None) and _uuids(d, "XA-TC") == _uuids(a)

    again = SendLogDialog(a)
    qtbot.addWidget(again)
    assert Path(again.path.text()).parent == sent.parent  # the folder last used
    assert "0 new airing(s) since the last file sent, on" in again.since_note.text()
    _send(qtbot, again, tmp_path / "gui" / "week2.json")
    assert not (tmp_path / "gui" / "week2.json").exists() and again.sent is None
    assert messages[-1][0] == "information" and "Nothing new to send" in messages[-1][1]

    airing.record(a, _entry(20, "Tin tối"))
    again.refresh()
    assert "1 new airing(s)" in again.since_note.text()
    _send(qtbot, again, tmp_path / "gui" / "week2.json")
    assert json.loads((tmp_path / "gui" / "week2.json").read_text("utf-8"))["header"]["record_count"] == 1


def test_send_by_days_counts_and_refuses_an_empty_period(qtbot, units, tmp_path: Path, messages, english) -> None:  # type: ignore[no-untyped-def]
    a = units[0]
    dlg = SendLogDialog(a)
    qtbot.addWidget(dlg)
    dlg.date_from.setDate(DAY)
    dlg.date_to.setDate(DAY)
    assert dlg.by_days.isChecked() and "3 airing(s) of this unit on these days" in dlg.days_note.text()
    dlg.date_from.setDate(DAY + dt.timedelta(days=1))  # after the end: refused, said
    _send(qtbot, dlg, tmp_path / "empty.json")
    assert messages[-1] == ("warning", "The period ends (2026-11-20) before it starts (2026-11-21).")
    dlg.date_to.setDate(DAY + dt.timedelta(days=2))
    _send(qtbot, dlg, tmp_path / "empty.json")
    assert not (tmp_path / "empty.json").exists() and "no airing on these days" in messages[-1][1]


def test_sending_without_a_key_says_to_create_it_in_settings(qtbot, workspace, messages, english) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    view = AiringView(workspace)
    qtbot.addWidget(view)
    view.send_button.click()  # the page's button: said, no dialog opened (it would block here)
    assert messages[-1][0] == "information" and "signing key first in Settings" in messages[-1][1]
    assert ready_to_send(view, workspace, None) is False and len(messages) == 2


def test_a_failed_send_says_why_and_moves_nothing(qtbot, units, tmp_path: Path, messages, english) -> None:  # type: ignore[no-untyped-def]
    a = units[0]
    dlg = SendLogDialog(a)
    qtbot.addWidget(dlg)
    keys.private_key_path(a).write_bytes(b"not a key")  # damaged after the dialog opened
    _send(qtbot, dlg, tmp_path / "out.json")
    assert messages[-1][0] == "warning" and "cannot be read" in messages[-1][1]
    assert not (tmp_path / "out.json").exists() and dlg.sent is None and dlg.send_button.isEnabled()
    dlg.refresh()
    assert "all 3 airing(s)" in dlg.since_note.text()  # still all to send


def _files(units, tmp_path: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Two good files (A, C) and a third from A with one title changed on the way."""
    a, c, _d = units
    good_a, good_c = export_log(a, tmp_path / "in" / "a.json").path, export_log(c, tmp_path / "in" / "c.json").path
    airing.record(a, _entry(21, "Tin khuya"))
    bad = export_log(a, tmp_path / "in" / "tampered.json", since_last=False, date_from=DAY, date_to=DAY).path
    doc = json.loads(bad.read_text("utf-8"))
    doc["records"][-1]["media_title"] = "Tin giả"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return [good_a, good_c, bad]


def test_import_two_good_files_and_a_tampered_one(qtbot, units, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    a, c, d = units
    (tmp_path / "in").mkdir()
    files = _files(units, tmp_path)
    events = WorkspaceEvents()
    view = AiringView(d, events=events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    dlg = ImportLogsDialog(d, view, events)
    assert dlg.add_paths(files) == 3 and dlg.add_paths(files[:1]) == 0  # each file once
    dlg.start_import()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=10000)
    t = dlg.table
    rows = [[t.item(r, col).text() for col in range(5)] for r in range(t.rowCount())]
    assert rows[0] == ["a.json", "XA-TC", "3", "0", "Imported"]
    assert rows[1] == ["c.json", "XA-PY", "1", "0", "Imported"]
    assert rows[2][0] == "tampered.json" and rows[2][4].startswith("Refused: the signature does not match")
    assert [t.item(r, 4).data(OUTCOME_ROLE) for r in range(3)] == ["imported", "imported", "rejected"]
    assert (
        t.item(2, 4).background().color() == imp.REFUSED_BACKGROUND
        and t.item(0, 4).background().style() == Qt.BrushStyle.NoBrush
    )
    assert "2 file(s) imported: 4 new airing(s)" in dlg.summary.text() and "1 file(s) refused" in dlg.summary.text()
    assert dlg.refused_note.isVisibleTo(dlg) and dlg.files.count() == 0
    newest = (_uuids(a) - _uuids(d, "XA-TC")).pop()  # the airing only the tampered file carried
    assert _uuids(d, "XA-TC") | {newest} == _uuids(a) and _uuids(d, "XA-PY") == _uuids(c)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)  # the page followed AIRINGS
    titles = {view.model.airing(r).media_title for r in range(4)}
    assert titles == {"Bản tin sáng", "Tuyên truyền", "Tiếp sóng", "Thông báo"}

    dlg.add_paths(files[:1])  # the same file again: known, nothing twice
    dlg.start_import()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=10000)
    assert [dlg.table.item(0, c).text() for c in (2, 3, 4)] == ["0", "3", "Already known"]
    assert len(_uuids(d)) == 4


def test_add_folder_takes_its_json_files_and_a_drop_adds_files(qtbot, tmp_path: Path, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    (folder / "old").mkdir(parents=True)
    for name in ("b.json", "a.JSON", "notes.txt", "old/c.json"):
        (folder / name).write_text("{}", "utf-8")
    dlg = ImportLogsDialog(workspace)
    qtbot.addWidget(dlg)
    assert dlg.add_folder(folder) == 2
    assert [p.name for p in dlg.chosen()] == ["a.JSON", "b.json"]
    assert dlg.add_folder(tmp_path / "usb" / "old" / "..") == 0 and not messages  # already there
    (tmp_path / "empty").mkdir()
    assert dlg.add_folder(tmp_path / "empty") == 0 and messages[-1][0] == "information"

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "old" / "c.json")), QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    dlg.dropEvent(drop)
    assert [p.name for p in dlg.chosen()] == ["a.JSON", "b.json", "c.json"] and dlg.import_button.isEnabled()
    dlg.files.setCurrentRow(0)
    dlg.remove_selected()
    assert dlg.count_label.text().startswith("2")


def test_cancel_stops_between_files_and_says_which_were_done(
    qtbot, units, tmp_path: Path, monkeypatch, english
) -> None:  # type: ignore[no-untyped-def]
    _a, _c, d = units
    (tmp_path / "in").mkdir()
    files = _files(units, tmp_path)
    real = imp.import_logs

    def cancelled_during_the_second(ws, paths, translate, *, progress, cancel):  # type: ignore[no-untyped-def]
        def report(fraction: float, label: str) -> None:
            progress(fraction, label)
            if label == paths[1].name:
                cancel.cancel()  # the job's own token, as the progress dialog's Cancel sets it

        return real(ws, paths, translate, progress=report, cancel=cancel)

    monkeypatch.setattr(imp, "import_logs", cancelled_during_the_second)
    dlg = ImportLogsDialog(d)
    qtbot.addWidget(dlg)
    dlg.add_paths(files)
    runner = dlg.start_import()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=10000)
    assert runner is not None and runner.cancelled and dlg.cancelled
    assert [r.path.name for r in dlg.results] == ["a.json", "c.json"]
    assert "Cancelled after 2 of 3 file(s)" in dlg.summary.text()
    assert dlg.table.rowCount() == 2 and [p.name for p in dlg.chosen()] == ["tampered.json"]
    assert len(_uuids(d, "XA-TC")) == 3 and len(_uuids(d, "XA-PY")) == 1


def test_both_dialogs_fit_a_laptop_screen_in_vietnamese(qtbot, units, tmp_path: Path, vietnamese) -> None:  # type: ignore[no-untyped-def]
    from qt.test_screen_fit import AVAILABLE, elided_buttons

    a, _c, d = units
    (tmp_path / "in").mkdir()
    files = _files(units, tmp_path)
    send = SendLogDialog(a)
    imports = ImportLogsDialog(d)
    for dlg in (send, imports):
        qtbot.addWidget(dlg)
        dlg.show()
    assert send.send_button.text() == "Gửi" and "Phần mới kể từ" in send.since_last.text()
    imports.add_paths(files)
    imports.start_import()
    qtbot.waitUntil(lambda: imports.job is None, timeout=10000)
    assert imports.table.item(2, 4).text().startswith("Từ chối: chữ ký không khớp")
    for dlg in (send, imports):
        assert dlg.width() <= AVAILABLE[0] and dlg.height() <= AVAILABLE[1]
        assert elided_buttons(dlg) == []  # type: ignore[arg-type]
    reason = imports.table.item(2, 4)
    rect = imports.table.visualItemRect(reason)
    needed = imports.table.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, reason.text()).height()
    assert rect.height() >= needed  # the wrapped reason is shown whole
