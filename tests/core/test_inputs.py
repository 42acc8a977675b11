"""User text is cleaned where it enters the core (issue 8, points 7 and 9): no
control characters in stored names and titles, empty and absurd values refused
whoever the caller is (CLI, GUI, scripts)."""

from __future__ import annotations

import pytest

from ledcast.core import library, outlets, units
from ledcast.core import playlist as pl
from ledcast.core.errors import M_BAD_SIZE, LedcastError
from ledcast.core.limits import M_SIZE_RANGE, Size
from ledcast.core.slide_media import add_slide
from ledcast.core.slides import SlideSource

NASTY = "Bản tin\n#EXTINF:-1,evil\r\x1b[31m\x00\u2028sáng\t"
CLEAN = "Bản tin #EXTINF:-1,evil [31m sáng"


def test_names_lose_control_characters(workspace) -> None:
    p = pl.create_playlist(workspace, NASTY, "speaker")
    assert p.name == CLEAN
    assert pl.get_playlist(workspace, CLEAN + "\n").id == p.id  # lookups are cleaned the same way
    o = outlets.add_outlet(workspace, NASTY, "screen", Size(384, 192), location="Nhà\nvăn hóa")
    assert (o.name, o.location) == (CLEAN, "Nhà văn hóa")
    assert outlets.get_outlet(workspace, NASTY).id == o.id
    u = units.set_self_unit(workspace, "XA\n01", NASTY, parent_code="HUYEN\x0701")
    assert (u.code, u.name, u.parent_code) == ("XA 01", CLEAN, "HUYEN 01")
    renamed = pl.update_playlist(workspace, p.id, name="Mới\x1b]0;title\x07")
    assert renamed.name == "Mới ]0;title"


def test_slide_and_media_titles_lose_control_characters(workspace, media_files) -> None:
    media, _ = add_slide(workspace, SlideSource(title=NASTY, body="Dòng 1\n\x1b[2JDòng 2\r\nDòng 3\x00"), (384, 192))
    assert media.title == CLEAN
    assert media.slide_source["body"] == "Dòng 1\n[2JDòng 2\nDòng 3"  # line breaks kept, the rest removed
    item = library.import_files(workspace, [media_files.wav]).added[0]
    library.rename_media(workspace, item.id, "Nhạc\nhiệu\x9b")
    assert library.get_media(workspace, item.id).title == "Nhạc hiệu"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "\x1b\x00", "x" * 301, "\u200b", "\ufeff\u2066 \u2069\u200d"])
def test_empty_or_huge_names_are_refused(workspace, media_files, bad: str) -> None:
    with pytest.raises(LedcastError):
        pl.create_playlist(workspace, bad, "speaker")
    with pytest.raises(LedcastError):
        outlets.add_outlet(workspace, bad, "speaker")
    with pytest.raises(LedcastError):
        units.set_self_unit(workspace, bad, "Xã A")
    with pytest.raises(LedcastError):
        units.set_self_unit(workspace, "XA", bad)
    item = library.import_files(workspace, [media_files.wav]).added[0]
    with pytest.raises(LedcastError):
        library.rename_media(workspace, item.id, bad)
    assert library.get_media(workspace, item.id).title == item.title
    assert pl.list_playlists(workspace) == [] and outlets.list_outlets(workspace) == []
    assert units.self_unit(workspace) is None


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"


