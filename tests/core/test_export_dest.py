"""Where an export goes and how it gets there: only an earlier export of the
same playlist is ever replaced, the swap is recoverable, one export per
destination, no empty or absurd values, no control characters in written files."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from ledcast.core import export, library, oslock
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.export import destination as dd
from ledcast.core.export import recovery as dr
from ledcast.core.ffmpeg import Cancelled
from ledcast.core.limits import Size
from ledcast.core.settings import workspace_uid

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved

ME = dd.Owner("ws-a", 7, "Music")


def _manifest(
    folder: Path,
    *,
    workspace: str | None = "ws-a",
    playlist_id: int = 7,
    name: str = "Music",
    files: dict[str, bytes] | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = files or {"music.mp3": b"abc"}
    for fname, data in files.items():
        (folder / fname).write_bytes(data)
    doc = {
        "format": dd.FORMAT,
        "playlist": {"id": playlist_id, "name": name},
        "files": [{"name": n, "size": len(d)} for n, d in files.items()],
    }
    if workspace:
        doc["workspace"] = {"id": workspace}
    (folder / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


# --- choosing the folder ------------------------------------------------------------------


def test_out_itself_when_new_empty_or_our_earlier_export(tmp_path: Path) -> None:
    assert dd.resolve_destination(tmp_path / "new", ME, "music").folder == tmp_path / "new"
    (tmp_path / "empty").mkdir()
    assert dd.resolve_destination(tmp_path / "empty", ME, "music").folder == tmp_path / "empty"
    ours = _manifest(tmp_path / "ours")
    d = dd.resolve_destination(ours, ME, "music")
    assert d.folder == ours and d.taken is None and d.note() is None
    # written before manifests carried a workspace id: same playlist id and name
    legacy = _manifest(tmp_path / "legacy", workspace=None)
    assert dd.resolve_destination(legacy, ME, "music").folder == legacy


@pytest.mark.parametrize("other", [dict(playlist_id=8), dict(workspace="ws-b"), dict(workspace=None, name="Khác")])
def test_another_playlists_export_gets_a_sibling_not_replaced(tmp_path: Path, other: dict) -> None:
    theirs = _manifest(tmp_path / "usb", **other)
    d = dd.resolve_destination(theirs, ME, "music")
    assert d.folder == tmp_path / "usb-2" and d.taken == theirs and d.taken_by_export
    assert "another playlist" in d.note().message()
    _manifest(tmp_path / "usb-2", playlist_id=9)
    assert dd.resolve_destination(theirs, ME, "music").folder == tmp_path / "usb-3"


@pytest.mark.parametrize("user_name", ["music", "Music", "MUSIC"])
def test_users_own_folder_in_a_stick_root_is_never_taken(tmp_path: Path, user_name: str) -> None:
    stick = tmp_path / "stick"
    (stick / user_name).mkdir(parents=True)
    (stick / user_name / "song.mp3").write_bytes(b"mine")
    d = dd.resolve_destination(stick, ME, "music")
    assert d.folder == stick / "music-2" and d.taken is not None and not d.taken_by_export
    # an earlier export of ours further down the row is found again, not a new name made
    _manifest(stick / "music-3")
    assert dd.resolve_destination(stick, ME, "music").folder == stick / "music-3"


def test_a_file_with_the_name_and_an_export_found_case_insensitively(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "music").write_bytes(b"a file")
    assert dd.resolve_destination(stick, ME, "music").folder == stick / "music-2"
    (stick / "music").unlink()
    _manifest(stick / "MUSIC")  # our own export, written on a stick that keeps case
    d = dd.resolve_destination(stick, ME, "music")
    assert d.folder == stick / "MUSIC" and d.taken is None


def test_out_must_not_be_empty_or_a_file(tmp_path: Path) -> None:
    for empty in ("", "   ", None):
        with pytest.raises(LedcastError) as err:
            dd.checked_out(empty)
        assert err.value.template == dd.M_NO_DEST
    (tmp_path / "f").write_bytes(b"x")
    with pytest.raises(LedcastError) as err:
        dd.resolve_destination(tmp_path / "f", ME, "x")
    assert err.value.template == dd.M_DEST_FILE


# --- the lock -------------------------------------------------------------------------------


def test_one_lock_per_destination_and_it_does_not_linger(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    first = dd.lock_dest(dest)
    assert first is not None
    assert dd.lock_dest(dest) is None  # flock: another open file description conflicts, even in one process
    first.release()
    second = dd.lock_dest(dest)
    assert second is not None
    second.release()
    assert not dd.lock_path(dest).exists()


def test_a_file_system_without_locks_is_written_unguarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "usb"

    def no_locks(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(oslock, "_lock", no_locks)
    lock = dd.lock_dest(dest)
    assert lock is not None  # going on unguarded, not refusing every export
    lock.release()
    assert not dd.lock_path(dest).exists()

    def busy(fd: int) -> None:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(oslock, "_lock", busy)
    assert dd.lock_dest(dest) is None


# --- the swap and its recovery -----------------------------------------------------------


def _hidden(dest: Path, marker: str, name: str = "x") -> Path:
    return dest.with_name(f".{dest.name}{marker}{name}")


def test_settle_finishes_a_swap_killed_between_the_renames(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    old = _manifest(_hidden(dest, dd.OLD), files={"a.mp3": b"old"})
    staging = _manifest(_hidden(dest, dd.PARTIAL), files={"a.mp3": b"new!"})
    dr._write_journal(dest, {"dest": dest.name, "staging": staging.name, "old": old.name})
    notes = dr.recover_folder(tmp_path)
    assert (dest / "a.mp3").read_bytes() == b"new!" and dd.is_complete(dest)
    assert "completed" in notes[0].message()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb"]


def test_settle_rolls_back_when_the_new_export_is_not_complete(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    old = _manifest(_hidden(dest, dd.OLD), files={"a.mp3": b"old"})
    staging = _manifest(_hidden(dest, dd.PARTIAL), files={"a.mp3": b"new!"})
    (staging / "a.mp3").write_bytes(b"ne")  # shorter than the manifest says
    dr._write_journal(dest, {"dest": dest.name, "staging": staging.name, "old": old.name})
    notes = dr.recover_folder(tmp_path)
    assert (dest / "a.mp3").read_bytes() == b"old" and "undone" in notes[0].message()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb"]


def test_a_hidden_earlier_copy_is_never_deleted_while_the_destination_is_missing(tmp_path: Path) -> None:
    """What the version without a journal left: only `.usb.ledcast-old-*`."""
    dest = tmp_path / "usb"
    _manifest(_hidden(dest, dd.OLD), files={"a.mp3": b"old"})
    dr.clear_leftovers(dest)
    assert _hidden(dest, dd.OLD).exists()
    dr.recover_folder(tmp_path)
    assert (dest / "a.mp3").read_bytes() == b"old"


def test_settle_never_follows_a_journal_out_of_its_folder(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    precious = _manifest(tmp_path / "precious")
    dest.mkdir()
    dr._write_journal(dest, {"dest": "usb", "staging": "../precious", "old": "precious"})
    dr.recover_folder(tmp_path)
    assert precious.exists() and dest.exists() and not dr.journal_path(dest).exists()


# --- exports end to end (in process) ------------------------------------------------------


@pytest.fixture
def speaker_ws(workspace, media_files):  # type: ignore[no-untyped-def]
    (media,) = library.import_files(workspace, [media_files.wav]).added

    def make(name: str) -> str:
        pl.create_playlist(workspace, name, "speaker")
        pl.add_items(workspace, name, [media.id])
        return name

    return workspace, make


def _rename_raw(ws, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """A name stored before names were cleaned at input (a newline in it)."""
    with ws.session() as s:
        s.scalars(select(Playlist).where(Playlist.name == old)).one().name = new


def test_control_characters_never_reach_a_written_file(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("tmp")
    _rename_raw(ws, "tmp", "A\n#EXTINF:0,evil\nhttp://x")
    res = export.export_speaker(ws, "A\n#EXTINF:0,evil\nhttp://x", tmp_path / "out")
    m3u = (res.folder / "playlist.m3u8").read_text(encoding="utf-8").split("\n")
    assert m3u == ["#EXTM3U", "#EXTINF:2.000,A #EXTINF:0,evil http://x", "a-extinf-0-evil-http-x.mp3", ""]
    for name in ("manifest.json", "schedule.json", "schedule.csv"):
        text = (res.folder / name).read_text(encoding="utf-8-sig")
        assert "\\n#EXTINF" not in text and "\n#EXTINF" not in text
    assert (
        json.loads((res.folder / "manifest.json").read_text("utf-8"))["playlist"]["name"] == "A #EXTINF:0,evil http://x"
    )
    assert export.list_exports(ws)[0].playlist_name == "A #EXTINF:0,evil http://x"


@pytest.mark.parametrize(
    "names",
    [
        ("..", "/"),
        (
            "Tuyên truyền phòng chống dịch bệnh tháng 12 - buổi sáng",
            "Tuyên truyền phòng chống dịch bệnh tháng 12 - buổi chiều",
        ),
    ],
)
def test_two_playlists_with_one_slug_both_survive(speaker_ws, tmp_path: Path, names: tuple[str, str]) -> None:
    ws, make = speaker_ws
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "notes.txt").write_text("mine")
    first, second = (make(n) for n in names)
    a = export.export_speaker(ws, first, stick)
    b = export.export_speaker(ws, second, stick)
    assert a.folder != b.folder and b.renamed_from == a.folder and b.notes
    again = export.export_speaker(ws, first, stick, replace=True)  # replaces its own, leaves the other alone
    assert again.folder == a.folder and again.renamed_from is None
    for res, name in ((again, first), (b, second)):
        assert json.loads((res.folder / "manifest.json").read_text("utf-8"))["playlist"]["name"] == name
    rows = {e.playlist_name: Path(e.out_path) for e in export.list_exports(ws)}
    assert rows == {first: a.folder.resolve(), second: b.folder.resolve()}
    assert (stick / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("name", ["CON", "aux.", "Com1 ", "nul.txt"])
def test_reserved_device_names_never_written(speaker_ws, tmp_path: Path, name: str) -> None:
    ws, make = speaker_ws
    make(name)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "x.txt").write_text("x")
    res = export.export_speaker(ws, name, stick, per_item=False)
    for path in [res.folder, *res.folder.iterdir()]:
        stem = path.name.split(".")[0].lower()
        assert stem not in {"con", "aux", "com1", "nul"} and not path.name.endswith((".", " ")), path.name


def test_export_records_the_workspace_id_and_a_second_workspace_does_not_replace(
    speaker_ws, tmp_path: Path, media_files
) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.startup import open_for_use

    ws, make = speaker_ws
    make("Sáng")
    usb = tmp_path / "usb"
    mine = export.export_speaker(ws, "Sáng", usb)
    assert mine.manifest["workspace"]["id"] == workspace_uid(ws) == workspace_uid(ws)
    other = open_for_use(tmp_path / "ws2")
    try:
        (m,) = library.import_files(other, [media_files.wav]).added
        pl.create_playlist(other, "Sáng", "speaker")  # the same playlist id in another workspace
        pl.add_items(other, "Sáng", [m.id])
        theirs = export.export_speaker(other, "Sáng", usb)
    finally:
        other.close()
    assert theirs.folder == tmp_path / "usb-2" and mine.folder == usb and (usb / "manifest.json").exists()


def test_empty_out_refused_before_anything_is_written(
    speaker_ws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, make = speaker_ws
    make("Sáng")
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    for out in ("", "  "):
        with pytest.raises(LedcastError) as err:
            export.export_speaker(ws, "Sáng", out)
        assert err.value.template == dd.M_NO_DEST
    assert sorted(os.listdir(tmp_path)) == before


def test_cancel_leaves_the_earlier_export_and_no_leftovers(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("Sáng")
    usb = tmp_path / "usb"
    first = export.export_speaker(ws, "Sáng", usb)
    with pytest.raises(Cancelled):
        export.export_speaker(ws, "Sáng", usb, lufs=-20, replace=True, cancel=lambda: True)
    assert dd.is_complete(usb) and first.manifest == json.loads((usb / "manifest.json").read_text("utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".usb")) == []


# --- fades --------------------------------------------------------------------------------


@pytest.fixture
def screen_ws(workspace, media_files):  # type: ignore[no-untyped-def]
    (png,) = library.import_files(workspace, [media_files.png]).added
    pl.create_playlist(workspace, "Màn", "screen")
    pl.add_items(workspace, "Màn", [png.id, png.id])
    items = pl.get_playlist(workspace, "Màn").items
    pl.set_item_duration(workspace, items[1].id, 1.0)
    return workspace


def test_negative_or_absurd_fade_refused(screen_ws) -> None:  # type: ignore[no-untyped-def]
    p = pl.get_playlist(screen_ws, "Màn")
    for bad in (-0.5, float("nan"), float("inf")):
        with pytest.raises(LedcastError) as err:
            export.screen_settings(p, Size(192, 96), 25, "fit", bad, True)
        assert err.value.template == export.M_BAD_FADE
    with pytest.raises(LedcastError) as err:
        export.screen_settings(p, Size(192, 96), 25, "fit", 0.6, True)
    assert err.value.template == export.M_FADE_TOO_LONG
    assert "0.5 s" in err.value.message()
    assert export.screen_settings(p, Size(192, 96), 25, "fit", 0.5, True).fade_s == 0.5


def test_fade_too_long_refused_before_the_destination_is_touched(screen_ws, tmp_path: Path) -> None:
    with pytest.raises(LedcastError):
        export.export_screen(screen_ws, "Màn", tmp_path / "usb", size=Size(192, 96), fade_s=2)
    assert not (tmp_path / "usb").exists() and not list(tmp_path.glob(".usb*"))


def test_a_drive_root_is_never_the_export_folder_itself(tmp_path: Path) -> None:
    """E:\\ or /media/usb cannot be renamed: even empty, the export goes into a sub-folder."""
    root = Path(os.path.abspath(os.sep))
    d = dd.resolve_destination(root, ME, "zz-ledcast-test-export")
    assert d.folder == root / "zz-ledcast-test-export"


def test_no_note_about_a_name_that_is_free_again(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / "x.txt").parent.mkdir(parents=True)
    (stick / "x.txt").write_text("x")
    _manifest(stick / "music-2")  # went there while the operator's "music" folder existed
    d = dd.resolve_destination(stick, ME, "music")
    assert d.folder == stick / "music-2" and d.taken is None and d.note() is None


# --- review 2: only a folder holding nothing but our export is ours -----------------------------


def test_an_earlier_export_with_anything_else_inside_is_not_ours(tmp_path: Path) -> None:
    ours = _manifest(tmp_path / "ours")
    assert dd.is_ours(ours, ME)
    (ours / "GHI-CHU.txt").write_text("mine")
    assert not dd.is_ours(ours, ME)
    d = dd.resolve_destination(ours, ME, "music")
    assert d.folder == tmp_path / "ours-2" and d.taken == ours and not d.taken_by_export
    (ours / "GHI-CHU.txt").unlink()
    (ours / "sub").mkdir()
    assert not dd.is_ours(ours, ME)
    (ours / "sub").rmdir()
    (ours / "music.mp3").rename(ours / "MUSIC.MP3")  # names compare as FAT32 does
    assert dd.is_ours(ours, ME)
    for litter in ("Thumbs.db", "desktop.ini", ".DS_Store", "._MUSIC.MP3"):  # left by Explorer / Finder
        (ours / litter).write_bytes(b"\0")
    assert dd.is_ours(ours, ME)
    (ours / "Thumbs.db").unlink()
    (ours / "Thumbs.db").mkdir()  # a folder of that name is the operator's, not litter
    assert not dd.is_ours(ours, ME)


def test_reexport_never_deletes_what_the_operator_put_in_the_export(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("Bản tin")
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "x.txt").write_text("x")
    first = export.export_speaker(ws, "Bản tin", stick)
    assert first.folder == stick / "ban-tin"
    (first.folder / "GHI-CHU.txt").write_text("ghi chú", encoding="utf-8")
    (first.folder / "anh").mkdir()
    (first.folder / "anh" / "a.png").write_bytes(b"png")
    for out in (stick, first.folder):  # the stick root, and the export folder itself
        again = export.export_speaker(ws, "Bản tin", out, replace=True)  # the second pass: its own from the first
        assert again.folder != first.folder and again.renamed_from == first.folder
        assert any("already holds other files" in n.message() for n in again.notes)
        assert (first.folder / "GHI-CHU.txt").read_text(encoding="utf-8") == "ghi chú"
        assert (first.folder / "anh" / "a.png").read_bytes() == b"png"
        assert dd.is_complete(first.folder) and dd.is_complete(again.folder)


# --- review 2: recovery never replaces the operator's folder ------------------------------------


def _interrupted(dest: Path, staging_ok: bool = True) -> tuple[Path, Path]:
    """The state a kill between the two renames leaves: dest gone, both copies hidden."""
    old = _manifest(_hidden(dest, dd.OLD), files={"a.mp3": b"old"})
    staging = _manifest(_hidden(dest, dd.PARTIAL), files={"a.mp3": b"new!"})
    if not staging_ok:
        (staging / "a.mp3").write_bytes(b"ne")
    dr._write_journal(dest, {"dest": dest.name, "staging": staging.name, "old": old.name})
    return old, staging


@pytest.mark.parametrize("staging_ok", [True, False])
def test_recovery_keeps_a_folder_the_operator_put_back(tmp_path: Path, staging_ok: bool) -> None:
    dest = tmp_path / "st3"
    _interrupted(dest, staging_ok)
    dest.mkdir()
    (dest / "IMPORTANT.txt").write_text("backup")
    rec = dr.Recovery()
    notes = dr.recover_folder(tmp_path, None, rec)
    assert (dest / "IMPORTANT.txt").read_text() == "backup" and sorted(os.listdir(dest)) == ["IMPORTANT.txt"]
    kept = tmp_path / "st3-2"
    assert (kept / "a.mp3").read_bytes() == (b"new!" if staging_ok else b"old") and dd.is_complete(kept)
    assert any("was kept in" in n.message() and str(kept) in n.message() for n in notes)
    assert rec.completed == ([kept] if staging_ok else [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["st3", "st3-2"]


def test_recovery_keeps_the_operators_folder_even_when_it_is_an_export_with_extras(tmp_path: Path) -> None:
    """Killed before the first rename, then the operator adds a file to the (old) export."""
    dest = _manifest(tmp_path / "usb", files={"a.mp3": b"old"})
    staging = _manifest(_hidden(dest, dd.PARTIAL), files={"a.mp3": b"new!"})
    dr._write_journal(dest, {"dest": dest.name, "staging": staging.name, "old": _hidden(dest, dd.OLD).name})
    (dest / "notes.txt").write_text("mine")
    dr.recover_folder(tmp_path)
    assert (dest / "a.mp3").read_bytes() == b"old" and (dest / "notes.txt").read_text() == "mine"
    assert (tmp_path / "usb-2" / "a.mp3").read_bytes() == b"new!"


def test_a_hidden_earlier_copy_beside_a_foreign_folder_is_made_visible_not_deleted(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    _manifest(_hidden(dest, dd.OLD), files={"a.mp3": b"old"})
    dest.mkdir()
    (dest / "mine.txt").write_text("mine")
    dr.clear_leftovers(dest)
    assert (tmp_path / "usb-2" / "a.mp3").read_bytes() == b"old" and (dest / "mine.txt").exists()


# --- review 2: odd --out paths ---------------------------------------------------------------


def test_out_is_made_absolute_and_normalised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stick" / "music-3").mkdir(parents=True)
    assert dd.checked_out("stick/music-3/../music-3") == tmp_path / "stick" / "music-3"
    assert dd.checked_out(".") == tmp_path
    monkeypatch.setenv("HOME", str(tmp_path))
    assert dd.checked_out("~/stick") == tmp_path / "stick"


def test_out_through_a_file_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "a1.mp3").write_bytes(b"x")
    with pytest.raises(LedcastError) as err:
        dd.checked_out(tmp_path / "a1.mp3" / "sub" / "deeper")
    assert err.value.template == dd.M_DEST_FILE and err.value.params["path"] == str(tmp_path / "a1.mp3")


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
def test_a_symlinked_out_is_its_target(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "empty")
    assert dd.checked_out(tmp_path / "link") == tmp_path / "empty"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert dd.checked_out(tmp_path / "dangling") == tmp_path / "nowhere"
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    with pytest.raises(LedcastError) as err:
        dd.checked_out(tmp_path / "loop")
    assert err.value.template == dd.M_DEST_LINK


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
def test_export_through_symlinks_writes_where_they_point(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("Sáng")
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "to-empty").symlink_to(real)
    (tmp_path / "dangling").symlink_to(tmp_path / "later")
    res = export.export_speaker(ws, "Sáng", tmp_path / "to-empty")
    assert res.folder == real and dd.is_complete(real) and (tmp_path / "to-empty").is_symlink()
    again = export.export_speaker(
        ws, "Sáng", tmp_path / "to-empty", lufs=-20, replace=True
    )  # replaces the earlier export
    assert again.folder == real and again.manifest["audio"]["target_lufs"] == -20
    assert (tmp_path / "to-empty").is_symlink() and dd.is_complete(tmp_path / "to-empty")
    res = export.export_speaker(ws, "Sáng", tmp_path / "dangling")
    assert res.folder == tmp_path / "later" and dd.is_complete(tmp_path / "dangling")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_dot_dot_and_dot_out_paths(speaker_ws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, make = speaker_ws
    make("Sáng")
    make("Chiều")
    stick = tmp_path / "stick"
    first = export.export_speaker(ws, "Sáng", stick / "music-3")
    monkeypatch.chdir(tmp_path)
    again = export.export_speaker(ws, "Sáng", "stick/music-3/../music-3", lufs=-20, replace=True)
    assert again.folder == stick / "music-3" == first.folder and dd.is_complete(stick / "music-3")
    assert again.manifest["audio"]["target_lufs"] == -20
    monkeypatch.chdir(stick / "music-3")  # inside another playlist's export: a sibling beside it
    other = export.export_speaker(ws, "Chiều", ".")
    assert other.folder == stick / "music-3-2" and dd.is_complete(stick / "music-3")
    assert sorted(p.name for p in stick.iterdir()) == ["music-3", "music-3-2"]


@pytest.mark.parametrize("length", [240, 250])
def test_a_refused_export_leaves_no_folders_it_made(speaker_ws, tmp_path: Path, length: int) -> None:
    ws, make = speaker_ws
    make("Sáng")
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(LedcastError):
        export.export_speaker(ws, "Sáng", tmp_path / "a" / "b" / ("x" * length))
    assert sorted(os.listdir(tmp_path)) == before and not (tmp_path / "a").exists()


# --- review 2: a reused playlist id ---------------------------------------------------------------


def test_a_new_playlist_reusing_a_removed_ones_id_does_not_replace_its_export(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("X")
    usb = tmp_path / "usb"
    first = export.export_speaker(ws, "X", usb)
    old_id = pl.get_playlist(ws, "X").id
    pl.delete_playlist(ws, "X")
    make("X")  # the same name, and SQLite hands out the same id again (PostgreSQL never does)
    assert (pl.get_playlist(ws, "X").id == old_id) == (ws.engine.dialect.name == "sqlite")
    second = export.export_speaker(ws, "X", usb)
    assert second.folder == tmp_path / "usb-2" and first.folder == usb and dd.is_complete(usb)
    assert json.loads((usb / "manifest.json").read_text("utf-8")) == first.manifest
    third = export.export_speaker(ws, "X", usb, replace=True)  # the new playlist's own export is found again
    assert third.folder == second.folder


def test_a_manifest_without_the_creation_time_falls_back_to_id_and_name() -> None:
    m = {"format": dd.FORMAT, "workspace": {"id": "ws-a"}, "playlist": {"id": 7, "name": "Music"}}
    assert dd.owned_by(m, dd.Owner("ws-a", 7, "music", "2024-01-01T00:00:00"))
    assert not dd.owned_by(m, dd.Owner("ws-a", 7, "Other", "2024-01-01T00:00:00"))
    m["playlist"]["created"] = "2023-05-05T00:00:00"
    assert not dd.owned_by(m, dd.Owner("ws-a", 7, "Music", "2024-01-01T00:00:00"))
    assert dd.owned_by(m, dd.Owner("ws-a", 7, "Renamed", "2023-05-05T00:00:00"))


# --- review 2: recovery clears dead leftovers and records what it completed ------------------------


def test_recovery_removes_dead_staging_folders_and_lock_files(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    _manifest(_hidden(dest, dd.PARTIAL), files={"a.mp3": b"half"})
    dd.lock_path(dest).write_text("")
    live = tmp_path / "busy"
    held = dd.lock_dest(live)
    (tmp_path / f".busy{dd.PARTIAL}x").mkdir()
    try:
        dr.recover_folder(tmp_path)
        assert sorted(p.name for p in tmp_path.iterdir()) == [".busy.ledcast-lock", f".busy{dd.PARTIAL}x"]
    finally:
        held.release()


def test_export_list_records_an_export_recovery_completed(speaker_ws, tmp_path: Path) -> None:
    ws, make = speaker_ws
    make("Sáng")
    usb = tmp_path / "usb"
    first = export.export_speaker(ws, "Sáng", usb)
    new = _manifest(_hidden(usb, dd.PARTIAL), files={"a.mp3": b"new!"})
    doc = dict(first.manifest, files=[{"name": "a.mp3", "size": 4}], created="2030-01-01T00:00:00+00:00", token="t2")
    (new / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    os.replace(usb, _hidden(usb, dd.OLD))
    dr._write_journal(usb, {"dest": "usb", "staging": new.name, "old": _hidden(usb, dd.OLD).name})
    notes = export.recover_interrupted(ws)
    assert "completed" in notes[0].message()
    rows = export.list_exports(ws)
    assert len(rows) == 2 and rows[0].manifest["token"] == "t2" and rows[0].out_path == str(usb.resolve())
    assert rows[0].playlist_id == pl.get_playlist(ws, "Sáng").id and rows[0].kind == "speaker"
    export.recover_interrupted(ws)
    assert len(export.list_exports(ws)) == 2  # once


def test_fade_message_never_rounds_into_a_contradiction(screen_ws) -> None:  # type: ignore[no-untyped-def]
    p = pl.get_playlist(screen_ws, "Màn")  # shortest item 1 s: fades up to 0.5 s
    assert export.screen_settings(p, Size(192, 96), 25, "fit", 0.5000001, True).fade_s == 0.5
    with pytest.raises(LedcastError) as err:
        export.screen_settings(p, Size(192, 96), 25, "fit", 0.5006, True)
    text = err.value.message()
    assert "A fade of 0.5006 s" in text and "is 0.5 s" in text and "“" in text


@pytest.mark.parametrize("length", [256, 400])
def test_a_name_too_long_is_one_clear_error(speaker_ws, tmp_path: Path, length: int) -> None:
    ws, make = speaker_ws
    make("Sáng")
    with pytest.raises(LedcastError) as err:
        export.export_speaker(ws, "Sáng", tmp_path / "a" / ("x" * length))
    assert err.value.template == dd.M_DEST_WRITE and not (tmp_path / "a").exists()
