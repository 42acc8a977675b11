"""The official PDF report (issue 12): a Vietnamese administrative document in
the shape Decree 30/2020 sets — the unit and the national motto side by side,
place and date, the title (BÁO CÁO, the plan, the period), the table by task and
channel with a totals row, the breakdowns by month and by unit, a bar chart per
task against the target band, the signature block — on A4 portrait in the
bundled Be Vietnam Pro, with page numbers from page 2 (top centre, as the decree
puts them). Written with reportlab, so the CLI and the GUI share this one Qt-free
function; report_file.write_report calls it for "pdf" and writes atomically."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.i18n import translate
from ledcast.core.report import CHANNELS, Cell, Report, Row
from ledcast.core.report_file import (
    CTX,
    H_CHANNEL,
    H_TASK,
    H_UNIT,
    L_OUTSIDE,
    L_SHEET_MONTH,
    L_SHEET_UNIT,
    L_UNITS,
    MAIN_HEADINGS,
    channel_label,
    main_rows,
    units_text,
)
from ledcast.core.report_letterhead import Letterhead
from ledcast.core.report_pdf_parts import FONT, FONT_BOLD, Lines, TextLine, legend, register_fonts, split, task_chart
from ledcast.core.text import nfc

# The fixed phrases of the administrative form stay Vietnamese whatever the UI
# language: the document is a Vietnamese state form (Decree 30/2020, Annex I).
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
DOC_KIND = "BÁO CÁO"
NUMBER = "Số:" + "\u00a0" * 12 + "/BC"  # no-break spaces: room for the number by hand
TO = "Kính gửi"
RECEIVED, AS_ABOVE, FILED = "Nơi nhận:", "- Như trên;", "- Lưu: VT."
SIGN_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)"
BLANK = "……………"

L_SUBJECT = QT_TRANSLATE_NOOP("Report", "Results of carrying out the {plan}")
L_PLACE_DATE = QT_TRANSLATE_NOOP("Report", "{place}, {day}/{month}/{year}")
PERIOD_LINES = {  # Period.kind() → the title's period line; n = the month, quarter or half
    "month": QT_TRANSLATE_NOOP("Report", "Period: month {n}/{year}"),
    "quarter": QT_TRANSLATE_NOOP("Report", "Period: quarter {roman}/{year}"),
    "half1": QT_TRANSLATE_NOOP("Report", "Period: first six months of {year}"),
    "half2": QT_TRANSLATE_NOOP("Report", "Period: last six months of {year}"),
    "year": QT_TRANSLATE_NOOP("Report", "Period: year {year}"),
    "dates": QT_TRANSLATE_NOOP("Report", "Period: from {start} to {end}"),
}
L_MAIN = QT_TRANSLATE_NOOP("Report", "Results by task and channel")
L_TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
L_CELL = QT_TRANSLATE_NOOP("Report", "Each cell: distinct items / airings.")
L_CHARTS = QT_TRANSLATE_NOOP("Report", "Distinct items against the target, by task")
L_BAR = QT_TRANSLATE_NOOP("Report", "Distinct items")
L_BAND = QT_TRANSLATE_NOOP("Report", "Target (minimum – maximum)")
ROMAN = ("", "I", "II", "III", "IV")
WIDTH = 165 * mm  # A4 less the decree's margins: 30 mm left, 15 mm right
MAIN_WIDTHS = [w * mm for w in (12, 40, 23, 15, 14, 15, 29, 17)]
GRID = colors.HexColor("#8a8a8a")
HEAD_BG = colors.HexColor("#e8edf3")
BELOW = colors.HexColor("#b3261e")
SECTION_ROOM = 40 * mm  # a heading, its note and a few rows


def _tr(text: str) -> str:
    return translate(CTX, text)


def _style(
    size: float = 8, bold: bool = False, align: int = 0, leading: float | None = None, **kw: Any
) -> ParagraphStyle:
    font = FONT_BOLD if bold else FONT
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=leading or size * 1.25, alignment=align, **kw)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(nfc(text)), style)


def period_line(r: Report) -> str:
    kind, year, n = r.period.kind()
    p = r.period
    line = PERIOD_LINES[f"half{n}" if kind == "half" else kind]
    start, end = f"{p.date_from:%d/%m/%Y}", f"{p.date_to:%d/%m/%Y}"
    text = _tr(line).format(n=n, roman=ROMAN[n] if kind == "quarter" else "", year=year, start=start, end=end)
    return f"{text} ({p})" if p.cut15 and kind != "dates" else text


def _header(r: Report, head: Letterhead) -> Table:
    left = [TextLine(head.parent.upper())] if head.parent else []
    left += [TextLine((head.unit_name or BLANK).upper(), bold=True, rule=0.4), TextLine(NUMBER, space_before=4)]
    right = [TextLine(MOTTO_1, bold=True), TextLine(MOTTO_2, bold=True, size=11, rule=1.0)]
    d = r.made_at
    place = _tr(L_PLACE_DATE).format(place=head.place or BLANK, day=f"{d.day:02d}", month=f"{d.month:02d}", year=d.year)
    date = Lines([TextLine(place, oblique=True, space_before=6)])
    t = Table([[Lines(left), Lines(right)], ["", date]], colWidths=[70 * mm, 95 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _title(r: Report, head: Letterhead, self_only: bool) -> list[Any]:
    out: list[Any] = [
        Spacer(1, 8 * mm),
        _p(DOC_KIND, _style(14, True, TA_CENTER)),
        Spacer(1, 2),
        _p(_tr(L_SUBJECT).format(plan=r.plan_name or r.plan_code), _style(11.5, True, TA_CENTER, 15)),
        _p(period_line(r), _style(11, False, TA_CENTER, 15)),
    ]
    if not self_only:
        names = units_text(r) if r.all_units else ", ".join(head.name_of(c) for c in r.units)
        out.append(_p(f"{_tr(L_UNITS)}: {names}", _style(10, False, TA_CENTER, 13)))
    out += [Spacer(1, 5), HRFlowable(width="22%", thickness=0.6, color=colors.black), Spacer(1, 6 * mm)]
    return out + _addressees(head.recipients)


def _addressees(names: tuple[str, ...]) -> list[Any]:
    """ "Kính gửi:" centred under the title (Decree 30/2020, Annex I): one recipient
    on its line; several each on a line of their own, the dashes aligned under the
    colon, ";" after each and "." after the last."""
    if not names:
        return []
    size = 11
    style = _style(size, leading=size * 1.35)
    if len(names) == 1:
        first, items = f"{TO}: {names[0]}", []
    else:
        first, items = f"{TO}:", [f"- {x}{'.' if i == len(names) - 1 else ';'}" for i, x in enumerate(names)]
    lead = stringWidth(TO, FONT, size)  # the dashes start under the colon

    def wide(text: str) -> float:
        return stringWidth(nfc(text), FONT, size) + 2

    width = min(max([wide(first)] + [lead + wide(x) for x in items]), WIDTH)
    data = [[_p(first, style), ""]] + [["", _p(x, style)] for x in items]
    t = Table(data, colWidths=[lead, width - lead], hAlign="CENTER")
    pad = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP")]
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"), *pad]))
    return [t, Spacer(1, 5 * mm)]


def _groups(rows: list[Row]) -> list[tuple[int, int]]:
    """(first, last) indexes of consecutive rows of one task."""
    out: list[tuple[int, int]] = []
    for i, x in enumerate(rows):
        if out and rows[out[-1][0]].task == x.task:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _grid_style(head_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def _main_table(r: Report) -> Table:
    head, cell, small = _style(7.5, True, TA_CENTER), _style(8), _style(7.5)
    data: list[list[Any]] = [[_p(_tr(h), head) for h in MAIN_HEADINGS]]
    style = _grid_style()
    for i, (x, v) in enumerate(zip(r.rows, main_rows(r)), 1):
        data.append([_p(v[0], cell), _p(v[1], cell), _p(v[2], cell), *v[3:6], _p(v[6], small), v[7]])
        if x.status == "below":
            style.append(("TEXTCOLOR", (7, i), (7, i), BELOW))
    for a, b in _groups(r.rows):
        if r.rows[a].task:
            style += [("SPAN", (0, a + 1), (0, b + 1)), ("SPAN", (1, a + 1), (1, b + 1))]
        else:  # outside the plan: its label across the code and name columns
            style.append(("SPAN", (0, a + 1), (1, b + 1)))
    t = r.totals()
    data.append([_p(_tr(L_TOTAL), _style(8, True)), "", "", t.airings, "", t.minutes, "", ""])
    n = len(data) - 1
    style += [
        ("SPAN", (0, n), (2, n)),
        ("FONT", (0, n), (-1, n), FONT_BOLD, 8),
        ("BACKGROUND", (0, n), (-1, n), HEAD_BG),
    ]
    style += [("ALIGN", (3, 1), (5, -1), "RIGHT"), ("ALIGN", (7, 1), (7, -1), "CENTER")]
    table = Table(data, colWidths=MAIN_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _wrapped(text: str, width: float, size: float = 7.5, bold: bool = False) -> str:
    """A plain cell's text broken into lines (cheaper than a Paragraph in long tables)."""
    return "\n".join(split(nfc(text), FONT_BOLD if bold else FONT, size, width - 6))


