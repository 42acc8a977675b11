"""The media library: real files in, probe facts, store, thumbnails, dedupe,
bad input refused cleanly, tags, filters, approval, cancel."""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from ledcast.core import errors, library
from ledcast.core.errors import LedcastError, MediaError
from ledcast.core.jobs import Cancelled


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _store_files(ws) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every file under media/ and thumbs/ (hidden ones included)."""
    return sorted(p for d in (ws.media_dir, ws.thumbs_dir) for p in d.rglob("*") if p.is_file())


def _incoming_leftovers(ws) -> list[Path]:  # type: ignore[no-untyped-def]
    return [p for p in ws.root.rglob("*") if p.name.startswith(".incoming-")]


def _by_kind(report: library.ImportReport) -> dict:
    return {m.kind: m for m in report.added}


# --- good files ------------------------------------------------------------------


def test_import_wav_png_mp4_probe_facts(workspace, media_files) -> None:
    report = library.import_files(workspace, media_files.good)
    assert report.ok and not report.duplicates and not report.failed
    assert len(report.added) == 3
    m = _by_kind(report)

    audio = m["audio"]
    assert audio.duration_s == pytest.approx(2.0, abs=0.1)
    assert audio.audio_codec == "pcm_s16le"
    assert audio.video_codec is None
    assert (audio.sample_rate, audio.channels) == (44100, 1)
    assert audio.width is None and audio.height is None
    assert audio.container == "wav"

    image = m["image"]
    assert (image.width, image.height) == (640, 360)
    assert image.duration_s is None
    assert image.audio_codec is None and image.video_codec is None
    assert image.container == "png"

    video = m["video"]
    assert video.duration_s == pytest.approx(3.0, abs=0.1)
    assert (video.width, video.height) == (320, 240)
    assert video.video_codec == "h264"
    assert video.audio_codec == "aac"
    assert video.fps == pytest.approx(25.0)
    assert (video.sample_rate, video.channels) == (44100, 2)
    assert "mp4" in video.container

    # Titles come from the file names; everything starts pending, outside the plan.
    assert {x.title for x in report.added} == {"tone", "poster", "clip"}
    for x in report.added:
        assert x.approval == "pending"
        assert x.tasks == []
        assert x.id is not None

    # Persisted: reading back through the API gives the same facts.
    listed = {x.id: library.media_to_dict(x) for x in library.list_media(workspace)}
    assert listed == {x.id: library.media_to_dict(library.get_media(workspace, x.id)) for x in report.added}


def test_store_files_named_by_sha256(workspace, media_files) -> None:
    report = library.import_files(workspace, media_files.good)
    sources = {"audio": media_files.wav, "image": media_files.png, "video": media_files.mp4}
    for m in report.added:
        src = sources[m.kind]
        stored = workspace.path(m.store_path)
        assert stored.is_file()
        assert stored.resolve().is_relative_to(workspace.media_dir.resolve())
        assert stored.stem == m.sha256
        assert stored.suffix == src.suffix.lower()
        assert m.sha256 == _sha256(src) == _sha256(stored)
        assert m.size_bytes == src.stat().st_size == stored.stat().st_size
        assert m.original_name == src.name
        assert m.original_path == str(src.resolve())


def test_thumbnails_are_pngs(workspace, media_files) -> None:
    report = library.import_files(workspace, media_files.good)
    for m in report.added:
        assert m.thumb_path, m.kind
        thumb = workspace.path(m.thumb_path)
        assert thumb.is_file()
        assert thumb.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        with Image.open(thumb) as im:
            im.load()
            assert im.format == "PNG"
            assert 0 < im.width <= 160 and 0 < im.height <= 90


def test_removing_the_source_does_not_break_the_item(workspace, media_files) -> None:
    report = library.import_files(workspace, [media_files.wav])
    media_files.wav.unlink()
    m = library.get_media(workspace, report.added[0].id)
    assert workspace.path(m.store_path).is_file()


# --- bad files -------------------------------------------------------------------


def test_bad_files_fail_with_clear_errors_good_ones_added(workspace, media_files, lang_en) -> None:
    files = [
        media_files.wav,
        media_files.empty_mp3,
        media_files.png,
        media_files.truncated_mp4,
        media_files.text_file,
        media_files.mp4,
    ]
    report = library.import_files(workspace, files)
    assert not report.ok and not report.cancelled
    assert sorted(m.kind for m in report.added) == ["audio", "image", "video"]
    failed = {f.path.name: f.error for f in report.failed}
    assert set(failed) == {"empty.mp3", "trunc.mp4", "notes.txt"}
    for exc in failed.values():
        assert isinstance(exc, MediaError)
        assert "\n" not in exc.message()

    assert failed["empty.mp3"].template == errors.M_EMPTY_FILE
    assert failed["empty.mp3"].message() == "The file is empty (0 bytes)."
    assert failed["trunc.mp4"].template == errors.M_CORRUPT_MEDIA
    assert failed["trunc.mp4"].params["detail"]
    assert failed["notes.txt"].template == errors.M_UNSUPPORTED
    assert failed["notes.txt"].params["ext"] == ".txt"
    assert "mp4" in failed["notes.txt"].message()

    # Nothing of the failures reached the store: 3 media + 3 thumbnails, no temp files.
    assert len(library.list_media(workspace)) == 3
    expected = sorted(
        [workspace.path(m.store_path) for m in report.added] + [workspace.path(m.thumb_path) for m in report.added]
    )
    assert _store_files(workspace) == expected
    assert _incoming_leftovers(workspace) == []


@pytest.mark.parametrize(
    "key,template",
    [
        ("empty_mp3", errors.M_EMPTY_FILE),
        ("truncated_mp4", errors.M_CORRUPT_MEDIA),
        ("text_file", errors.M_UNSUPPORTED),
    ],
)
def test_each_bad_file_alone_leaves_store_empty(workspace, media_files, key, template) -> None:
    report = library.import_files(workspace, [getattr(media_files, key)])
    assert report.added == [] and len(report.failed) == 1
    assert report.failed[0].error.template == template
    assert _store_files(workspace) == []
    assert library.list_media(workspace) == []


def test_missing_file_fails(workspace, tmp_path: Path) -> None:
    report = library.import_files(workspace, [tmp_path / "gone.wav"])
    assert [f.error.template for f in report.failed] == [errors.M_NOT_FOUND_FILE]


def test_wrong_extension_content_is_refused(workspace, media_files) -> None:
    """A PNG renamed .mp3 is not playable audio: refused, nothing stored."""
    fake = media_files.folder / "fake.mp3"
    shutil.copyfile(media_files.png, fake)
    report = library.import_files(workspace, [fake])
    assert report.added == [] and len(report.failed) == 1
    assert report.failed[0].error.template in (errors.M_CORRUPT_MEDIA, errors.M_NO_AUDIO)
    assert _store_files(workspace) == []


def test_damaged_png_is_refused(workspace, media_files) -> None:
    data = media_files.png.read_bytes()
    cut = media_files.folder / "cut.png"
    cut.write_bytes(data[: len(data) // 2])
    report = library.import_files(workspace, [cut])
    assert [f.error.template for f in report.failed] == [errors.M_BAD_IMAGE]
    assert _store_files(workspace) == []


# --- duplicates ------------------------------------------------------------------


def test_reimport_reports_duplicates(workspace, media_files) -> None:
    first = library.import_files(workspace, media_files.good)
    files_after_first = _store_files(workspace)
    ids = {m.sha256: m.id for m in first.added}

    second = library.import_files(workspace, media_files.good)
    assert second.added == [] and second.failed == []
    assert len(second.duplicates) == 3
    assert {d.media_id for d in second.duplicates} == set(ids.values())
    assert {d.path for d in second.duplicates} == set(media_files.good)
    assert {d.title for d in second.duplicates} == {"tone", "poster", "clip"}

    assert len(library.list_media(workspace)) == 3
    assert _store_files(workspace) == files_after_first
    assert _incoming_leftovers(workspace) == []


def test_same_content_under_another_name_is_a_duplicate(workspace, media_files) -> None:
    first = library.import_files(workspace, [media_files.wav]).added[0]
    renamed = media_files.folder / "bản tin sáng.wav"
    shutil.copyfile(media_files.wav, renamed)
    report = library.import_files(workspace, [media_files.wav, renamed])
    assert report.added == []
    assert [d.media_id for d in report.duplicates] == [first.id, first.id]


# --- names ------------------------------------------------------------------------


def test_nfd_file_name_becomes_nfc(workspace, media_files) -> None:
    nfc_name = "Bản tin_chuyển đổi số.wav"
    nfd_name = unicodedata.normalize("NFD", nfc_name)
    assert nfd_name != nfc_name
    src = media_files.folder / nfd_name
    os.rename(media_files.wav, src)
    assert any(p.name == nfd_name for p in media_files.folder.iterdir())

    m = library.import_files(workspace, [src]).added[0]
    assert m.original_name == nfc_name
    assert m.title == "Bản tin chuyển đổi số"
    assert unicodedata.is_normalized("NFC", m.title)
    assert unicodedata.is_normalized("NFC", m.original_path)
    # Searching with the NFC text (or with NFD typed on a Mac) finds it.
    assert [x.id for x in library.list_media(workspace, search="chuyển đổi")] == [m.id]
    assert [x.id for x in library.list_media(workspace, search=unicodedata.normalize("NFD", "chuyển đổi"))] == [m.id]


# --- folders ------------------------------------------------------------------------


def test_folder_import_walks_subfolders(workspace, media_cache, tmp_path: Path) -> None:
    root = tmp_path / "usb"
    media_cache.copy("wav", root / "am-thanh")
    media_cache.copy("png", root / "hinh-anh" / "2025")
    media_cache.copy("mp4", root)
    media_cache.copy("text_file", root)  # unsupported files inside a folder are skipped quietly
    media_cache.copy("png", root / ".hidden", "secret.png")  # hidden folders are skipped

    report = library.import_files(workspace, [root])
    assert report.ok
    assert sorted(m.original_name for m in report.added) == ["clip.mp4", "poster.png", "tone.wav"]
    assert report.failed == []


# --- tasks, filters, approval ---------------------------------------------------------


def test_task_tagging_and_filters(workspace, media_files) -> None:
    tagged = library.import_files(workspace, [media_files.wav, media_files.png], task_codes=["NV3"]).added
    video = library.import_files(workspace, [media_files.mp4], task_codes=["nv8", "NV2"]).added[0]
    assert all([t.code for t in m.tasks] == ["NV3"] for m in tagged)
    assert [t.code for t in video.tasks] == ["NV2", "NV8"]
    audio = next(m for m in tagged if m.kind == "audio")
    image = next(m for m in tagged if m.kind == "image")

    def ids(**kw):  # type: ignore[no-untyped-def]
        return sorted(m.id for m in library.list_media(workspace, **kw))

    assert ids(task="NV3") == sorted([audio.id, image.id])
    assert ids(task="nv3") == sorted([audio.id, image.id])
    assert ids(task="NV8") == [video.id]
    assert ids(task="NV1") == []
    assert ids(kind="video") == [video.id]
    assert ids(kind="audio", task="NV3") == [audio.id]
    assert ids(search="POSTER") == [image.id]
    assert ids(search="tone") == [audio.id]
    assert ids(search="nothing-like-this") == []
    assert ids(approval="pending") == sorted([audio.id, image.id, video.id])

    library.clear_tasks(workspace, [image.id])
    assert ids(task="none") == [image.id]
    library.set_tasks(workspace, [image.id], ["NV1"])
    assert ids(task="NV1") == [image.id]
    assert ids(task="none") == []


def test_set_approval(workspace, media_files) -> None:
    added = library.import_files(workspace, media_files.good).added
    a, b, c = (m.id for m in added)
    library.set_approval(workspace, [a, b], "approved", by=unicodedata.normalize("NFD", "Chủ tịch UBND xã"))
    library.set_approval(workspace, [c], "rejected", by="Phó chủ tịch")

    ma = library.get_media(workspace, a)
    assert ma.approval == "approved"
    assert ma.approved_by == "Chủ tịch UBND xã"
    assert ma.approved_at is not None
    assert sorted(m.id for m in library.list_media(workspace, approval="approved")) == sorted([a, b])
    assert [m.id for m in library.list_media(workspace, approval="rejected")] == [c]
    assert library.list_media(workspace, approval="pending") == []

    library.set_approval(workspace, [a], "pending")
    ma = library.get_media(workspace, a)
    assert (ma.approval, ma.approved_by, ma.approved_at) == ("pending", None, None)

    with pytest.raises(ValueError):
        library.set_approval(workspace, [a], "maybe")
    with pytest.raises(errors.NotFound):
        library.set_approval(workspace, [999_999], "approved")


def test_unknown_task_refused_before_copying(workspace, media_files, lang_en) -> None:
    with pytest.raises(LedcastError) as ei:
        library.import_files(workspace, media_files.good, task_codes=["NV3", "NV99"])
    assert ei.value.template == errors.M_UNKNOWN_TASK
    assert ei.value.params["code"] == "NV99"
    assert "NV99" in str(ei.value)
    assert library.list_media(workspace) == []
    assert _store_files(workspace) == []


def test_plan_qualified_task_code(workspace, media_files) -> None:
    m = library.import_files(workspace, [media_files.wav], task_codes=["TN-CDS-2024-2025/NV5"]).added[0]
    assert [t.code for t in m.tasks] == ["NV5"]


# --- cancel ------------------------------------------------------------------------------


def test_cancel_before_start(workspace, media_files) -> None:
    with pytest.raises(Cancelled) as ei:
        library.import_files(workspace, media_files.good, cancel=lambda: True)
    report = ei.value.partial
    assert report.cancelled
    assert not report.ok
    assert report.added == [] and report.failed == [] and report.duplicates == []
    assert library.list_media(workspace) == []
    assert _store_files(workspace) == []


def test_cancel_during_copy_leaves_no_temp_files(workspace, media_files) -> None:
    """The flag turns true after the loop's own check, i.e. inside the copy."""
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(Cancelled) as ei:
        library.import_files(workspace, [media_files.mp4, media_files.wav], cancel=cancel)
    report = ei.value.partial
    assert report.cancelled
    assert report.added == []
    assert calls["n"] >= 2
    assert library.list_media(workspace) == []
    assert _store_files(workspace) == []
    assert _incoming_leftovers(workspace) == []


