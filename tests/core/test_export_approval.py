"""Approval before export, asking before replacing an earlier export, and the
export history telling which past exports are still where they were written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledcast.core import export, library
from ledcast.core import playlist as pl
from ledcast.core.approval import UnapprovedItems, approval_problems, check_approval
from ledcast.core.limits import Size
from ledcast.core.settings import require_approval, save_require_approval


def _speaker(ws, media_files, name: str = "Bản tin sáng") -> int:  # type: ignore[no-untyped-def]
    (wav,) = library.import_files(ws, [media_files.wav]).added
    pl.create_playlist(ws, name, "speaker")
    pl.add_items(ws, name, [wav.id])
    return wav.id


def test_unapproved_items_are_refused_by_name_before_anything_is_written(workspace, media_files, tmp_path) -> None:
    png, mp4 = library.import_files(workspace, [media_files.png, media_files.mp4]).added
    pl.create_playlist(workspace, "Màn hình", "screen")
    pl.add_items(workspace, "Màn hình", [png.id, mp4.id, png.id])
    library.set_approval(workspace, [mp4.id], "rejected", by="Chủ tịch")
    out = tmp_path / "usb"
    assert require_approval(workspace) is True  # on by default
    for allow in (False, True):  # the go-ahead does not bypass the setting
        with pytest.raises(UnapprovedItems) as err:
            export.export_screen(workspace, "Màn hình", out, size=Size(64, 32), allow_unapproved=allow)
        assert err.value.required is True
        assert err.value.items == [(png.id, png.title, "pending"), (mp4.id, mp4.title, "rejected")]
        text = err.value.message()
        assert f"#{png.id} “{png.title}” (pending)" in text and f"#{mp4.id} “{mp4.title}” (rejected)" in text
    assert not out.exists() and export.list_exports(workspace) == []

    library.set_approval(workspace, [png.id, mp4.id], "approved", by="Chủ tịch")
    p = pl.get_playlist(workspace, "Màn hình")
    assert approval_problems(p) == [] and check_approval(workspace, p) == []
    res = export.export_screen(workspace, "Màn hình", out, size=Size(64, 32))
    assert (res.folder / "manifest.json").is_file() and res.notes == []


def test_with_the_setting_off_unapproved_items_need_the_go_ahead(workspace, media_files, tmp_path) -> None:
    wav_id = _speaker(workspace, media_files)
    assert save_require_approval(workspace, False) is False and require_approval(workspace) is False
    with pytest.raises(UnapprovedItems) as err:
        export.export_speaker(workspace, "Bản tin sáng", tmp_path / "usb")
    assert err.value.required is False and [i.media_id for i in err.value.items] == [wav_id]
    assert not (tmp_path / "usb").exists()
    res = export.export_speaker(workspace, "Bản tin sáng", tmp_path / "usb", allow_unapproved=True)
    assert (res.folder / "manifest.json").is_file()
    (warning,) = res.notes
    assert warning.message().startswith("Exported with 1 item(s) not approved: #") and "(pending)" in warning.message()


def test_replacing_an_earlier_export_must_be_asked_for(workspace, media_files, tmp_path, approved_playlists) -> None:
    _speaker(workspace, media_files)
    out = tmp_path / "usb"
    p = pl.get_playlist(workspace, "Bản tin sáng")
    assert export.earlier_export(workspace, p, out) is None  # a new folder: nothing to replace
    first = export.export_speaker(workspace, "Bản tin sáng", out)
    before = {f.name: f.read_bytes() for f in out.iterdir()}
    earlier = export.earlier_export(workspace, p, out)
    assert earlier is not None and earlier.folder == out and earlier.created is not None
    with pytest.raises(export.ReplaceNeeded) as err:
        export.export_speaker(workspace, "Bản tin sáng", out, lufs=-20)
    assert err.value.earlier == earlier and str(out) in err.value.message()
    assert f"{earlier.created:%Y-%m-%d %H:%M}" in err.value.message()
    assert {f.name: f.read_bytes() for f in out.iterdir()} == before  # the earlier export is untouched
    assert sorted(x.name for x in tmp_path.iterdir()) == ["src", "usb", "ws"]  # no lock or staging left
    assert [e.id for e in export.list_exports(workspace)] == [first.export_id]
    again = export.export_speaker(workspace, "Bản tin sáng", out, lufs=-20, replace=True)
    assert again.folder == out and again.manifest["audio"]["target_lufs"] == -20


def test_history_tells_intact_changed_replaced_and_missing(
    workspace, media_files, tmp_path: Path, approved_playlists
) -> None:
    _speaker(workspace, media_files)
    outs = [tmp_path / name for name in ("a", "b", "c", "d")]
    ids = [export.export_speaker(workspace, "Bản tin sáng", out).export_id for out in outs]
    mp3 = next(f for f in outs[1].iterdir() if f.suffix == ".mp3")
    mp3.write_bytes(mp3.read_bytes()[:-100])  # a file cut short on the stick
    for f in outs[2].iterdir():
        f.unlink()
    outs[2].rmdir()  # the folder deleted
    newer = export.export_speaker(workspace, "Bản tin sáng", outs[3], lufs=-20, replace=True).export_id
    status = {e.id: export.export_status(e) for e in export.list_exports(workspace)}
    assert status == {
        ids[0]: export.INTACT,
        ids[1]: export.CHANGED,
        ids[2]: export.MISSING,
        ids[3]: export.REPLACED,
        newer: export.INTACT,
    }
    (outs[0] / "manifest.json").unlink()  # no manifest: not the export any more
    assert export.export_status(next(e for e in export.list_exports(workspace) if e.id == ids[0])) == export.MISSING
