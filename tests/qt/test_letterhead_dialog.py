"""The PDF letterhead set from the Reports page (Thông tin văn bản…): the dialog is
prefilled with what the next PDF prints, Save stores the edits (NFC, bounded) and
the page's next PDF carries them; Cancel stores nothing; it fits a laptop screen."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from ledcast.core.db.models import Setting, Unit
from ledcast.core.report_letterhead import DEFAULT_SIGNER_TITLE, PREFIX, letterhead, save_letterhead
from ledcast.core.units import set_self_unit
from ledcast.qt.views.letterhead_dialog import LetterheadDialog

from .test_report_view import _save, _view, logged  # noqa: F401 - the fixture

RECIPIENTS = "Trung tâm Văn hóa - Thể thao - Truyền thông huyện\nUBND xã"


def _stored(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return {r.key: r.value for r in s.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))}


def _fill(dlg: LetterheadDialog) -> None:
    dlg.edits["parent"].setText("UBND huyện Đại Từ")
    dlg.edits["place"].setText(unicodedata.normalize("NFD", "Tân Cương"))  # as some keyboards type it
    dlg.edits["signer_title"].setText("Giám đốc")
    dlg.edits["signer_name"].setText("  Nguyễn   Văn An ")
    dlg.recipients.setPlainText(RECIPIENTS)


def _click(dlg: LetterheadDialog, which: QDialogButtonBox.StandardButton) -> None:
    dlg.buttons.button(which).click()


def test_edit_and_save_then_the_pages_pdf_carries_it(qtbot, logged, english, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from pypdf import PdfReader

    view = _view(qtbot, logged)
    seen: list[LetterheadDialog] = []

    def exec_(dlg: LetterheadDialog) -> int:  # the user edits and presses Save
        seen.append(dlg)
        assert dlg.edits["signer_title"].text() == DEFAULT_SIGNER_TITLE and dlg.edits["place"].text() == ""
        _fill(dlg)
        _click(dlg, QDialogButtonBox.StandardButton.Save)
        return dlg.result()

    monkeypatch.setattr(LetterheadDialog, "exec", exec_)
    view.letterhead_button.click()
    assert seen and seen[0].result() == 1
    head = letterhead(logged)
    assert (head.parent, head.place, head.signer_title, head.signer_name) == (
        "UBND huyện Đại Từ",
        "Tân Cương",  # NFC
        "Giám đốc",
        "Nguyễn Văn An",  # cleaned as the CLI cleans it
    )
    assert head.place == unicodedata.normalize("NFC", head.place)
    assert head.recipients == ("Trung tâm Văn hóa - Thể thao - Truyền thông huyện", "UBND xã")

    path = tmp_path / "bc.pdf"
    _save(qtbot, view.pdf_button, path, monkeypatch, messages)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    text = unicodedata.normalize("NFC", text)
    assert "UBND HUYỆN ĐẠI TỪ" in text and "Tân Cương, " in text
    assert "GIÁM ĐỐC" in text and "Nguyễn Văn An" in text
    assert "Kính gửi: - Trung tâm Văn hóa - Thể thao - Truyền thông huyện; - UBND xã." in text
    assert "Nơi nhận: - Như trên; - Lưu: VT." in text


def test_the_dialog_opens_with_the_stored_values(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    save_letterhead(logged, place="Tân Cương", recipients="A; B")
    dlg = LetterheadDialog(logged)
    qtbot.addWidget(dlg)
    assert dlg.edits["place"].text() == "Tân Cương" and dlg.recipients.toPlainText() == "A\nB"
    assert "Xã Tân Cương" in dlg.intro.text()  # the reporting unit named


def test_cancel_changes_nothing(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    save_letterhead(logged, place="Đại Từ")
    before = _stored(logged)
    dlg = LetterheadDialog(logged)
    qtbot.addWidget(dlg)
    _fill(dlg)
    _click(dlg, QDialogButtonBox.StandardButton.Cancel)
    assert dlg.result() == 0 and _stored(logged) == before
    assert letterhead(logged).place == "Đại Từ" and letterhead(logged).recipients == ()


def test_defaults_left_alone_are_not_stored(qtbot, workspace, english) -> None:  # type: ignore[no-untyped-def]
    """The parent body shown is the parent unit's name; saving another field does not
    freeze it, so a renamed parent unit still prints under its new name."""
    with workspace.session() as s:
        s.add(Unit(code="HUYEN", name="UBND huyện Đại Từ"))
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương", parent_code="HUYEN")
    dlg = LetterheadDialog(workspace)
    qtbot.addWidget(dlg)
    assert dlg.edits["parent"].text() == "UBND huyện Đại Từ"
    dlg.edits["place"].setText("Tân Cương")
    _click(dlg, QDialogButtonBox.StandardButton.Save)
    assert _stored(workspace) == {PREFIX + "place": "Tân Cương"}
    dlg = LetterheadDialog(workspace)  # clearing the title: the default again
    qtbot.addWidget(dlg)
    dlg.edits["signer_title"].setText("")
    _click(dlg, QDialogButtonBox.StandardButton.Save)
    assert letterhead(workspace).signer_title == DEFAULT_SIGNER_TITLE


def test_too_many_recipients_is_said_and_nothing_stored(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dlg = LetterheadDialog(logged)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.edits["place"].setText("Tân Cương")
    dlg.recipients.setPlainText("\n".join(f"Xã {i}" for i in range(11)))
    _click(dlg, QDialogButtonBox.StandardButton.Save)
    assert dlg.isVisible() and dlg.result() == 0
    assert dlg.error.isVisible() and "10" in dlg.error.text()
    assert _stored(logged) == {}
    assert dlg.edits["parent"].maxLength() == 200  # a longer name cannot be typed


def test_the_dialog_fits_a_laptop_screen_in_vietnamese(qtbot, logged, vietnamese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from .test_screen_fit import AVAILABLE

    save_letterhead(logged, recipients=RECIPIENTS)
    dlg = LetterheadDialog(logged)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    QApplication.processEvents()
    assert dlg.windowTitle() != "Letterhead of the PDF report"  # translated
    assert dlg.width() <= AVAILABLE[0] and dlg.height() <= AVAILABLE[1] - 40
    for b in dlg.findChildren(QAbstractButton):
        if b.isVisible():
            assert b.sizeHint().width() <= b.width(), b.text()
    for label in dlg.findChildren(QLabel):  # every hint shown whole
        if label.isVisible() and label.text():
            assert label.heightForWidth(label.width()) <= label.height() + 1 or not label.wordWrap(), label.text()
