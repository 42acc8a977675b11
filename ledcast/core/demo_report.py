"""What a demo load or removal did, as lines for the operator (the CLI prints them,
the GUI shows them in a message box)."""

from __future__ import annotations

from ledcast.core.demo import DemoLoad, DemoRemoval
from ledcast.core.demo_content import LED_PLAYLIST, SPEAKER_PLAYLIST
from ledcast.core.errors import CONTEXT, QT_TRANSLATE_NOOP
from ledcast.core.i18n import translate

LINES = {
    "loaded": QT_TRANSLATE_NOOP("Errors", "Demo content loaded (every name starts with “Mẫu – ”):"),
    "slides": QT_TRANSLATE_NOOP("Errors", "{count} slide(s), one per task of the plan: {names}"),
    "sounds": QT_TRANSLATE_NOOP("Errors", "{count} sound(s): {names}"),
    "outlets": QT_TRANSLATE_NOOP("Errors", "outlets: {names}"),
    "playlists": QT_TRANSLATE_NOOP("Errors", "playlists, scheduled and approved for export: {names}"),
    "removed": QT_TRANSLATE_NOOP(
        "Errors", "Demo content removed: {media} library item(s), {outlets} outlet(s), {playlists} playlist(s)."
    ),
    "nothing": QT_TRANSLATE_NOOP("Errors", "There is no demo content in this workspace."),
    "taken_out": QT_TRANSLATE_NOOP("Errors", "Demo items were taken out of your playlist(s): {names}"),
    "unbound": QT_TRANSLATE_NOOP("Errors", "Your playlist(s) no longer bound to a demo outlet: {names}"),
}
L_TRY_CLI = QT_TRANSLATE_NOOP(
    "Errors", 'Try: ledcast export screen "{screen}" --out DIR, then ledcast export speaker "{speaker}" --out DIR'
)
L_TRY_GUI = QT_TRANSLATE_NOOP(
    "Errors", "Try it: on the Export page, export “{screen}” to a screen and “{speaker}” to the loudspeakers."
)


def _line(key: str, **params: object) -> str:
    return translate(CONTEXT, LINES[key]).format(**params)


def _names(names: list[str]) -> str:
    return ", ".join(f"“{n}”" for n in names)


def load_lines(made: DemoLoad, *, cli: bool) -> list[str]:
    """The first line says what happened, the others list it; the last one what to try."""
    lines = [
        _line("loaded"),
        _line("slides", count=len(made.slides), names=_names(made.slides)),
        _line("sounds", count=len(made.sounds), names=_names(made.sounds)),
        _line("outlets", names=_names(made.outlets)),
        _line("playlists", names=_names(made.playlists)),
    ]
    hint = translate(CONTEXT, L_TRY_CLI if cli else L_TRY_GUI)
    return [*lines, hint.format(screen=LED_PLAYLIST, speaker=SPEAKER_PLAYLIST)]


def removal_lines(gone: DemoRemoval) -> list[str]:
    if not (gone.media or gone.outlets or gone.playlists):
        return [_line("nothing")]
    lines = [_line("removed", media=len(gone.media), outlets=len(gone.outlets), playlists=len(gone.playlists))]
    if gone.taken_out_of:
        lines.append(_line("taken_out", names=_names(gone.taken_out_of)))
    if gone.unbound:
        lines.append(_line("unbound", names=_names(gone.unbound)))
    return lines
