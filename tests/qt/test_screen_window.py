"""The screen play-out window (Qt offscreen, no sound card): exact geometry, stills
shown for their durations and looping, Esc, slides, video with its trim."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from media_factory import make_mp4
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ledcast.core.errors import LedcastError
from ledcast.core.screen_items import Region, ScreenItem
from ledcast.core.slides import SlideSource
from ledcast.qt.screen_window import ScreenWindow, screen_by_number, to_logical

RED, GREEN, BLUE = (220, 20, 30), (20, 200, 40), (30, 40, 210)


def solid(folder: Path, name: str, colour: tuple[int, int, int], size: tuple[int, int] = (384, 192)) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path)
    return path


def still(path: Path, seconds: float) -> ScreenItem:
    return ScreenItem(kind="still", title=path.stem, duration_s=seconds, path=path)


class Recorder:
    def __init__(self, win: ScreenWindow) -> None:
        self.started: list[int] = []
        self.finished: list[tuple[int, float, bool]] = []
        self.failed: list[tuple[int, str]] = []
        self.colours: list[tuple[int, int, int]] = []  # the window's centre as each item starts
        self.stopped = 0
        self.win = win
        win.item_started.connect(self.on_start)
        win.item_finished.connect(lambda i, s, c: self.finished.append((i, s, c)))
        win.item_failed.connect(lambda i, m: self.failed.append((i, m)))
        win.stopped.connect(self.on_stop)

    def on_start(self, index: int) -> None:
        self.started.append(index)
        if self.win.items[index].kind != "video":
            self.colours.append(centre(self.win))

    def on_stop(self) -> None:
        self.stopped += 1


def centre(win: ScreenWindow, x: int | None = None) -> tuple[int, int, int]:
    image = win.grab().toImage()
    c = QColor(image.pixel(image.width() // 2 if x is None else x, image.height() // 2))
    return c.red(), c.green(), c.blue()


@pytest.fixture
def stills(tmp_path: Path) -> list[ScreenItem]:
    return [still(solid(tmp_path, f"{n}.png", c), 0.25) for n, c in (("red", RED), ("green", GREEN), ("blue", BLUE))]


def make_window(qtbot, items, **kwargs) -> tuple[ScreenWindow, Recorder]:  # type: ignore[no-untyped-def]
    win = ScreenWindow(items, **kwargs)
    qtbot.addWidget(win)
    return win, Recorder(win)


def test_region_geometry_flags_and_first_still(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills, region=Region(10, 20, 384, 192))
    win.start()
    qtbot.waitExposed(win)
    assert win.geometry() == QRect(10, 20, 384, 192) and win.frameGeometry() == QRect(10, 20, 384, 192)
    assert win.exact and win.physical == (384, 192) and win.warnings == []
    flags = win.windowFlags()
    for flag in (Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint, Qt.WindowType.Tool):
        assert flags & flag
    assert win.cursor().shape() == Qt.CursorShape.BlankCursor
    assert rec.started == [0] and rec.colours == [RED]
    image = win.grab().toImage()
    assert (image.width(), image.height()) == (384, 192)
    for x, y in ((0, 0), (383, 191), (200, 100)):  # every pixel of the board: the still, nothing else
        assert QColor(image.pixel(x, y)).getRgb()[:3] == RED
    win.stop()


def test_stills_advance_after_their_durations_and_loop(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills, region=Region(0, 0, 384, 192))
    t0 = time.monotonic()
    win.start()
    qtbot.waitUntil(lambda: len(rec.started) >= 5, timeout=5000)
    elapsed = time.monotonic() - t0
    win.stop()
    assert rec.started[:5] == [0, 1, 2, 0, 1]
    assert rec.colours[:5] == [RED, GREEN, BLUE, RED, GREEN]
    assert elapsed >= 4 * 0.25 - 0.02  # each still stayed its duration
    done = [f for f in rec.finished if f[2]]
    assert [f[0] for f in done[:4]] == [0, 1, 2, 0] and all(f[1] == 0.25 for f in done)
    assert rec.finished[-1][2] is False and rec.stopped == 1  # the one cut by stop()


def test_letterboxed_as_the_export_fits(qtbot, tmp_path) -> None:
    square = still(solid(tmp_path, "sq.png", GREEN, (100, 100)), 5)
    win, rec = make_window(qtbot, [square], region=Region(0, 0, 384, 192))
    win.start()
    assert centre(win) == GREEN and centre(win, 10) == (0, 0, 0)  # bars left and right
    win.stop()


def test_escape_stops_and_emits_stopped(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills, region=Region(0, 0, 384, 192))
    win.start()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.stopped, timeout=2000):
        qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible() and rec.stopped == 1
    (index, played, completed) = rec.finished[-1]
    assert index == 0 and completed is False and 0 <= played < 0.25
    qtbot.wait(400)
    assert rec.started == [0]  # nothing more after the stop
    win.stop()  # a second stop is harmless
    assert rec.stopped == 1


def test_play_once_stops_after_the_last(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills[:2], region=Region(0, 0, 384, 192), loop=False)
    with qtbot.waitSignal(win.stopped, timeout=3000):
        win.start()
    assert rec.started == [0, 1] and [f[2] for f in rec.finished] == [True, True]


def test_skip_goes_to_the_next(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills, region=Region(0, 0, 384, 192))
    win.start()
    win.skip()
    assert rec.started == [0, 1] and rec.finished[0][0] == 0 and rec.finished[0][2] is False
    assert centre(win) == GREEN
    win.stop()


def test_pause_holds_the_still_and_resume_goes_on(qtbot, tmp_path) -> None:
    items = [still(solid(tmp_path, "r.png", RED), 1.0), still(solid(tmp_path, "g.png", GREEN), 1.0)]
    win, rec = make_window(qtbot, items, region=Region(0, 0, 384, 192))
    win.start()
    qtbot.wait(450)
    win.pause()
    assert win.paused
    qtbot.wait(800)  # past the still's 1 s: it stays
    assert rec.started == [0] and centre(win) == RED and 0.35 <= win.played_seconds() <= 0.7
    t0 = time.monotonic()
    win.resume()
    qtbot.waitUntil(lambda: len(rec.started) == 2, timeout=3000)
    assert 0.25 <= time.monotonic() - t0 <= 0.85  # only the rest of its second
    assert rec.finished[0] == (0, 1.0, True) and centre(win) == GREEN
    win.stop()


def test_next_still_is_rendered_ahead(qtbot, stills) -> None:
    win, rec = make_window(qtbot, stills, region=Region(0, 0, 384, 192))
    win.start()
    assert win._ahead is not None and win._ahead[0] == 1
    ahead = win._ahead[1]
    qtbot.waitUntil(lambda: len(rec.started) == 2, timeout=2000)
    assert ahead.done() and QColor(ahead.result().pixel(5, 5)).getRgb()[:3] == GREEN == centre(win)
    win.stop()


def test_slide_renders_text(qtbot) -> None:
    slide = SlideSource(title="THÔNG BÁO", body="Họp dân 19 giờ tối nay", background_color="#000000")
    win, rec = make_window(
        qtbot, [ScreenItem(kind="slide", title="tb", duration_s=5, slide=slide)], region=Region(0, 0, 384, 192)
    )
    win.start()
    image = win.grab().toImage()
    lit = sum(1 for x in range(0, 384, 2) for y in range(0, 192, 2) if QColor(image.pixel(x, y)).lightness() > 128)
    assert lit > 100  # white text on black
    win.stop()


def test_missing_still_is_reported_and_the_loop_goes_on(qtbot, tmp_path, stills) -> None:
    gone = still(tmp_path / "gone.png", 0.2)
    win, rec = make_window(qtbot, [gone, stills[1]], region=Region(0, 0, 384, 192))
    win.start()
    qtbot.waitUntil(lambda: 1 in rec.started, timeout=2000)
    assert rec.failed and rec.failed[0][0] == 0 and "gone" in rec.failed[0][1]
    assert centre(win) == GREEN
    win.stop()
    win2, rec2 = make_window(qtbot, [gone], region=Region(0, 0, 384, 192))
    with qtbot.waitSignal(win2.stopped, timeout=2000):  # nothing showable: stops, no busy loop
        win2.start()


def test_video_plays_its_trim_and_finishes(qtbot, tmp_path, stills) -> None:
    clip = make_mp4(tmp_path, "clip.mp4", seconds=2.0)
    video = ScreenItem(kind="video", title="clip", duration_s=0.6, path=clip, trim_in_s=1.0, with_sound=True)
    win, rec = make_window(qtbot, [video, stills[0]], region=Region(0, 0, 384, 192), loop=False)
    positions: list[int] = []
    win.player.positionChanged.connect(positions.append)
    t0 = time.monotonic()
    with qtbot.waitSignal(win.stopped, timeout=8000):
        win.start()
    elapsed = time.monotonic() - t0
    assert rec.started == [0, 1]
    assert rec.finished[0] == (0, 0.6, True)
    assert elapsed >= 0.6 + 0.25 - 0.05  # it played in real time, then the still
    played = [p for p in positions if p > 0]
    assert played and min(played) >= 950 and max(played) <= 1800  # from the trim's in to about its out


def test_one_video_loops_to_its_end_each_time(qtbot, tmp_path) -> None:
    clip = make_mp4(tmp_path, "short.mp4", seconds=0.8)
    video = ScreenItem(kind="video", title="short", duration_s=0.8, path=clip)
    win, rec = make_window(qtbot, [video], region=Region(0, 0, 384, 192), sound=False)
    t0 = time.monotonic()
    win.start()
    qtbot.waitUntil(lambda: len(rec.started) >= 3, timeout=8000)
    elapsed = time.monotonic() - t0
    win.stop()
    # the same file again is reloaded and played whole, not ended at once by the last pass's end
    assert rec.started[:3] == [0, 0, 0] and rec.finished[:2] == [(0, 0.8, True), (0, 0.8, True)]
    assert elapsed >= 2 * 0.8 - 0.05


def test_video_pause_holds_the_clip(qtbot, tmp_path) -> None:
    clip = make_mp4(tmp_path, "clip.mp4", seconds=1.0)
    win, rec = make_window(qtbot, [ScreenItem(kind="video", title="c", duration_s=1.0, path=clip)], loop=False)
    t0 = time.monotonic()
    win.start()
    qtbot.wait(300)
    win.pause()
    held = win.played_seconds()
    qtbot.wait(700)
    assert abs(win.played_seconds() - held) < 0.1 and rec.finished == []
    with qtbot.waitSignal(win.stopped, timeout=5000):
        win.resume()
    assert rec.finished == [(0, 1.0, True)] and time.monotonic() - t0 >= 1.0 + 0.6


def test_video_stopped_part_way_counts_what_played(qtbot, tmp_path) -> None:
    clip = make_mp4(tmp_path, "long.mp4", seconds=3.0)
    video = ScreenItem(kind="video", title="long", duration_s=3.0, path=clip)
    win, rec = make_window(qtbot, [video], region=Region(0, 0, 384, 192))
    win.start()
    qtbot.wait(800)
    win.stop()
    ((index, played, completed),) = rec.finished
    assert index == 0 and completed is False and 0.5 <= played <= 1.0  # the share the log weighs


def test_broken_video_is_reported(qtbot, tmp_path, stills) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    win, rec = make_window(
        qtbot, [ScreenItem(kind="video", title="bad", duration_s=1, path=bad), stills[2]], region=Region(0, 0, 384, 192)
    )
    win.start()
    qtbot.waitUntil(lambda: 1 in rec.started, timeout=5000)
    assert rec.failed[0][0] == 0 and "bad" in rec.failed[0][1]
    win.stop()


def test_region_off_every_screen_is_said(qtbot, stills, english) -> None:
    win, _ = make_window(qtbot, stills, region=Region(90000, 0, 384, 192))
    assert len(win.warnings) == 1 and "90000,0,384,192" in win.warnings[0] and "outside every screen" in win.warnings[0]


def test_whole_monitor_and_a_missing_one(qtbot, stills) -> None:
    win, _ = make_window(qtbot, stills, screen_number=0)
    screen = QApplication.screens()[0]
    assert win.geometry() == screen.geometry()
    with pytest.raises(LedcastError, match="no screen 5"):
        screen_by_number(5)


def test_physical_pixels_on_a_scaled_monitor() -> None:
    rect, exact = to_logical(Region(1920 + 40, 80, 400, 200), (1920, 0), 1.25)
    assert rect == QRect(1920 + 32, 64, 320, 160) and exact
    rect, exact = to_logical(Region(0, 0, 385, 192), (0, 0), 1.25)
    assert not exact and rect.width() == 308
    assert to_logical(Region(10, 20, 384, 192), (0, 0), 1.0) == (QRect(10, 20, 384, 192), True)


SCALED = """
import sys
from pathlib import Path
from PIL import Image
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from ledcast.core.screen_items import Region, ScreenItem
from ledcast.qt.screen_window import ScreenWindow
app = QApplication([])
stripes = Image.new("RGB", (384, 192), (0, 0, 0))
for x in range(0, 384, 2):
    stripes.paste((255, 255, 255), (x, 0, x + 1, 192))
stripes.save(sys.argv[1])
win = ScreenWindow([ScreenItem(kind="still", title="s", duration_s=5, path=Path(sys.argv[1]))], region=Region(20, 40, 384, 192))
win.start()
g = win.geometry()
shot = win.grab().toImage()
row = [QColor(shot.pixel(x, 50)).red() for x in range(6)]
odd = ScreenWindow([], region=Region(0, 0, 385, 192))
assert not odd.exact and "200 %" in odd.warnings[0] and not win.warnings, (odd.warnings, win.warnings)
print(g.x(), g.y(), g.width(), g.height(), win.exact, shot.width(), shot.height(), *row)
"""


def test_scaled_monitor_gets_one_picture_pixel_per_physical_pixel(tmp_path) -> None:
    """A monitor at 200 % (QT_SCALE_FACTOR=2): the region in physical pixels becomes half
    in Qt's units, and one-pixel stripes still reach the board one pixel wide."""
    import os
    import subprocess
    import sys

    repo = str(Path(__file__).resolve().parents[2])  # this checkout's ledcast in the child too
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": repo}
    res = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path / "stripes.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    values = res.stdout.split()[-13:]
    assert values == ["10", "20", "192", "96", "True", "384", "192", "255", "0", "255", "0", "255", "0"]
