"""Fill a workspace with a realistic month of airings for the Reports page's
screenshot: this unit (Xã Tân Cương) and an imported unit (Xã Phúc Xuân), several
tasks on loudspeakers and a screen, some targets met, some not, one above.

    PYTHONPATH=$PWD python3 tools/demo_report_log.py WORKSPACE [YYYY-MM]

docs/report-pdf.png is page 1 of this log's first quarter, letterhead and recipients set:

    for m in 2025-01 2025-02 2025-03; do python3 tools/demo_report_log.py WS $m; done
    python3 -m ledcast --workspace WS settings report --parent "UBND thành phố Thái Nguyên" --place "Tân Cương" \
        --signer-title "TM. Ủy ban nhân dân / Chủ tịch" --signer "Nguyễn Văn An" \
        --recipients "Trung tâm Văn hóa - Thể thao - Truyền thông thành phố; Phòng Văn hóa - Thông tin thành phố"
    python3 -m ledcast --workspace WS report --quarter 2025Q1 --all-units --format pdf --out bc.pdf
    python3 -c "import pypdfium2 as p; g = p.PdfDocument('bc.pdf')[0]; g.render(scale=1000 / g.get_width()).to_pil().save('p1.png')"
    convert p1.png -strip -colors 64 PNG8:docs/report-pdf.png"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ledcast.core import airing
from ledcast.core.airing import AiringEntry, build_row
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit

LOCAL = dt.timezone(dt.timedelta(hours=7))
# (task, title, times aired, minutes, outlet kind)
ITEMS = [
    ("NV1", "Bản tin chuyển đổi số tuần 1", 12, 10, "speaker"),
    ("NV1", "Hướng dẫn cài đặt VNeID", 8, 5, "speaker"),
    ("NV1", "Phóng sự hạ tầng 5G về thôn", 6, 8, "speaker"),
    ("NV2", "Dịch vụ công trực tuyến mức độ toàn trình", 10, 6, "speaker"),
    ("NV3", "Thanh toán không dùng tiền mặt ở chợ", 9, 4, "speaker"),
    ("NV3", "Sàn thương mại điện tử cho chè Tân Cương", 7, 5, "speaker"),
    ("NV3", "Nông dân bán chè qua mạng", 5, 5, "speaker"),
    ("NV3", "Livestream bán hàng", 4, 6, "speaker"),
    ("NV3", "Ví điện tử an toàn", 4, 3, "speaker"),
    ("NV3", "Mã QR trên sản phẩm OCOP", 3, 3, "speaker"),
    ("NV5", "Cảnh giác lừa đảo qua mạng", 15, 3, "speaker"),
    ("NV1", "Slide chuyển đổi số", 40, 1, "screen"),
    ("NV5", "Slide cảnh giác lừa đảo", 30, 1, "screen"),
    ("", "Tiếp sóng Đài tỉnh", 20, 30, "speaker"),
]


def entry(day: dt.date, hour: int, task: str, title: str, minutes: int, kind: str) -> AiringEntry:
    start = dt.datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL)
    return AiringEntry(
        outlet_name="Màn hình LED chợ xã" if kind == "screen" else "Loa trung tâm xã",
        outlet_kind=kind,
        start=start,
        end=start + dt.timedelta(minutes=minutes),
        recorded_how="manual",
        title=title,
        task_codes=(task,) if task else (),
        utc_offset_min=420,
    )


def fill(ws, month: dt.date) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    rows = []
    for n, (task, title, times, minutes, kind) in enumerate(ITEMS):
        for i in range(times):
            rows.append(entry(month + dt.timedelta(days=(n + i * 2) % 28), 6 + i % 12, task, title, minutes, kind))
    airing.record_many(ws, rows)
    with ws.session() as s:  # the other commune's log, as an import brings it
        for i, (task, title) in enumerate([("NV1", "Bản tin xã Phúc Xuân"), ("NV2", "Hướng dẫn nộp hồ sơ")] * 3):
            s.add(
                build_row(
                    entry(month + dt.timedelta(days=3 + i), 17, task, f"{title} {i // 2 + 1}", 7, "speaker"), "XA-PX"
                )
            )


if __name__ == "__main__":
    text = sys.argv[2] if len(sys.argv) > 2 else None
    first = (
        dt.date.fromisoformat(text + "-01")
        if text
        else (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    )
    ws = open_for_use(Path(sys.argv[1]))
    fill(ws, first)
    ws.close()