def _pivot(
    cells: list[Cell], row_of: Any, col_of: Any, cols: list[str], sort_key: Any
) -> dict[tuple[str, str], list[str]]:
    """(group, channel) rows, in `sort_key` order, × cols → "items/airings" ("" where nothing was aired)."""
    table: dict[tuple[str, str], list[str]] = {}
    index = {c: i for i, c in enumerate(cols)}
    for c in cells:
        line = table.setdefault(row_of(c), [""] * len(cols))
        line[index[col_of(c)]] = f"{c.counts.items}/{c.counts.airings}"
    return dict(sorted(table.items(), key=lambda kv: sort_key(kv[0])))


def _breakdown(first: str, cols: list[str], rows: dict[tuple[str, str], list[str]], group_w: float) -> Table:
    """A compact grid: the group (a task or a unit), the channel, one column per
    `cols`; a group's channel rows share its spanned first cell."""
    widths = [group_w, 24 * mm]
    rest = (WIDTH - sum(widths)) / max(len(cols), 1)
    heads = [_wrapped(h, w, 7, True) for h, w in zip((first, _tr(H_CHANNEL)), widths)]
    data: list[list[Any]] = [heads + [_wrapped(c, rest, 7, True) for c in cols]]
    style = _grid_style() + [("FONT", (0, 0), (-1, -1), FONT, 7), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7)]
    style += [("ALIGN", (2, 0), (-1, -1), "CENTER"), ("LEADING", (0, 0), (-1, -1), 8.5)]
    prev: str | None = None
    start = 1
    for i, ((group, channel), values) in enumerate(rows.items(), 1):
        if group != prev:
            if i - start > 1:
                style.append(("SPAN", (0, start), (0, i - 1)))
            start, prev = i, group
        label = _wrapped(group, widths[0]) if i == start else ""
        data.append([label, _wrapped(channel_label(channel), widths[1]), *values])
    if len(data) - start > 1:
        style.append(("SPAN", (0, start), (0, len(data) - 1)))
    t = Table(data, colWidths=widths + [rest] * len(cols), repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def _section(text: str, note: str = "") -> list[Any]:
    """A section heading (and a note), on a new page only when the first rows of
    what follows would not fit under it: keepWithNext would carry a whole table
    that fits one page over to the next and leave this page half empty."""
    out: list[Any] = [CondPageBreak(SECTION_ROOM), _p(text, _style(10.5, True, leading=14, spaceBefore=5 * mm))]
    return out + [_p(note, _style(8, spaceAfter=2))] if note else out


def _by_month(r: Report) -> list[Any]:
    months = [key for key, _a, _b in r.period.months()]
    outside = _tr(L_OUTSIDE)
    tasks = {t: i for i, t in enumerate(dict.fromkeys(x.task or outside for x in r.rows))}
    tasks.setdefault(outside, len(tasks))

    def order(key: tuple[str, str]) -> tuple[int, int]:
        return tasks.get(key[0], len(tasks)), CHANNELS.index(key[1])

    out: list[Any] = _section(f"2. {_tr(L_SHEET_MONTH)}", _tr(L_CELL))
    for k in range(0, len(months), 12):  # a year per grid: 12 columns still fit portrait
        chunk = months[k : k + 12]
        cells = [c for c in r.by_month if c.key in chunk]
        rows = _pivot(cells, lambda c: (c.task or outside, c.channel), lambda c: c.key, chunk, order)
        labels = [f"{m[5:]}/{m[:4]}" for m in chunk]
        out += [_breakdown(_tr(H_TASK), labels, rows, 18 * mm), Spacer(1, 3)]
    return out


def _by_unit(r: Report, head: Letterhead) -> list[Any]:
    tasks = list(dict.fromkeys(x.task for x in r.rows if x.task))
    if any(c.task == "" for c in r.by_unit):
        tasks.append("")
    cols = [t or _tr(L_OUTSIDE) for t in tasks]
    rows = _pivot(
        r.by_unit,
        lambda c: (c.key, c.channel),
        lambda c: c.task or _tr(L_OUTSIDE),
        cols,
        lambda k: (k[0], CHANNELS.index(k[1])),
    )
    rows = {(head.name_of(unit), ch): v for (unit, ch), v in rows.items()}
    return [*_section(f"3. {_tr(L_SHEET_UNIT)}", _tr(L_CELL)), _breakdown(_tr(H_UNIT), cols, rows, 36 * mm)]


def _charts(r: Report, number: int) -> list[Any]:
    labels = {ch: channel_label(ch) for ch in CHANNELS}
    w, h = WIDTH / 2 - 4, 46 * mm
    drawings = []
    for a, b in _groups(r.rows):
        rows = r.rows[a : b + 1]
        if not rows[0].task:
            continue
        title = f"{rows[0].task} — {rows[0].task_title}"
        drawings.append(task_chart(nfc(title), rows, [labels[x.channel] for x in rows], w, h))
    if not drawings:
        return []
    pairs = []  # two charts a row, each row its own table so a page breaks between rows
    for i in range(0, len(drawings), 2):
        t = Table([drawings[i : i + 2] + [""] * (2 - len(drawings[i : i + 2]))], colWidths=[WIDTH / 2] * 2)
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        pairs.append(t)
    head = [*_section(f"{number}. {_tr(L_CHARTS)}"), legend(_tr(L_BAR), _tr(L_BAND), WIDTH)]
    return [KeepTogether(head + pairs[:1]), *pairs[1:]]


def _signature(head: Letterhead, before: Any) -> KeepTogether:
    """The signature block, kept on one page with `before` (the document's last
    part): the decree has no page holding the signature alone."""
    # "Như trên": those the report was addressed to (Kính gửi), only when it names them
    sent = ([AS_ABOVE] if head.recipients else []) + [FILED]
    left = Lines(
        [TextLine(RECEIVED, bold=True, size=9.5, oblique=True)] + [TextLine(x, size=9) for x in sent], align="left"
    )
    # "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": a title on behalf of a body takes two lines
    titles = [x for x in re.split(r"\s+/\s+", head.signer_title or BLANK) if x]
    right = [TextLine(x.upper(), bold=True, size=11) for x in titles] + [TextLine(SIGN_NOTE, size=9.5, oblique=True)]
    right.append(TextLine(head.signer_name or " ", bold=True, size=11, space_before=22 * mm))
    t = Table([[left, Lines(right)]], colWidths=[70 * mm, 95 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([before, Spacer(1, 8 * mm), t])


def _page_number(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(30 * mm + WIDTH / 2, A4[1] - 12 * mm, str(doc.page))
    canvas.restoreState()


def write_pdf(r: Report, path: str | Path, head: Letterhead | None = None) -> Path:
    """Write `r` as the official PDF to `path` (not atomic: report_file.write_report
    gives it a temporary name); `head` says who reports and signs (default: blanks)."""
    register_fonts()
    head = head or Letterhead()
    self_only = (
        len(r.units) == 1
        and not r.all_units
        and r.units[0] in head.unit_names
        and head.unit_name == head.unit_names[r.units[0]]
    )
    story: list[Any] = [_header(r, head), *_title(r, head, self_only)]
    story += [*_section(f"1. {_tr(L_MAIN)}"), _main_table(r)]
    story += _by_month(r)
    number = 3
    if r.by_unit:
        story += _by_unit(r, head)
        number = 4
    story += _charts(r, number)
    story.append(_signature(head, story.pop()))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=nfc(f"{DOC_KIND} — {r.plan_name}"),
        author=nfc(head.unit_name),
        creator="ledcast",
    )
    doc.build(story, onLaterPages=_page_number)
    return Path(path)
