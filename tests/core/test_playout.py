"""The play-out scheduler (issue 14) with a fake clock: programmes at their times,
priority before normal, emergency interrupts and the interrupted one resumes (or
is skipped), missed occurrences, the clock warning; and the agenda's status of past
occurrences read from a real airing log."""

from __future__ import annotations

import datetime as dt

import pytest

from ledcast.core.playout import Action, NowPlaying, Scheduler
from ledcast.core.playout_settings import PlayoutSettings, playout_settings, save_playout_settings
from ledcast.core.schedule import Occurrence

DAY = dt.date(2026, 3, 2)
LOA = "Loa trung tâm"


def at(h: int, m: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(h, m, s))


def occ(pid: int, name: str, start: dt.datetime, minutes: float, priority: str = "normal", outlet: str = LOA):
    end = start + dt.timedelta(minutes=minutes)
    return Occurrence(start, end, priority, pid, name, 1, outlet)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.t = now

    def now(self) -> dt.datetime:
        return self.t

    def advance(self, seconds: float) -> dt.datetime:
        self.t += dt.timedelta(seconds=seconds)
        return self.t


class Player:
    """Carries out decisions as the real player would, one playlist per outlet."""

    def __init__(self) -> None:
        self.playing: dict[str, NowPlaying] = {}
        self.log: list[tuple[str, str, int]] = []  # (action, playlist, item)

    def apply(self, decisions) -> None:  # type: ignore[no-untyped-def]
        for d in decisions:
            if d.action in (Action.START, Action.RESUME, Action.INTERRUPT):
                p = d.programme
                self.playing[d.outlet] = NowPlaying(p.playlist_id, p.item_index, 0.0, p.pass_index, p.playlist_name)
            if d.action != Action.KEEP:
                self.log.append((str(d.action), d.programme.playlist_name if d.programme else "", _item(d)))

    def at_item(self, outlet: str, index: int) -> None:
        self.playing[outlet] = NowPlaying(self.playing[outlet].playlist_id, index, 3.0)

    def finish(self, outlet: str) -> None:
        del self.playing[outlet]


def _item(d) -> int:  # type: ignore[no-untyped-def]
    return d.programme.item_index if d.programme else 0


def run(s: Scheduler, clock: FakeClock, player: Player, seconds: int) -> None:
    for _ in range(seconds):
        player.apply(s.tick(clock.now(), player.playing))
        clock.advance(1)


def test_programmes_start_at_their_times_and_follow_each_other() -> None:
    news, music = occ(1, "Bản tin sáng", at(6), 10), occ(2, "Nhạc", at(6, 30), 10)
    clock, player = FakeClock(at(5, 59, 58)), Player()
    s = Scheduler([music, news])
    run(s, clock, player, 2)
    assert player.log == [] and s.on_air(LOA) is None
    run(s, clock, player, 1)  # 06:00:00
    assert player.log == [("start", "Bản tin sáng", 0)]
    assert s.on_air(LOA).occurrence == news
    run(s, clock, player, 60)
    assert [a for a, *_ in player.log] == ["start"]  # keeps playing, nothing new
    player.finish(LOA)
    clock.t = at(6, 29, 59)
    run(s, clock, player, 1)
    assert s.on_air(LOA) is None and len(player.log) == 1
    run(s, clock, player, 1)
    assert player.log[-1] == ("start", "Nhạc", 0)
    assert [p.playlist_name for p in s.next_programmes(at(6, 31))] == []


def test_priority_goes_before_normal_when_both_are_due() -> None:
    running = occ(1, "Chương trình dài", at(6), 30)
    normal = occ(2, "Nhạc", at(6, 10), 30)
    prio = occ(3, "Thông báo tiêm chủng", at(6, 20), 10, "priority")
    clock, player = FakeClock(at(6)), Player()
    s = Scheduler([running, normal, prio])
    for t in (at(6), at(6, 10), at(6, 20), at(6, 25)):  # the scheduler ticks on (every second in real life)
        clock.t = t
        run(s, clock, player, 1)
    # both wait behind the running one (a priority programme does not interrupt), priority first
    assert [p.playlist_name for p in s.queued(LOA)] == ["Thông báo tiêm chủng", "Nhạc"]
    assert [p.playlist_name for p in s.next_programmes(at(6, 25), 2)] == ["Thông báo tiêm chủng", "Nhạc"]
    player.finish(LOA)
    run(s, clock, player, 1)
    assert player.log[-1] == ("start", "Thông báo tiêm chủng", 0)
    run(s, clock, player, 1)
    player.finish(LOA)
    run(s, clock, player, 1)
    assert player.log[-1] == ("start", "Nhạc", 0)


