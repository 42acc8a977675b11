"""The one home for durations and sizes (issue 9, point 5): the CLI and the GUI write them alike."""

from __future__ import annotations

from ledcast.cli import _common
from ledcast.core import formatting as f
from ledcast.core.settings import GB, MB


def test_clock() -> None:
    assert [f.clock(s) for s in (0, 59.4, 59.6, 65, 3599, 3600, 3725, 36000)] == [
        "0:00",
        "0:59",
        "1:00",
        "1:05",
        "59:59",
        "1:00:00",
        "1:02:05",
        "10:00:00",
    ]
    assert f.clock(None) == ""


def test_clock_hms_and_tenths() -> None:
    assert [f.clock_hms(s) for s in (0, -5, 65, 3725)] == ["0:00:00", "0:00:00", "0:01:05", "1:02:05"]
    assert [f.clock_tenths(s) for s in (0, 65.25, 125.0)] == ["0:00.0", "1:05.2", "2:05.0"]
    assert f.clock_tenths(None) == ""


def test_sizes() -> None:
    assert [f.size_text(n) for n in (0, 1023, 1536, 5 * MB, 3 * GB, 5000 * GB)] == [
        "0 B",
        "1023 B",
        "1.5 KB",
        "5.0 MB",
        "3.0 GB",
        "5000.0 GB",
    ]
    assert [f.storage_text(n) for n in (68500, 312 * MB, int(4.8 * GB), 12 * GB)] == [
        "66.9 KB",
        "312.0 MB",
        "4.80 GB",
        "12.0 GB",
    ]


def test_seconds_left() -> None:
    assert f.seconds_left(10, 0.5) == 10
    assert f.seconds_left(30, 0.25) == 90
    assert f.seconds_left(5, 1.0) == 0


def test_the_cli_uses_the_shared_formatters() -> None:
    assert _common._hms is f.clock and _common._size_text is f.size_text and _common._fmt_duration is f.clock_tenths