def test_cancel_after_first_file_keeps_it(workspace, media_files) -> None:
    done: list[str] = []

    def progress(fraction: float, name: str) -> None:
        if name:
            done.append(name)

    with pytest.raises(Cancelled) as ei:
        library.import_files(
            workspace, [media_files.wav, media_files.png], progress=progress, cancel=lambda: len(done) >= 2
        )
    report = ei.value.partial
    assert report.cancelled
    assert [m.original_name for m in report.added] == ["tone.wav"]
    assert [m.id for m in library.list_media(workspace)] == [report.added[0].id]
    assert _incoming_leftovers(workspace) == []
    assert len(_store_files(workspace)) == 2  # the WAV and its waveform thumbnail


def test_progress_reports_every_file(workspace, media_files) -> None:
    seen: list[tuple[float, str]] = []
    library.import_files(workspace, media_files.good, progress=lambda f, name: seen.append((f, name)))
    assert seen == [(0 / 3, "tone.wav"), (1 / 3, "poster.png"), (2 / 3, "clip.mp4"), (3 / 3, "")]


# --- remove --------------------------------------------------------------------------------


def test_remove_media_deletes_files(workspace, media_files) -> None:
    m = library.import_files(workspace, [media_files.png], task_codes=["NV1"]).added[0]
    library.remove_media(workspace, m.id)
    assert library.list_media(workspace) == []
    assert _store_files(workspace) == []
    with pytest.raises(errors.NotFound):
        library.get_media(workspace, m.id)
    # Re-importing after removal adds it again.
    again = library.import_files(workspace, [media_files.png])
    assert len(again.added) == 1 and again.duplicates == []


