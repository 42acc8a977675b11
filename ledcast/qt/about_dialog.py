"""About ledcast: the version, this workspace, what the app is built from and the licences."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledcast import __version__
from ledcast.core import licences

# what ledcast is built from: see licences.Package
PACKAGES: tuple[licences.Package, ...] = (
    ("ledcast", "ledcast", "MIT", "https://opensource.org/license/mit"),
    (
        "PySide6",
        "Qt, Qt for Python (PySide6)",
        "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
    ),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org/"),
    ("alembic", "Alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    ("pillow", "Pillow", "MIT-CMU", "https://github.com/python-pillow/Pillow/blob/main/LICENSE"),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "https://github.com/pyca/cryptography"),
    ("reportlab", "ReportLab", "BSD-3-Clause", "https://www.reportlab.com/"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("imageio-ffmpeg", "imageio-ffmpeg", "BSD-2-Clause", "https://github.com/imageio/imageio-ffmpeg"),
)
_HEADERS = (
    QT_TRANSLATE_NOOP("AboutDialog", "Component"),
    QT_TRANSLATE_NOOP("AboutDialog", "Version"),
    QT_TRANSLATE_NOOP("AboutDialog", "Licence"),
)


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{url}">{text or url}</a>'


class AboutDialog(QDialog):
    def __init__(self, workspace_root: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ledcast"))
        self.resize(760, 640)  # every row in view, inside 1366×728
        layout = QVBoxLayout(self)
        root = str(workspace_root)
        self.summary = QLabel(
            "<h3>ledcast %1</h3>".replace("%1", __version__)
            + self.tr("Programmes for commune loudspeakers and public screens.")
            + "<br>"
            + self.tr("Workspace: %1").replace("%1", _link(QUrl.fromLocalFile(root).toString(), root))
            + "<br>"
            + self.tr("Python %1, Qt %2, PySide6 %3 on %4")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
            .replace("%4", platform.platform(terse=True))
        )
        self.summary.setOpenExternalLinks(True)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        components = [*licences.packages(PACKAGES), licences.ffmpeg(), licences.FONT]
        self.table = QTableWidget(len(components), 3)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, c in enumerate(components):
            for col, text in enumerate((c.name, c.version, c.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(c.url)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: _open(components[row].url))
        self.tabs.addTab(self.table, self.tr("Components and licences"))
        self.ffmpeg_note = QLabel(
            self.tr(
                "ledcast is free software under the MIT licence. The FFmpeg program it runs is the build carried by"
                " imageio-ffmpeg, under the licence in the table (%1). Qt and PySide6 are used under the LGPL"
                " version 3. Double-click a row to read its licence."
            ).replace("%1", _link(licences.FFMPEG_URL))
        )
        self.ffmpeg_note.setWordWrap(True)
        self.ffmpeg_note.setOpenExternalLinks(True)
        layout.addWidget(self.ffmpeg_note)

        self.font_text = QPlainTextEdit(licences.font_licence_text())
        self.font_text.setProperty("verbatim", True)  # the licence's own words, never translated
        self.font_text.setReadOnly(True)
        self.tabs.addTab(self.font_text, self.tr("Font licence (OFL)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def components(self) -> dict[str, tuple[str, str]]:
        """Name → (version, licence) as shown (tests)."""
        t = self.table
        return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())}


def _open(url: str) -> None:
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl(url))
