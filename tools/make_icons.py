"""Render the app icon's PNG sizes and the Windows ICO from resources/ledcast.svg.

    QT_QPA_PLATFORM=offscreen python3 tools/make_icons.py

Writes resources/ledcast-<size>.png and resources/ledcast.ico (for build.spec and the
installers) and copies the PNGs into ledcast/resources/icons/ (the window icon, carried by
`pip install .`). Qt's SVG renderer draws each size; Pillow packs the ICO. Commit the output."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "ledcast.svg"
SIZES = (16, 32, 48, 64, 128, 256)
PACKAGE_ICONS = ROOT / "ledcast" / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    for size, image in images.items():
        out = ROOT / "resources" / f"ledcast-{size}.png"
        image.save(out, optimize=True)
        shutil.copyfile(out, PACKAGE_ICONS / out.name)
    # Each ICO size is its own rendering (crisper than Pillow scaling the 256 one down).
    biggest = images[max(SIZES)]
    others = [images[s] for s in SIZES if s != max(SIZES)]
    biggest.save(ROOT / "resources" / "ledcast.ico", sizes=[(s, s) for s in SIZES], append_images=others)
    print(f"{len(SIZES)} PNG sizes and ledcast.ico written from {SVG.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
