"""The one job shape: fractions with labels, sub-ranges, counted steps, the cancel token."""

from __future__ import annotations

import pytest

from ledcast.core import ffmpeg, jobs


def test_scaled_maps_a_sub_range_and_counted_reports_fractions() -> None:
    seen: list[tuple[float, str]] = []
    part = jobs.scaled(lambda f, label: seen.append((f, label)), 0.5, 0.25)
    assert part is not None
    part(0.0, "a")
    part(1.0, "b")
    part(2.0, "c")  # a step past the end stays at the end of its range
    step = jobs.counted(lambda f, label: seen.append((f, label)), 4)
    step(1, "d")
    jobs.counted(lambda f, label: seen.append((f, label)), 0)(0, "e")  # nothing to count: done
    assert seen == [(0.5, "a"), (0.75, "b"), (0.75, "c"), (0.25, "d"), (1.0, "e")]
    assert jobs.scaled(None, 0, 1) is None
    jobs.counted(None, 3)(1, "x")  # without a progress: nothing happens


def test_cancel_token_is_a_cancel_check_and_raises_the_one_cancelled() -> None:
    token = jobs.CancelToken()
    assert not token() and not token.cancelled
    token.raise_if_cancelled()
    jobs.check(token)
    jobs.check(None)
    token.cancel()
    assert token() and token.cancelled
    with pytest.raises(ffmpeg.Cancelled):  # the same class under its old name
        token.raise_if_cancelled()
    with pytest.raises(jobs.Cancelled) as ei:
        jobs.check(token)
    assert ei.value.partial is None
    assert jobs.Cancelled(partial="report").partial == "report"
    assert ffmpeg.Cancelled is jobs.Cancelled and ffmpeg.CancelCheck is jobs.CancelCheck
