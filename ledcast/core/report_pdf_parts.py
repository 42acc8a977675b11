"""Building blocks of the official PDF report (core.report_pdf): the bundled
Be Vietnam Pro registered as TrueType (every Vietnamese diacritic is a glyph of
it), centred lines with the rules and the slanted text of a Decree 30/2020
header, and the per-task bar charts of distinct items against the target band.
reportlab only: the CLI writes the PDF without Qt."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from ledcast.config import resource
from ledcast.core.report import Row
from ledcast.core.text import nfc

FONT, FONT_MEDIUM, FONT_BOLD = "BeVietnamPro", "BeVietnamPro-Medium", "BeVietnamPro-Bold"
BAR = colors.HexColor("#2f6db5")
BAND = colors.HexColor("#cfe8cf")
BAND_EDGE = colors.HexColor("#2e7d32")
LEADING = 1.35  # line height / font size in the header and signature blocks
RULE_GAP = 6.0  # points below a ruled line for its rule
SLANT = 12  # degrees: Be Vietnam Pro ships no italic, so italic lines are slanted regular


@functools.lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled fonts once; returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in ((FONT, "Regular"), (FONT_MEDIUM, "Medium"), (FONT_BOLD, "Bold")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"BeVietnamPro-{file}.ttf"))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)  # <b> in a Paragraph finds the bold face
    return FONT


def split(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` at most `width` wide; a line that fits keeps its spaces as they are."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    return simpleSplit(text, font, size, width) or [""]


@dataclass(frozen=True)
class TextLine:
    text: str
    bold: bool = False
    size: float = 10.5
    rule: float = 0.0  # a rule under the line: this share of the widest piece's width (0: none)
    oblique: bool = False
    space_before: float = 0.0


class Lines(Flowable):
    """Lines centred (or left-aligned) in the frame, wrapped to its width, each
    with an optional rule under it and an optional slant — the blocks of the
    administrative header and of the signature."""

    def __init__(self, lines: list[TextLine], align: str = "center") -> None:
        super().__init__()
        self.lines, self.align = lines, align
        self._laid: list[tuple[TextLine, list[str], float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, y, self._laid = aw, 0.0, []
        for ln in self.lines:
            font = FONT_BOLD if ln.bold else FONT
            pieces = split(nfc(ln.text), font, ln.size, aw - 4)
            y += ln.space_before + ln.size * LEADING * len(pieces) + (RULE_GAP if ln.rule else 0)
            self._laid.append((ln, pieces, y))
        self.height = y + 2
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        for ln, pieces, bottom in self._laid:
            font = FONT_BOLD if ln.bold else FONT
            base = self.height - bottom + (RULE_GAP if ln.rule else 0) + ln.size * 0.3
            widest = 0.0
            for i, piece in enumerate(reversed(pieces)):
                w = c.stringWidth(piece, font, ln.size)
                widest = max(widest, w)
                x = (self.width - w) / 2 if self.align == "center" else 0.0
                y = base + i * ln.size * LEADING
                c.saveState()
                c.setFont(font, ln.size)
                c.translate(x, y)
                if ln.oblique:
                    c.skew(0, SLANT)
                c.drawString(0, 0, piece)
                c.restoreState()
            if ln.rule:
                w = widest * ln.rule
                x = (self.width - w) / 2 if self.align == "center" else 0.0
                c.setLineWidth(0.6)
                c.line(x, base - ln.size * 0.45 - 2, x + w, base - ln.size * 0.45 - 2)


def _nice_max(value: float) -> tuple[int, int]:
    """An axis top ≥ value with at most ~5 steps of 1, 2 or 5 × 10^n: (top, step)."""
    value = max(value, 1.0)
    magnitude = 10 ** math.floor(math.log10(value / 5)) if value >= 5 else 1
    for m in (1, 2, 5, 10):
        step = int(m * magnitude)
        if value / step <= 5:
            return int(math.ceil(value / step) * step), step
    return int(math.ceil(value / (10 * magnitude)) * 10 * magnitude), int(10 * magnitude)


def _count_label(value: float) -> str:
    return f"{value:.0f}" if value else ""


def _band(row: Row) -> tuple[int, int | None] | None:
    t = row.target
    if t is None:
        return None
    return t.min * t.factor, None if t.max is None else t.max * t.factor


def task_chart(title: str, rows: list[Row], labels: list[str], width: float, height: float) -> Drawing:
    """One task: a bar per channel (distinct items), over a light band from the
    target's minimum to its maximum edged by two lines (a target with no maximum:
    the band runs to the top)."""
    d = Drawing(width, height)
    first = split(title, FONT_BOLD, 8, width - 4)
    d.add(String(2, height - 10, first[0] + (" …" if len(first) > 1 else ""), fontName=FONT_BOLD, fontSize=8))
    bands = [_band(r) for r in rows]
    top = max([r.counts.items for r in rows] + [b[1] or b[0] for b in bands if b])
    vmax, step = _nice_max(top * 1.15)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 24, 18, width - 32, height - 38
    chart.data = [[r.counts.items for r in rows]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, vmax, step
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR, None
    chart.barWidth, chart.groupSpacing = 10, 14
    chart.barLabelFormat = _count_label  # nothing over an empty bar: it would sit on the target's lower line
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT_BOLD, 7
    chart.barLabels.nudge = 6
    slot = chart.width / len(rows)

    def y_of(v: float) -> float:
        return chart.y + chart.height * min(v, vmax) / vmax

    marks: list[Any] = []
    for i, b in enumerate(bands):
        if b is None:
            continue
        x0, x1 = chart.x + i * slot + slot * 0.12, chart.x + (i + 1) * slot - slot * 0.12
        lo, hi = y_of(b[0]), y_of(b[1] if b[1] is not None else vmax)
        d.add(Rect(x0, lo, x1 - x0, max(hi - lo, 0.8), fillColor=BAND, strokeColor=None))
        for y in (lo, hi) if b[1] is not None else (lo,):
            marks.append(Line(x0, y, x1, y, strokeColor=BAND_EDGE, strokeWidth=1.2, strokeDashArray=[3, 2]))
    d.add(chart)
    for m in marks:  # the target lines over the bars, so a bar inside the band still shows them
        d.add(m)
    return d


def legend(items_label: str, band_label: str, width: float) -> Drawing:
    d = Drawing(width, 16)
    lg = Legend()
    lg.x, lg.y, lg.alignment, lg.columnMaximum, lg.deltax = 0, 12, "right", 1, 150
    lg.fontName, lg.fontSize, lg.dxTextSpace = FONT, 8, 4
    lg.colorNamePairs = [(BAR, items_label), (BAND, band_label)]
    d.add(lg)
    return d
