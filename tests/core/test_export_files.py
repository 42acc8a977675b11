"""StagedFiles: the names, checks and playlist.m3u8 both export builds share."""

from __future__ import annotations

from pathlib import Path

from ledcast.core.export.files import StagedFiles


def test_staged_files_names_unique_and_writes_playlist(tmp_path: Path) -> None:
    files = StagedFiles(tmp_path)
    first = files.target("Tin tức", ".mp3")
    second = files.target("TIN TỨC", ".mp3")  # the same name where case does not count
    reserved = files.target("playlist", ".m3u8")  # the export's own file keeps its name
    assert first.parent == tmp_path
    assert first.name.casefold() != second.name.casefold()
    assert reserved.name != "playlist.m3u8"
    seen: list[Path] = []
    files.add(first, seen.append, 12.5, "Tin tức\nsáng")
    files.add(second, None, 3.0, "Nhạc")
    files.write_playlist()
    text = (tmp_path / "playlist.m3u8").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "#EXTM3U",
        "#EXTINF:12.500,Tin tức sáng",
        first.name,
        "#EXTINF:3.000,Nhạc",
        second.name,
    ]
    assert [p for p, _ in files.written] == [first, second, tmp_path / "playlist.m3u8"]
    files.written[0][1](first)  # type: ignore[misc]
    assert seen == [first]
    assert files.written[2][1] is None