def test_due_at_once_priority_starts_first() -> None:
    a, b = occ(1, "A thường", at(8), 5), occ(2, "B ưu tiên", at(8), 5, "priority")
    clock, player = FakeClock(at(8)), Player()
    run(Scheduler([a, b]), clock, player, 1)
    assert player.log == [("start", "B ưu tiên", 0)]


@pytest.mark.parametrize("after", ["resume", "skip"])
def test_emergency_interrupts_and_the_interrupted_resumes_at_its_item(after: str) -> None:
    news = occ(1, "Bản tin", at(6), 30)
    alert = occ(9, "Cảnh báo bão", at(6, 5), 2, "emergency")
    later = occ(2, "Nhạc", at(6, 6), 10)
    clock, player = FakeClock(at(6)), Player()
    s = Scheduler([news, alert, later], PlayoutSettings(after_emergency=after))
    run(s, clock, player, 60)
    player.at_item(LOA, 3)  # the player is on the news' fourth item
    clock.t = at(6, 5)
    decisions = s.tick(clock.now(), player.playing)
    player.apply(decisions)
    stop = next(d for d in decisions if d.action == Action.INTERRUPT)
    assert stop.programme.occurrence == alert and stop.interrupted.playlist_name == "Bản tin"
    assert stop.interrupted.item_index == 3
    assert s.on_air(LOA).priority == "emergency"
    clock.t = at(6, 6, 30)
    run(s, clock, player, 5)  # "Nhạc" falls due during the alert: it does not cut it off
    assert s.on_air(LOA).playlist_name == "Cảnh báo bão"
    player.finish(LOA)
    run(s, clock, player, 1)
    if after == "resume":
        assert player.log[-1] == ("resume", "Bản tin", 3)  # before "Nhạc": it was due first
        assert player.playing[LOA].item_index == 3
        run(s, clock, player, 1)
        player.finish(LOA)
        run(s, clock, player, 1)
    else:
        assert ("skipped", "Bản tin", 3) in player.log and all(a != "resume" for a, *_ in player.log)
    assert player.log[-1] == ("start", "Nhạc", 0)


def test_an_emergency_request_airs_now_and_an_alert_is_never_cut_off() -> None:
    news = occ(1, "Bản tin", at(6), 30)
    clock, player = FakeClock(at(6)), Player()
    s = Scheduler([news])
    run(s, clock, player, 10)
    s.request_emergency(LOA, 7, "Báo cháy", clock.now(), media_id=42)
    run(s, clock, player, 1)
    assert player.log[-1] == ("interrupt", "Báo cháy", 0)
    assert s.on_air(LOA).media_id == 42
    s.request_emergency(LOA, 8, "Báo lũ", clock.now())
    run(s, clock, player, 3)
    assert s.on_air(LOA).playlist_name == "Báo cháy"  # the second alert waits, and goes first
    player.finish(LOA)
    run(s, clock, player, 1)
    assert player.log[-1] == ("start", "Báo lũ", 0)
    run(s, clock, player, 1)  # the player reports it playing
    player.finish(LOA)
    run(s, clock, player, 1)
    assert player.log[-1] == ("resume", "Bản tin", 0)


def test_an_emergency_on_a_free_outlet_just_starts() -> None:
    clock, player = FakeClock(at(9)), Player()
    s = Scheduler([occ(9, "Cảnh báo", at(9), 1, "emergency")])
    run(s, clock, player, 1)
    assert player.log == [("start", "Cảnh báo", 0)]


def test_missed_when_started_after_time_plus_grace_and_never_started_late() -> None:
    early, late_ok, soon = occ(1, "Sáng", at(6), 20), occ(2, "Vừa đến giờ", at(7), 20), occ(3, "Trưa", at(11), 20)
    clock, player = FakeClock(at(7, 1, 30)), Player()  # the PC was switched on at 07:01:30
    s = Scheduler([early, late_ok, soon], PlayoutSettings(grace_s=120))
    run(s, clock, player, 1)
    assert player.log == [("missed", "Sáng", 0), ("start", "Vừa đến giờ", 0)]
    run(s, clock, player, 600)
    assert [a for a, *_ in player.log].count("missed") == 1  # reported once
    assert all(name != "Sáng" for a, name, _ in player.log if a == "start")
    # the PC slept from 10:59 to 11:05: "Trưa" is missed too
    player.finish(LOA)
    clock.t = at(10, 59)
    run(s, clock, player, 1)
    clock.t = at(11, 5)
    run(s, clock, player, 1)
    assert player.log[-1] == ("missed", "Trưa", 0) and LOA not in player.playing
    # the operator asks for it after all
    s.start_late(soon)
    run(s, clock, player, 1)
    assert player.log[-1] == ("start", "Trưa", 0)


