"""Command line: `ledcast` alone opens the GUI; subcommands work headless and
never import Qt, so they start fast (DESIGN §4).

The command groups are listed in GROUPS and imported lazily: `ledcast --help`
lists them from the table, and running a command imports only its group's
module. A new group is one module here with `register(subparsers)` (see
plan.py) plus one line in GROUPS."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from ledcast import __version__
from ledcast.cli._common import L_CANCELLED, _err, _fail, _Parser, _t
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "unexpected error: {error} (details in {log})")
L_UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP("Cli", "unexpected error: {error} (set LEDCAST_DEBUG=1 for details)")

# name → (module whose register() adds the group's parser, help in `ledcast --help`); the order is the help's.
GROUPS: dict[str, tuple[str, str]] = {
    "plan": ("ledcast.cli.plan", "show, import or export communication plans"),
    "unit": ("ledcast.cli.unit", "this installation's unit"),
    "outlet": ("ledcast.cli.outlet", "screens and loudspeaker systems"),
    "playlist": ("ledcast.cli.playlist", "playlists for outlets"),
    "export": ("ledcast.cli.export", "write programmes for screens and loudspeakers"),
    "settings": ("ledcast.cli.settings", "workspace settings"),
    "cache": ("ledcast.cli.cache", "the cache of rendered segments (speeds up re-exports)"),
    "agenda": ("ledcast.cli.agenda", "what plays when on each outlet"),
    "media": ("ledcast.cli.media", "the media library"),
    "slide": ("ledcast.cli.slide", "text slides for screens"),
    "airing": ("ledcast.cli.airing", "the airing log: what aired, confirmed, corrected, listed"),
    "report": ("ledcast.cli.report", "results against the plan's targets for a period (table, XLSX, CSV, JSON, PDF)"),
    "keys": ("ledcast.cli.keys", "signing keys: this unit's, and the trusted keys of other units"),
    "db": ("ledcast.cli.db", "the workspace's database: its SQLite file or a PostgreSQL server"),
    "play": ("ledcast.cli.play", "air a playlist once from this PC, logging each airing (loads Qt)"),
    "playout": ("ledcast.cli.playout", "automatic play-out of the agenda from this PC until Ctrl+C (loads Qt)"),
    "demo": ("ledcast.cli.demo", "load the demo content (a small example to export at once), or --remove it"),
}


class _LazyGroups(argparse._SubParsersAction):
    """The root's COMMAND: every group of GROUPS is first an empty placeholder
    (enough for the help and the choices); when argparse reaches the group being
    run, its module is imported and its register() puts the real parser in the
    placeholder's place, so help order and error messages stay the same."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._placeholders: set[str] = set()

    def add_placeholder(self, name: str, help_: str) -> None:
        super().add_parser(name, help=help_)
        self._placeholders.add(name)

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if name not in self._placeholders:
            return super().add_parser(name, **kwargs)
        if kwargs.get("help") is None:
            kwargs["help"] = GROUPS[name][1]
        order = list(self._name_parser_map)
        at = next(i for i, a in enumerate(self._choices_actions) if a.dest == name)
        del self._name_parser_map[name], self._choices_actions[at]
        self._placeholders.discard(name)
        parser = super().add_parser(name, **kwargs)
        self._choices_actions.insert(at, self._choices_actions.pop())
        for key in order:  # back in table order (the "choose from …" of an error)
            self._name_parser_map[key] = self._name_parser_map.pop(key)
        return parser

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        name = values[0] if values else None
        if name in self._placeholders:
            importlib.import_module(GROUPS[name][0]).register(self)
            if name in self._placeholders:  # a wrong table row, not an operator's mistake
                raise RuntimeError(f"{GROUPS[name][0]}.register() did not add the {name!r} group")
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ledcast", description="ledcast – loudspeaker and LED screen programmes")
    p.add_argument("--version", action="version", version=f"ledcast {__version__}")
    p.add_argument("--workspace", metavar="DIR", help="workspace folder (or LEDCAST_WORKSPACE)")
    p.add_argument(
        "--debug",
        action="store_true",
        help="log details into the workspace's logs/ledcast.log and show errors' tracebacks (or LEDCAST_DEBUG=1)",
    )
    p.add_argument(
        "--lang", choices=("vi", "en"), help="interface language (default: the Settings page's choice, else vi)"
    )
    p.add_argument("--db", metavar="URL", help="a PostgreSQL database for this command (or LEDCAST_DB)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", action=_LazyGroups)
    for name, (_module, help_) in GROUPS.items():
        sub.add_placeholder(name, help_)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    # a frozen (PyInstaller) build started as the exchange import's checking child runs that child here
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["LEDCAST_LANG"] = args.lang
    if args.debug:  # through the environment, so the GUI and child processes see it too
        os.environ["LEDCAST_DEBUG"] = "1"
    if args.db:  # through the environment: child processes (the export's, the import's) use it too
        os.environ["LEDCAST_DB"] = args.db
    if not getattr(args, "func", None):
        from ledcast.qt.app import run_gui

        return run_gui(args.workspace)
    from ledcast.core.errors import LedcastError
    from ledcast.core.i18n import translate

    try:
        code = int(args.func(args) or 0)
        _log_end(args, code)
        return code
    except LedcastError as exc:
        return _fail(exc.message(translate))
    except KeyboardInterrupt:
        return _fail(_t(L_CANCELLED))
    except BrokenPipeError:  # `ledcast … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one line for the operator, the traceback in the log
        return _unexpected(exc)


def _log_end(args: argparse.Namespace, code: int) -> None:
    """The command's end in the workspace log (when it opened one): imports and exports are found there."""
    from ledcast.core import app_log

    if app_log.current_log() is not None:
        took = time.perf_counter() - _STARTED
        name = " ".join(filter(None, (args.command, getattr(args, "sub", None))))
        app_log.log.info("%s: finished, exit code %d, %.1f s", name, code, took)


_STARTED = time.perf_counter()  # for the log's "finished … in N s"


LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1024 * 1024


def log_dir() -> str:
    """Where unexpected errors are logged: LEDCAST_LOG_DIR, else the user log folder."""
    import platformdirs

    return os.environ.get("LEDCAST_LOG_DIR") or platformdirs.user_log_dir("ledcast", appauthor=False)


def _unexpected(exc: BaseException) -> int:
    """Log the traceback (the workspace's log once a workspace is open, else errors.log in
    the user log folder) and say so in one line; in debug mode the traceback goes to stderr."""
    from ledcast.core import app_log

    logged = app_log.log_exception(exc, "unexpected error") if app_log.current_log() else None
    if app_log.debug_enabled():
        raise exc
    error = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]}"
    try:
        path = str(logged) if logged else _write_log(exc)
    except OSError:
        _err("ledcast: " + _t(L_UNEXPECTED_NO_LOG).format(error=error))
    else:
        _err("ledcast: " + _t(L_UNEXPECTED).format(error=error, log=path))
    return 2


def _write_log(exc: BaseException) -> str:
    """Append the traceback to the error log (created on first use; one
    older generation kept when it grows past 1 MB)."""
    import datetime as dt
    import traceback
    from pathlib import Path

    folder = Path(log_dir())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        os.replace(path, folder / (LOG_NAME + ".1"))
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} ledcast {__version__} argv={sys.argv[1:]!r}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return str(path)
