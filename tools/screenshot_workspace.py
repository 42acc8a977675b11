"""Fill a new workspace with what a commune's ledcast holds after some weeks, for the
README's screenshots: this unit, a loudspeaker and a LED screen outlet, generated
bulletins (tones), text slides and a picture, approved; a loudspeaker and a screen
playlist scheduled on weekdays; the two last months' airings (tools/demo_report_log.py).

    PYTHONPATH=$PWD python3 tools/screenshot_workspace.py WORKSPACE

tools/screenshots_all.py WORKSPACE LANG --fill runs it first.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from demo_report_log import fill as fill_airings  # tools/, on the path when run as a script
from PIL import Image, ImageDraw
from screenshot_console import tone

from ledcast.core import agenda, library
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.core.outlets import add_outlet
from ledcast.core.slide_media import add_slide
from ledcast.core.slide_model import SlideSource
from ledcast.core.startup import open_for_use

SPEAKER, SCREEN = "Loa trung tâm xã", "Màn hình LED chợ xã"
BULLETINS = [  # (title, task, seconds)
    ("Bản tin chuyển đổi số tuần 1", "NV1", 95),
    ("Hướng dẫn cài đặt VNeID", "NV5", 62),
    ("Dịch vụ công trực tuyến toàn trình", "NV3", 80),
    ("Cảnh giác lừa đảo qua mạng", "NV5", 45),
    ("Nhạc hiệu mở đầu", "", 12),
]
SLIDES = [
    ("Chuyển đổi số", "Vì một xã Tân Cương hiện đại", "NV1"),
    ("Tổng đài 1022", "Gọi 1022 để phản ánh, kiến nghị", "NV2"),
    ("Cài VNeID mức 2", "Tại nhà văn hóa xã, thứ Bảy hàng tuần", "NV5"),
]


def picture(path: Path) -> Path:
    image = Image.new("RGB", (768, 384), (20, 90, 60))
    draw = ImageDraw.Draw(image)
    for x in range(0, 768, 48):
        draw.rectangle((x, 300 - x // 4, x + 40, 384), fill=(230, 200, 60))
    image.save(path)
    return path


def fill(ws) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    last = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    for month in ((last - dt.timedelta(days=1)).replace(day=1), last):  # the two months before this one
        fill_airings(ws, month)  # sets the unit too: Xã Tân Cương
    add_outlet(ws, SPEAKER, "speaker", location="Nhà văn hóa xã")
    add_outlet(ws, SCREEN, "screen", size=Size(384, 192), location="Cổng chợ Tân Cương")
    with tempfile.TemporaryDirectory() as tmp:
        sounds = []
        for i, (title, task, seconds) in enumerate(BULLETINS):
            path = tone(Path(tmp) / f"bantin-{i + 1}.wav", seconds, 220 + 55 * i, rate=8000)
            (media,) = library.import_files(ws, [path], task_codes=[task] if task else []).added
            library.rename_media(ws, media.id, title)
            sounds.append(media.id)
        (photo,) = library.import_files(ws, [picture(Path(tmp) / "cho-tan-cuong.png")], task_codes=["NV1"]).added
        library.rename_media(ws, photo.id, "Ảnh chợ Tân Cương")
    slides = [add_slide(ws, SlideSource(title=t, body=b), Size(384, 192), [task])[0].id for t, b, task in SLIDES]
    library.set_approval(ws, [*sounds[:4], *slides[:2], photo.id], "approved", by="Chủ tịch UBND xã")
    pl.create_playlist(ws, "Bản tin sáng – loa xã", "speaker", outlet=SPEAKER)
    pl.add_items(ws, "Bản tin sáng – loa xã", [sounds[4], *sounds[:4]])
    pl.create_playlist(ws, "LED chợ xã", "screen", outlet=SCREEN)
    pl.add_items(ws, "LED chợ xã", [*slides, photo.id])
    weekdays = frozenset(range(5))
    end = today + dt.timedelta(days=60)
    agenda.add_schedule(
        ws, "Bản tin sáng – loa xã", date_from=today, date_to=end, times=[dt.time(6, 30)], weekdays=weekdays
    )
    agenda.add_schedule(ws, "LED chợ xã", date_from=today, date_to=end, times=[dt.time(7, 0), dt.time(17, 0)])


if __name__ == "__main__":
    workspace = open_for_use(Path(sys.argv[1]))
    fill(workspace)
    workspace.close()
