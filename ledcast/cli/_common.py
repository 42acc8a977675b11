"""What every command group shares: opening the workspace, option checking,
task codes, one-line output, JSON, the progress bar and number formatting.
Imports nothing heavy: `ledcast --help` loads this module."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from typing import Any

from ledcast.core import formatting
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.text import clean_text, printable

L_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Cancelled.")
L_WARNING = QT_TRANSLATE_NOOP("Cli", "warning: {text}")
L_EMPTY_VALUE = QT_TRANSLATE_NOOP("Cli", "must not be empty")
L_NOT_FINITE = QT_TRANSLATE_NOOP("Cli", "must be a finite number")
L_TOO_LARGE = QT_TRANSLATE_NOOP("Cli", "the number is too large")
L_SEE_HELP = QT_TRANSLATE_NOOP("Cli", "{message} (see {prog} --help)")
L_OPTION = QT_TRANSLATE_NOOP("Cli", "argument {name}:")
MAX_INT = 2**53  # ids and counts; beyond this SQLite and timedelta overflow with a traceback
MAX_ERR_LINE = 1000


def _t(text: str) -> str:
    from ledcast.core.i18n import translate

    return translate("Cli", text)


# --- the workspace -----------------------------------------------------------------


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The one place a command opens its workspace (--workspace, else LEDCAST_WORKSPACE, else the default)."""
    from ledcast.core import app_log
    from ledcast.core.startup import open_for_use

    ws = open_for_use(args.workspace)
    # the workspace's log from here on: only commands that open a workspace pay for it
    app_log.setup(ws.root, what=" ".join(filter(None, (args.command, getattr(args, "sub", None)))))
    app_log.log.debug("command line: %r", sys.argv[1:])
    return ws


# --- output ----------------------------------------------------------------------


def _safe(text: str) -> str:
    """One terminal line: control characters from user data (a newline, an
    escape sequence in a name) are shown as escapes, never obeyed."""
    return printable(str(text))


def _out(text: str = "") -> None:
    """Print one line of output (each call is one line; blank lines are _out())."""
    sys.stdout.write(_safe(text) + "\n")


def _err(text: str) -> None:
    line = _safe(text)
    if len(line) > MAX_ERR_LINE:  # a huge value echoed in a message: the start says enough
        line = line[: MAX_ERR_LINE - 1] + "…"
    sys.stderr.write(line + "\n")


# json.dumps escapes C0 controls but leaves DEL, C1 controls (CSI on some
# terminals) and the Unicode line separators; they only occur inside strings.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def _json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def _fail(message: str) -> int:
    _err(f"ledcast: {message}")
    return 1


def _terminal_progress():  # type: ignore[no-untyped-def]
    """A progress callback drawing a bar with time remaining on stderr (nothing when it is not a terminal)."""
    import time

    start = time.monotonic()
    show = sys.stderr.isatty()

    def progress(frac: float, label: str) -> None:
        if not show:
            return
        width = 30
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        elapsed = time.monotonic() - start
        eta = f" ~{_hms(elapsed / frac - elapsed)}" if frac > 0.03 else ""
        sys.stderr.write(f"\r[{bar}] {frac * 100:5.1f}%{eta} {_safe(label)[:40]:<40}")
        if frac >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress


# --- formatting ------------------------------------------------------------------


# one home for durations and sizes (ledcast.core.formatting), under the names the groups use
_hms = formatting.clock
_fmt_duration = formatting.clock_tenths
_size_text = formatting.size_text


# --- option values ---------------------------------------------------------------


def _nonempty(value: str | None, option: str) -> str | None:
    """An option given as "" (e.g. an unset shell variable) is an error, never "no filter"."""
    if value is not None and not clean_text(value):  # blank or only invisible characters
        from ledcast.core.errors import LedcastError

        # worded as the parser words an empty option ("argument --task: must not be empty")
        raise LedcastError(f"{_t(L_OPTION).format(name=option)} {_t(L_EMPTY_VALUE)}")
    return value


