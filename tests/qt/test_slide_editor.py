from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox, QFileDialog

from ledcast.core.slides import SlideSource
from ledcast.qt.views.slide_editor import SlideEditorDialog

TITLE = "Dịch vụ công trực tuyến toàn trình"
BODY = "Người dân có thể nộp hồ sơ, theo dõi và nhận kết quả ngay tại nhà qua Cổng Dịch vụ công quốc gia."
OUTLETS = [("LED cổng chào", 384, 192), ("Màn hình UBND xã", 1366, 768)]


@pytest.fixture
def dialog(qtbot, english):  # type: ignore[no-untyped-def]
    dlg = SlideEditorDialog(SlideSource(title=TITLE, body=BODY), sizes=OUTLETS)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _choose_size(qtbot, dlg: SlideEditorDialog, label_start: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(dlg.size_combo.count()) if dlg.size_combo.itemText(i).startswith(label_start))
    with qtbot.waitSignal(dlg.preview_updated, timeout=3000):  # through the debounce timer
        dlg.size_combo.setCurrentIndex(index)


def test_named_sizes_come_first_and_preview_has_the_exact_size(qtbot, dialog: SlideEditorDialog) -> None:
    assert dialog.size_combo.itemText(0).startswith("LED cổng chào")
    assert dialog.size_combo.itemText(1).startswith("Màn hình UBND xã")
    assert dialog.target_size() == (384, 192)
    for label, size in (
        ("128×64", (128, 64)),
        ("1920×1080", (1920, 1080)),
        ("64×256", (64, 256)),
        ("Màn hình UBND xã", (1366, 768)),
    ):
        _choose_size(qtbot, dialog, label)
        assert dialog.target_size() == size
        assert dialog.preview_image is not None
        assert (dialog.preview_image.width(), dialog.preview_image.height()) == size
        assert dialog.last_render is not None and dialog.last_render.image.size == size
        assert not dialog.preview_label.pixmap().isNull()


def test_tiny_board_is_zoomed_by_whole_pixels(qtbot, dialog: SlideEditorDialog) -> None:
    _choose_size(qtbot, dialog, "128×64")
    shown = dialog.preview_label.pixmap().toImage()
    src = dialog.preview_image
    assert src is not None
    zoom = shown.width() // 128
    assert zoom >= 2 and shown.width() == 128 * zoom and shown.height() == 64 * zoom
    # nearest neighbour: every screen pixel is a zoom×zoom block of exactly its colour
    for x, y in ((0, 0), (40, 20), (64, 32), (100, 50), (127, 63)):
        want = src.pixelColor(x, y)
        for dx, dy in ((0, 0), (zoom - 1, zoom - 1)):
            assert shown.pixelColor(x * zoom + dx, y * zoom + dy) == want
    assert f"{zoom}×" in dialog.info_label.text()


def test_custom_size(qtbot, dialog: SlideEditorDialog) -> None:
    _choose_size(qtbot, dialog, "Other size")
    assert dialog.custom_size_edit.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.custom_size_edit.setText("300x100")
    assert dialog.target_size() == (300, 100)
    assert dialog.preview_image is not None and dialog.preview_image.size().toTuple() == (300, 100)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.custom_size_edit.setText("300 by 100")
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "WIDTHxHEIGHT" in dialog.warning_label.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_warning_shown_when_text_overflows_a_tiny_board(qtbot, dialog: SlideEditorDialog) -> None:
    assert dialog.target_size() == (384, 192)  # the outlet, chosen first (its preset is not repeated)
    assert dialog.last_render is not None and dialog.last_render.fits
    assert not dialog.warning_label.isVisibleTo(dialog)
    _choose_size(qtbot, dialog, "128×64")
    assert dialog.last_render is not None and not dialog.last_render.fits
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "cut short" in dialog.warning_label.text()
    assert "text 10 px" in dialog.info_label.text()
    # shorter text fits again: the warning goes away
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.body_edit.setPlainText("")
        dialog.title_edit.setText("Thông báo")
    assert dialog.last_render is not None and dialog.last_render.fits
    assert not dialog.warning_label.isVisibleTo(dialog)


