"""The ffmpeg output parsers in probe.py against recorded output of the bundled
ffmpeg (tests/data/ffmpeg/, made by tests/ffmpeg_fixtures.py), and the live
binary against the same recordings: a build that words its output differently
fails here rather than in an operator's import."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from ffmpeg_fixtures import DATA, SILENCE_DB, SILENCE_MIN_S, make_quiet_edges, make_sine

from ledcast.core import probe


def _info(name: str) -> str:
    return (DATA / f"info_{name}.txt").read_text(encoding="utf-8")


def _stderr(stem: str) -> str:
    return (DATA / f"analyse_{stem}.stderr.txt").read_text(encoding="utf-8")


def _replay(monkeypatch: pytest.MonkeyPatch, stem: str) -> None:
    """ffmpeg.stream hands analyse_audio the recorded stdout lines and stderr instead of running ffmpeg."""
    lines = (DATA / f"analyse_{stem}.stdout.txt").read_bytes().splitlines(keepends=True)
    err = _stderr(stem).encode("utf-8")

    def fake(args, on_line, cancel=None):  # type: ignore[no-untyped-def]
        for line in lines:
            on_line(line)
        return subprocess.CompletedProcess(args, 0, b"", err)

    monkeypatch.setattr(probe.ffmpeg, "stream", fake)


def _analyse(path: Path, thumb: Path | None) -> probe.AudioAnalysis:
    return probe.analyse_audio(path, thumb, silence_db=SILENCE_DB, silence_min_s=SILENCE_MIN_S)[1]


# --- ffmpeg -i --------------------------------------------------------------------------------


def test_wav_header() -> None:
    p = probe.parse_ffmpeg_info(_info("wav"), "audio")
    assert (p.container, p.duration_s, p.audio_codec, p.sample_rate, p.channels) == ("wav", 2.7, "pcm_s16le", 48000, 1)
    assert p.video_codec is None and p.title is None and p.tags == {"encoder": "Lavf63.1.102"}


def test_mp3_header_with_tags() -> None:
    p = probe.parse_ffmpeg_info(_info("mp3"), "audio")
    assert (p.container, p.duration_s, p.audio_codec, p.sample_rate, p.channels) == ("mp3", 2.0, "mp3", 44100, 2)
    assert p.title == "Bản tin sáng" and p.tags["artist"] == "Đài xã"
    assert "encoder" in p.tags and p.video_codec is None


def test_mp4_header_with_video_and_sound() -> None:
    p = probe.parse_ffmpeg_info(_info("mp4"), "video")
    assert p.container == "mov,mp4,m4a,3gp,3g2,mj2" and p.duration_s == 2.0
    assert (p.video_codec, p.width, p.height, p.fps) == ("h264", 320, 240, 25.0)
    assert (p.audio_codec, p.sample_rate, p.channels) == ("aac", 44100, 2)
    assert p.tags["major_brand"] == "isom"
    assert "handler_name" not in p.tags  # a stream's metadata, not the file's


def test_png_header() -> None:
    p = probe.parse_ffmpeg_info(_info("png"), "image")
    assert (p.container, p.duration_s, p.video_codec, p.width, p.height) == ("png_pipe", None, "png", 64, 48)
    assert p.audio_codec is None and p.tags == {}


# --- the streaming analysis: ebur128, silencedetect, astats -----------------------------------


def test_ebur128_summary() -> None:
    assert probe._loudness_from_log(_stderr("quiet_edges")) == (-22.6, -18.1)
    assert probe._loudness_from_log(_stderr("silent")) == (-70.0, -99.0)  # a peak of -inf dBFS


def test_silencedetect_lines() -> None:
    head, tail = probe._silences(_stderr("quiet_edges"), 2.7)
    assert head == pytest.approx(0.500021) and tail == pytest.approx(0.7)
    assert probe._silences(_stderr("silent"), 1.0) == (0.0, 0.0)  # all silence is kept, not cut to nothing


def test_analysis_log_has_no_errors_and_names_the_rate() -> None:
    for stem in ("quiet_edges", "silent"):
        text = _stderr(stem)
        assert probe._log_errors(text) == []
        assert probe.parse_ffmpeg_info(text.replace("[info] ", ""), "audio").sample_rate == 48000


def test_astats_stream_folds_into_peaks_and_samples() -> None:
    peaks = probe._Peaks()
    for line in (DATA / "analyse_quiet_edges.stdout.txt").read_bytes().splitlines(keepends=True):
        peaks.add_line(line)
    assert peaks.samples == 129_600  # 2.7 s at 48 kHz
    columns = peaks.columns(27)  # one 0.1 s window each
    assert columns[:5] == [(0.0, 0.0)] * 5 and columns[-7:] == [(0.0, 0.0)] * 7  # the silent edges
    assert all(
        hi == pytest.approx(0.125, abs=0.002) and lo == pytest.approx(-0.125, abs=0.002) for lo, hi in columns[5:20]
    )  # lavfi's sine: amplitude 1/8


@pytest.mark.parametrize(
    "stem, expected",
    [
        ("quiet_edges", dict(lufs=-22.6, true_peak=-18.1, decoded_s=2.7, head_s=0.500021, tail_s=0.7)),
        ("silent", dict(lufs=-70.0, true_peak=-99.0, decoded_s=1.0, head_s=0.0, tail_s=0.0)),
    ],
)
def test_analyse_audio_on_recorded_output(monkeypatch, tmp_path: Path, stem: str, expected: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    _replay(monkeypatch, stem)
    thumb = tmp_path / "wave.png"
    a = _analyse(tmp_path / f"{stem}.wav", thumb)
    assert {k: getattr(a, k) for k in expected} == pytest.approx(expected)
    assert a.threshold_db == SILENCE_DB and thumb.stat().st_size > 0


# --- the live bundled ffmpeg -------------------------------------------------------------------


def test_live_ffmpeg_one_second_sine(tmp_path: Path) -> None:
    sine = make_sine(tmp_path, 1.0)
    p, text = probe.describe(sine, "audio")
    assert "Input #0" in text
    assert (p.container, p.audio_codec, p.sample_rate, p.channels) == ("wav", "pcm_s16le", 48000, 1)
    assert p.duration_s == pytest.approx(1.0)
    thumb = tmp_path / "wave.png"
    a = _analyse(sine, thumb)
    # 1 kHz at amplitude 1/8 (-18.1 dBFS): BS.1770 puts a full-scale 1 kHz sine at -3.01 LUFS, so -21.1
    assert a.lufs == pytest.approx(-21.1, abs=0.3) and a.true_peak == pytest.approx(-18.1, abs=0.3)
    assert a.decoded_s == pytest.approx(1.0, abs=0.001) and (a.head_s, a.tail_s) == (0.0, 0.0)
    assert thumb.stat().st_size > 0


def test_live_ffmpeg_reads_as_recorded(tmp_path: Path) -> None:
    """The same generated sound through the live binary parses to what the recordings parse to."""
    path = make_quiet_edges(tmp_path)
    live = probe.parse_ffmpeg_info(probe.describe(path, "audio")[1], "audio")
    recorded = probe.parse_ffmpeg_info(_info("wav"), "audio")
    assert (live.container, live.duration_s, live.audio_codec, live.sample_rate, live.channels) == (
        recorded.container,
        recorded.duration_s,
        recorded.audio_codec,
        recorded.sample_rate,
        recorded.channels,
    )
    a = _analyse(path, None)
    assert (a.lufs, a.true_peak) == pytest.approx(probe._loudness_from_log(_stderr("quiet_edges")), abs=0.1)
    assert (a.head_s, a.tail_s) == pytest.approx(probe._silences(_stderr("quiet_edges"), 2.7), abs=0.01)
    assert a.decoded_s == pytest.approx(2.7)