def test_a_queued_programme_whose_slot_went_by_is_missed() -> None:
    long, short = occ(1, "Dài", at(6), 60), occ(2, "Ngắn", at(6, 10), 5)
    clock, player = FakeClock(at(6)), Player()
    s = Scheduler([long, short])
    run(s, clock, player, 1)
    clock.t = at(6, 10)
    run(s, clock, player, 1)
    player.finish(LOA)
    clock.t = at(7)
    run(s, clock, player, 1)
    assert player.log[-1] == ("missed", "Ngắn", 0) and LOA not in player.playing


def test_outlets_are_independent_and_can_be_chosen() -> None:
    a = occ(1, "Loa", at(6), 5)
    b = occ(2, "Màn hình", at(6), 5, outlet="Màn hình chợ")
    clock, player = FakeClock(at(6)), Player()
    run(Scheduler([a, b]), clock, player, 1)
    assert sorted(player.playing) == ["Loa trung tâm", "Màn hình chợ"]
    clock, player = FakeClock(at(6)), Player()
    run(Scheduler([a, b], outlets=["Màn hình chợ"]), clock, player, 1)
    assert sorted(player.playing) == ["Màn hình chợ"]


def test_a_programme_just_started_is_not_taken_for_finished() -> None:
    a, b = occ(1, "Một", at(6), 1), occ(2, "Hai", at(6), 1)
    s = Scheduler([a, b])
    first = [d for d in s.tick(at(6), {}) if d.action == Action.START]
    assert len(first) == 1
    # the player has not reported it yet: the other waits
    assert not [d for d in s.tick(at(6, 0, 2), {}) if d.action == Action.START]
    # it never reported it: after START_WAIT_S the outlet counts as free
    assert [d.action for d in s.tick(at(6, 0, 6), {})] == [Action.START]


def test_clock_running_backwards_past_the_last_logged_airing_warns_once() -> None:
    s = Scheduler([], last_logged=at(12))
    warned = s.tick(at(10), {})
    assert [d.action for d in warned] == [Action.CLOCK_BACKWARDS] and warned[0].last_known == at(12)
    assert s.clock_warning
    assert s.tick(at(10, 0, 1), {}) == []
    assert s.tick(at(12, 0, 1), {}) == [] and not s.clock_warning
    # set back again, now behind the scheduler's own last tick
    assert [d.action for d in s.tick(at(11), {})] == [Action.CLOCK_BACKWARDS]
    # a small time-sync nudge is no reason to warn
    s2 = Scheduler([], last_logged=at(12))
    assert s2.tick(at(11, 59, 58), {}) == []


def test_next_ten_are_the_coming_occurrences_in_order() -> None:
    occs = [occ(i, f"P{i:02}", at(6) + dt.timedelta(minutes=15 * i), 10) for i in range(15)]
    s = Scheduler(occs)
    s.tick(at(6, 20), {})
    names = [p.playlist_name for p in s.next_programmes(at(6, 20))]
    assert names == [f"P{i:02}" for i in range(2, 12)]


def test_settings_are_stored_and_bounded(workspace) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.errors import LedcastError

    assert playout_settings(workspace) == PlayoutSettings("resume", 120.0)
    save_playout_settings(workspace, after_emergency="skip", grace_s=300)
    assert playout_settings(workspace) == PlayoutSettings("skip", 300)
    for bad in ({"after_emergency": "later"}, {"grace_s": -1}, {"grace_s": 4000}, {"grace_s": float("nan")}):
        with pytest.raises(LedcastError):
            save_playout_settings(workspace, **bad)
    assert playout_settings(workspace) == PlayoutSettings("skip", 300)


# --- agenda status from the airing log ------------------------------------------------------------

D1, D2 = dt.date(2026, 3, 2), dt.date(2026, 3, 3)
TITLES = ("Bản tin", "Tuyên truyền", "Nhạc hiệu")


