"""Small widget set-ups the pages and dialogs share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table of whole rows to select, not to edit, its last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def scrolled(content: QWidget) -> QScrollArea:
    """`content` at its natural height, with a scroll bar when the window is shorter: squeezed
    instead, a form's wrapped notes lost their last lines at 1366×768."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def titled_column(title: str) -> tuple[QWidget, QVBoxLayout]:
    """A borderless column headed by a bold title."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel("<b>" + title + "</b>"))
    return column, layout


def fill(text: str, *values: object) -> str:
    """A translated text with its %1, %2 … filled in, in that order."""
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def open_folder(parent: QWidget, folder: Path) -> bool:
    """Show `folder` in the file manager; say so when it is gone or nothing could open it."""
    if not folder.is_dir():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("OpenFolder", "Open folder"),
            QCoreApplication.translate(
                "OpenFolder", "“%1” is not there any more (a USB stick that was removed?)."
            ).replace("%1", str(folder)),
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("OpenFolder", "Open folder"),
            QCoreApplication.translate("OpenFolder", "No file manager could open “%1”. Open it by hand: %2")
            .replace("%1", folder.name)
            .replace("%2", str(folder)),
        )
        return False
    return True


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; 4.5 is the minimum for body text)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hint_color(widget: QWidget, minimum: float = 4.5) -> QColor:
    """A grey for hint text, as light as the style's placeholder grey allows while still
    reading at `minimum` contrast on the window background (darker or lighter as needed)."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Window)
    color = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
    color.setAlpha(255)
    dark_background = _luminance(background) < 0.5
    for _ in range(40):
        if contrast_ratio(color, background) >= minimum:
            break
        color = color.lighter(115) if dark_background else color.darker(115)
    if contrast_ratio(color, background) < minimum:
        color = QColor("white" if dark_background else "black")
    return color


def hint_style(widget: QWidget, extra: str = "") -> None:
    """Grey hint text that is still readable (contrast at least 4.5:1 on the window)."""
    widget.setStyleSheet(f"color: {hint_color(widget).name()}; {extra}".strip())


def hint_label(text: str, wrap: bool = True) -> QLabel:
    """A grey explanation under the boxes it is about."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    hint_style(label)
    return label


FILE_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("Widgets", "CSV (opens in Excel) (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("Widgets", "Excel workbook (*.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("Widgets", "PDF document (*.pdf)"),
}


def ask_save_path(parent: QWidget, title: str, suggested: str, kind: str) -> str | None:
    """A Save dialog for a .`kind` file (csv, xlsx, pdf); the suffix added when the name has none."""
    pattern = QCoreApplication.translate("Widgets", FILE_FILTERS[kind])
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if not path:
        return None
    return path if path.lower().endswith(f".{kind}") else f"{path}.{kind}"