# --- search and task filters (regressions: both were broken on SQLite) -----------------------


def test_search_is_case_and_accent_insensitive_for_vietnamese(workspace, media_cache, tmp_path: Path) -> None:
    """SQLite's ILIKE/lower() fold ASCII only; search must still find 'Bản tin' as 'BẢN TIN'."""
    src = media_cache.copy("wav", tmp_path / "in", "Bản tin Đặc biệt.wav")
    m = library.import_files(workspace, [src]).added[0]
    for needle in (
        "bản tin",
        "BẢN TIN",
        "đặc biệt",
        "ĐẶC",
        "ban tin",
        "dac biet",
        unicodedata.normalize("NFD", "Đặc biệt"),
        "  tin đặc  ",
    ):
        assert [x.id for x in library.list_media(workspace, search=needle)] == [m.id], needle
    assert library.list_media(workspace, search="thời sự") == []


def test_list_filter_accepts_plan_qualified_task_code(workspace, media_files) -> None:
    """`PLAN/NV5` is accepted by import_files; list_media(task=...) must accept it too."""
    m = library.import_files(workspace, [media_files.wav], task_codes=["TN-CDS-2024-2025/NV5"]).added[0]
    assert [x.id for x in library.list_media(workspace, task="TN-CDS-2024-2025/NV5")] == [m.id]
    assert [x.id for x in library.list_media(workspace, task="TN-CDS-2024-2025/nv5")] == [m.id]
    assert library.list_media(workspace, task="OTHER-PLAN/NV5") == []