@pytest.fixture
def scheduled(workspace, tmp_path):  # type: ignore[no-untyped-def]
    """A 3-item speaker playlist on LOA at 06:00 and 17:00 on D1 and D2, a unit set."""
    from media_factory import make_wav

    from ledcast.core import agenda, library
    from ledcast.core import playlist as pl
    from ledcast.core.outlets import add_outlet
    from ledcast.core.units import set_self_unit

    ws = workspace
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    ids = []
    for i, title in enumerate(TITLES):
        (m,) = library.import_files(ws, [make_wav(tmp_path, f"m{i}.wav", seconds=1.0, freq=330 + 110 * i)]).added
        library.rename_media(ws, m.id, title)
        ids.append(m.id)
    add_outlet(ws, LOA, "speaker")
    pl.create_playlist(ws, "Phát thanh", "speaker", outlet=LOA)
    pl.add_items(ws, "Phát thanh", ids)
    agenda.add_schedule(ws, "Phát thanh", date_from=D1, date_to=D2, times=[dt.time(6), dt.time(17)])
    return ws


def _log(ws, o: Occurrence, items: int, how: str = "playout", offset_s: float = 0.0) -> list[str]:  # type: ignore[no-untyped-def]
    from ledcast.core.airing import AiringEntry, record_many

    scheduled = o.start.astimezone()
    entries = [
        AiringEntry(
            outlet_name=o.outlet_name,
            start=scheduled + dt.timedelta(seconds=offset_s + 2 * k),
            end=scheduled + dt.timedelta(seconds=offset_s + 2 * k + 1),
            recorded_how=how,
            title=TITLES[k],
            playlist_name=o.playlist_name,
            scheduled_at=scheduled,
        )
        for k in range(items)
    ]
    return [r.uuid for r in record_many(ws, entries)]


def test_agenda_status_aired_partly_missed_from_the_log(scheduled) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.agenda import agenda
    from ledcast.core.agenda_status import agenda_status
    from ledcast.core.airing import void

    ws = scheduled
    occs = agenda(ws, D1, 2).occurrences
    assert [o.start for o in occs] == [at(6), at(17), at(6) + dt.timedelta(days=1), at(17) + dt.timedelta(days=1)]
    d1_morning, d1_evening, d2_morning, d2_evening = occs
    _log(ws, d1_morning, 3)  # every item, by play-out
    _log(ws, d1_evening, 2, offset_s=45 * 60)  # resumed late after an emergency: still its own slot
    uuids = _log(ws, d2_morning, 3, how="confirmed")
    void(ws, uuids[0], "Mất điện, không phát được bản tin")  # a voided row does not count
    status = agenda_status(ws, occs, at(18) + dt.timedelta(days=1))
    assert status == {d1_morning: "aired", d1_evening: "partly", d2_morning: "partly", d2_evening: "missed"}
    # an occurrence still to come (or on air) has no status yet
    assert agenda_status(ws, occs, at(17, 0, 2) + dt.timedelta(days=1)) == {
        d1_morning: "aired",
        d1_evening: "partly",
        d2_morning: "partly",
    }


def test_status_needs_the_same_playlist_and_outlet(scheduled) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.agenda import agenda
    from ledcast.core.agenda_status import agenda_status

    ws = scheduled
    first = agenda(ws, D1, 1).occurrences[0]
    from dataclasses import replace

    _log(ws, replace(first, outlet_name="Loa chợ"), 3)
    _log(ws, replace(first, playlist_name="Chương trình khác"), 3)
    assert agenda_status(ws, [first], at(12)) == {first: "missed"}


def test_last_playout_end_and_the_runner_warn_of_a_clock_set_back(scheduled) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.agenda import agenda
    from ledcast.core.agenda_status import last_playout_end
    from ledcast.core.playout_runner import Runner

    ws = scheduled
    assert last_playout_end(ws) is None
    morning = agenda(ws, D1, 1).occurrences[0]
    _log(ws, morning, 3)
    _log(ws, agenda(ws, D2, 1).occurrences[0], 3, how="confirmed")  # a confirmation is no clock reading
    assert last_playout_end(ws) == at(6, 0, 5)
    clock = FakeClock(at(6))  # set back 5 seconds: a nudge
    assert [d.action for d in Runner(ws, clock).step()] == []
    clock = FakeClock(at(5, 59))
    runner = Runner(ws, clock)
    assert [d.action for d in runner.step()] == [Action.CLOCK_BACKWARDS]


