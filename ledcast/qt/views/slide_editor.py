"""Design a text slide with a live preview at the screen's exact pixel size."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.errors import CONTEXT, LedcastError
from ledcast.core.limits import Size
from ledcast.core.probe import IMAGE_EXT
from ledcast.core.slide_media import check_background
from ledcast.core.slides import ALIGNMENTS, SlideRender, SlideSource, render_slide
from ledcast.qt.errors import error_text
from ledcast.qt.widgets import hint_style

DEBOUNCE_MS = 150
# (width, height, what it usually is); the label is built in the dialog so it is translated
PRESET_SIZES: tuple[tuple[int, int], ...] = (
    (1920, 1080),
    (1280, 720),
    (768, 192),
    (512, 256),
    (384, 192),
    (192, 96),
    (128, 64),
    (64, 256),
)
_CUSTOM = "custom"
_WARNING_STYLE = (
    "QLabel { background: #FFF3CD; color: #664D03; border: 1px solid #E0B84A; border-radius: 4px; padding: 6px; }"
)


def _size_key(width: int, height: int) -> str:
    """The combo's data for a size (a string: Qt compares it in findData)."""
    return str(Size(width, height))


def pil_to_qimage(image) -> QImage:  # type: ignore[no-untyped-def]
    """A deep copy of an RGB Pillow image as a QImage (same pixels, same size)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    w, h = rgb.size
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class SlideEditorDialog(QDialog):
    """Title, body, colours or a background picture, alignment and a target size, with
    a live preview rendered by ledcast.core.slides at exactly that size.

    `sizes` are extra named sizes (e.g. the workspace's screen outlets) listed first;
    `target` preselects a size; `tasks` ((code, label) pairs, for a new slide) add a task
    field preset to `task`. After exec(), read source(), target_size() and task_codes()."""

    preview_updated = Signal()  # after every preview render (tests and status)

    def __init__(
        self,
        initial: SlideSource | None = None,
        sizes: Sequence[tuple[str, int, int]] = (),
        parent: QWidget | None = None,
        *,
        target: tuple[int, int] | None = None,
        tasks: Sequence[tuple[str, str]] | None = None,
        task: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit slide") if initial else self.tr("New slide"))
        self.last_render: SlideRender | None = None
        self.preview_image: QImage | None = None  # the slide at the exact target size
        self._colors = {"text": "#FFFFFF", "background": "#0A3D91"}
        self._image_path: str | None = None

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Online public services"))
        self.title_edit.setMaxLength(300)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("Optional text under the title"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(70)
        self.body_edit.setMaximumHeight(140)

        self.text_color_button = QPushButton()
        self.background_color_button = QPushButton()
        for button in (self.text_color_button, self.background_color_button):
            button.setIconSize(QSize(28, 16))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.image_label = QLabel()
        self.image_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_image_button = QPushButton(self.tr("Choose…"))
        self.clear_image_button = QPushButton(self.tr("Remove"))
        picture = QHBoxLayout()
        picture.addWidget(self.image_label, 1)
        picture.addWidget(self.choose_image_button)
        picture.addWidget(self.clear_image_button)

        self.align_combo = QComboBox()
        labels = {"left": self.tr("Left"), "center": self.tr("Centre"), "right": self.tr("Right")}
        for align in ALIGNMENTS:
            self.align_combo.addItem(labels[align], align)

        self.size_combo = QComboBox()
        self.size_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.size_combo.setMinimumContentsLength(18)
        self._sizes = {_size_key(w, h): Size(w, h) for _name, w, h in sizes}
        self._sizes.update({_size_key(w, h): Size(w, h) for w, h in PRESET_SIZES})
        for name, w, h in sizes:
            self.size_combo.addItem(f"{name} — {w}×{h}", _size_key(w, h))
        if sizes:
            self.size_combo.insertSeparator(self.size_combo.count())
        for w, h in PRESET_SIZES:
            if self.size_combo.findData(_size_key(w, h)) < 0:
                self.size_combo.addItem(self._preset_label(w, h), _size_key(w, h))
        self.size_combo.addItem(self.tr("Other size…"), _CUSTOM)
        self.custom_size_edit = QLineEdit()
        self.custom_size_edit.setPlaceholderText(self.tr("W×H, e.g. 384×192"))
        self.custom_size_edit.setMaximumWidth(140)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_combo, 1)
        size_row.addWidget(self.custom_size_edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        form.addRow(self.tr("Text colour"), self.text_color_button)
        form.addRow(self.tr("Background colour"), self.background_color_button)
        form.addRow(self.tr("Background picture"), picture)
        form.addRow(self.tr("Alignment"), self.align_combo)
        form.addRow(self.tr("Screen size"), size_row)
        self.task_combo = QComboBox()  # a new slide serves a plan task from the start
        self.task_combo.addItem(self.tr("None (outside the plan)"), None)
        for code, text in tasks or ():
            self.task_combo.addItem(text, code)
        self.task_combo.setCurrentIndex(max(0, self.task_combo.findData(task)))
        if tasks is not None:
            form.addRow(self.tr("Plan task"), self.task_combo)
        hint = QLabel(
            self.tr(
                "The text is fitted automatically: the largest size at which it all fits "
                "the screen. Keep slides for small LED boards short."
            )
        )
        hint.setWordWrap(True)
        hint_style(hint)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(hint)
        left_layout.addStretch(1)
        left.setMinimumWidth(340)
        left.setMaximumWidth(460)

        self.preview_label = QLabel()
        self.preview_label.setObjectName("slidePreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(320, 180)
        self.preview_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label.setStyleSheet("QLabel#slidePreview { background: #202124; color: #DDDDDD; }")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("slideWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARNING_STYLE)
        self.warning_label.setVisible(False)
        right = QVBoxLayout()
        right.addWidget(self.preview_label, 1)
        right.addWidget(self.info_label)
        right.addWidget(self.warning_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 500)
        self.resize(1040, 620)  # fits a 1366×768 laptop with the taskbar

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

        if initial is not None:
            self.title_edit.setText(initial.title)
            self.body_edit.setPlainText(initial.body)
            self._colors = {"text": initial.text_color, "background": initial.background_color}
            self._image_path = initial.background_image
            self.align_combo.setCurrentIndex(max(0, self.align_combo.findData(initial.align)))
        else:
            self.align_combo.setCurrentIndex(self.align_combo.findData("center"))
        self._show_colours()
        self._show_image()
        if target is not None:
            self.set_target_size(*target)
        self._on_size_choice()

        self.title_edit.textChanged.connect(self.schedule_preview)
        self.body_edit.textChanged.connect(self.schedule_preview)
        self.align_combo.currentIndexChanged.connect(self.schedule_preview)
        self.size_combo.currentIndexChanged.connect(self._on_size_choice)
        self.custom_size_edit.textChanged.connect(self.schedule_preview)
        self.text_color_button.clicked.connect(lambda: self._pick_colour("text"))
        self.background_color_button.clicked.connect(lambda: self._pick_colour("background"))
        self.choose_image_button.clicked.connect(self._choose_image)
        self.clear_image_button.clicked.connect(lambda: self.set_background_image(None))
        self.render_now()

    # ------------------------------------------------------------ values

    def source(self) -> SlideSource:
        """The slide as designed; raises LedcastError (e.g. no title yet)."""
        return SlideSource(
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            text_color=self._colors["text"],
            background_color=self._colors["background"],
            background_image=self._image_path,
            align=self.align_combo.currentData(),
        )

    def task_codes(self) -> list[str]:
        code = self.task_combo.currentData()
        return [code] if code else []

    def target_size(self) -> Size:
        """The chosen screen size in pixels; raises LedcastError for a bad typed size."""
        data = self.size_combo.currentData()
        if data == _CUSTOM:
            return Size.parse(self.custom_size_edit.text())  # what the operator typed
        return self._sizes[data]

    def set_target_size(self, width: int, height: int) -> None:
        index = self.size_combo.findData(_size_key(width, height))
        if index < 0:
            self.size_combo.setCurrentIndex(self.size_combo.findData(_CUSTOM))
            self.custom_size_edit.setText(f"{width}×{height}")
        else:
            self.size_combo.setCurrentIndex(index)

    def set_background_image(self, path: str | None) -> None:
        self._image_path = str(Path(path).resolve()) if path else None
        self._show_image()
        self.schedule_preview()

    # ------------------------------------------------------------ preview

    def schedule_preview(self) -> None:
        """Re-render after a short pause in typing (debounce)."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        problems: list[str] = []
        render: SlideRender | None = None
        empty = not self.title_edit.text().strip()
        try:
            size = self.target_size()
            self._check_image()
            if not empty:
                render = render_slide(self.source(), *size)
        except LedcastError as exc:
            problems.append(error_text(exc))
        self.last_render = render
        if render is None:
            self.preview_image = None
            self.preview_label.clear()
            self.preview_label.setText(self.tr("Type a title to see the slide.") if empty else self.tr("No preview"))
            self.info_label.clear()
        else:
            self.preview_image = pil_to_qimage(render.image)
            self._fit_preview()
            self.info_label.setText(self._info_text(render))
            problems.extend(QCoreApplication.translate(CONTEXT, w) for w in render.warnings)
        self.warning_label.setText("\n".join(f"⚠ {p}" for p in problems))
        self.warning_label.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(render is not None)
        self.preview_updated.emit()

    def _info_text(self, r: SlideRender) -> str:
        w, h = r.image.size
        parts = [
            self.tr("Screen %1×%2 px").replace("%1", str(w)).replace("%2", str(h)),
            self.tr("title %1 px").replace("%1", str(r.title_px)),
        ]
        if r.body_px:
            parts.append(self.tr("text %1 px").replace("%1", str(r.body_px)))
        parts.append(self.tr("smallest legible %1 px").replace("%1", str(r.floor_px)))
        zoom = self._zoom()
        if zoom >= 2:
            parts.append(self.tr("shown at %1×").replace("%1", str(zoom)))
        return " · ".join(parts)

    def _zoom(self) -> int:
        """Whole-number magnification when the slide is smaller than the preview area."""
        if self.preview_image is None:
            return 1
        avail = self.preview_label.contentsRect().size()
        w, h = self.preview_image.width(), self.preview_image.height()
        return max(1, min(avail.width() // w, avail.height() // h))

    def _fit_preview(self) -> None:
        if self.preview_image is None:
            return
        avail = self.preview_label.contentsRect().size()
        img = self.preview_image
        if img.width() <= avail.width() and img.height() <= avail.height():
            # small LED boards: whole-pixel zoom, nearest neighbour, so every LED stays a crisp square
            z = self._zoom()
            shown = img.scaled(
                img.width() * z,
                img.height() * z,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        else:
            shown = img.scaled(avail, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.preview_label.setPixmap(QPixmap.fromImage(shown))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_preview()
        if self.last_render is not None:
            self.info_label.setText(self._info_text(self.last_render))

    # ------------------------------------------------------------ dialog

    def accept(self) -> None:
        try:
            self.source()
            self.target_size()
            self._check_image()
        except LedcastError as exc:
            self.warning_label.setText(f"⚠ {error_text(exc)}")
            self.warning_label.setVisible(True)
            return
        super().accept()

    # ------------------------------------------------------------ helpers

    def _preset_label(self, w: int, h: int) -> str:
        kind = {
            (1920, 1080): self.tr("Full HD screen"),
            (1280, 720): self.tr("HD screen"),
            (64, 256): self.tr("LED, portrait"),
        }.get((w, h), self.tr("LED board"))
        return f"{w}×{h} — {kind}"

    def _on_size_choice(self) -> None:
        custom = self.size_combo.currentData() == _CUSTOM
        self.custom_size_edit.setEnabled(custom)
        self.custom_size_edit.setVisible(custom)
        if custom and not self.custom_size_edit.text():
            self.custom_size_edit.setFocus()
        self.schedule_preview()

    def _set_colour(self, which: str, colour: str) -> None:
        c = QColor(colour)
        if not c.isValid():
            return
        self._colors[which] = c.name(QColor.NameFormat.HexRgb).upper()
        self._show_colours()
        self.schedule_preview()

    def _pick_colour(self, which: str) -> None:
        title = self.tr("Text colour") if which == "text" else self.tr("Background colour")
        chosen = QColorDialog.getColor(QColor(self._colors[which]), self, title)
        if chosen.isValid():
            self._set_colour(which, chosen.name())

    def _show_colours(self) -> None:
        for which, button in (("text", self.text_color_button), ("background", self.background_color_button)):
            swatch = QPixmap(28, 16)
            swatch.fill(QColor(self._colors[which]))
            button.setIcon(QIcon(swatch))
            button.setText(self._colors[which])

    def _check_image(self) -> None:
        """The core's rule (one existing picture file), before the library is touched."""
        if self._image_path:
            check_background(self._image_path)

    def _show_image(self) -> None:
        if self._image_path:
            self.image_label.setText(Path(self._image_path).name)
            self.image_label.setToolTip(self._image_path)
        else:
            self.image_label.setText(self.tr("None"))
            self.image_label.setToolTip("")
        self.clear_image_button.setEnabled(self._image_path is not None)

    def _choose_image(self) -> None:
        start = str(Path(self._image_path).parent) if self._image_path else ""
        patterns = " ".join(f"*{e}" for e in IMAGE_EXT)
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Background picture"), start, self.tr("Pictures (%1)").replace("%1", patterns)
        )
        if path:
            self.set_background_image(path)
