"""The Reports page (Báo cáo): period, units and plan; the table against a known
log, the chart, saving XLSX/CSV, the errors, and the page on a laptop screen."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ledcast.core import airing
from ledcast.core.airing import build_row
from ledcast.core.report import report
from ledcast.core.report_file import main_rows
from ledcast.core.report_period import Period
from ledcast.core.units import set_self_unit
from ledcast.qt.events import AIRINGS
from ledcast.qt.models.report_model import RAW_ROLE
from ledcast.qt.views.report_period_picker import default_month
from ledcast.qt.views.report_view import LAST_DIR_KEY, ReportView

ROOT = Path(__file__).resolve().parents[2]


def _demo():  # type: ignore[no-untyped-def]
    """tools/demo_report_log.py (the screenshot's log): its entry() makes the airings here too."""
    spec = importlib.util.spec_from_file_location("demo_report_log", ROOT / "tools" / "demo_report_log.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def aired(day: dt.date, title: str, task: str = "NV1", kind: str = "speaker", minutes: int = 5):  # type: ignore[no-untyped-def]
    return _demo().entry(day, 6, task, title, minutes, kind)


@pytest.fixture
def logged(workspace):  # type: ignore[no-untyped-def]
    """March 2025 at XA-TC: one bulletin aired 10 times + Bài 2 (NV1), Bài 3 (NV3), a
    screen slide (NV1); January: NV2 once. XA-PL (imported): 3 items for NV1 in March."""
    ws = workspace
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    march = dt.date(2025, 3, 1)
    rows = [aired(march + dt.timedelta(days=i), "Bản tin") for i in range(10)]  # one item by its title
    rows += [
        aired(dt.date(2025, 3, 12), "Bài 2"),
        aired(dt.date(2025, 3, 13), "Bài 3", task="NV3"),
        aired(dt.date(2025, 3, 14), "Slide", kind="screen", minutes=1),
        aired(dt.date(2025, 1, 20), "Tháng một", task="NV2"),
    ]
    airing.record_many(ws, rows)
    with ws.session() as s:
        for i in range(3):
            s.add(build_row(aired(dt.date(2025, 3, 20 + i), f"PL {i}"), "XA-PL"))
    return ws


def _view(qtbot, ws, kind: str = "month") -> ReportView:  # type: ignore[no-untyped-def]
    view = ReportView(ws)
    qtbot.addWidget(view)
    p = view.picker
    p.year.setValue(2025)
    p.month.setCurrentIndex(2)  # March
    p.quarter.setCurrentIndex(0)
    p.set_kind(kind)
    assert not view.loaded and view.report is None  # nothing counted while hidden
    view.show()
    _wait(qtbot, view)
    return view


def _wait(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.shown == view.asked and not view.timer.isActive(), timeout=10000)


def _line(view: ReportView, task: str, channel_text: str) -> list:  # type: ignore[type-arg]
    m = view.main_model
    for r in range(len(m.rows)):
        line = [m.index(r, c).data(RAW_ROLE) for c in range(m.columnCount())]
        if line[0] == task and line[2] == channel_text:
            return line
    raise AssertionError((task, channel_text))


def test_the_page_shows_the_counts_of_a_known_log(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    assert view.report is not None and view.report.units == ["XA-TC"]
    nv1 = _line(view, "NV1", "Loudspeakers")
    assert nv1[3:6] == [11, 2, 55.0]  # the bulletin aired 10 times is one item
    assert nv1[6] == "2 / 1–5 (whole plan period)" and nv1[7] == "Target met"  # progress to date
    nv2 = _line(view, "NV2", "Loudspeakers")  # nothing in March, but January's item counts to date
    assert nv2[3:5] == [0, 0] and nv2[6].startswith("1 / 1–5") and nv2[7] == "Target met"
    assert _line(view, "NV4", "Loudspeakers")[7] == "Below target"
    assert _line(view, "NV1", "Screen")[3:6] == [1, 1, 1.0]
    m = view.main_model
    totals = [m.index(m.rowCount() - 1, c).data() for c in range(m.columnCount())]
    assert totals[0] == "Total" and totals[3] == "13"  # 11 + 1 + 1
    status = m.index(0, 7)
    assert status.data() == "Target met" and status.data(qtbot_role_background()) is not None
    assert not view.tabs.isTabEnabled(2)  # one unit: no breakdown by unit
    months = view.month_model
    assert {months.index(r, 0).data() for r in range(months.rowCount())} == {"2025-03"}

    view.unit.setCurrentIndex(view.unit.findData("*"))  # all units
    _wait(qtbot, view)
    assert _line(view, "NV1", "Loudspeakers")[3:5] == [14, 5]
    assert view.tabs.isTabEnabled(2) and view.unit_model.rowCount() > 0
    assert {view.unit_model.index(r, 0).data() for r in range(view.unit_model.rowCount())} == {"XA-TC", "XA-PL"}
    view.unit.setCurrentIndex(view.unit.findData("XA-PL"))  # a unit known only from the log
    _wait(qtbot, view)
    assert _line(view, "NV1", "Loudspeakers")[3:5] == [3, 3]


def qtbot_role_background():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.BackgroundRole


def test_switching_the_period_kind_recomputes(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    assert _line(view, "NV2", "Loudspeakers")[4] == 0
    view.picker.set_kind("quarter")
    _wait(qtbot, view)
    assert (view.report.period.date_from, view.report.period.date_to) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))  # type: ignore[union-attr]
    assert _line(view, "NV2", "Loudspeakers")[4] == 1 and view.stem == "2025-Q1"  # the file name offered
    view.picker.set_kind("dates")
    view.picker.date_from.setDate(dt.date(2025, 3, 11))
    view.picker.date_to.setDate(dt.date(2025, 3, 31))
    _wait(qtbot, view)
    assert _line(view, "NV1", "Loudspeakers")[3] == 1  # Bài 2 only
    view.picker.date_to.setDate(dt.date(2025, 3, 1))  # before the start: said, nothing shown
    _wait(qtbot, view)
    assert view.report is None and "2025-03-01" in view.message.text()
    assert not view.xlsx_button.isEnabled()


def test_a_new_airing_shows_when_the_page_is_next_shown(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    view.hide()
    airing.record(logged, aired(dt.date(2025, 3, 25), "Bài mới", task="NV2"))
    view.events.announce(None, AIRINGS)
    assert _line(view, "NV2", "Loudspeakers")[4] == 0  # hidden: nothing counted yet
    view.show()
    _wait(qtbot, view)
    assert _line(view, "NV2", "Loudspeakers")[4] == 1


def test_the_chart_has_a_bar_per_task_equal_to_the_items(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    r = view.report
    assert r is not None
    chart = view.chart
    tasks = list(dict.fromkeys(x.task for x in r.rows if x.task))
    assert chart.categories == tasks and len(tasks) >= 3
    speaker = {x.task: x.counts.items for x in r.rows if x.channel == "speaker" and x.task}
    assert chart.values == [speaker[t] for t in tasks]
    assert chart.values[0] == 2 and chart.bands[0] == (1, 5)
    (bars,) = [s for s in chart.chart.series() if s.metaObject().className() == "QBarSeries"]
    assert [bars.barSets()[0].at(i) for i in range(len(tasks))] == [float(v) for v in chart.values]
    axis = chart.chart.axes()[0]
    assert axis.categories() == tasks
    chart.channel.setCurrentIndex(chart.channel.findData("screen"))
    assert chart.values[0] == 1


def test_saving_xlsx_reads_back_equal_to_the_table(qtbot, logged, english, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from ledcast.core.report_file import HEADER_ROWS

    view = _view(qtbot, logged)
    suggested: list[str] = []

    def dialog(parent, title, name, pattern):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return str(tmp_path / "out" / "bc"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    view.xlsx_button.click()
    path = tmp_path / "out" / "bc.xlsx"
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert suggested[0].endswith("bao-cao-2025-03.xlsx")
    assert messages[0][0] == "information" and str(path) in messages[0][1]
    sheet = load_workbook(path).worksheets[0]
    table = [list(x) for x in sheet.iter_rows(min_row=HEADER_ROWS + 2, values_only=True)]
    m = view.main_model
    shown = [[m.index(r, c).data(RAW_ROLE) for c in range(m.columnCount())] for r in range(len(m.rows))]
    assert table == [[v if v != "" else None for v in x] for x in shown]
    assert QSettings().value(LAST_DIR_KEY) == str(tmp_path / "out")
    view.csv_button.click()  # the next dialog opens in the folder last used
    assert suggested[1] == str(tmp_path / "out" / "bao-cao-2025-03.csv")
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10000)


def _save(qtbot, button, path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    """Click a Save button, answer the file dialog with `path`, wait for the one message."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(path), "")))
    button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert len(messages) == 1


def test_csv_starts_with_the_bom(qtbot, logged, english, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    path = tmp_path / "bc.csv"
    _save(qtbot, view.csv_button, path, monkeypatch, messages)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1:] == [[str(v) for v in x] for x in main_rows(view.report)]  # type: ignore[arg-type]


def test_a_bad_path_gives_one_message_and_no_file(qtbot, logged, english, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    path = tmp_path / "missing" / "bc.xlsx"
    _save(qtbot, view.xlsx_button, path, monkeypatch, messages)
    assert messages[0][0] == "warning" and "bc.xlsx" in messages[0][1]
    assert "Error" not in messages[0][1] and not (tmp_path / "missing").exists()
    assert QSettings().value(LAST_DIR_KEY) != str(tmp_path / "missing")  # a folder that failed is not offered next


def test_save_pdf_names_this_unit(qtbot, logged, english, tmp_path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    """The page's PDF carries the letterhead: this unit's name, the motto, the counts."""
    import unicodedata

    from pypdf import PdfReader

    view = _view(qtbot, logged)
    path = tmp_path / "bc.pdf"
    _save(qtbot, view.pdf_button, path, monkeypatch, messages)
    assert messages[0][0] == "information" and path.exists()
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages))
    assert "XÃ TÂN CƯƠNG" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_an_unknown_self_unit_offers_all_units(qtbot, workspace, english) -> None:  # type: ignore[no-untyped-def]
    view = ReportView(workspace)
    qtbot.addWidget(view)
    view.show()
    _wait(qtbot, view)
    assert view.unit.itemData(0) == "*"  # no unit set up here: "this unit" is not offered
    assert view.report is not None and all(x.counts.airings == 0 for x in view.report.rows)


def test_default_month() -> None:
    assert default_month(dt.date(2026, 3, 5)) == (2026, 2)  # early in March: February's report is due
    assert default_month(dt.date(2026, 1, 10)) == (2025, 12)
    assert default_month(dt.date(2026, 3, 11)) == (2026, 3)


def test_the_report_equals_the_core_report(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged, "quarter")
    core = report(logged, Period.quarter("2025Q1"))
    m = view.main_model
    assert [[m.index(r, c).data(RAW_ROLE) for c in range(m.columnCount())] for r in range(len(m.rows))] == main_rows(
        core
    )


def test_the_page_fits_a_laptop_screen_in_vietnamese(qtbot, logged, vietnamese) -> None:  # type: ignore[no-untyped-def]
    from ledcast.qt.main_window import MainWindow

    from .test_screen_fit import AVAILABLE, elided_buttons

    win = MainWindow(logged)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *AVAILABLE)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("reports")
    view = win.report_view
    view.unit.setCurrentIndex(view.unit.findData("*"))
    view.picker.set_kind("dates")  # the widest period picker
    _wait(qtbot, view)
    QApplication.processEvents()
    assert elided_buttons(win) == []
    assert win.frameGeometry().height() <= AVAILABLE[1] + 40 and view.height() <= AVAILABLE[1]
    table = view.main_table
    for c in range(view.main_model.columnCount()):  # every column in view, no horizontal scrolling
        assert table.columnViewportPosition(c) + table.columnWidth(c) <= table.viewport().width() + 1, c
    assert view.chart.view.width() >= 300 and view.chart.view.height() >= 240


def test_several_units_are_ticked_in_a_dialog(qtbot, logged, english, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from ledcast.qt.views.report_units_dialog import UnitsDialog

    view = _view(qtbot, logged)
    answers = iter([False, True])
    offered: list[list[str]] = []

    def exec_(dlg: UnitsDialog) -> int:
        offered.append([dlg.list.item(i).text() for i in range(dlg.list.count())])
        ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing ticked: nothing to count
        for i in range(dlg.list.count()):
            dlg.list.item(i).setCheckState(Qt.CheckState.Checked)
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted if next(answers) else QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnitsDialog, "exec", exec_)
    before = view.unit.currentIndex()
    view.unit.setCurrentIndex(view.unit.findData("?"))  # cancelled: back to the last choice
    assert view.unit.currentIndex() == before and view.picked == []
    view.unit.setCurrentIndex(view.unit.findData("?"))
    assert offered[0] == ["XA-TC – Xã Tân Cương", "XA-PL"]  # this unit, then a unit known from the log only
    assert view.unit.currentText() == "2 units: XA-TC, XA-PL"
    _wait(qtbot, view)
    assert view.report is not None and view.report.units == ["XA-TC", "XA-PL"]
    assert _line(view, "NV1", "Loudspeakers")[3:5] == [14, 5] and view.tabs.isTabEnabled(2)


def test_counting_leaves_the_page_responsive(qtbot, logged, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, logged)
    view.picker.set_kind("year")
    assert view.timer.isActive() and view.shown == view.asked  # edits wait a moment, then count once
    view.make()
    assert view.shown != view.asked and view.message.text() == "Counting…"  # the GUI thread went on
    _wait(qtbot, view)
    assert view.report is not None and view.report.period.date_to == dt.date(2025, 12, 31)


def test_at_1366_the_task_name_heading_and_the_status_show_in_vietnamese(qtbot, logged, vietnamese) -> None:  # type: ignore[no-untyped-def]
    """Vietnamese's wider columns squeezed "Tên nhiệm vụ" to "ên nhiệm v": the chart gives up room."""
    from .test_screen_fit import laptop_window

    win = laptop_window(qtbot, logged, "reports")
    view = win.report_view
    view.picker.year.setValue(2025)
    view.picker.month.setCurrentIndex(2)
    view.unit.setCurrentIndex(view.unit.findData("*"))
    view.make()
    _wait(qtbot, view)
    QApplication.processEvents()
    header = view.main_table.horizontalHeader()
    heading = view.main_model.headerData(1, Qt.Orientation.Horizontal)
    assert heading == "Tên nhiệm vụ"
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(heading) + 12
    widths = sum(header.sectionSize(c) for c in range(header.count()))
    assert widths <= view.main_table.viewport().width()  # the status column in view, no sideways scroll
