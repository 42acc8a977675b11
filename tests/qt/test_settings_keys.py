"""Settings → Signing key and trusted units: create and replace this unit's key,
save its public key, trust another unit's key only after the fingerprint check,
revoke, and the unit list with who has not reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ledcast.core import airing, keys
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit
from ledcast.qt.events import AIRINGS, WorkspaceEvents
from ledcast.qt.main_window import MainWindow
from ledcast.qt.views.settings_units import KeysUnitsTab

from .test_screen_fit import AVAILABLE, elided_buttons


@pytest.fixture
def tab(qtbot, workspace, english):  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "HUYEN-DT", "Huyện Đại Từ")
    events = WorkspaceEvents()
    t = KeysUnitsTab(workspace, events)
    qtbot.addWidget(t)
    t.resize(1150, 680)
    t.show()
    return t


@pytest.fixture
def commune_key(tmp_path: Path) -> tuple[Path, str]:
    """Another unit's public key file and its fingerprint."""
    other = open_for_use(tmp_path / "xa")
    set_self_unit(other, "XA-TC", "Xã Tân Cương")
    info = keys.init_keys(other)
    path = tmp_path / "xa-tc.txt"
    path.write_text(keys.public_key_file(other), "utf-8")
    other.close()
    return path, info.fingerprint


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_create_then_replace_the_key_shows_its_fingerprint(tab, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    box = tab.own_key
    assert box.fingerprint.text() == "No key yet" and box.create_button.isVisible()
    assert not box.save_button.isEnabled() and not box.replace_button.isVisible()
    box.create_button.click()
    first = keys.own_key(workspace).fingerprint
    assert box.fingerprint.text() == first and not box.create_button.isVisible() and box.save_button.isEnabled()
    box.replace_button.click()  # confirmed (the messages fixture answers Yes)
    assert [kind for kind, _ in messages] == ["question"]
    second = keys.own_key(workspace).fingerprint
    assert second != first and box.fingerprint.text() == second
    assert first in box.hint.text() and [k["fingerprint"] for k in keys.retired_keys(workspace)] == [first]


def test_no_key_without_the_unit(qtbot, workspace, english) -> None:  # type: ignore[no-untyped-def]
    t = KeysUnitsTab(workspace, WorkspaceEvents())
    qtbot.addWidget(t)
    assert not t.own_key.create_button.isEnabled() and "code and name first" in t.own_key.hint.text()


def test_save_public_key_writes_the_file(tab, workspace, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    tab.own_key.create_button.click()
    out = tmp_path / "out" / "HUYEN-DT.txt"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert tab.own_key.save_public_key() == out
    assert out.read_text("utf-8") == keys.public_key_file(workspace)
    assert keys.own_key(workspace).fingerprint in messages[-1][1]


def test_trust_only_when_the_fingerprints_match(tab, workspace, commune_key) -> None:  # type: ignore[no-untyped-def]
    path, fingerprint = commune_key
    dialog = tab.trusted.trust_file(path)
    assert dialog is not None and dialog.isVisible() and dialog.fingerprint.text() == fingerprint
    assert dialog.key.unit_code == "XA-TC" and dialog.key.unit_name == "Xã Tân Cương"
    dialog.cancel_button.click()
    assert keys.list_trusted(workspace) == [] and tab.trusted.table.rowCount() == 0

    dialog = tab.trusted.trust_file(path)
    assert dialog is not None
    dialog.confirm_button.click()
    (k,) = keys.list_trusted(workspace)
    assert (k.unit_code, k.fingerprint) == ("XA-TC", fingerprint)
    assert _cells(tab.trusted.table, 0)[:3] == ["XA-TC", "Xã Tân Cương", fingerprint]
    assert _cells(tab.trusted.table, 0)[4] == "Trusted"
    units = {_cells(tab.units.table, r)[0]: _cells(tab.units.table, r) for r in range(tab.units.table.rowCount())}
    assert units["XA-TC"][1] == "Xã Tân Cương" and units["XA-TC"][6] == "No file yet"  # trusted, never sent


def test_bad_key_files_are_refused_with_one_message(tab, workspace, tmp_path, messages) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.txt"
    bad.write_text("unit: XA-X\nkey: not base64!\n", "utf-8")
    assert tab.trusted.trust_file(bad) is None
    assert tab.trusted.trust_file(tmp_path / "missing.txt") is None
    tab.own_key.create_button.click()
    own = tmp_path / "own.txt"
    own.write_text(keys.public_key_file(workspace), "utf-8")
    assert tab.trusted.trust_file(own) is None
    texts = [text for kind, text in messages if kind == "warning"]
    assert len(texts) == 3
    assert "not a ledcast public key file" in texts[0] and "missing.txt" in texts[1] and "own unit" in texts[2]
    assert keys.list_trusted(workspace) == []


def test_revoke_asks_then_refuses_the_unit(tab, workspace, commune_key, messages) -> None:  # type: ignore[no-untyped-def]
    keys.trust(workspace, commune_key[0].read_text("utf-8"))
    tab.trusted.reload()
    assert not tab.trusted.revoke_button.isEnabled()  # nothing chosen
    tab.trusted.table.selectRow(0)
    assert tab.trusted.revoke_button.isEnabled()
    tab.trusted.revoke_button.click()
    assert messages[-1][0] == "question" and "XA-TC" in messages[-1][1]
    assert keys.trusted_key(workspace, "XA-TC") is None
    assert _cells(tab.trusted.table, 0)[4] == "Revoked"
    tab.trusted.table.selectRow(0)
    assert not tab.trusted.revoke_button.isEnabled()  # a revoked key cannot be revoked again


def test_the_unit_list_follows_the_airing_log(tab, workspace) -> None:  # type: ignore[no-untyped-def]
    table = tab.units.table
    assert table.rowCount() == 1 and _cells(table, 0)[:3] == ["HUYEN-DT", "Huyện Đại Từ", "0"]
    start = dt.datetime(2026, 11, 30, 23, 30)  # 06:30 on 1 December at +07:00
    airing.record(
        workspace,
        airing.AiringEntry(
            outlet_name="Loa", outlet_kind="speaker", start=start, end=start + dt.timedelta(minutes=5),
            recorded_how="manual", title="Tin", utc_offset_min=420,
        ),
    )  # fmt: skip
    tab.events.announce(None, AIRINGS)  # the log page recorded it
    QApplication.processEvents()
    assert _cells(table, 0)[2:6] == ["1", "01/12/2026", "01/12/2026", "—"] and _cells(table, 0)[6] == "This unit"


def test_the_tab_fits_a_laptop_screen_in_vietnamese(qtbot, workspace, commune_key, vietnamese) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "HUYEN-DT", "Huyện Đại Từ")
    keys.trust(workspace, commune_key[0].read_text("utf-8"))
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *AVAILABLE)
    win.show()
    win.show_page("settings")
    tabs = win.settings_view.tabs
    tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert tabs.tabText(1) == "Khóa ký và đơn vị tin cậy"
    keys_tab = win.settings_view.keys_tab
    assert keys_tab.own_key.create_button.isVisible() and keys_tab.units.table.rowCount() == 2
    assert elided_buttons(win) == []
    assert win.minimumSizeHint().height() <= AVAILABLE[1]