def test_runner_misses_what_was_not_logged_and_starts_what_is_due(scheduled) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.agenda import agenda
    from ledcast.core.playout_runner import Runner
    from ledcast.core.playout_settings import save_playout_settings

    ws = scheduled
    save_playout_settings(ws, grace_s=60)
    morning = agenda(ws, D2, 1).occurrences[0]
    clock = FakeClock(at(16, 59, 59) + dt.timedelta(days=1))
    runner = Runner(ws, clock)
    assert [(d.action, d.programme.occurrence) for d in runner.step()] == [(Action.MISSED, morning)]
    assert runner.scheduler.next_programmes(clock.now(), 1)[0].due == at(17) + dt.timedelta(days=1)
    clock.advance(1)
    (start,) = runner.step()
    assert start.action == Action.START and start.programme.playlist_name == "Phát thanh"
    # aired mornings are not reported missed by a runner started later
    _log(ws, morning, 3)
    clock.advance(5)
    assert [d.action for d in Runner(ws, clock).step()] == [Action.START]


def test_cli_agenda_shows_the_status_of_past_occurrences(scheduled, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from ledcast.cli import main
    from ledcast.core.agenda import agenda

    ws = scheduled
    morning, evening = agenda(ws, D1, 1).occurrences
    _log(ws, morning, 3)
    _log(ws, evening, 1)
    assert main(["--workspace", str(ws.root), "agenda", "--date", "2026-03-02", "--days", "2", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in shown["occurrences"]] == ["aired", "partly", "missed", "missed"]
    assert main(["--workspace", str(ws.root), "--lang", "vi", "agenda", "--date", "2026-03-02"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "Phát thanh" in line]
    assert "Đã phát" in lines[0] and "Phát một phần" in lines[1]


def test_an_open_time_window_is_joined_late_a_closed_one_is_missed() -> None:
    loop = Occurrence(at(6), at(22), "normal", 4, "Vòng LED", 2, "LED cổng", passes=2880, is_window=True)
    overnight = Occurrence(at(18) - dt.timedelta(days=1), at(2), "normal", 5, "Đêm", 3, "LED chợ", is_window=True)
    short = Occurrence(at(6), at(7), "normal", 6, "Sáng", 1, LOA, passes=12, is_window=True)
    clock, player = FakeClock(at(8)), Player()  # the PC was switched on at 08:00
    run(Scheduler([loop, overnight, short]), clock, player, 1)
    assert sorted(player.log) == [("missed", "Sáng", 0), ("start", "Vòng LED", 0)]
    clock, player = FakeClock(at(1)), Player()  # after midnight, the overnight loop is still open
    run(Scheduler([overnight]), clock, player, 1)
    assert player.log == [("start", "Đêm", 0)]


def test_cli_settings_playout(workspace, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from ledcast.cli import main

    base = ["--workspace", str(workspace.root), "--lang", "en", "settings", "playout"]
    assert main([*base, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"after_emergency": "resume", "grace_s": 120.0, "min_share": 0.8}
    assert main([*base, "--after-emergency", "skip", "--grace", "0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"after_emergency": "skip", "grace_s": 0.0, "min_share": 0.8}
    assert main([*base, "--grace", "5000"]) != 0
    assert "between 0 and 1800 seconds" in capsys.readouterr().err
    assert playout_settings(workspace) == PlayoutSettings("skip", 0.0)


def test_decisions_in_words() -> None:
    from ledcast.core.playout_text import describe

    news, alert = occ(1, "Bản tin", at(6), 30), occ(9, "Cảnh báo bão", at(6, 5), 2, "emergency")
    s = Scheduler([news, alert], last_logged=at(6, 10))
    s.tick(at(6), {})
    s.tick(at(6, 1), {LOA: NowPlaying(1, 2)})
    stop = next(d for d in s.tick(at(6, 5), {LOA: NowPlaying(1, 2)}) if d.action == Action.INTERRUPT)
    assert describe(stop, "en") == "Loa trung tâm: EMERGENCY “Cảnh báo bão” interrupts “Bản tin” at item 3."
    assert describe(stop, "vi") == "Loa trung tâm: KHẨN CẤP “Cảnh báo bão” ngắt “Bản tin” tại mục 3."
    (warning,) = Scheduler([], last_logged=at(12)).tick(at(9), {})
    assert "02/03/2026 09:00:00" in describe(warning, "vi") and "02/03/2026 12:00:00" in describe(warning, "vi")
    (missed,) = Scheduler([news], last_logged=at(5)).tick(at(9), {})
    assert describe(missed, "vi") == (
        "Loa trung tâm: “Bản tin” lịch 02/03 06:00 đã bị lỡ; phần mềm không tự phát muộn."
    )
