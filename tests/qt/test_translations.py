"""The Vietnamese catalogue is complete, keeps every placeholder, and compiles."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

from PySide6.QtCore import QCoreApplication

from ledcast.config import resource
from ledcast.core.i18n import translate
from ledcast.qt.i18n import compiled_catalogue

TS = resource("translations", "ledcast_vi.ts")
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def _messages():  # type: ignore[no-untyped-def]
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), msg.find("translation")


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    count = 0
    for ctx, source, tr in _messages():
        count += 1
        assert tr is not None and tr.get("type") is None and tr.text, f"untranslated: {ctx}: {source}"
        assert Counter(PLACEHOLDER.findall(source)) == Counter(PLACEHOLDER.findall(tr.text)), (ctx, source)
        assert unicodedata.is_normalized("NFC", tr.text), (ctx, source)
    assert count > 150


def test_catalogue_compiles_and_translates(qapp, vietnamese) -> None:
    assert compiled_catalogue("vi") is not None
    assert QCoreApplication.translate("MainWindow", "Library") == "Thư viện"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_every_core_error_message_is_in_the_catalogue() -> None:
    """Every module under ledcast.core, so a new module's messages are checked too."""
    import importlib
    import pkgutil

    import ledcast.core
    from ledcast.core import errors

    sources = {(ctx, src) for ctx, src, _ in _messages()}
    for info in pkgutil.walk_packages(ledcast.core.__path__, prefix="ledcast.core."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name[:2] in ("M_", "R_", "W_") and isinstance(value, str):
                assert ("Errors", value) in sources, f"{module.__name__}.{name} is not in the .ts"
    assert translate("Errors", errors.M_EMPTY_FILE, "vi") != errors.M_EMPTY_FILE
    assert translate("Errors", errors.M_EMPTY_FILE, "en") == errors.M_EMPTY_FILE


def test_shared_labels_are_translated_where_they_are_shown(qtbot, vietnamese) -> None:
    """Labels built by helper functions must be looked up in their own context."""
    from ledcast.qt.views.playlist_view import kind_label
    from ledcast.qt.views.schedule_dialog import ScheduleDialog, weekdays_text

    dlg = ScheduleDialog("emergency", 60)
    qtbot.addWidget(dlg)
    assert [c.text() for c in dlg.day_checks] == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    assert [dlg.priority.itemText(i) for i in range(3)] == ["Thông thường", "Ưu tiên", "Khẩn cấp"]
    assert dlg.priority.currentText() == "Khẩn cấp"
    assert weekdays_text("mon,wed,fri") == "T2, T4, T6"
    assert weekdays_text("mon,tue,wed,thu,fri") == "T2–T6"
    assert weekdays_text("mon,tue,wed,thu,fri,sat,sun") == "Hàng ngày"
    assert (kind_label(None, "screen"), kind_label(None, "speaker")) == ("Màn hình", "Loa")
