"""Small things with a big effect: readable hint text, the same words for outlet kinds
everywhere, and a slide called a slide in the preview."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from ledcast.core import outlets, slide_media
from ledcast.core.limits import Size
from ledcast.core.slides import SlideSource
from ledcast.qt.main_window import MainWindow
from ledcast.qt.views.outlets_view import OutletDialog, OutletsView
from ledcast.qt.views.preview import PreviewPane
from ledcast.qt.widgets import contrast_ratio, hint_color

STYLE_COLOR = re.compile(r"(?:^|[;\s{])color:\s*(#[0-9a-fA-F]{6})")


def test_contrast_ratio_is_the_wcag_one() -> None:
    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast_ratio(QColor("#777777"), QColor("white")), 2) == 4.48  # the classic just-too-light grey
    assert contrast_ratio(QColor("#767676"), QColor("white")) >= 4.5


def test_hint_colour_reads_on_light_and_dark_windows(qtbot) -> None:
    label = QLabel("gợi ý")
    qtbot.addWidget(label)
    for window, placeholder in (("#efefef", "#bfbfbf"), ("#2b2b2b", "#505050")):
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
        label.setPalette(palette)
        assert contrast_ratio(hint_color(label), QColor(window)) >= 4.5


def test_every_grey_hint_on_the_pages_has_enough_contrast(qtbot, workspace, vietnamese) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.build_pages()  # every page, not only the first one shown
    background = win.palette().color(QPalette.ColorRole.Window)
    coloured = [(lab, STYLE_COLOR.search(lab.styleSheet())) for lab in win.findChildren(QLabel)]
    coloured = [(lab, m.group(1)) for lab, m in coloured if m]
    assert win.playlist_view.hint in [lab for lab, _ in coloured]  # the playlist's drag hint among them
    assert not [lab.text() for lab in win.findChildren(QLabel) if "palette(mid)" in lab.styleSheet()]
    low = [(lab.text()[:30], c) for lab, c in coloured if contrast_ratio(QColor(c), background) < 4.5]
    assert low == []


def test_outlet_kinds_have_the_same_names_in_the_dialog_and_the_table(qtbot, workspace, vietnamese) -> None:
    outlets.add_outlet(workspace, "LED cổng", "screen", Size(384, 192))
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    view = OutletsView(workspace)
    qtbot.addWidget(view)
    in_table = {view.table.item(r, 1).text() for r in range(view.table.rowCount())}
    dialog = OutletDialog(None, view)
    in_dialog = {dialog.kind.itemText(i) for i in range(dialog.kind.count())}
    assert in_table == in_dialog == {"Màn hình", "Loa"}


def test_slide_preview_calls_it_a_slide(qtbot, workspace, vietnamese) -> None:
    slide, _render = slide_media.add_slide(workspace, SlideSource(title="Định danh điện tử"), Size(384, 192))
    pane = PreviewPane(workspace.root)
    qtbot.addWidget(pane)
    pane.show_media(slide)
    assert "Trang chữ: 384×192" in pane.facts.text() and "Hình ảnh" not in pane.facts.text()
