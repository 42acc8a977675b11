"""The playlist's Notes column: Vietnamese whatever path reloaded the model (a
drop, a duration edit), and the durations as they will air (silence trimmed,
very quiet recordings marked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_factory import padded_bulletin_playlist
from PySide6.QtCore import QModelIndex, Qt

from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.qt.views.playlist_view import PlaylistView

ENGLISH_NOTES = ("not approved", "silence trimmed", "very quiet", "fitted with bars")


def _notes(view: PlaylistView) -> list[str]:
    model = view.items_model
    col = model.COLUMNS.index("notes")
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _view(qtbot, ws, name: str) -> PlaylistView:  # type: ignore[no-untyped-def]
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    view.select(pl.get_playlist(ws, name).id)
    return view


def test_notes_stay_vietnamese_after_a_drop_and_a_duration_edit(qtbot, workspace, media_files, vietnamese) -> None:
    (image,) = library.import_files(workspace, [media_files.png]).added
    outlets.add_outlet(workspace, "LED cổng", "screen", Size(640, 360))
    pl.create_playlist(workspace, "Vòng LED", "screen", "LED cổng")
    view = _view(qtbot, workspace, "Vòng LED")
    model = view.items_model
    drag = view.lib_model.mimeData([view.lib_model.index(0, 0)])
    assert model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    (after_drop,) = _notes(view)
    assert "chưa được duyệt" in after_drop, after_drop
    assert not any(word in after_drop for word in ENGLISH_NOTES)
    assert model.setData(model.index(0, model.COLUMNS.index("duration")), 7.0)
    assert _notes(view) == [after_drop]
    tip = model.index(0, model.COLUMNS.index("title")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip is not None and "chưa được duyệt" in tip


@pytest.fixture
def padded(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 6 s bulletin with 1.5 s and 2 s of dead air at its ends, recorded at −45 LUFS."""
    padded_bulletin_playlist(workspace, tmp_path, -45)
    return workspace


def test_aired_duration_silence_note_and_quiet_note(qtbot, padded, vietnamese) -> None:
    view = _view(qtbot, padded, "Bản tin")
    model = view.items_model
    assert model.index(0, model.COLUMNS.index("duration")).data() == "6 s"
    (note,) = _notes(view)
    assert "0:10 → 0:06, đã cắt khoảng lặng" in note
    assert "−45 LUFS: rất nhỏ, sẽ được tăng thêm 29 dB." in note
    assert "0:06" in view.total_label.text()
    # a trim that leaves no silence at the ends: no note, the total follows
    item = model.items[0]
    pl.set_item_trim(padded, item.id, 2.0, 7.0)
    model.reload()
    assert "khoảng lặng" not in _notes(view)[0]
    assert "0:05" in view.total_label.text()
