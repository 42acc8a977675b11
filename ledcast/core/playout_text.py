"""The scheduler's decisions (core.playout) in words, for `ledcast playout`'s
output and the console's log: one line each, in the interface language."""

from __future__ import annotations

from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.i18n import translate
from ledcast.core.playout import Action, Decision

CONTEXT = "Playout"
TEXTS = {
    Action.START: QT_TRANSLATE_NOOP("Playout", "{outlet}: starts “{playlist}” (scheduled {scheduled})."),
    Action.RESUME: QT_TRANSLATE_NOOP("Playout", "{outlet}: “{playlist}” resumes at item {item}."),
    Action.INTERRUPT: QT_TRANSLATE_NOOP(
        "Playout", "{outlet}: EMERGENCY “{playlist}” interrupts “{interrupted}” at item {item}."
    ),
    Action.KEEP: QT_TRANSLATE_NOOP("Playout", "{outlet}: “{playlist}” is playing."),
    Action.MISSED: QT_TRANSLATE_NOOP(
        "Playout", "{outlet}: “{playlist}” scheduled {scheduled} was missed; it is not started late on its own."
    ),
    Action.SKIPPED: QT_TRANSLATE_NOOP("Playout", "{outlet}: “{playlist}”, interrupted by an emergency, is skipped."),
    Action.CLOCK_BACKWARDS: QT_TRANSLATE_NOOP(
        "Playout",
        "The computer's clock reads {now}, earlier than {last} already logged. Check the date and time of this "
        "PC: airings would be logged at the wrong time.",
    ),
}
L_NOW = QT_TRANSLATE_NOOP("Playout", "now")


def describe(d: Decision, lang: str | None = None) -> str:
    """One line for the decision; item numbers count from 1, as the console shows them."""
    p = d.programme
    scheduled = f"{p.due:%d/%m %H:%M}" if p is not None and not p.requested else translate(CONTEXT, L_NOW, lang)
    stopped = d.interrupted
    return translate(CONTEXT, TEXTS[d.action], lang).format(
        outlet=d.outlet,
        playlist=p.playlist_name if p is not None else "",
        scheduled=scheduled,
        item=(stopped or p).item_index + 1 if (stopped or p) is not None else 1,
        interrupted=stopped.playlist_name if stopped is not None else "",
        now=f"{d.at:%d/%m/%Y %H:%M:%S}",
        last=f"{d.last_known:%d/%m/%Y %H:%M:%S}" if d.last_known is not None else "",
    )
