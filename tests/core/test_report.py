"""Reports against the plan's targets (issue 12): counts, distinct items, minutes,
targets scaled to the period, statuses, months and units — from a log of known airings."""

from __future__ import annotations

import datetime as dt

import pytest

from ledcast.core import airing
from ledcast.core.airing import AiringEntry, build_row
from ledcast.core.errors import LedcastError
from ledcast.core.report import Report, report
from ledcast.core.report_period import Period
from ledcast.core.units import set_self_unit

UTC = dt.timezone.utc


def entry(day: dt.date, hour: int = 6, minutes: float = 5, **kw) -> AiringEntry:  # type: ignore[no-untyped-def]
    start = dt.datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - dt.timedelta(hours=7)
    fields = {"outlet_name": "Loa trung tâm xã", "outlet_kind": "speaker", "recorded_how": "manual"}
    fields |= {"title": "Bản tin", "utc_offset_min": 420, "task_codes": ("NV1",)} | kw
    return AiringEntry(start=start, end=start + dt.timedelta(minutes=minutes), **fields)


def build_log(ws) -> None:  # type: ignore[no-untyped-def]
    """Q1 2025 at XA-TC, plus rows of a second unit XA-PL (imported)."""
    bulletin = [entry(dt.date(2025, 1, 1) + dt.timedelta(days=i), media_sha256="a" * 64) for i in range(20)]
    rows = bulletin + [
        entry(dt.date(2025, 2, 3), title="Bài 2", task_codes=("NV1", "NV3")),  # counts for both tasks
        entry(dt.date(2025, 3, 4), title="Bài 3", task_codes=("NV1",)),
        entry(dt.date(2025, 3, 5), title="Màn hình", outlet_kind="screen", outlet_name="LED", minutes=1),
        entry(dt.date(2025, 3, 6), title="Ngoài kế hoạch", task_codes=()),
        entry(dt.date(2025, 3, 7), title="Website", outlet_kind="", outlet_name="Trang tin", minutes=2),
        entry(dt.date(2025, 4, 1), title="Quý sau"),  # outside the quarter
        entry(dt.date(2025, 1, 1), hour=6, title="NV10 is not NV1", task_codes=("NV10",)),
    ]
    made = airing.record_many(ws, rows + [entry(dt.date(2025, 3, 8), title="Hủy")])
    airing.void(ws, made[-1].uuid, "nhầm")
    with ws.session() as s:  # a second unit's log, as an import brings it
        for i in range(3):
            row = build_row(entry(dt.date(2025, 2, 10 + i), title=f"PL {i}", recorded_how="imported"), "XA-PL")
            s.add(row)


@pytest.fixture
def ws(workspace):  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    build_log(workspace)
    return workspace


def row(r: Report, task: str, channel: str):  # type: ignore[no-untyped-def]
    return next(x for x in r.rows if x.task == task and x.channel == channel)


def test_counts_items_minutes_targets_and_status(ws) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.quarter("2025Q1"))
    assert r.units == ["XA-TC"] and r.plan_code == "TN-CDS-2024-2025"
    nv1 = row(r, "NV1", "speaker")
    # 20 airings of one bulletin = one item, + Bài 2 + Bài 3; the voided row and April are out
    assert (nv1.counts.airings, nv1.counts.items, nv1.counts.minutes) == (22, 3, 110.0)
    assert nv1.target is not None and nv1.target.per == "period" and nv1.target.band() == "1–5"
    assert nv1.status == "met" and nv1.progress() == "3 / 1–5"
    nv3 = row(r, "NV3", "speaker")
    assert (nv3.counts.airings, nv3.counts.items) == (1, 1)
    assert row(r, "NV2", "speaker").status == "below" and row(r, "NV2", "speaker").counts.airings == 0
    screen = row(r, "NV1", "screen")
    assert (screen.counts.airings, screen.counts.minutes, screen.target) == (1, 1.0, None)
    other = row(r, "NV1", "other")  # the website target, 1–3 a month: ×3 for a quarter
    assert other.counts.items == 1 and other.target.band() == "3–9" and other.status == "below"  # type: ignore[union-attr]
    outside = [x for x in r.rows if x.task == ""]
    assert [(x.channel, x.counts.airings) for x in outside] == [("speaker", 1)]
    assert all(x.counts.airings == 0 for x in r.rows if x.task == "NV10")


def test_above_the_maximum(ws) -> None:  # type: ignore[no-untyped-def]
    airing.record_many(ws, [entry(dt.date(2025, 3, 20), title=f"Thêm {i}") for i in range(3)])
    nv1 = row(report(ws, Period.quarter("2025Q1")), "NV1", "speaker")
    assert nv1.counts.items == 6 and nv1.status == "above"