def test_invisible_format_characters_are_removed_and_accents_kept(workspace) -> None:
    """Bidi overrides/isolates and zero-width characters (Unicode category Cf) make a
    name look like another or reverse a line: they are removed, combining accents stay."""
    import unicodedata

    from ledcast.core.text import clean_multiline, clean_text, printable

    decomposed = unicodedata.normalize("NFD", "Thông báo Nguyễn")  # accents as combining marks (Mn)
    assert clean_text(decomposed + INVISIBLE) == "Thông báo Nguyễn"
    assert clean_text("Mu\u200bsic\u202e") == "Music"
    assert clean_multiline("Dòng\u2066 1\u2069\n\ufeffDòng 2") == "Dòng 1\nDòng 2"
    p = pl.create_playlist(workspace, "Mu\u200bsic\u202e", "speaker")
    assert p.name == "Music"
    with pytest.raises(LedcastError):  # looks identical to "Music": the same name
        pl.create_playlist(workspace, "Music", "speaker")
    assert printable("a\u202eb\u2066c") == "a\\u202eb\\u2066c"  # a terminal never reverses the line
    assert printable("Việt Nam") == "Việt Nam"


@pytest.mark.parametrize("fps", [float("nan"), float("inf"), 0, -25, 121, 10**30])
def test_absurd_frame_rates_are_refused(workspace, fps) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError):
        outlets.add_outlet(workspace, "LED", "screen", Size(384, 192), fps=fps)
    o = outlets.add_outlet(workspace, "LED", "screen", Size(384, 192))
    with pytest.raises(LedcastError):
        outlets.update_outlet(workspace, o.id, fps=fps)
    assert outlets.get_outlet(workspace, "LED").fps == 25.0
    outlets.remove_outlet(workspace, o.id)


@pytest.mark.parametrize("size", ["0x0", "100000x100000", "7x100", "384x7681", "99999999999999x1", "", "x"])
def test_absurd_screen_sizes_are_refused(workspace, size: str) -> None:
    with pytest.raises(LedcastError):
        outlets.add_outlet(workspace, "LED", "screen", Size.parse(size) if size else None)
    assert outlets.list_outlets(workspace) == []


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), 0, -5, 86401, 10**30])
def test_absurd_still_durations_are_refused(workspace, media_files, seconds) -> None:  # type: ignore[no-untyped-def]
    image = library.import_files(workspace, [media_files.png]).added[0]
    pl.create_playlist(workspace, "P", "screen")
    with pytest.raises(LedcastError):
        pl.add_items(workspace, "P", [image.id], duration_s=seconds)
    assert pl.get_playlist(workspace, "P").items == []


def test_an_approvers_name_too_long_is_refused_not_cut(workspace, media_files) -> None:
    item = library.import_files(workspace, [media_files.wav]).added[0]
    for too_long in ("A" * 201, "Nguyễn " * 3500):
        with pytest.raises(LedcastError) as err:
            library.set_approval(workspace, [item.id], "approved", too_long)
        assert "at most 200 characters" in str(err.value)
        got = library.get_media(workspace, item.id)
        assert (got.approval, got.approved_by) == ("pending", None)  # nothing changed
    library.set_approval(workspace, [item.id], "approved", "B" * 200 + "\n")
    assert library.get_media(workspace, item.id).approved_by == "B" * 200  # kept whole


def test_size_parses_operator_text_and_prints_back() -> None:
    assert Size.parse(" 384 × 192 ") == Size(384, 192) == (384, 192)
    assert Size.parse("1920X1080").width == 1920 and Size.parse("8*8").height == 8
    assert str(Size(384, 192)) == "384x192"
    assert Size.parse(str(Size(640, 360))) == Size(640, 360)
    for bad in ("384", "x", "", "384x", "-1x5", "3.5x4"):
        with pytest.raises(LedcastError) as err:
            Size.parse(bad)
        assert err.value.template == M_BAD_SIZE
    for out_of_range in ("7x100", "384x7681", "0x0"):
        with pytest.raises(LedcastError) as err:
            Size.parse(out_of_range)
        assert err.value.template == M_SIZE_RANGE


def test_typed_sizes_out_of_range_are_refused_by_the_core(workspace) -> None:
    with pytest.raises(LedcastError) as err:
        outlets.add_outlet(workspace, "LED", "screen", Size(7, 100))
    assert err.value.template == M_SIZE_RANGE
    assert outlets.list_outlets(workspace) == []
