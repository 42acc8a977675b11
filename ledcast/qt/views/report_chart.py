"""The Reports page's chart: distinct items per task on one channel, as bars, with
the plan's target for the period drawn as a band behind each bar (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ledcast.core.report import CHANNELS, Report
from ledcast.core.report_file import channel_label

HALF_BAND = 0.38  # the band's half width, in categories (a bar is about 0.5 wide)
BAR_COLOUR, BAND_COLOUR = QColor("#2f6db5"), QColor(46, 160, 67, 70)


class ReportChart(QWidget):
    """`set_report(r)` draws it; `categories`, `values` and `bands` say what is drawn (tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.categories: list[str] = []
        self.values: list[int] = []
        self.bands: list[tuple[int, int | None] | None] = []
        self.channel = QComboBox()
        for ch in CHANNELS:
            self.channel.addItem(channel_label(ch), ch)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(320, 240)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Items per task on")))
        top.addWidget(self.channel)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.channel.currentIndexChanged.connect(self.redraw)

    def set_report(self, r: Report | None) -> None:
        self.report = r
        self.redraw()

    def redraw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        r, ch = self.report, self.channel.currentData()
        rows = [x for x in r.rows if x.task and x.channel == ch] if r else []
        self.categories = [x.task for x in rows]
        self.values = [x.counts.items for x in rows]
        self.bands = [
            (x.target.min * x.target.factor, None if x.target.max is None else x.target.max * x.target.factor)
            if x.target
            else None
            for x in rows
        ]
        if not rows:
            return
        top = max([*self.values, *[b[1] if b[1] is not None else b[0] for b in self.bands if b]], default=0)
        top = max(5, int(top * 1.2) + 1)
        x_axis, y_axis = QBarCategoryAxis(), QValueAxis()
        x_axis.append(self.categories)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))  # "NV1"…"NV8" side by side in a narrow chart
        x_axis.setLabelsFont(small)
        y_axis.setLabelsFont(small)
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Items"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        first = True
        for i, band in enumerate(self.bands):  # the bands first: the bars are drawn over them
            if band is None:
                continue
            lo, hi = band
            area = self._band(i, lo, top if hi is None else hi)
            chart.addSeries(area)
            area.attachAxis(x_axis)
            area.attachAxis(y_axis)
            chart.legend().markers(area)[0].setVisible(first)  # one legend entry for all the bands
            first = False
        bars = QBarSet(self.tr("Distinct items"))
        bars.append([float(v) for v in self.values])
        bars.setColor(BAR_COLOUR)
        bars.setLabelColor(QColor("#1a1a1a"))  # the count above its bar, on the light chart
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.5)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _band(self, i: int, lo: int, hi: int) -> QAreaSeries:
        upper, lower = QLineSeries(), QLineSeries()
        for x in (i - HALF_BAND, i + HALF_BAND):
            upper.append(x, hi)
            lower.append(x, lo)
        area = QAreaSeries(upper, lower)
        upper.setParent(area)  # the lines live and go with their area
        lower.setParent(area)
        area.setName(self.tr("Target for the period"))
        area.setColor(BAND_COLOUR)
        area.setBorderColor(QColor(46, 160, 67))
        area.setPen(QPen(QColor(46, 160, 67), 1.5))
        return area