# --- regressions of core bugs found while writing these tests ---------


def test_concurrent_import_of_same_file_keeps_the_stored_copy(workspace, media_files) -> None:
    """Force the race deterministically: just before job A inserts its row, job B
    imports the same file and commits. A then hits the UNIQUE(sha256) constraint
    and must report a duplicate without touching B's stored file."""
    from sqlalchemy import event

    state: dict = {}

    def other_job_commits_first(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if "fired" not in state and statement.startswith("INSERT INTO media "):
            state["fired"] = True  # before the nested job, whose own INSERT passes through here too
            state["other"] = library.import_files(workspace, [media_files.wav])

    event.listen(workspace.engine, "before_cursor_execute", other_job_commits_first)
    try:
        mine = library.import_files(workspace, [media_files.wav])
    finally:
        event.remove(workspace.engine, "before_cursor_execute", other_job_commits_first)

    assert len(state["other"].added) == 1
    assert mine.added == [] and mine.failed == [] and len(mine.duplicates) == 1
    (m,) = library.list_media(workspace)
    assert workspace.path(m.store_path).is_file()
    assert workspace.path(m.thumb_path).is_file()


def test_lowercase_task_codes_in_a_plan_are_usable(tmp_path: Path, media_files) -> None:
    import json

    from ledcast.core import plan as plan_mod
    from ledcast.core.workspace import open_workspace

    ws = open_workspace(tmp_path / "lower")
    try:
        doc = json.loads(plan_mod.default_plan_path().read_text(encoding="utf-8"))
        doc["code"] = "LOWER"
        for t in doc["tasks"]:
            t["code"] = t["code"].lower()
        plan_mod.import_plan(ws, doc)
        m = library.import_files(ws, [media_files.wav], task_codes=["nv1"]).added[0]
        assert [t.code.upper() for t in m.tasks] == ["NV1"]
        assert [x.id for x in library.list_media(ws, task="nv1")] == [m.id]
    finally:
        ws.close()


def test_title_comes_from_tags_when_present(workspace, tmp_path: Path) -> None:
    """An MP3 whose ID3 title is set gets that title (NFC), not its file name."""
    import subprocess
    import unicodedata

    import imageio_ffmpeg

    out = tmp_path / "bt_01.mp3"
    title_nfd = unicodedata.normalize("NFD", "Bản tin Dịch vụ công")
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=300:duration=1.5",
            "-c:a",
            "libmp3lame",
            "-b:a",
            "64k",
            "-metadata",
            f"title={title_nfd}",
            str(out),
        ],
        check=True,
    )
    report = library.import_files(workspace, [out])
    (m,) = report.added
    assert m.title == "Bản tin Dịch vụ công"
    assert m.original_name == "bt_01.mp3"
    assert (m.kind, m.audio_codec, m.container) == ("audio", "mp3", "mp3")
    assert abs(m.duration_s - 1.5) < 0.1


