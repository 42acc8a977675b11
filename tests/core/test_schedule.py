"""Schedule rules: weekday/time parsing, expansion into airings, overlaps and
agenda order. Pure functions: no workspace, no database."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from ledcast.core import schedule as sched
from ledcast.core.errors import LedcastError
from ledcast.core.schedule import Occurrence, Rule

D = dt.date
T = dt.time
MON_FRI = frozenset(range(5))


def at(y: int, m: int, d: int, hh: int, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, ss)


def occ(
    start: dt.datetime,
    minutes: float,
    *,
    outlet_id: int | None = 1,
    outlet_name: str = "Loa UBND xã",
    priority: str = "normal",
    playlist: str = "Bản tin",
) -> Occurrence:
    return Occurrence(
        start=start,
        end=start + dt.timedelta(minutes=minutes),
        priority=priority,
        playlist_name=playlist,
        outlet_id=outlet_id,
        outlet_name=outlet_name,
    )


def rule(**kw) -> Rule:  # type: ignore[no-untyped-def]
    base = dict(date_from=D(2026, 3, 2), date_to=D(2026, 3, 29), weekdays=sched.ALL_DAYS, times=(T(6, 0),))
    base.update(kw)
    return Rule(**base)  # type: ignore[arg-type]


# --- weekdays ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mon,wed,fri", {0, 2, 4}),
        ("MON, Wed ,fri", {0, 2, 4}),
        ("Monday,Tuesday,sunday", {0, 1, 6}),
        ("tue,tues,thu,thurs", {1, 3}),
        ("sat;sun", {5, 6}),
        ("mon wed fri", {0, 2, 4}),
        ("fri,mon,mon", {0, 4}),
    ],
)
def test_parse_weekdays_english(text: str, expected: set[int]) -> None:
    assert sched.parse_weekdays(text) == frozenset(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("t2,t3,t4,t5,t6,t7,cn", set(range(7))),
        ("T2,T4,CN", {0, 2, 6}),
        ("T.2, T.4", {0, 2}),
        ("thứ 2, thứ 4, thứ 6", {0, 2, 4}),
        ("Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu, Thứ Bảy", set(range(6))),
        ("chủ nhật", {6}),
        ("Chủ Nhật", {6}),
        ("CHỦ NHẬT", {6}),
        ("chu nhat", {6}),
        ("thu 7, chu nhat", {5, 6}),
        ("thu hai", {0}),
        ("chúa nhật", {6}),
    ],
)
def test_parse_weekdays_vietnamese(text: str, expected: set[int]) -> None:
    assert sched.parse_weekdays(text) == frozenset(expected)


def test_parse_weekdays_nfd_input() -> None:
    nfd = unicodedata.normalize("NFD", "Thứ Bảy, Chủ nhật, thứ tư")
    assert nfd != unicodedata.normalize("NFC", nfd)
    assert sched.parse_weekdays(nfd) == frozenset({2, 5, 6})


def test_thu_alone_is_english_thursday() -> None:
    # "thu" (Thursday) must not be confused with Vietnamese "thứ"; "thứ 2" is Monday.
    assert sched.parse_weekdays("thu") == frozenset({3})
    assert sched.parse_weekdays("thứ 2") == frozenset({0})
    assert sched.parse_weekdays("thứ 5") == frozenset({3})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mon-fri", set(range(5))),
        ("Mon - Fri", set(range(5))),
        ("mon–fri", set(range(5))),  # en dash, as word processors type it
        ("t2-t6", set(range(5))),
        ("T2-T6, CN", set(range(5)) | {6}),
        ("thứ 2 - thứ 6", set(range(5))),
        ("thứ 2-6", set(range(5))),
        ("T2-6", set(range(5))),
        ("từ thứ 2 đến thứ 6", set(range(5))),
        ("thứ tư đến thứ sáu", {2, 3, 4}),
        ("t7-cn", {5, 6}),
        ("sat-mon", {5, 6, 0}),  # wraps over the weekend
        ("wed-wed", {2}),
        ("mon-wed,fri", {0, 1, 2, 4}),
    ],
)
def test_parse_weekdays_ranges(text: str, expected: set[int]) -> None:
    assert sched.parse_weekdays(text) == frozenset(expected)


@pytest.mark.parametrize(
    "text", [None, "", "   ", " , ", "daily", "DAILY", "all", "hàng ngày", "Hằng ngày", "mỗi ngày", "mon,daily"]
)
def test_parse_weekdays_every_day(text: str | None) -> None:
    assert sched.parse_weekdays(text) == frozenset(range(7))


def test_parse_weekdays_named_sets() -> None:
    assert sched.parse_weekdays("weekdays") == MON_FRI
    assert sched.parse_weekdays("cuối tuần") == frozenset({5, 6})


@pytest.mark.parametrize(
    "text, token",
    [
        ("mon,tuesdy,fri", "tuesdy"),
        ("t2,t8", "t8"),
        ("thứ 9", "thứ 9"),
        ("2,4,6", "2"),  # bare numbers are ambiguous (ISO 1=Mon vs Vietnamese thứ 2=Mon)
        ("mon-xyz", "mon-xyz"),
        ("mon-tue-wed", "mon-tue-wed"),
        ("Chủ nhậtt", "Chủ nhậtt"),
    ],
)
def test_parse_weekdays_bad_token_is_named(text: str, token: str) -> None:
    with pytest.raises(LedcastError) as err:
        sched.parse_weekdays(text)
    assert err.value.template == sched.M_BAD_WEEKDAY
    assert err.value.params == {"token": token}
    assert f"“{token}”" in str(err.value)


def test_bad_weekday_token_is_reported_in_nfc() -> None:
    with pytest.raises(LedcastError) as err:
        sched.parse_weekdays(unicodedata.normalize("NFD", "thứ mười"))
    assert err.value.params["token"] == "thứ mười"


def test_format_weekdays_canonical() -> None:
    assert sched.format_weekdays(frozenset({4, 0, 2})) == "mon,wed,fri"
    assert sched.format_weekdays(frozenset(range(7))) == "mon,tue,wed,thu,fri,sat,sun"
    assert sched.format_weekdays(frozenset()) == ""
    with pytest.raises(ValueError):
        sched.format_weekdays({7})


@pytest.mark.parametrize("text", ["T2-T6", "thứ 7, chủ nhật", "daily", "mon,wed,fri", "sat-mon"])
def test_weekdays_round_trip(text: str) -> None:
    days = sched.parse_weekdays(text)
    assert sched.parse_weekdays(sched.format_weekdays(days)) == days


# --- times -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("06:00,17:30", (T(6), T(17, 30))),
        ("6:00", (T(6),)),
        ("6h", (T(6),)),
        ("6H", (T(6),)),
        ("17h30", (T(17, 30),)),
        ("6h00, 17h30", (T(6), T(17, 30))),
        ("17g30", (T(17, 30),)),
        ("17 giờ 30", (T(17, 30),)),
        ("17h30p", (T(17, 30),)),
        ("6.30", (T(6, 30),)),
        ("06:00:30", (T(6, 0, 30),)),
        ("0:00,23:59", (T(0), T(23, 59))),
        ("06:00 17:00", (T(6), T(17))),
        ("06:00; 17:00", (T(6), T(17))),
    ],
)
def test_parse_times_forms(text: str, expected: tuple[dt.time, ...]) -> None:
    assert sched.parse_times(text) == expected


def test_parse_times_sorted_and_deduplicated() -> None:
    assert sched.parse_times("17:30, 6h, 06:00, 11:00, 17h30") == (T(6), T(11), T(17, 30))


@pytest.mark.parametrize(
    "text, token",
    [
        ("06:00,25:00", "25:00"),
        ("24:00", "24:00"),
        ("6:60", "6:60"),
        ("abc", "abc"),
        ("6", "6"),
        ("17h3", "17h3"),
        ("6:00, sáng", "sáng"),
        ("06:00 7pm", "7pm"),
    ],
)
def test_parse_times_bad_token_is_named(text: str, token: str) -> None:
    with pytest.raises(LedcastError) as err:
        sched.parse_times(text)
    assert err.value.template == sched.M_BAD_TIME
    assert err.value.params == {"token": token}
    assert f"“{token}”" in str(err.value)


@pytest.mark.parametrize("text", ["", "   ", ",,", None])
def test_parse_times_empty(text: str | None) -> None:
    with pytest.raises(LedcastError) as err:
        sched.parse_times(text)  # type: ignore[arg-type]
    assert err.value.template == sched.M_NO_TIMES


def test_format_times() -> None:
    assert sched.format_times((T(17, 30), T(6), T(6))) == "06:00,17:30"
    assert sched.format_times([T(6, 0, 30)]) == "06:00:30"
    assert sched.parse_times(sched.format_times(sched.parse_times("17h30, 6h"))) == (T(6), T(17, 30))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("normal", "normal"),
        ("Emergency", "emergency"),
        ("priority", "priority"),
        ("thông thường", "normal"),
        ("Ưu tiên", "priority"),
        ("KHẨN CẤP", "emergency"),
        ("khan cap", "emergency"),
        ("", "normal"),
        (None, "normal"),
    ],
)
def test_parse_priority(text: str | None, expected: str) -> None:
    assert sched.parse_priority(text) == expected


def test_parse_priority_bad() -> None:
    with pytest.raises(LedcastError) as err:
        sched.parse_priority("urgentissimo")
    assert err.value.template == sched.M_BAD_PRIORITY
    assert err.value.params["priority"] == "urgentissimo"


# --- Rule.validate -----------------------------------------------------------------


def test_valid_rule_passes() -> None:
    rule(weekdays=MON_FRI, times=(T(6), T(17)), priority="emergency", repeat_count=50, repeat_gap_s=0).validate()
    rule(date_from=D(2026, 3, 2), date_to=D(2026, 3, 2), weekdays=frozenset({0})).validate()  # one Monday


@pytest.mark.parametrize(
    "kw, template",
    [
        ({"date_from": D(2026, 3, 10), "date_to": D(2026, 3, 9)}, sched.M_DATE_ORDER),
        ({"priority": "urgent"}, sched.M_BAD_PRIORITY),
        ({"priority": "Emergency"}, sched.M_BAD_PRIORITY),
        ({"repeat_count": 0}, sched.M_BAD_REPEAT),
        ({"repeat_count": 51}, sched.M_BAD_REPEAT),
        ({"repeat_count": 2.5}, sched.M_BAD_REPEAT),
        ({"repeat_gap_s": -1}, sched.M_BAD_GAP),
        ({"times": ()}, sched.M_NO_TIMES),
        ({"weekdays": frozenset()}, sched.M_NO_WEEKDAYS),
        # 2026-03-02 .. 2026-03-06 is Mon..Fri: a Saturday-only rule would never air.
        ({"date_from": D(2026, 3, 2), "date_to": D(2026, 3, 6), "weekdays": frozenset({5})}, sched.M_NO_MATCHING_DAY),
    ],
)
def test_rule_validate_errors(kw: dict, template: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(LedcastError) as err:
        rule(**kw).validate()
    assert err.value.template == template
    assert str(err.value)  # formats without missing placeholders


def test_date_order_message_shows_both_dates() -> None:
    with pytest.raises(LedcastError) as err:
        rule(date_from=D(2026, 3, 10), date_to=D(2026, 3, 9)).validate()
    assert "10/03/2026" in str(err.value) and "09/03/2026" in str(err.value)


def test_messages_are_marked_module_constants() -> None:
    names = [n for n in dir(sched) if n.startswith("M_")]
    assert len(names) >= 8
    for n in names:
        text = getattr(sched, n)
        assert isinstance(text, str) and text.strip()


# --- expand ------------------------------------------------------------------------


def test_expand_weekday_filter_over_weeks() -> None:
    # March 2026: the 2nd is a Monday. Mon/Wed/Fri over four weeks = 12 airings.
    r = rule(weekdays=sched.parse_weekdays("mon,wed,fri"))
    out = sched.expand(r, 900, D(2026, 3, 1), D(2026, 3, 31))
    assert len(out) == 12
    assert {o.start.weekday() for o in out} == {0, 2, 4}
    assert [o.start for o in out[:4]] == [at(2026, 3, 2, 6), at(2026, 3, 4, 6), at(2026, 3, 6, 6), at(2026, 3, 9, 6)]
    assert out[-1].start == at(2026, 3, 27, 6)
    assert all(o.end - o.start == dt.timedelta(minutes=15) and o.duration_s == 900 for o in out)


def test_expand_several_times_a_day_sorted() -> None:
    r = rule(times=sched.parse_times("17:00, 6h, 11h30"), priority="priority")
    out = sched.expand(r, 1800, D(2026, 3, 3), D(2026, 3, 4))
    assert [o.start for o in out] == [
        at(2026, 3, 3, 6),
        at(2026, 3, 3, 11, 30),
        at(2026, 3, 3, 17),
        at(2026, 3, 4, 6),
        at(2026, 3, 4, 11, 30),
        at(2026, 3, 4, 17),
    ]
    assert {o.priority for o in out} == {"priority"}
    assert [o.repeat_index for o in out] == [0] * 6


def test_expand_date_edges_inclusive() -> None:
    r = rule(date_from=D(2026, 3, 2), date_to=D(2026, 3, 8))
    out = sched.expand(r, 600, D(2026, 3, 2), D(2026, 3, 8))
    assert [o.start.date() for o in out] == [D(2026, 3, d) for d in range(2, 9)]


def test_expand_window_partly_outside_rule() -> None:
    r = rule(date_from=D(2026, 3, 5), date_to=D(2026, 3, 10))
    # window starts before the rule and ends inside it
    assert [o.start.date() for o in sched.expand(r, 60, D(2026, 3, 1), D(2026, 3, 7))] == [
        D(2026, 3, 5),
        D(2026, 3, 6),
        D(2026, 3, 7),
    ]
    # window starts inside the rule and ends after it
    assert [o.start.date() for o in sched.expand(r, 60, D(2026, 3, 9), D(2026, 3, 20))] == [
        D(2026, 3, 9),
        D(2026, 3, 10),
    ]
    # single-day windows on the rule's first and last day
    assert len(sched.expand(r, 60, D(2026, 3, 5), D(2026, 3, 5))) == 1
    assert len(sched.expand(r, 60, D(2026, 3, 10), D(2026, 3, 10))) == 1


@pytest.mark.parametrize(
    "day_from, day_to",
    [
        (D(2026, 2, 1), D(2026, 3, 4)),  # ends the day before the rule starts
        (D(2026, 3, 11), D(2026, 4, 30)),  # starts the day after the rule ends
        (D(2026, 3, 8), D(2026, 3, 6)),  # empty window
    ],
)
def test_expand_window_outside_rule_is_empty(day_from: dt.date, day_to: dt.date) -> None:
    r = rule(date_from=D(2026, 3, 5), date_to=D(2026, 3, 10))
    assert sched.expand(r, 600, day_from, day_to) == []


def test_expand_repeats_with_gap() -> None:
    r = rule(times=(T(6),), repeat_count=3, repeat_gap_s=300)
    out = sched.expand(r, 600, D(2026, 3, 2), D(2026, 3, 2))
    assert [(o.start, o.end, o.repeat_index) for o in out] == [
        (at(2026, 3, 2, 6, 0), at(2026, 3, 2, 6, 10), 0),
        (at(2026, 3, 2, 6, 15), at(2026, 3, 2, 6, 25), 1),
        (at(2026, 3, 2, 6, 30), at(2026, 3, 2, 6, 40), 2),
    ]
    assert sched.find_overlaps(out) == []


def test_expand_repeats_back_to_back_without_gap_do_not_overlap() -> None:
    r = rule(repeat_count=4, repeat_gap_s=0)
    out = sched.expand(r, 450, D(2026, 3, 2), D(2026, 3, 2), outlet_id=1)
    assert [o.start.time() for o in out] == [T(6), T(6, 7, 30), T(6, 15), T(6, 22, 30)]
    assert sched.find_overlaps(out) == []


def test_expand_fractional_duration() -> None:
    out = sched.expand(rule(repeat_count=2), 62.5, D(2026, 3, 2), D(2026, 3, 2))
    assert out[0].duration_s == 62.5
    assert out[1].start == at(2026, 3, 2, 6, 1, 2) + dt.timedelta(milliseconds=500)


def test_expand_zero_duration() -> None:
    out = sched.expand(rule(repeat_count=3), 0, D(2026, 3, 2), D(2026, 3, 2), outlet_id=1)
    assert [o.start for o in out] == [at(2026, 3, 2, 6)] * 3
    assert all(o.end == o.start and o.duration_s == 0 for o in out)
    assert sched.find_overlaps(out) == []  # nothing plays, nothing collides


def test_expand_negative_duration_is_a_bug() -> None:
    with pytest.raises(ValueError):
        sched.expand(rule(), -1, D(2026, 3, 2), D(2026, 3, 2))


def test_expand_fills_meta() -> None:
    out = sched.expand(
        rule(priority="emergency"),
        60,
        D(2026, 3, 2),
        D(2026, 3, 2),
        playlist_id=7,
        playlist_name="Phòng chống bão",
        outlet_id=3,
        outlet_name="Loa thôn Đông",
        schedule_id=11,
    )
    (o,) = out
    assert (o.playlist_id, o.playlist_name, o.outlet_id, o.outlet_name, o.schedule_id, o.priority) == (
        7,
        "Phòng chống bão",
        3,
        "Loa thôn Đông",
        11,
        "emergency",
    )


def test_expand_keeps_repeats_that_run_past_midnight_and_the_window() -> None:
    r = rule(times=(T(23, 40),), repeat_count=2, repeat_gap_s=0)
    out = sched.expand(r, 1200, D(2026, 3, 8), D(2026, 3, 8))  # last day of the window
    assert [(o.start, o.end) for o in out] == [
        (at(2026, 3, 8, 23, 40), at(2026, 3, 9, 0, 0)),
        (at(2026, 3, 9, 0, 0), at(2026, 3, 9, 0, 20)),
    ]


# --- overlaps ----------------------------------------------------------------------


def test_overlap_two_playlists_same_outlet() -> None:
    a = occ(at(2026, 3, 2, 6, 0), 30, playlist="Bản tin sáng")
    b = occ(at(2026, 3, 2, 6, 25), 20, playlist="Thông báo")
    (ov,) = sched.find_overlaps([b, a])
    assert (ov.first, ov.second, ov.seconds) == (a, b, 300)


def test_overlap_contained_interval_counts_its_whole_length() -> None:
    a = occ(at(2026, 3, 2, 6, 0), 45)
    b = occ(at(2026, 3, 2, 6, 10), 5, playlist="Khẩn", priority="emergency")
    (ov,) = sched.find_overlaps([a, b])
    assert ov.seconds == 300


def test_no_overlap_on_different_outlets() -> None:
    a = occ(at(2026, 3, 2, 6), 30, outlet_id=1, outlet_name="Loa A")
    b = occ(at(2026, 3, 2, 6), 30, outlet_id=2, outlet_name="Loa B")
    assert sched.find_overlaps([a, b]) == []


def test_outlet_matched_by_name_when_no_id() -> None:
    a = occ(at(2026, 3, 2, 6), 30, outlet_id=None, outlet_name="Màn hình cổng làng")
    b = occ(at(2026, 3, 2, 6, 10), 30, outlet_id=None, outlet_name=unicodedata.normalize("NFD", "Màn hình cổng làng"))
    c = occ(at(2026, 3, 2, 6, 10), 30, outlet_id=None, outlet_name="Màn hình chợ")
    (ov,) = sched.find_overlaps([a, b, c])
    assert (ov.first, ov.second, ov.seconds) == (a, b, 1200)


def test_airings_without_outlet_are_never_compared() -> None:
    a = occ(at(2026, 3, 2, 6), 30, outlet_id=None, outlet_name="")
    b = occ(at(2026, 3, 2, 6), 30, outlet_id=None, outlet_name="  ")
    assert sched.find_overlaps([a, b]) == []


def test_touching_intervals_do_not_overlap() -> None:
    a = occ(at(2026, 3, 2, 6, 0), 15)
    b = occ(at(2026, 3, 2, 6, 15), 15)
    c = occ(at(2026, 3, 2, 6, 30), 15)
    assert sched.find_overlaps([c, a, b]) == []


def test_three_way_overlap_gives_all_pairs() -> None:
    a = occ(at(2026, 3, 2, 6, 0), 30, playlist="A")
    b = occ(at(2026, 3, 2, 6, 10), 30, playlist="B")
    c = occ(at(2026, 3, 2, 6, 20), 30, playlist="C")
    found = sched.find_overlaps([c, b, a])
    assert [(o.first.playlist_name, o.second.playlist_name, o.seconds) for o in found] == [
        ("A", "B", 1200),
        ("A", "C", 600),
        ("B", "C", 1200),
    ]


def test_identical_airings_overlap_fully() -> None:
    a = occ(at(2026, 3, 2, 6), 30, playlist="A")
    b = occ(at(2026, 3, 2, 6), 30, playlist="B", priority="emergency")
    (ov,) = sched.find_overlaps([a, b])
    assert ov.seconds == 1800
    assert ov.first is b  # same start: emergency ranks first


def test_repeats_overlap_when_programme_longer_than_spacing() -> None:
    # Two start times 20 min apart, each airing a 30-min programme twice back to back:
    # 06:00-06:30, 06:30-07:00 and 06:20-06:50, 06:50-07:20.
    r = rule(times=(T(6, 0), T(6, 20)), repeat_count=2)
    out = sched.expand(r, 1800, D(2026, 3, 2), D(2026, 3, 2), outlet_id=1, playlist_name="Bản tin")
    found = sched.find_overlaps(out)
    pairs = [(o.first.start.time(), o.second.start.time(), o.seconds) for o in found]
    assert pairs == [(T(6, 0), T(6, 20), 600), (T(6, 20), T(6, 30), 1200), (T(6, 30), T(6, 50), 600)]


def test_overlap_across_midnight() -> None:
    late = occ(at(2026, 3, 2, 23, 50), 20, playlist="Tin đêm")
    early = occ(at(2026, 3, 3, 0, 5), 10, playlist="Tin sáng sớm")
    (ov,) = sched.find_overlaps([early, late])
    assert (ov.first, ov.second, ov.seconds) == (late, early, 300)


def test_overlap_across_midnight_from_expanded_rules() -> None:
    night = sched.expand(
        rule(times=(T(23, 50),)), 1200, D(2026, 3, 2), D(2026, 3, 2), outlet_id=5, playlist_name="Tin đêm"
    )
    morning = sched.expand(
        rule(times=(T(0, 5),)), 600, D(2026, 3, 3), D(2026, 3, 3), outlet_id=5, playlist_name="Tin sáng sớm"
    )
    (ov,) = sched.find_overlaps(night + morning)
    assert ov.first.start == at(2026, 3, 2, 23, 50) and ov.second.start == at(2026, 3, 3, 0, 5)
    assert ov.seconds == 300


def test_big_agenda_without_overlaps() -> None:
    # 10 outlets × 1,000 back-to-back 5-minute airings = 10,000 occurrences, none overlapping.
    start = at(2026, 3, 2, 0, 0)
    agenda = [
        occ(start + dt.timedelta(minutes=5 * i), 5, outlet_id=o, outlet_name=f"Loa {o}")
        for i in range(1000)
        for o in range(10)
    ]
    assert len(agenda) == 10_000
    assert sched.find_overlaps(reversed(agenda)) == []


def test_big_agenda_finds_the_one_overlap() -> None:
    start = at(2026, 3, 2, 0, 0)
    agenda = [occ(start + dt.timedelta(minutes=5 * i), 5) for i in range(10_000)]
    intruder = occ(start + dt.timedelta(minutes=5 * 5000 + 2), 1, playlist="Chen ngang")
    (ov,) = sched.find_overlaps(agenda + [intruder])
    assert ov.second is intruder and ov.seconds == 60


def test_overlaps_accept_a_generator() -> None:
    a = occ(at(2026, 3, 2, 6), 30)
    b = occ(at(2026, 3, 2, 6, 15), 30)
    assert len(sched.find_overlaps(x for x in (a, b))) == 1


# --- agenda order ------------------------------------------------------------------


def test_sort_agenda_emergency_first_at_equal_start() -> None:
    t = at(2026, 3, 2, 6)
    normal = occ(t, 10, priority="normal", outlet_name="A")
    prio = occ(t, 10, priority="priority", outlet_name="A")
    emergency = occ(t, 10, priority="emergency", outlet_name="Z")
    earlier = occ(t - dt.timedelta(minutes=1), 10, priority="normal", outlet_name="Z")
    assert sched.sort_agenda([normal, prio, emergency, earlier]) == [earlier, emergency, prio, normal]


def test_sort_agenda_then_outlet_name_accent_insensitive() -> None:
    t = at(2026, 3, 2, 6)
    names = ["Loa thôn Đông", "Loa thôn Bắc", "loa thôn Cầu", "Loa thôn Ấp"]
    out = sched.sort_agenda([occ(t, 10, outlet_name=n) for n in names])
    assert [o.outlet_name for o in out] == ["Loa thôn Ấp", "Loa thôn Bắc", "loa thôn Cầu", "Loa thôn Đông"]


def test_sort_agenda_is_deterministic() -> None:
    t = at(2026, 3, 2, 6)
    items = [occ(t, 10, playlist=p) for p in ("B", "A", "C")]
    assert sched.sort_agenda(items) == sched.sort_agenda(list(reversed(items)))


# --- bounds (issue 8, point 6: input saved, then crashing later) ----------------------


@pytest.mark.parametrize(
    "kw, template",
    [
        ({"date_from": D(2026, 1, 1), "date_to": D(9999, 12, 31)}, "dates.M_DATE_RANGE"),
        ({"date_from": D(1, 1, 1), "date_to": D(2026, 1, 1)}, "dates.M_DATE_RANGE"),
        ({"date_from": D(2026, 1, 1), "date_to": D(2031, 1, 3)}, "M_SPAN_TOO_LONG"),
        ({"date_from": D(2000, 1, 1), "date_to": D(2100, 12, 31)}, "M_SPAN_TOO_LONG"),
        ({"repeat_gap_s": 10**12}, "M_BAD_GAP"),
        ({"repeat_gap_s": 86401}, "M_BAD_GAP"),
        ({"times": tuple(T(h, m) for h in range(24) for m in range(0, 60, 10))}, "M_TOO_MANY_TIMES"),
        (
            {
                "date_from": D(2026, 1, 1),
                "date_to": D(2030, 12, 31),
                "times": tuple(T(h) for h in range(24)),
                "repeat_count": 3,
            },
            "M_TOO_MANY_AIRINGS",
        ),
        ({"date_from": dt.datetime(2026, 1, 1).date(), "date_to": "2026-02-01"}, "dates.M_BAD_DATE"),
    ],
)
def test_rule_validate_refuses_what_would_blow_up_later(kw: dict, template: str) -> None:  # type: ignore[type-arg]
    from ledcast.core import dates

    expected = getattr(dates, template.split(".")[1]) if template.startswith("dates.") else getattr(sched, template)
    with pytest.raises(LedcastError) as err:
        rule(**kw).validate()
    assert err.value.template == expected
    assert str(err.value)


def test_five_years_is_allowed_and_the_message_says_the_limit() -> None:
    rule(date_from=D(2026, 1, 1), date_to=D(2030, 12, 31)).validate()
    rule(date_from=D(2096, 1, 1), date_to=D(2100, 12, 31)).validate()  # up to the last accepted date
    with pytest.raises(LedcastError) as err:
        rule(date_from=D(2026, 1, 1), date_to=D(2032, 12, 31)).validate()
    assert "5 years" in str(err.value)


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"weekdays": MON_FRI, "times": (T(6), T(17, 30)), "repeat_count": 3, "repeat_gap_s": 60},
        {"date_from": D(2026, 2, 25), "date_to": D(2028, 3, 3), "weekdays": frozenset({2, 6})},
        {"date_from": D(2026, 3, 7), "date_to": D(2026, 3, 7), "weekdays": frozenset({5})},
        {"date_from": D(2026, 3, 7), "date_to": D(2026, 3, 8), "weekdays": frozenset({0})},
    ],
)
def test_count_airings_matches_the_expansion_without_expanding(kw: dict) -> None:  # type: ignore[type-arg]
    r = rule(**kw)
    assert sched.count_airings(r) == len(sched.expand(r, 60, r.date_from, r.date_to))
    window = (r.date_from + dt.timedelta(days=1), r.date_from + dt.timedelta(days=9))
    assert sched.count_airings(r, *window) == len(sched.expand(r, 60, *window))


def test_a_rule_stored_before_the_limits_expands_lazily_up_to_date_max() -> None:
    """A rule to 9999-12-31 (stored by an older version) neither overflows at
    date.max nor is materialised whole: the lazy expansion yields on demand, and
    stops at the last supported date (nothing airs in 2101 or 9999)."""
    legacy = rule(date_from=D(2026, 1, 1), date_to=dt.date.max, repeat_count=3, repeat_gap_s=3600)
    assert sched.expand(legacy, 600, D(9999, 12, 30), dt.date.max) == []
    last_days = sched.expand(legacy, 600, D(2100, 12, 30), dt.date.max)
    assert [o.start for o in last_days][-1] == dt.datetime(2100, 12, 31, 8, 20)
    gen = sched.iter_expand(legacy, 600, legacy.date_from, legacy.date_to)
    first = [next(gen) for _ in range(5)]
    assert first[0].start == dt.datetime(2026, 1, 1, 6, 0) and len(first) == 5


# --- typed rules: operator text vs stored rows (issue 9, point 1) ---------------------


def test_rule_from_text_reads_what_operators_type() -> None:
    rule = sched.Rule.from_text(
        dt.date(2026, 12, 7), dt.date(2026, 12, 13), times="17h30, 6:00", weekdays="T2-T6", priority="priority"
    )
    assert rule.weekdays == frozenset(range(5))
    assert rule.times == (dt.time(6), dt.time(17, 30))
    assert (rule.priority, rule.repeat_count, rule.repeat_gap_s) == ("priority", 1, 0)
    assert sched.Rule.from_text(dt.date(2026, 12, 7), dt.date(2026, 12, 7), times="06:00").weekdays == sched.ALL_DAYS
    for weekdays in ("   ", " , ;"):  # given but blank: refused, not "every day"
        with pytest.raises(LedcastError) as err:
            sched.Rule.from_text(dt.date(2026, 12, 7), dt.date(2026, 12, 7), times="06:00", weekdays=weekdays)
        assert err.value.template == sched.M_NO_WEEKDAYS
    with pytest.raises(LedcastError) as err:
        sched.Rule.from_text(dt.date(2026, 12, 7), dt.date(2026, 12, 7), times="25:00")
    assert err.value.template == sched.M_BAD_TIME


def test_rule_from_stored_reads_only_the_canonical_form() -> None:
    d = dt.date(2026, 12, 7)
    rule = sched.Rule.from_stored(d, d, "mon,wed,fri", "06:00,17:30:15", "normal", 2, 60)
    assert rule == sched.Rule(d, d, frozenset({0, 2, 4}), (dt.time(6), dt.time(17, 30, 15)), "normal", 2, 60)
    assert sched.stored_weekdays(sched.format_weekdays(rule.weekdays)) == rule.weekdays
    assert sched.stored_times(sched.format_times(rule.times)) == rule.times
    for weekdays in ("T2,T4", "mon-fri", "Mon", "mon, wed", "", "daily"):  # operator text is not a stored form
        with pytest.raises(LedcastError) as err:
            sched.Rule.from_stored(d, d, weekdays, "06:00", "normal", 1, 0)
        assert err.value.template == sched.M_BAD_WEEKDAY
    for times in ("17h30", "6:00", "06:00, 17:00", "", "24:00"):
        with pytest.raises(LedcastError) as err:
            sched.Rule.from_stored(d, d, "mon", times, "normal", 1, 0)
        assert err.value.template == sched.M_BAD_TIME
