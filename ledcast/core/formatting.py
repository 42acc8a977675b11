"""How the CLI and the GUI write durations and sizes: one home, no Qt, no words to translate."""

from __future__ import annotations

KB = 1024
MB = 1024 * KB
GB = 1024 * MB


def clock(seconds: float | None) -> str:
    """A length as m:ss, or h:mm:ss from an hour on ("" when unknown)."""
    if seconds is None:
        return ""
    total = int(round(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def clock_hms(seconds: float) -> str:
    """A length always as h:mm:ss (the agenda's columns), negative counted as 0."""
    whole = int(round(max(seconds, 0.0)))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def clock_tenths(seconds: float | None) -> str:
    """A length as m:ss.s, to a tenth of a second ("" when unknown)."""
    if seconds is None:
        return ""
    m, s = divmod(seconds, 60)
    return f"{int(m)}:{s:04.1f}"


def size_text(n: float) -> str:
    """A byte count as 512 B, 1.5 KB, 312.4 MB, 4.8 GB."""
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(n)


def storage_text(n: int) -> str:
    """A size as an operator reads it on the Settings page: 66.9 KB, 312.4 MB, 4.80 GB."""
    if n < MB:
        return f"{n / KB:.1f} KB"
    if n < GB:
        return f"{n / MB:.1f} MB"
    return f"{n / GB:.2f} GB" if n < 10 * GB else f"{n / GB:.1f} GB"


def seconds_left(elapsed_s: float, fraction: float) -> int:
    """The seconds a job still needs at its pace so far (`fraction` done, 0 < fraction ≤ 1)."""
    return max(0, round(elapsed_s * (1 - fraction) / fraction))


def group_digits(n: int) -> str:
    """A count in groups of three, split by a no-break space: 4 320 (read the same
    in Vietnamese, which groups with dots, and in English, which uses commas)."""
    return f"{n:,}".replace(",", "\u00a0")
