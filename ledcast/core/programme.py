"""How long a whole programme airs: its items (core.aired) plus, for a loudspeaker
programme, the gaps between pieces and the intro/outro jingles the export adds.
The playlist page, the agenda, the schedule check and the single-file export
all count with this, so the operator's total is the file's length."""

from __future__ import annotations

from dataclasses import dataclass

from ledcast.core.aired import aired_span, total_duration
from ledcast.core.db.models import Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.workspace import Workspace


@dataclass(frozen=True)
class Extras:
    """What a loudspeaker export puts around and between the items (seconds)."""

    gap_s: float = 0.0
    intro_s: float = 0.0
    outro_s: float = 0.0

    def total(self, n_items: int) -> float:
        if n_items == 0:
            return 0.0
        pieces = n_items + (self.intro_s > 0) + (self.outro_s > 0)
        return self.intro_s + self.outro_s + self.gap_s * (pieces - 1)


def speaker_extras(ws: Workspace) -> Extras:
    """The gaps and jingles of the Settings page, as render.speaker.plan_programme adds
    them to every loudspeaker programme: read once for a list of programmes."""
    from ledcast.core import library
    from ledcast.core.settings import speaker_settings

    sp = speaker_settings(ws)
    lengths = []
    for media_id in (sp.intro_media_id, sp.outro_media_id):
        seconds = 0.0
        if media_id:
            try:
                start, end = aired_span(library.get_media(ws, media_id), None, None)
                seconds = max(0.0, end - start)
            except LedcastError:  # a removed jingle is skipped by the export too
                pass
        lengths.append(seconds)
    return Extras(sp.gap_s, lengths[0], lengths[1])


def programme_duration(ws: Workspace, playlist: Playlist, extras: Extras | None = None) -> float:
    """Seconds the programme airs as one exported file: items, and for a loudspeaker
    programme the gaps and jingles (`extras`, read from Settings when not given)."""
    items = total_duration(playlist)
    if playlist.kind != "speaker":
        return items
    return items + (extras if extras is not None else speaker_extras(ws)).total(len(playlist.items))
