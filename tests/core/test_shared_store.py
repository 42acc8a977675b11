"""The shared media store (issue 16, point 2): media imported on one PC are usable from
another. Imports copy the stored file to the share; a file missing from a PC's own
store is fetched from the share by its SHA-256 name and checked before use.

Two PCs on one PostgreSQL database: tests/core/test_db_server.py. Here one workspace
whose local files are deleted stands for the second PC (a SQLite file cannot be shared
by two workspace folders), on whichever database the suite runs."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from media_factory import make_wav, tone_playlist

from ledcast.core import export, library, library_check, shared_store, slide_media
from ledcast.core.db.models import Media
from ledcast.core.errors import LedcastError
from ledcast.core.slides import SlideSource


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(ws) -> list[Media]:  # type: ignore[no-untyped-def]
    return library.list_media(ws)


@pytest.fixture
def shared(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The workspace with a shared store set and a two-item loudspeaker playlist imported."""
    share = tmp_path / "chia-se" / "ledcast-media"
    share.mkdir(parents=True)
    shared_store.save_shared_store(workspace.root, share)
    tone_playlist(workspace, tmp_path, 2)
    return workspace, share


def test_import_copies_each_stored_file_to_the_share(shared) -> None:  # type: ignore[no-untyped-def]
    ws, share = shared
    rows = _rows(ws)
    assert len(rows) == 2
    for m in rows:
        copy = share / m.sha256[:2] / Path(m.store_path).name
        assert _sha(copy) == m.sha256 == _sha(ws.path(m.store_path))
    assert not list(share.rglob(".incoming-*"))  # temp + rename: no half-files left


def test_a_missing_local_file_is_fetched_and_the_export_succeeds(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, _share = shared
    for m in _rows(ws):
        ws.path(m.store_path).unlink()
    res = export.export_speaker(ws, "Phát thanh thử", tmp_path / "usb")
    assert (res.folder / "manifest.json").is_file()
    for m in _rows(ws):
        assert _sha(ws.path(m.store_path)) == m.sha256


def test_a_tampered_shared_file_is_refused(shared, tmp_path: Path, lang_en) -> None:  # type: ignore[no-untyped-def]
    ws, share = shared
    m = _rows(ws)[0]
    ws.path(m.store_path).unlink()
    copy = share / m.sha256[:2] / Path(m.store_path).name
    copy.write_bytes(copy.read_bytes()[:-10] + b"0123456789")  # same size, other content
    with pytest.raises(LedcastError) as err:
        export.export_speaker(ws, "Phát thanh thử", tmp_path / "usb")
    text = str(err.value)
    assert "SHA-256 differs" in text and Path(m.store_path).name in text and str(share) in text
    assert not ws.path(m.store_path).exists() and not list(ws.media_dir.rglob(".incoming-*"))
    # the library check names it too, instead of claiming the file is fine
    report = library_check.check_library(ws)
    assert [p.media_id for p in report.bad_files] == [m.id]


def test_missing_on_the_share_or_share_gone_names_file_and_share(shared, tmp_path: Path, lang_en) -> None:  # type: ignore[no-untyped-def]
    ws, share = shared
    m = _rows(ws)[0]
    ws.path(m.store_path).unlink()
    (share / m.sha256[:2] / Path(m.store_path).name).unlink()
    with pytest.raises(LedcastError, match="neither in this PC's store nor in the shared media store") as err:
        ws.media_file(m)
    assert Path(m.store_path).name in str(err.value) and str(share) in str(err.value)
    shared_store.save_shared_store(ws.root, share)  # still set, then the share disappears
    share.rename(tmp_path / "elsewhere")
    with pytest.raises(LedcastError, match="cannot be reached"):
        ws.media_file(m)


def test_import_tells_when_the_share_cannot_be_written(workspace, tmp_path: Path, lang_en) -> None:  # type: ignore[no-untyped-def]
    share = tmp_path / "share"
    share.mkdir()
    shared_store.save_shared_store(workspace.root, share)
    share.rmdir()  # the network drive went away after it was chosen
    wav = make_wav(tmp_path, "a.wav", seconds=0.5)
    report = library.import_files(workspace, [wav])
    assert len(report.added) == 1 and not report.failed  # kept on this PC
    assert len(report.unshared) == 1 and "not copied to the shared media store" in str(report.unshared[0].error)
    assert not share.exists()  # a missing share is never created on the local disk
    share.mkdir()
    again = library.import_files(workspace, [wav])  # importing again copies it
    assert not again.unshared and len(list(share.rglob("*.wav"))) == 1


def test_without_a_share_nothing_changes(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wav = make_wav(tmp_path, "a.wav", seconds=0.5)
    (m,) = library.import_files(workspace, [wav]).added
    ws_file = workspace.path(m.store_path)
    ws_file.unlink()
    assert workspace.media_file(m) == ws_file  # reported missing by its callers, as before


def test_cli_sets_shows_and_clears_the_media_store(tmp_path: Path, lang_en) -> None:
    share = tmp_path / "share"
    share.mkdir()
    ws = tmp_path / "pc"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "ledcast", "--workspace", str(ws), "settings", "media-store", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60)

    done = run(str(share), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"media_store": str(share)}
    assert shared_store.shared_store(ws) == share
    bad = run(str(tmp_path / "no-such-folder"))
    assert bad.returncode != 0 and "not a folder this PC can reach" in bad.stderr
    assert shared_store.shared_store(ws) == share  # a typo changes nothing
    cleared = run("--none", "--json")
    assert json.loads(cleared.stdout) == {"media_store": None} and shared_store.shared_store(ws) is None


def test_slides_go_to_the_share_too_or_say_they_did_not(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    share = tmp_path / "share"
    share.mkdir()
    shared_store.save_shared_store(workspace.root, share)
    media, render = slide_media.add_slide(workspace, SlideSource(title="Lịch tiêm chủng"), (384, 192))
    assert _sha(shared_store.shared_path(share, media.store_path)) == media.sha256
    assert slide_media.W_SLIDE_UNSHARED not in render.warnings
    share.rename(tmp_path / "gone")
    _, render = slide_media.add_slide(workspace, SlideSource(title="Lịch họp dân"), (384, 192))
    assert slide_media.W_SLIDE_UNSHARED in render.warnings