def test_months_and_units(ws) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.quarter("2025Q1"), ["*"])
    assert row(r, "NV1", "speaker").counts.airings == 25
    months = {(c.key, c.task, c.channel): c.counts for c in r.by_month}
    assert months[("2025-01", "NV1", "speaker")].airings == 20
    assert months[("2025-01", "NV1", "speaker")].items == 1
    assert months[("2025-02", "NV1", "speaker")].airings == 1 + 3  # Bài 2 and XA-PL
    units = {(c.key, c.task, c.channel): c.counts for c in r.by_unit}
    assert units[("XA-PL", "NV1", "speaker")].airings == 3
    assert units[("XA-TC", "NV1", "speaker")].airings == 22
    one = report(ws, Period.quarter("2025Q1"), ["XA-PL"])
    assert row(one, "NV1", "speaker").counts.items == 3 and one.by_unit == []


def test_month_cut_on_the_15th(ws) -> None:  # type: ignore[no-untyped-def]
    p = Period.month("2025-02", cut15=True)
    assert (p.date_from, p.date_to) == (dt.date(2025, 1, 15), dt.date(2025, 2, 14))
    r = report(ws, p, ["*"])
    # 15–20 Jan bulletin (6), Bài 2 on 3 Feb, XA-PL on 10–12 Feb
    assert row(r, "NV1", "speaker").counts.airings == 6 + 1 + 3
    assert {c.key for c in r.by_month} == {"2025-02"}


def test_periods() -> None:
    assert Period.quarter("2025Q1") == Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert Period.half("2025H2") == Period(dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    assert Period.year(2025).date_to == dt.date(2025, 12, 31)
    assert [m[0] for m in Period.quarter("2025Q4").months()] == ["2025-10", "2025-11", "2025-12"]
    assert Period.month("2024-12").weeks == 5
    with pytest.raises(LedcastError):
        Period.dates(dt.date(2025, 3, 2), dt.date(2025, 3, 1))
    for bad in ("2025-13", "2025Q5", "25Q1", "nay"):
        with pytest.raises(LedcastError):
            Period.quarter(bad) if "Q" in bad else Period.month(bad)


def test_weekly_target_is_scaled_by_weeks(ws) -> None:  # type: ignore[no-untyped-def]
    # Nov–Dec 2024: the weekly mass-media targets apply (after the website target in plan order)
    r = report(ws, Period.month("2024-11"))
    assert row(r, "NV1", "other").target.band() == "1–3"  # type: ignore[union-attr]
    assert all(x.counts.airings == 0 for x in r.rows)  # a period with no airings: zeros


def test_refusals(ws) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError, match="XA-NONE"):
        report(ws, Period.year(2025), ["XA-NONE"])
    with pytest.raises(LedcastError):
        report(ws, Period.year(2025), plan_code="NO-SUCH-PLAN")


def test_every_status_and_channel_has_a_label() -> None:
    from ledcast.core.labels import REPORT_CHANNEL_LABELS, REPORT_STATUS_LABELS
    from ledcast.core.report import CHANNELS

    assert set(REPORT_STATUS_LABELS) == {"below", "met", "above"} and set(REPORT_CHANNEL_LABELS) == set(CHANNELS)


# --- files ------------------------------------------------------------------------------------


