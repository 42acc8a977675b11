"""The words shown for stored keys (a playlist's or an outlet's kind, a media kind,
a priority): one table each, marked for lupdate in the "Labels" context. The GUI
translates them with ledcast.qt.labels.label; the core stays Qt-free."""

from __future__ import annotations

from ledcast.core.errors import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

KIND_LABELS = {  # playlists and outlets: what they play on
    "screen": QT_TRANSLATE_NOOP("Labels", "Screen"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Loudspeakers"),
}
MEDIA_KIND_LABELS = {
    "audio": QT_TRANSLATE_NOOP("Labels", "Audio"),
    "image": QT_TRANSLATE_NOOP("Labels", "Image"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "slide": QT_TRANSLATE_NOOP("Labels", "Slide"),
}
PRIORITY_LABELS = {  # Circular 39/2020 levels, in PRIORITIES order
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
}
PLAYOUT_PLACE_LABELS = {  # where an outlet plays out from this PC (core.outlet_playout): GUI and CLI
    "default": QT_TRANSLATE_NOOP("Labels", "System default"),
    "none": QT_TRANSLATE_NOOP("Labels", "No sound card (clock only)"),
    "monitor": QT_TRANSLATE_NOOP("Labels", "Monitor {n} — {width}×{height} at {x},{y}"),
    "monitor_n": QT_TRANSLATE_NOOP("Labels", "Monitor {n}"),
    "not_connected": QT_TRANSLATE_NOOP("Labels", "{name} (not connected)"),
}
AGENDA_STATUS_LABELS = {  # did a past occurrence air (core.agenda_status)
    "aired": QT_TRANSLATE_NOOP("Labels", "Aired"),
    "partly": QT_TRANSLATE_NOOP("Labels", "Partly aired"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
}
EXPORT_STATUS_LABELS = {  # does a past export's folder still hold it (core.export.export_status)
    "intact": QT_TRANSLATE_NOOP("Labels", "Intact"),
    "changed": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "replaced": QT_TRANSLATE_NOOP("Labels", "Replaced"),
    "missing": QT_TRANSLATE_NOOP("Labels", "Gone"),
}
RECORDED_HOW_LABELS = {  # how an airing came into the log (core.airing.RECORDED_HOW)
    "playout": QT_TRANSLATE_NOOP("Labels", "Played out"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed export"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Entered by hand"),
    "imported": QT_TRANSLATE_NOOP("Labels", "Imported"),
}
ORIGIN_LABELS = {  # Decree 49/2024 content origin (core.airing.ORIGINS)
    "own": QT_TRANSLATE_NOOP("Labels", "Own programme"),
    "above": QT_TRANSLATE_NOOP("Labels", "From the level above"),
    "source": QT_TRANSLATE_NOOP("Labels", "From the source system"),
}
REPORT_STATUS_LABELS = {  # a report row against its target (core.report.TargetShown.status)
    "below": QT_TRANSLATE_NOOP("Labels", "Below target"),
    "met": QT_TRANSLATE_NOOP("Labels", "Target met"),
    "above": QT_TRANSLATE_NOOP("Labels", "Above target"),
}
REPORT_CHANNEL_LABELS = {  # core.report.CHANNELS
    "speaker": QT_TRANSLATE_NOOP("Labels", "Loudspeakers"),
    "screen": QT_TRANSLATE_NOOP("Labels", "Screen"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other forms"),
}
REPORT_PER_LABELS = {  # a target not scaled to the report's period says what it counts over
    "period": QT_TRANSLATE_NOOP("Labels", "whole plan period"),
    "event": QT_TRANSLATE_NOOP("Labels", "per event"),
}
KEY_STATUS_LABELS = {  # another unit's signing key here (core.keys.key_statuses)
    "trusted": QT_TRANSLATE_NOOP("Labels", "Trusted"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Retired"),
}