def _task_codes(raw_values: list[str] | None) -> list[str]:
    """`--task NV1,NV3 --task NV5` as codes; a blank --task is refused, not ignored."""
    for raw in raw_values or []:
        _nonempty(raw.replace(",", " "), "--task")
    return [c.strip() for raw in (raw_values or []) for c in raw.split(",") if c.strip()]


def _date(text: str | None):  # type: ignore[no-untyped-def]
    """An option not given means today; a given one must be a date ("" is refused)."""
    import datetime as dt

    from ledcast.core.dates import parse_date

    return dt.date.today() if text is None else parse_date(text)


# --- the parser ------------------------------------------------------------------


def checked(type_: Callable[[str], Any] | None) -> Callable[[str], Any]:
    """Wrap an option's type: a value given but empty (or blank) is refused,
    floats must be finite (NaN passes range checks the wrong way) and ints sane.
    Applied by _Parser to every option, so new options get it too."""

    def convert(text: str) -> Any:
        if not clean_text(text):  # blank, or only invisible characters (U+200B, U+FEFF ...)
            raise argparse.ArgumentTypeError(_t(L_EMPTY_VALUE))
        value = text if type_ is None else type_(text)  # ValueError: argparse's "invalid int value"
        if isinstance(value, float) and not math.isfinite(value):
            raise argparse.ArgumentTypeError(_t(L_NOT_FINITE))
        if isinstance(value, int) and abs(value) >= MAX_INT:
            raise argparse.ArgumentTypeError(_t(L_TOO_LARGE))
        return value

    convert.__name__ = getattr(type_, "__name__", "str")
    return convert


class _Parser(argparse.ArgumentParser):
    """argparse with checked values and one-line errors. Subparsers inherit
    the class, so every option of every group goes through checked()."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if kwargs.get("action", "store") in ("store", "append") and kwargs.get("nargs") != 0:
            kwargs["type"] = checked(kwargs.get("type"))
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> Any:  # one line, not the usage block
        if len(message) > MAX_ERR_LINE // 2:
            message = message[: MAX_ERR_LINE // 2 - 1] + "…"
        # argparse's "argument --x: …" in the operator's language
        message = re.sub(r"^argument (\S+):", lambda m: _t(L_OPTION).format(name=m.group(1)), message)
        sys.stderr.write("ledcast: " + printable(_t(L_SEE_HELP).format(prog=self.prog, message=message)) + "\n")
        raise SystemExit(2)


def add_command(actions: Any, name: str, func: Callable[[argparse.Namespace], int], help_: str | None = None) -> Any:
    """One command under a group's ACTION subparsers, or a one-command group
    under the root (help None: the root's table gives it)."""
    sp = actions.add_parser(name, help=help_)
    sp.set_defaults(func=func)
    return sp


def add_actions(subparsers: Any, group: str) -> Any:
    """A group's parser with its required ACTION; its help text comes from the root's table."""
    return subparsers.add_parser(group).add_subparsers(dest="sub", metavar="ACTION", required=True)


def add_json(parser: argparse.ArgumentParser) -> None:
    """The shared --json flag: machine-readable output instead of lines for people."""
    parser.add_argument("--json", action="store_true")


Arg = tuple[tuple[str, ...], dict[str, Any]]
Command = tuple[str, Callable[[argparse.Namespace], int], str, tuple[Arg, ...]]


def arg(*names: str, **kwargs: Any) -> Arg:
    """One add_argument() call, as data for a group's table of commands."""
    return names, kwargs


JSON = arg("--json", action="store_true")  # the shared --json flag, as add_json() adds it
NAME = arg("name")
SIZE = arg("--size", metavar="WxH")
FPS = arg("--fps", type=float)
OUTLET_KINDS = ("screen", "speaker")
PRIORITY_CHOICES = ("normal", "priority", "emergency")


def register_group(subparsers: Any, group: str, commands: tuple[Command, ...]) -> None:
    """A command group from its table: (action, handler, help, arguments) per command."""
    actions = add_actions(subparsers, group)
    for name, func, help_, args in commands:
        sp = add_command(actions, name, func, help_)
        for names, kwargs in args:
            sp.add_argument(*names, **kwargs)
