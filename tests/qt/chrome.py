"""What a user reads on a window, and the checks that none of it is in the other language.

`visible_texts` walks a widget tree and returns every user-visible string with where it
is shown: window titles, labels, buttons, actions, menus, tooltips, status tips,
placeholders, spin box affixes, combo items, tab texts, group box titles, item-view
headers and cells (tests feed workspaces whose own data is ASCII, so a cell never
carries Vietnamese of its own). `in_english_but_vietnamese` and
`in_vietnamese_but_english` find the strings of the wrong language.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

from ledcast.config import resource
from ledcast.qt.i18n import LANGUAGES

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")
WORD = re.compile(r"[A-Za-z]+")
QUOTED = re.compile("“[^”]*”")
PATH = re.compile(r"\S*[/\\]\S*")  # a file path's words are no English sentence
# English words that are no Vietnamese syllable written without accents
ENGLISH_WORDS = frozenset(
    "the and of to for with from this that these is are was be not no none all any each every your you "
    "add remove delete edit new open save export import check show hide cancel close select choose "
    "file files folder name title date time start end none yet here there when what which will would "
    "please first last next previous settings playlist playlists outlet outlets library report reports "
    "plan task tasks airing airings screen speaker emergency unit units key keys approved pending".split()
)
# Strings that are the same in both languages: product and format names, units
ALLOWED = frozenset(
    {"ledcast", "MP3", "MP4", "WAV", "PDF", "XLSX", "CSV", "LUFS", "JSON", "H.264", "PNG"}
    | {"fps", "px", "s", "dB", "dBTP", "GB", "MB", "kb/s", "Hz", "kHz"}
)
MAX_ROWS = 60  # of an item view: the chrome of a long table is in its first rows already


def plain(text: str) -> str:
    """Rich text as read (tags dropped, entities decoded), mnemonic & marks dropped."""
    if "<" in text and ">" in text:
        text = html.unescape(TAG.sub(" ", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def owner(w: QWidget) -> str:
    """`w` named by its class and the nearest enclosing class of ledcast's own (the module to fix)."""
    parts = [type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")]
    parent = w
    while parent is not None:
        module = type(parent).__module__
        if module.startswith("ledcast."):
            parts.append(f"{module}.{type(parent).__name__}")
            break
        parent = parent.parentWidget()
    return " in ".join(parts)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # a list model's columnCount is private in PySide6: it has one column
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            for role in roles:
                yield f"{where} header {section}", model.headerData(section, orientation, role)

    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for r in range(min(model.rowCount(parent), MAX_ROWS)):
            for c in range(_columns(model, parent)):
                index = model.index(r, c, parent)
                for role in roles:
                    yield f"{where} cell {r},{c}", model.data(index, role)
            if depth < 3 and not flat and model.hasChildren(model.index(r, 0, parent)):
                yield from rows(model.index(r, 0, parent), depth + 1)

    yield from rows(QModelIndex(), 0)


def _widget_texts(w: QWidget) -> Iterator[tuple[str, object]]:
    if w.isWindow():
        yield "window title", w.windowTitle()
    yield "tooltip", w.toolTip()
    yield "status tip", w.statusTip()
    yield "what's this", w.whatsThis()
    if isinstance(w, QLabel):
        yield "label", w.text()
    if isinstance(w, QAbstractButton):
        yield "button", w.text()
    if isinstance(w, QGroupBox):
        yield "group title", w.title()
    if isinstance(w, QLineEdit):
        yield "placeholder", w.placeholderText()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        yield "placeholder", w.placeholderText()
        if w.isReadOnly() and not w.property("verbatim"):  # verbatim: a licence, a traceback
            yield "read-only text", w.toPlainText()
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        yield "spin box affix", f"{w.prefix()}{w.suffix()}"
    if isinstance(w, QAbstractSpinBox):
        yield "special value", w.specialValueText()
    if isinstance(w, QProgressBar) and "%" not in w.format():
        yield "progress text", w.format()
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"combo item {i}", w.itemText(i)
            yield f"combo item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield f"tab {i}", w.tabText(i)
            yield f"tab {i} tooltip", w.tabToolTip(i)
    if isinstance(w, QToolBox):
        for i in range(w.count()):
            yield f"tool box item {i}", w.itemText(i)
    if isinstance(w, QMenu):
        yield "menu title", w.title()
    if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parentWidget(), QComboBox):
        yield from _model_texts(w.model(), "item view")