def test_loudness_is_measured_at_import(workspace, tmp_path: Path) -> None:
    """BS.1770 loudness and true peak stored per item: 10 dB quieter reads 10 LU lower."""
    import subprocess

    import imageio_ffmpeg

    def tone(name: str, gain_db: float, container: list[str]) -> Path:
        out = tmp_path / name
        subprocess.run(
            [
                imageio_ffmpeg.get_ffmpeg_exe(),
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=1000:sample_rate=48000:duration=4",
                "-af",
                f"volume={gain_db}dB",
                *container,
                str(out),
            ],
            check=True,
        )
        return out

    loud = tone("loud.wav", -6, [])
    quiet = tone("quiet.flac", -16, [])
    report = library.import_files(workspace, [loud, quiet])
    by_name = {m.original_name: m for m in report.added}
    a, b = by_name["loud.wav"], by_name["quiet.flac"]
    assert a.loudness_lufs is not None and b.loudness_lufs is not None
    assert a.loudness_lufs - b.loudness_lufs == pytest.approx(10, abs=0.3)
    # lavfi's sine has amplitude 1/8 (-18.1 dBFS); 6 dB less peaks at about -24.1 dBTP
    assert a.true_peak_dbtp == pytest.approx(-24.1, abs=0.5)
    assert library.media_to_dict(a)["loudness_lufs"] == a.loudness_lufs


def test_loudness_of_older_items_is_measured_on_first_use(workspace, media_files) -> None:
    (m,) = library.import_files(workspace, [media_files.mp4]).added
    with workspace.session() as s:  # as if imported by a version that did not measure
        from ledcast.core.db.models import Media

        row = s.get(Media, m.id)
        measured = row.loudness_lufs
        row.loudness_lufs = row.true_peak_dbtp = None
    assert measured is not None
    again = library.ensure_loudness(workspace, library.get_media(workspace, m.id))
    assert again.loudness_lufs == pytest.approx(measured, abs=0.05)
    assert library.get_media(workspace, m.id).loudness_lufs == pytest.approx(measured, abs=0.05)


# --- issue 8: nothing lost, nothing stuck ---------------------------------------------


