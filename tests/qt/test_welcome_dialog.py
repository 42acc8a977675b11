"""The welcome dialog of a workspace's first start, and the Settings page's demo buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ledcast.core import demo, keys, library
from ledcast.core.first_run import needs_welcome
from ledcast.core.units import parent_unit, self_unit, set_self_unit
from ledcast.qt import welcome_dialog as wd
from ledcast.qt.events import WorkspaceEvents
from ledcast.qt.views.settings_demo import DemoButtons


@pytest.fixture
def dialog(qtbot, workspace, vietnamese):  # type: ignore[no-untyped-def]
    d = wd.WelcomeDialog(workspace)
    qtbot.addWidget(d)
    d.show()
    return d


def test_shown_on_the_first_start_only(qapp, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[wd.WelcomeDialog] = []
    monkeypatch.setattr(wd.WelcomeDialog, "exec", lambda self: (shown.append(self), self.skip()))
    assert wd.welcome_if_first_start(workspace) is True and len(shown) == 1
    assert wd.welcome_if_first_start(workspace) is False and len(shown) == 1  # skipped: not again
    assert self_unit(workspace) is None  # skipping saved nothing


def test_closing_it_counts_as_skip(dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog.close()  # the title bar's close button
    assert dialog.result() == QDialog.DialogCode.Rejected and not needs_welcome(workspace)


def test_not_shown_when_the_unit_is_already_set(qapp, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "UBND xã Tân Cương")
    monkeypatch.setattr(wd.WelcomeDialog, "exec", lambda self: pytest.fail("shown"))
    assert wd.welcome_if_first_start(workspace) is False


def test_fills_the_unit_and_its_parent_and_creates_the_key(dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    assert dialog.fingerprint.text() == "" and dialog.key_button.isEnabled()
    dialog.unit_code.setText("XA-TANCUONG")
    dialog.unit_name.setText("UBND xa\u0303 Tân Cương")  # decomposed, as some keyboards type it
    dialog.parent_kind.setCurrentIndex(dialog.parent_kind.findData("province"))
    dialog.parent_code.setText("TN")
    dialog.parent_name.setText("Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên")
    dialog.key_button.click()
    assert dialog.fingerprint.text() == keys.own_key(workspace).fingerprint
    assert keys.own_key(workspace).unit_code == "XA-TANCUONG"  # the unit was saved first: the key carries it
    assert dialog.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not dialog.key_button.isEnabled()  # one key; Settings replaces it when really needed
    dialog.finish_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    me = self_unit(workspace)
    assert (me.code, me.name, me.parent_code) == ("XA-TANCUONG", "UBND xã Tân Cương", "TN")
    parent, kind = parent_unit(workspace)
    assert (parent.name, kind) == ("Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên", "province")
    assert not needs_welcome(workspace)


def test_finish_asks_for_what_is_missing(dialog, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    dialog.finish_button.click()
    assert "mã và tên đơn vị" in messages[-1][1] and dialog.isVisible()
    dialog.key_button.click()  # the key carries the unit: not made without it
    assert "mã và tên đơn vị" in messages[-1][1] and not keys.private_key_path(workspace).exists()
    dialog.unit_code.setText("XA-TC")
    dialog.unit_name.setText("UBND xã Tân Cương")
    dialog.parent_code.setText("TT-KV1")
    dialog.finish_button.click()
    assert "cấp trên" in messages[-1][1] and dialog.isVisible() and self_unit(workspace) is None
    dialog.parent_code.setText("XA-TC")
    dialog.parent_name.setText("Chính nó")
    dialog.finish_button.click()
    assert "chính đơn vị này" in messages[-1][1] and dialog.isVisible()


def test_loads_the_demo_in_the_background(qtbot, dialog, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    dialog.demo_button.click()
    assert not dialog.finish_button.isEnabled()  # not left while the job runs
    dialog.reject()  # Esc
    assert dialog.isVisible() and needs_welcome(workspace)
    qtbot.waitUntil(lambda: dialog.finish_button.isEnabled(), timeout=60_000)
    assert demo.demo_loaded(workspace) and len(library.list_media(workspace)) == 11
    assert not dialog.demo_button.isEnabled() and dialog.demo_status.text()
    assert messages[-1][0] == "information" and "8 trang chữ" in messages[-1][1]


def test_the_language_applies_at_once(dialog, qapp) -> None:  # type: ignore[no-untyped-def]
    assert "Chào mừng" in dialog.windowTitle() and dialog.skip_button.text() == "Bỏ qua"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.windowTitle() == "Welcome to ledcast" and dialog.skip_button.text() == "Skip"
    assert dialog.parent_kind.currentText() == "Regional centre"
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert "Chào mừng" in dialog.windowTitle() and dialog.parent_kind.currentText() == "Trung tâm khu vực"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the next tests start without a catalogue


def test_settings_demo_box_loads_and_removes(qtbot, workspace, messages, english) -> None:  # type: ignore[no-untyped-def]
    box = DemoButtons(workspace, WorkspaceEvents())
    qtbot.addWidget(box)
    assert box.load_button.isEnabled() and not box.remove_button.isEnabled()
    box.load_button.click()
    qtbot.waitUntil(lambda: box.remove_button.isEnabled(), timeout=60_000)
    assert demo.demo_loaded(workspace) and not box.load_button.isEnabled()
    box.remove_button.click()  # the question is answered Yes
    assert library.list_media(workspace) == [] and not demo.demo_loaded(workspace)
    assert "11 library item(s), 2 outlet(s), 2 playlist(s)" in messages[-1][1]
    assert box.load_button.isEnabled() and not box.remove_button.isEnabled()
