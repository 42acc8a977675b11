"""What this PC can play out on (issue 14): its audio outputs and its monitors, as
the Outlets page and `ledcast outlet devices` show them. Monitor sizes are in
physical pixels (what a sender card captures): Qt's logical size times the scale."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaDevices


def gui_app() -> QGuiApplication:
    """The application object the screens need (the GUI's when it runs; else a bare one)."""
    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else QGuiApplication(sys.argv[:1])


def audio_output_names() -> list[str]:
    """The descriptions of the audio outputs present now (what an outlet stores)."""
    return [d.description() for d in QMediaDevices.audioOutputs()]


def monitors() -> list[dict[str, Any]]:
    """Each monitor: its number (as --screen takes it), name, top-left, physical size and scale."""
    out = []
    for number, screen in enumerate(QGuiApplication.screens()):
        g, dpr = screen.geometry(), screen.devicePixelRatio()
        out.append(
            {
                "number": number,
                "name": screen.name(),
                "x": g.x(),
                "y": g.y(),
                "width": round(g.width() * dpr),
                "height": round(g.height() * dpr),
                "scale_percent": round(dpr * 100),
            }
        )
    return out


def monitor_text(m: dict[str, Any], template: str) -> str:
    """A monitor for people, counted from 1: `template` is the translated
    "Monitor {n} — {width}×{height} at {x},{y}"."""
    return template.format(n=m["number"] + 1, width=m["width"], height=m["height"], x=m["x"], y=m["y"])