def test_xlsx_reads_back_equal_to_the_report(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from ledcast.core.report_file import HEADER_ROWS, cell_rows, main_rows, write_report

    r = report(ws, Period.quarter("2025Q1"), ["*"])
    out = write_report(r, tmp_path / "bc.xlsx")
    wb = load_workbook(out)
    main, months, units = wb.worksheets
    assert "TN-CDS-2024-2025" in main.cell(row=2, column=2).value
    assert main.cell(row=4, column=2).value == "01/01/2025 – 31/03/2025"
    assert main.cell(row=HEADER_ROWS + 1, column=1).font.bold
    table = [list(x) for x in main.iter_rows(min_row=HEADER_ROWS + 2, values_only=True)]
    assert table == [[v if v != "" else None for v in x] for x in main_rows(r)]
    nv1 = next(x for x in table if x[0] == "NV1" and x[3] == 25)
    assert isinstance(nv1[4], int) and nv1[1] == "Phát triển hạ tầng số tỉnh Thái Nguyên"
    assert [list(x) for x in months.iter_rows(min_row=2, values_only=True)] == cell_rows(r.by_month)
    assert [list(x) for x in units.iter_rows(min_row=2, values_only=True)] == cell_rows(r.by_unit)
    assert main.column_dimensions["B"].width > 30  # fits the task names
    assert not list(tmp_path.glob(".*.part"))


def test_csv_has_the_bom_and_one_header(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from ledcast.core.report_file import main_rows, write_report

    r = report(ws, Period.quarter("2025Q1"))
    out = write_report(r, tmp_path / "bc.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(r.rows)
    assert rows[1:] == [[str(v) for v in x] for x in main_rows(r)]


def test_unwritable_or_unknown_format_leaves_nothing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.report_file import write_report

    r = report(ws, Period.quarter("2025Q1"))
    with pytest.raises(LedcastError):
        write_report(r, tmp_path / "bc.docx")
    with pytest.raises(LedcastError):
        write_report(r, tmp_path / "missing" / "bc.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "ws"]


def test_grassroots_weekly_and_task_targets_of_another_plan(ws) -> None:  # type: ignore[no-untyped-def]
    import json

    from ledcast.core.plan import default_plan_path, import_plan

    doc = json.loads(default_plan_path().read_text(encoding="utf-8"))
    doc["code"], doc["name"] = "THU-NGHIEM", "Kế hoạch thử"
    doc["targets"] = [
        {"channel": "screen", "scope": "each_task", "per": "month", "min": 2, "max": 4, "task": "NV1"},
        {"channel": "grassroots", "scope": "each_task", "per": "week", "min": 1, "max": 2},
        {"channel": "event", "scope": "each_event", "per": "event", "min": 1, "max": 2},
    ]
    import_plan(ws, doc)
    r = report(ws, Period.quarter("2025Q1"), plan_code="THU-NGHIEM")
    assert r.plan_code == "THU-NGHIEM"
    # NV1's own screen target, per month × 3; grassroots fills the rest, per week × 13
    assert row(r, "NV1", "screen").target.band() == "6–12" and row(r, "NV1", "screen").status == "below"  # type: ignore[union-attr]
    assert row(r, "NV2", "screen").target.band() == "13–26"  # type: ignore[union-attr]
    assert row(r, "NV1", "speaker").target.band() == "13–26"  # type: ignore[union-attr]
    events = row(r, "NV1", "other")
    assert events.target.per == "event" and events.status is None  # type: ignore[union-attr]


# --- whole-plan-period targets: progress to date ---------------------------------------------


def test_whole_period_target_counts_items_to_date(ws) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.report_file import target_text, to_dict

    # the bulletin again in April: an item aired before and within the period counts once
    airing.record_many(ws, [entry(dt.date(2025, 4, 2), media_sha256="a" * 64)])
    r = report(ws, Period.quarter("2025Q2"))
    nv1 = row(r, "NV1", "speaker")
    # the period's own figures: the bulletin and "Quý sau" in April
    assert (nv1.counts.airings, nv1.counts.items) == (2, 2)
    # to date (plan start 1 Nov 2024 .. 30 June): bulletin, Bài 2, Bài 3, Quý sau; not the voided
    # "Hủy", not XA-PL's three (another unit), not NV10's
    assert nv1.progress_items == 4 and nv1.status == "met" and nv1.progress() == "4 / 1–5"
    assert target_text(nv1).startswith("4 / 1–5 (")
    nv3 = row(r, "NV3", "speaker")  # Bài 2 in February only: met by progress, nothing in the period
    assert (nv3.counts.items, nv3.progress_items, nv3.status) == (0, 1, "met")
    assert row(r, "NV2", "speaker").progress_items == 0 and row(r, "NV2", "speaker").status == "below"
    website = row(r, "NV1", "other")  # per month: the period's items only, no progress to date
    assert website.progress_items is None and website.counts.items == 0 and website.status == "below"
    assert website.progress() == "0 / 3–9" and target_text(website) == "3–9"
    assert row(r, "NV1", "screen").progress_items is None  # no target
    data = {(x["task"], x["channel"]): x for x in to_dict(r)["rows"]}
    assert data[("NV1", "speaker")]["progress_items"] == 4 and data[("NV1", "speaker")]["items"] == 2
    assert data[("NV1", "other")]["progress_items"] is None

    everyone = row(report(ws, Period.quarter("2025Q2"), ["*"]), "NV1", "speaker")
    assert (everyone.counts.items, everyone.progress_items, everyone.status) == (2, 7, "above")  # + XA-PL's 3
    assert row(report(ws, Period.quarter("2025Q2"), ["XA-PL"]), "NV1", "speaker").progress_items == 3


def test_items_after_the_plan_ended_do_not_fill_its_targets(ws) -> None:  # type: ignore[no-untyped-def]
    """The default plan ends on 31 Dec 2025: a 2026 report counts to then, not beyond."""
    airing.record_many(ws, [entry(dt.date(2026, 2, 1), title=f"Năm sau {i}") for i in range(3)])
    late = row(report(ws, Period.quarter("2026Q1")), "NV1", "speaker")
    in_plan = row(report(ws, Period.quarter("2025Q4")), "NV1", "speaker")
    assert late.counts.items == 3 and late.progress_items == in_plan.progress_items == 4  # bulletin, Bài 2, 3, Quý sau


def test_voided_rows_do_not_count_to_date(ws) -> None:  # type: ignore[no-untyped-def]
    before = row(report(ws, Period.quarter("2025Q2")), "NV1", "speaker").progress_items
    made = airing.record_many(ws, [entry(dt.date(2025, 3, 30), title="Nhầm rồi")])
    assert row(report(ws, Period.quarter("2025Q2")), "NV1", "speaker").progress_items == before + 1  # type: ignore[operator]
    airing.void(ws, made[0].uuid, "nhầm")
    assert row(report(ws, Period.quarter("2025Q2")), "NV1", "speaker").progress_items == before


def test_each_target_counts_from_its_own_dates(ws) -> None:  # type: ignore[no-untyped-def]
    import json

    from ledcast.core.plan import default_plan_path, import_plan

    doc = json.loads(default_plan_path().read_text(encoding="utf-8"))
    doc["code"], doc["name"] = "THU-NGAY", "Kế hoạch thử ngày"
    doc["targets"] = [  # NV1 from 1 February; NV3 until 15 March; the rest over the plan period
        {"channel": "loudspeaker", "scope": "each_task", "per": "period", "min": 1, "max": 2, "task": "NV1",
         "start": "2025-02-01"},
        {"channel": "loudspeaker", "scope": "each_task", "per": "period", "min": 2, "max": 5, "task": "NV3",
         "end": "2025-03-15"},
        {"channel": "loudspeaker", "scope": "each_task", "per": "period", "min": 1, "max": 5},
        {"channel": "website", "scope": "each_task", "per": "period", "min": 1, "max": 3, "task": "NV1"},
    ]  # fmt: skip
    import_plan(ws, doc)
    web = {"outlet_kind": "", "outlet_name": "Trang tin"}
    airing.record_many(
        ws, [entry(dt.date(2025, 4, 10), title="NV3 tháng 4", task_codes=("NV3",)), entry(dt.date(2025, 2, 20), **web)]
    )
    r = report(ws, Period.dates(dt.date(2025, 3, 1), dt.date(2025, 4, 30)), plan_code="THU-NGAY")
    nv1 = row(r, "NV1", "speaker")  # Bài 2, Bài 3, Quý sau; the January bulletin is before the start
    assert (nv1.counts.items, nv1.progress_items, nv1.status) == (2, 3, "above")
    nv3 = row(r, "NV3", "speaker")  # Bài 2 only: April's item is after the target's end
    assert (nv3.counts.items, nv3.progress_items, nv3.status) == (1, 1, "below")
    assert row(r, "NV2", "speaker").progress_items == 0
    website = row(r, "NV1", "other")  # the March post in the period, February's before it
    assert (website.counts.items, website.progress_items, website.status) == (1, 2, "met")
    assert row(r, "NV2", "other").progress_items is None and row(r, "NV1", "screen").progress_items is None


def test_rows_near_midnight_fall_in_their_local_month(ws) -> None:  # type: ignore[no-untyped-def]
    airing.record_many(
        ws,
        [
            entry(dt.date(2025, 1, 31), hour=23, title="Cuối tháng"),
            entry(dt.date(2025, 2, 1), hour=0, title="Đầu tháng"),  # local midnight exactly
            entry(
                dt.date(2025, 2, 1), hour=11, utc_offset_min=-300, title="Giờ khác"
            ),  # 1 Feb 04:00 UTC = 31 Jan 23:00
        ],
    )
    months = {c.key: c.counts.airings for c in report(ws, Period.quarter("2025Q1")).by_month if c.task == "NV1"}
    assert months["2025-01"] == 20 + 2 and months["2025-02"] == 1 + 1
    assert row(report(ws, Period.month("2025-01")), "NV1", "speaker").counts.airings == 22
    assert row(report(ws, Period.month("2025-02")), "NV1", "speaker").counts.airings == 2