def test_picture_bomb_is_that_files_error_and_the_folder_import_goes_on(
    workspace, media_cache, tmp_path: Path, lang_en
) -> None:
    from media_factory import make_png, make_png_bomb, make_wav

    from ledcast.core import probe

    folder = tmp_path / "folder"
    folder.mkdir()
    make_png_bomb(folder, "a-bomb.png", (30000, 30000))  # far above the bound: Pillow's DecompressionBombError
    make_png_bomb(folder, "b-huge.png", (10000, 10000))  # just above: Pillow only warns
    make_png(folder, "c-poster.png")
    make_wav(folder, "d-tone.wav", seconds=1.0)
    report = library.import_files(workspace, [folder])
    assert sorted(m.original_name for m in report.added) == ["c-poster.png", "d-tone.wav"]
    failed = {f.path.name: f.error for f in report.failed}
    assert set(failed) == {"a-bomb.png", "b-huge.png"}
    assert failed["a-bomb.png"].template == probe.M_IMAGE_TOO_LARGE
    assert failed["a-bomb.png"].message() == (
        "The picture is too large: 30000×30000 pixels; the limit is 89 megapixels."
    )
    assert "10000×10000" in failed["b-huge.png"].message()
    assert _incoming_leftovers(workspace) == []


def test_unexpected_error_in_one_file_is_reported_logged_and_the_import_goes_on(
    workspace, media_files, monkeypatch, caplog, lang_en
) -> None:
    """A fault nobody foresaw (here: a dependency raising ZeroDivisionError for one
    picture) is that file's failure with a generic message; the traceback is logged."""
    from ledcast.core import probe

    real = probe.probe_image

    def faulty(path: Path):  # type: ignore[no-untyped-def]
        if path.stat().st_size == media_files.png.stat().st_size:
            raise ZeroDivisionError("division by zero")
        return real(path)

    monkeypatch.setattr(probe, "probe_image", faulty)
    with caplog.at_level("ERROR", logger="ledcast.core.library"):
        report = library.import_files(workspace, [media_files.png, media_files.wav, media_files.mp4])
    assert sorted(m.kind for m in report.added) == ["audio", "video"]
    (failure,) = report.failed
    assert failure.path == media_files.png
    assert failure.error.template == library.M_UNEXPECTED
    assert failure.error.message() == "Unexpected error: ZeroDivisionError: division by zero"
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    assert _incoming_leftovers(workspace) == []


def test_truncated_mp3_gets_its_decoded_duration(workspace, tmp_path: Path) -> None:
    import subprocess

    from media_factory import make_truncated_mp3

    from ledcast.core.ffmpeg import ffmpeg_exe

    cut = make_truncated_mp3(tmp_path, "cut.mp3", seconds=3.0, keep=1 / 3)
    header = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(cut)], capture_output=True, text=True).stderr
    assert "Duration: 00:00:03.0" in header  # the header still claims 3 s
    (m,) = library.import_files(workspace, [cut]).added
    assert m.duration_s is not None and 0.7 < m.duration_s < 1.3, m.duration_s
    assert m.silence_tail_s is not None and m.silence_tail_s < 0.5


def test_waveform_thumbnail_follows_the_sound(workspace, tmp_path: Path) -> None:
    """Drawn from the streaming decode: loud where the sound is, flat where it is silent."""
    from media_factory import _ffmpeg

    wav = tmp_path / "half.wav"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000:duration=2,volume=7",
        "-af",
        "apad=pad_dur=2",
        "-ac",
        "2",
        str(wav),
    )
    (m,) = library.import_files(workspace, [wav]).added
    with Image.open(workspace.path(m.thumb_path)) as im:
        im = im.convert("RGBA")
        assert im.size == (160, 90)

        def ink(x: int) -> int:  # painted pixels in column x
            return sum(1 for y in range(90) if im.getpixel((x, y))[3] > 0)

    assert min(ink(x) for x in range(5, 75)) > 60  # the tone (sine at 1/8, x7) fills most of the height
    assert max(ink(x) for x in range(85, 155)) <= 2  # the silence: the centre line at most
    assert im.getpixel((40, 45))[:3] == (0x2A, 0x7A, 0xE2)
    assert m.duration_s == pytest.approx(4.0, abs=0.05)


def test_lost_stored_file_and_thumbnail_are_restored_by_adding_the_file_again(workspace, media_files) -> None:
    added = {m.kind: m for m in library.import_files(workspace, media_files.good).added}
    audio, image = added["audio"], added["image"]
    workspace.path(audio.store_path).unlink()
    workspace.path(image.thumb_path).unlink()
    video_thumb = workspace.path(added["video"].thumb_path)
    video_thumb.unlink()
    report = library.import_files(workspace, media_files.good)
    assert report.added == [] and report.failed == [] and report.duplicates == []
    assert sorted(d.media_id for d in report.restored) == sorted(m.id for m in added.values())
    assert _sha256(workspace.path(audio.store_path)) == audio.sha256
    for m in added.values():
        with Image.open(workspace.path(m.thumb_path)) as im:
            assert im.width == 160 or im.height == 90
    assert library.import_files(workspace, media_files.good).duplicates  # now plain duplicates
    assert _incoming_leftovers(workspace) == []


