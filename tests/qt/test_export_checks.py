"""The Export page before an export starts: items not approved are listed and can
be approved right there (who approves is asked and recorded), rejected ones stop
it, the warning when Settings do not require approval, the question before
replacing an earlier export; the past exports say which are still in their folder;
the Settings page's approval switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ledcast.core import export, library
from ledcast.core import playlist as pl
from ledcast.core.settings import require_approval, save_require_approval
from ledcast.qt.views import export_checks as ec
from ledcast.qt.views import export_view as ev
from ledcast.qt.views.export_history import STATUS_ROLE
from ledcast.qt.views.export_view import ExportView
from ledcast.qt.views.settings_approval import ApprovalBox

APPROVER = "Nguyễn Văn An – Chủ tịch UBND xã"


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    for module in (ev, ec):
        monkeypatch.setattr(module, "QSettings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return path


@pytest.fixture
def wavs(workspace, media_files, tmp_path):  # type: ignore[no-untyped-def]
    """A loudspeaker playlist "Sáng" of two tones, both pending."""
    from media_factory import make_wav

    other = make_wav(tmp_path / "src", "thong-bao.wav", seconds=1)
    items = library.import_files(workspace, [media_files.wav, other]).added
    pl.create_playlist(workspace, "Sáng", "speaker")
    pl.add_items(workspace, "Sáng", [m.id for m in items])
    return items


class Dialogs:
    """Stands in for QMessageBox.exec: records each box and answers it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str, list[str]]] = []
        self.answers: dict[str, str] = {}  # object name -> the text of the button to press

    def exec(self, box: QMessageBox) -> int:
        self.seen.append((box.objectName(), box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        wanted = self.answers[box.objectName()]
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        button.click()
        return 0


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: d.exec(box))
    return d


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QInputDialog.getText answering APPROVER; records what it offered."""
    offered: list[str] = []

    def get_text(parent, title, label, echo, text):  # type: ignore[no-untyped-def]
        offered.append(text)
        return APPROVER, True

    monkeypatch.setattr(ec.QInputDialog, "getText", staticmethod(get_text))
    return offered


def _view(qtbot, workspace, dest: Path) -> ExportView:  # type: ignore[no-untyped-def]
    view = ExportView(workspace)
    qtbot.addWidget(view)
    view.show()
    view.dest_edit.setText(str(dest))
    return view


def _export(qtbot, view: ExportView):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.export_finished, timeout=60000) as blocker:
        assert view.start_export() is not None
    return blocker.args[0]


def test_refusal_lists_the_items_and_approving_there_exports(
    qtbot, workspace, english, settings_file, wavs, dialogs, asked, tmp_path
) -> None:
    dest = tmp_path / "loa"
    view = _view(qtbot, workspace, dest)
    dialogs.answers["approvalRefusal"] = "Cancel"
    assert view.start_export() is None and view.job is None and not dest.exists()
    name, text, listing, buttons = dialogs.seen[-1]
    assert name == "approvalRefusal" and "“Sáng” cannot be exported" in text
    for m in wavs:
        assert f"#{m.id} “{m.title}” (pending)" in listing
    assert "Approve and export…" in buttons
    assert asked == [] and all(library.get_media(workspace, m.id).approval == "pending" for m in wavs)

    dialogs.answers["approvalRefusal"] = "Approve and export…"
    result = _export(qtbot, view)
    assert result is not None and (dest / "manifest.json").is_file() and result.notes == []
    for m in wavs:
        stored = library.get_media(workspace, m.id)
        assert (stored.approval, stored.approved_by) == ("approved", APPROVER)
    assert (
        asked == [""] and QSettings(str(settings_file), QSettings.Format.IniFormat).value(ec.APPROVER_KEY) == APPROVER
    )


def test_rejected_items_stop_the_export(
    qtbot, workspace, english, settings_file, wavs, dialogs, asked, tmp_path
) -> None:
    library.set_approval(workspace, [wavs[1].id], "rejected", by="Chủ tịch")
    dest = tmp_path / "loa"
    view = _view(qtbot, workspace, dest)
    dialogs.answers["approvalRefusal"] = "Close"
    assert view.start_export() is None and view.job is None and not dest.exists()
    _name, _text, listing, buttons = dialogs.seen[-1]
    assert f"#{wavs[0].id} “{wavs[0].title}” (pending)" in listing
    assert f"#{wavs[1].id} “{wavs[1].title}” (rejected)" in listing and "approved again in the Library" in listing
    assert buttons == ["Close"] and asked == []


def test_setting_off_warns_and_exports_when_confirmed(
    qtbot, workspace, english, settings_file, wavs, dialogs, tmp_path
) -> None:
    save_require_approval(workspace, False)
    dest = tmp_path / "loa"
    view = _view(qtbot, workspace, dest)
    dialogs.answers["approvalWarning"] = "No"
    assert view.start_export() is None and not dest.exists()
    assert dialogs.seen[-1][0] == "approvalWarning" and f"#{wavs[0].id}" in dialogs.seen[-1][2]
    dialogs.answers["approvalWarning"] = "Yes"
    result = _export(qtbot, view)
    assert (dest / "manifest.json").is_file()
    assert any("not approved" in n.message() for n in result.notes)
    assert library.get_media(workspace, wavs[0].id).approval == "pending"  # confirming is not approving


def test_replacing_asks_and_no_keeps_the_earlier_export(
    qtbot, workspace, english, settings_file, wavs, dialogs, tmp_path
) -> None:
    library.set_approval(workspace, [m.id for m in wavs], "approved", by=APPROVER)
    dest = tmp_path / "loa"
    view = _view(qtbot, workspace, dest)
    first = _export(qtbot, view)
    assert [x[0] for x in dialogs.seen] == []  # a new folder: nothing asked
    before = {f.name: f.read_bytes() for f in dest.iterdir()}
    dialogs.answers["replaceQuestion"] = "No"
    view.lufs_spin.setValue(-20)
    assert view.start_export() is None and view.job is None
    name, text, _info, _buttons = dialogs.seen[-1]
    assert name == "replaceQuestion" and str(dest) in text
    earlier = export.earlier_export(workspace, pl.get_playlist(workspace, "Sáng"), dest)
    assert earlier is not None and ev.local_time_text(earlier.created) in text
    assert {f.name: f.read_bytes() for f in dest.iterdir()} == before

    dialogs.answers["replaceQuestion"] = "Yes"
    again = _export(qtbot, view)
    assert again.folder == dest and again.manifest["audio"]["target_lufs"] == -20
    rows = [(view.history.item(r, 0).data(ev.PATH_ROLE), view.history.item(r, 6)) for r in range(2)]
    assert [cell.data(STATUS_ROLE) for _p, cell in rows] == [export.INTACT, export.REPLACED]
    assert [cell.text() for _p, cell in rows] == ["Intact", "Replaced"]
    assert rows[1][1].foreground().color() != rows[0][1].foreground().color()  # greyed
    assert first.export_id != again.export_id


def test_history_marks_folders_gone_when_the_page_opens(
    qtbot, workspace, vietnamese, settings_file, wavs, tmp_path
) -> None:
    library.set_approval(workspace, [m.id for m in wavs], "approved", by=APPROVER)
    export.export_speaker(workspace, "Sáng", tmp_path / "a")
    export.export_speaker(workspace, "Sáng", tmp_path / "b")
    for f in (tmp_path / "b").iterdir():
        f.unlink()
    view = _view(qtbot, workspace, tmp_path / "c")
    words = {view.history.item(r, 2).text(): view.history.item(r, 6).text() for r in range(2)}
    assert words == {str((tmp_path / "a").resolve()): "Còn nguyên", str((tmp_path / "b").resolve()): "Không còn"}


def test_settings_switch_stores_the_setting(qtbot, workspace, english) -> None:
    from ledcast.qt.events import WorkspaceEvents

    events = WorkspaceEvents()
    box = ApprovalBox(workspace, events)
    qtbot.addWidget(box)
    assert box.check.isChecked() and box.check.text() == "Require approval before export and play-out"
    with qtbot.waitSignal(events.changed):
        box.check.setChecked(False)
    assert require_approval(workspace) is False
    save_require_approval(workspace, True)
    box.reload()
    assert box.check.isChecked()