def _action_texts(a: QAction) -> Iterator[tuple[str, object]]:
    yield "action", a.text()
    if a.toolTip() != a.text().replace("&", ""):  # Qt's default tooltip is the text itself
        yield "action tooltip", a.toolTip()
    yield "action status tip", a.statusTip()
    if a.menu() is not None:
        yield "action menu title", a.menu().title()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every non-empty user-visible string under `root` (itself included)."""
    found: list[tuple[str, str]] = []
    seen_actions: set[int] = set()
    for w in [root, *root.findChildren(QWidget)]:
        where = owner(w)
        pairs = list(_widget_texts(w))
        for action in w.actions():
            if id(action) not in seen_actions:
                seen_actions.add(id(action))
                pairs += [(k, v) for k, v in _action_texts(action)]
        for kind, value in pairs:
            if isinstance(value, str) and plain(value) and not plain(value).isdigit():
                found.append((f"{kind} of {where}", value))
    return found


def _catalogue() -> list[tuple[str, str, str]]:
    out = []
    for ctx in ET.parse(resource("translations", "ledcast_vi.ts")).getroot().iter("context"):
        for msg in ctx.iter("message"):
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "", msg.findtext("translation") or ""))
    return out


def english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """Source texts whose Vietnamese differs, exact and (with placeholders) as patterns that
    match the filled-in text; a pattern needs two words of its own, so "%1 – %2" matches nothing."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for _ctx, source, translation in _catalogue():
        if plain(translation) == plain(source):
            continue
        if PLACEHOLDER.search(source):
            fixed = PLACEHOLDER.split(source)
            if sum(len(WORD.findall(part)) for part in fixed) >= 2:
                body = ".+?".join(re.escape(plain(part)) for part in fixed)
                patterns.append(re.compile(body, re.DOTALL))
        else:
            exact.add(plain(source))
    return exact, patterns


def in_english_but_vietnamese(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Strings with a Vietnamese letter outside “quotes” (a quote is the Vietnamese printed on the
    official PDF report, the same in both languages) that are not a language's own name."""
    return [
        (where, text)
        for where, text in texts
        if VIETNAMESE.search(QUOTED.sub("", text)) and plain(text) not in LANGUAGES.values()
    ]


def in_vietnamese_but_english(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Strings shown as the catalogue's English source (whole, or one line of a longer text),
    and strings of no Vietnamese letter with two English words that are not in the catalogue."""
    exact, patterns = english_sources()
    bad = []
    for where, text in texts:
        shown = plain(text)
        if shown in ALLOWED:
            continue
        lines = [line.strip() for line in shown.splitlines() if line.strip()]
        if any(line in exact for line in [shown, *lines]) or any(p.fullmatch(shown) for p in patterns):
            bad.append((where, text))
            continue
        words = {w.lower() for w in WORD.findall(PATH.sub(" ", shown))}
        if not VIETNAMESE.search(shown) and len(words & ENGLISH_WORDS) >= 2:
            bad.append((where, text))
    return bad


def report(bad: list[tuple[str, str]], lang: str) -> str:
    other = "Vietnamese" if lang == "en" else "English"
    bad = sorted(set(bad))
    lines = [f"{len(bad)} string(s) shown in {other} while the interface is in {lang}:"]
    lines += [f"  {text!r}  ({where})" for where, text in bad]
    lines.append(
        "Wrap the string in self.tr() (QT_TRANSLATE_NOOP in core/CLI), run tools/update_translations.py and "
        "fill its Vietnamese in ledcast/resources/translations/ledcast_vi.ts."
    )
    return "\n".join(lines)