def test_check_reports_and_repair_clears(workspace, media_files) -> None:
    from ledcast.core import library_check

    added = {m.kind: m for m in library.import_files(workspace, media_files.good).added}
    assert library_check.check_library(workspace, deep=True).clean
    workspace.path(added["audio"].store_path).unlink()  # lost: only the original can bring it back
    workspace.path(added["image"].thumb_path).unlink()  # redrawn by repair
    stored = workspace.path(added["video"].store_path)
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")  # same size, other content: --deep sees it
    orphan = workspace.media_dir / "ab" / ("ab" + "0" * 62 + ".mp3")
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"left over by a kill")
    temp = workspace.media_dir / ".incoming-abc.mp3"  # an import running now: never touched
    temp.write_bytes(b"x")

    r = library_check.check_library(workspace)
    assert [p.media_id for p in r.bad_files] == [added["audio"].id]
    assert "tone.wav" in r.bad_files[0].reason.message()
    assert [p.media_id for p in r.missing_thumbs] == [added["image"].id]
    assert r.orphans == [orphan.relative_to(workspace.root).as_posix()]
    deep = library_check.check_library(workspace, deep=True)
    assert sorted(p.media_id for p in deep.bad_files) == sorted([added["audio"].id, added["video"].id])

    done = library_check.repair_library(workspace)
    assert done.removed == r.orphans and not orphan.exists()
    assert done.repaired_thumbs == [added["image"].id]
    assert workspace.path(added["image"].thumb_path).is_file()
    assert temp.exists()
    after = library_check.check_library(workspace)
    assert [p.media_id for p in after.bad_files] == [added["audio"].id] and not after.repairable
    assert len(library.list_media(workspace)) == 3  # repair never removes rows


def test_remove_keeps_a_file_that_a_row_points_at_again(workspace, media_files) -> None:
    (m,) = library.import_files(workspace, [media_files.wav]).added
    library.remove_media(workspace, m.id)
    assert not workspace.path(m.store_path).exists()
    (again,) = library.import_files(workspace, [media_files.wav]).added
    assert library.remove_unreferenced(workspace, [again.store_path, again.thumb_path]) == []
    assert workspace.path(again.store_path).is_file() and workspace.path(again.thumb_path).is_file()


@pytest.mark.parametrize("raw", ["", "   ", "\t"])
def test_empty_path_is_refused_not_the_current_folder(workspace, media_files, raw, monkeypatch) -> None:
    monkeypatch.chdir(media_files.folder)  # a folder full of media: "" must not import it
    with pytest.raises(LedcastError) as exc:
        library.import_files(workspace, [media_files.wav, raw])
    assert exc.value.template == library.M_EMPTY_PATH
    assert library.list_media(workspace) == []


def test_empty_task_list_is_refused_not_clear_all(workspace, media_files) -> None:
    (m,) = library.import_files(workspace, [media_files.wav], task_codes=["NV1"]).added
    for codes in ([], [""], [" ", ""]):
        with pytest.raises(LedcastError) as exc:
            library.set_tasks(workspace, [m.id], codes)
        assert exc.value.template == library.M_NO_TASK_GIVEN
    assert [t.code for t in library.get_media(workspace, m.id).tasks] == ["NV1"]
    library.clear_tasks(workspace, [m.id])
    assert library.get_media(workspace, m.id).tasks == []


def _write_only_kernel_file() -> Path | None:
    """A regular file that open() refuses even to root (a write-only sysfs attribute)."""
    import glob

    for pattern in (
        "/sys/devices/pci*/*/rescan",
        "/sys/bus/pci/rescan",
        "/sys/kernel/mm/hugepages/*/demote",
        "/sys/class/zram-control/hot_remove",
    ):
        for p in glob.glob(pattern):
            try:
                open(p, "rb").close()
            except PermissionError:
                return Path(p)
            except OSError:
                continue
    return None


def test_unreadable_source_blames_the_source_not_the_workspace(workspace, tmp_path: Path, lang_en) -> None:
    cases: list[Path] = []
    loop = tmp_path / "loop.mp3"
    loop.symlink_to(loop)  # unreadable for root too: too many levels of links
    cases.append(loop)
    kernel = _write_only_kernel_file()
    if kernel is not None:  # stat() works, open() fails: the copy step itself must blame the source
        link = tmp_path / "bulletin.mp3"
        link.symlink_to(kernel)
        cases.append(link)
    if os.geteuid() != 0:
        locked = tmp_path / "locked.wav"
        locked.write_bytes(b"RIFF" + b"\0" * 100)
        locked.chmod(0)
        cases.append(locked)
    report = library.import_files(workspace, cases)
    assert [f.path for f in report.failed] == cases
    for f in report.failed:
        assert f.error.template == library.M_SOURCE_UNREADABLE, f.error.message()
        assert f.error.message().startswith("Cannot read the source file: ")
    assert _store_files(workspace) == []


