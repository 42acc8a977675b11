"""The one job runner: outcomes, the dialog, errors and the registry of running jobs."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget

from ledcast.core.errors import LedcastError
from ledcast.core.jobs import Cancelled
from ledcast.qt import jobs


def _until_cancelled(progress, cancel):  # type: ignore[no-untyped-def]
    progress(0.5, "half")
    while not cancel():
        time.sleep(0.01)
    raise Cancelled(partial="what was done")


def test_cancel_reaches_the_job_and_its_partial_report(qtbot, english) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    outcomes: list[object] = []
    runner = jobs.run_job(owner, _until_cancelled, title="Job", on_done=outcomes.append, on_cancelled=outcomes.append)
    assert jobs.running_job(owner) is runner and runner.dialog is not None
    qtbot.waitUntil(lambda: "half" in runner.dialog.labelText(), timeout=5000)
    assert runner.dialog.value() == 500  # the fraction on the 0..1000 bar
    jobs.cancel_all()  # as the main window does when it closes
    assert runner.cancelled
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert isinstance(outcomes[0], Cancelled) and outcomes[0].partial == "what was done"
    assert jobs.running_job(owner) is None and runner.dialog is None


def test_a_failure_is_shown_and_a_result_delivered(qtbot, english, messages) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def fail(progress, cancel):  # type: ignore[no-untyped-def]
        raise LedcastError("Something broke: {what}", what="the disk")

    jobs.run_job(owner, fail, title="Job", on_done=lambda _r: None, dialog=False)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == [("warning", "Something broke: the disk")]
    results: list[int] = []
    jobs.run_job(owner, lambda x, progress, cancel: x * 2, 21, title="Job", on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [42] and jobs.running_job(owner) is None


def test_a_page_closed_while_its_job_runs_stops_it_quietly(qtbot, english) -> None:
    """Closing the window mid-job deletes the page, its runner and the job's signals: the
    worker must neither raise from a dead signal nor keep working for nobody."""
    import shiboken6

    owner = QWidget()
    steps: list[float] = []

    def slow(progress, cancel):  # type: ignore[no-untyped-def]
        for i in range(200):
            if cancel():
                return "stopped"
            time.sleep(0.01)
            progress(i / 200, "")
            steps.append(i)
        return "done"

    with qtbot.captureExceptions() as exceptions:
        jobs.run_job(owner, slow, title="Job", on_done=lambda _r: None, dialog=False)
        qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
        shiboken6.delete(owner)  # as a teardown or a closing window does
        time.sleep(0.3)
        qtbot.wait(50)
    assert exceptions == []
    assert len(steps) < 150  # the job stopped once no one was left to tell
    jobs.cancel_all()  # the registry forgot the dead runner: closing the app does not trip on it
    assert all(shiboken6.isValid(r) for r in jobs.JobRunner.running)