def test_the_unit_list_is_read_when_first_shown_and_edits_elsewhere_survive(  # type: ignore[no-untyped-def]
    qtbot, workspace, english, commune_key, monkeypatch
) -> None:
    from ledcast.qt.views import settings_units
    from ledcast.qt.views.settings_view import SettingsView

    calls = []
    real = settings_units.unit_coverage
    monkeypatch.setattr(settings_units, "unit_coverage", lambda ws: calls.append(1) or real(ws))
    set_self_unit(workspace, "HUYEN-DT", "Huyện Đại Từ")
    view = SettingsView(workspace)
    qtbot.addWidget(view)
    view.show()
    assert calls == []  # at start-up the General tab shows: the log is not read
    view.unit_name.setText("Huyện Đại Từ (đang sửa)")  # typed, not saved yet
    view.events.announce(None, AIRINGS)  # while the tab is hidden: read once when shown
    view.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert calls == [1] and view.keys_tab.units.table.rowCount() == 1
    dialog = view.keys_tab.trusted.trust_file(commune_key[0])
    assert dialog is not None
    dialog.confirm_button.click()
    assert view.keys_tab.units.table.rowCount() == 2
    assert view.unit_name.text() == "Huyện Đại Từ (đang sửa)"  # the page's unsaved edit is kept