def test_workspace_write_failure_keeps_the_workspace_message(workspace, media_files, lang_en) -> None:
    shutil.rmtree(workspace.media_dir)
    workspace.media_dir.write_bytes(b"")  # media/ is now a file: nothing can be stored under it
    (f,) = library.import_files(workspace, [media_files.wav]).failed
    assert f.error.template == errors.M_STORE_FAILED
    assert f.error.message().startswith("Could not copy the file into the workspace: ")


def _too_deep_folder(top: Path) -> Path:
    """A sub-folder whose full path is longer than the system allows: os.walk cannot
    list it (ENAMETOOLONG), for root as for anyone. Returns its first level."""
    name = "d" * 200
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(30):  # 30 x 201 characters > PATH_MAX (4096)
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
    finally:
        os.close(fd)
    return top / name


def test_unreadable_sub_folder_is_reported_not_skipped(workspace, media_cache, tmp_path: Path, lang_en) -> None:
    from media_factory import make_wav

    top = tmp_path / "top"
    top.mkdir()
    make_wav(top, "ok.wav", seconds=1.0)
    _too_deep_folder(top)
    locked = None
    if os.geteuid() != 0:
        locked = top / "locked"
        locked.mkdir()
        make_wav(locked, "hidden.wav", seconds=1.0)
        locked.chmod(0)
    try:
        report = library.import_files(workspace, [top])
    finally:
        if locked is not None:
            locked.chmod(0o755)
    assert [m.original_name for m in report.added] == ["ok.wav"]
    assert report.failed, "an unreadable sub-folder was skipped without a word"
    for f in report.failed:
        assert f.error.template == library.M_FOLDER_UNREADABLE
        assert str(f.path).startswith(str(top))
        assert f.error.message().startswith("Cannot read this folder")


def test_ffmpeg_bookkeeping_lines_never_stand_for_the_complaint() -> None:
    from ledcast.core.ffmpeg import error_detail

    log = (
        b"[mp3 @ 0x55d0c0a1b2c0] Header missing\n    Last message repeated 1 times\n"
        b"[in#0/matroska,webm @ 0x559c11c67080] File ended prematurely\n"
        b"[aist#0:0/mp3 @ 0x55d0c0a1b2c1] Last message repeated 5 times\nConversion failed!\n"
    )
    assert error_detail(log) == "File ended prematurely"
    assert (
        error_detail(b"/media/USB/x.mkv: Invalid data found when processing input\n")
        == "Invalid data found when processing input"
    )
    assert error_detail(b"    Last message repeated 3 times\n") == "ffmpeg"


def test_a_truncated_mkv_is_refused_with_the_real_reason(workspace, tmp_path: Path) -> None:
    from media_factory import _ffmpeg

    whole = tmp_path / "whole.mkv"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25:duration=6",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        str(whole),
    )
    cut = tmp_path / "cut.mkv"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    report = library.import_files(workspace, [cut])
    assert not report.added and len(report.failed) == 1
    message = str(report.failed[0].error)
    assert "repeated" not in message and "ended prematurely" in message, message


def test_one_matching_rule_for_library_searches() -> None:
    """list_media and the GUI's filter proxy share library.media_matches (issue 9, point 5)."""
    from types import SimpleNamespace

    item = SimpleNamespace(
        title="Bản tin Sáng", original_name="ban-tin.mp3", kind="audio", approval="approved", tasks=[]
    )
    key = library.search_key("  BAN TIN sang ")
    assert key == "ban tin sang" and library.matches_search(item, key)  # type: ignore[arg-type]
    assert library.media_matches(item, key=library.search_key("tin.mp3"))  # type: ignore[arg-type]
    assert library.media_matches(item, key="", kinds=("audio",), approval="approved", task_code="")  # type: ignore[arg-type]
    assert not library.media_matches(item, key=library.search_key("chiều"))  # type: ignore[arg-type]
    assert not library.media_matches(item, kind="video")  # type: ignore[arg-type]
    assert not library.media_matches(item, task_code="NV1")  # type: ignore[arg-type]
    item.tasks = [SimpleNamespace(code="NV1")]
    assert library.media_matches(item, task_code="NV1") and not library.media_matches(item, task_code="")  # type: ignore[arg-type]