def test_typing_is_debounced(qtbot, dialog: SlideEditorDialog) -> None:
    renders: list[int] = []
    dialog.preview_updated.connect(lambda: renders.append(1))
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        for text in ("T", "Th", "Thô", "Thôn", "Thông"):
            dialog.title_edit.setText(text)
    qtbot.wait(250)
    assert len(renders) == 1


def test_source_returns_the_typed_values(
    qtbot, dialog: SlideEditorDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pic = tmp_path / "nen.png"
    Image.new("RGB", (64, 32), (200, 30, 30)).save(pic)
    picks = iter([QColor("#ffcc00"), QColor("#123456")])
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: next(picks)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pic), "")))

    dialog.title_edit.setText("  Lịch   tiếp dân  ")
    dialog.body_edit.setPlainText("Thứ Năm hằng tuần\nTại UBND xã")
    dialog.text_color_button.click()
    dialog.background_color_button.click()
    dialog.choose_image_button.click()
    dialog.align_combo.setCurrentIndex(dialog.align_combo.findData("left"))
    assert dialog.text_color_button.text() == "#FFCC00"

    src = dialog.source()
    assert src == SlideSource(
        title="Lịch tiếp dân",
        body="Thứ Năm hằng tuần\nTại UBND xã",
        text_color="#FFCC00",
        background_color="#123456",
        background_image=str(pic.resolve()),
        align="left",
    )
    w, h = dialog.target_size()
    assert (w, h) == (384, 192) and isinstance(w, int) and isinstance(h, int)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        pass
    assert dialog.last_render is not None
    assert dialog.last_render.image.getpixel((0, 0)) != (0x12, 0x34, 0x56)  # the picture, not the colour

    dialog.clear_image_button.click()
    assert dialog.source().background_image is None
    dialog.accept()
    assert dialog.result() == SlideEditorDialog.DialogCode.Accepted


def test_editing_an_existing_slide_and_empty_title(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    initial = SlideSource(title="Cũ", body="Nội dung", text_color="#000000", background_color="#FFFFFF", align="right")
    dlg = SlideEditorDialog(initial, target=(192, 96))
    qtbot.addWidget(dlg)
    assert dlg.source() == initial
    assert dlg.target_size() == (192, 96)
    assert dlg.windowTitle() == "Edit slide"
    dlg.title_edit.clear()
    dlg.render_now()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dlg.preview_image is None
    dlg.accept()  # refused with the reason, the dialog stays open
    assert dlg.result() != SlideEditorDialog.DialogCode.Accepted
    assert "needs a title" in dlg.warning_label.text()


def test_dialog_fits_a_small_laptop_screen(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dlg = SlideEditorDialog(sizes=OUTLETS)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "New slide"
    assert not dlg.warning_label.isVisibleTo(dlg)  # a blank new slide is not an error
    hint = dlg.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dlg.width() <= 1366 and dlg.height() <= 700


def test_a_folder_or_a_sound_as_background_is_refused_by_the_core_rule(
    qtbot, dialog: SlideEditorDialog, tmp_path: Path
) -> None:
    sound = tmp_path / "nhạc.mp3"
    sound.write_bytes(b"ID3" + b"\0" * 100)
    for path, reason in ((tmp_path, "is a folder"), (sound, "not a picture")):
        dialog.set_background_image(str(path))
        dialog.render_now()
        assert reason in dialog.warning_label.text() and path.name in dialog.warning_label.text()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.accept()
        assert dialog.result() != SlideEditorDialog.DialogCode.Accepted


def test_new_slide_has_a_task_field_preset_to_the_given_task(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    tasks = [("NV1", "NV1 – Chuyển đổi số"), ("NV5", "NV5 – Định danh điện tử")]
    dlg = SlideEditorDialog(sizes=OUTLETS, tasks=tasks, task="NV5")
    qtbot.addWidget(dlg)
    assert dlg.task_combo.parent() is not None  # in the form
    assert [dlg.task_combo.itemData(i) for i in range(dlg.task_combo.count())] == [None, "NV1", "NV5"]
    assert dlg.task_codes() == ["NV5"]
    dlg.task_combo.setCurrentIndex(0)  # outside the plan
    assert dlg.task_codes() == []
    # editing an existing slide: its tasks are edited in the library, no field here
    edit = SlideEditorDialog(SlideSource(title=TITLE), target=(192, 96))
    qtbot.addWidget(edit)
    assert edit.task_combo.parent() is None and edit.task_codes() == []
