"""`ledcast db`: where the workspace's database lives (its SQLite file or a PostgreSQL
server shared by a centre's PCs), creating the schema on a server, moving a workspace
there. The database chosen for one command: `ledcast --db URL …` or LEDCAST_DB."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_DB_STATUS = QT_TRANSLATE_NOOP("Cli", "Database: {url}")
L_DB_KIND_FILE = QT_TRANSLATE_NOOP("Cli", "the workspace's SQLite file")
L_DB_KIND_SERVER = QT_TRANSLATE_NOOP("Cli", "PostgreSQL server")
L_DB_REVISION = QT_TRANSLATE_NOOP("Cli", "Schema revision: {revision} (this ledcast: {head})")


def register(subparsers: Any) -> None:
    to = arg("--to", metavar="URL", required=True, help="an empty PostgreSQL database: postgresql://USER@HOST/DB")
    url = arg("url", metavar="URL", nargs="?", help="postgresql://USER@HOST/DB (the password: PGPASSWORD or .pgpass)")
    sqlite = arg("--sqlite", action="store_true", help="use the workspace's own SQLite file again")
    register_group(
        subparsers,
        "db",
        (
            ("status", cmd_db_status, "which database the workspace uses and its schema revision", (JSON,)),
            ("init", cmd_db_init, "create the schema (and the default plan) on an empty database", (JSON,)),
            (
                "use",
                cmd_db_use,
                "make the workspace use a PostgreSQL database, or its SQLite file",
                (url, sqlite, JSON),
            ),
            ("copy", cmd_db_copy, "copy the workspace's data to an empty server database and use it", (to, JSON)),
        ),
    )


def _describe(ws) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from ledcast.core.db import location
    from ledcast.core.db.engine import current_revision, head_revision

    return {
        "url": location.shown(ws.engine.url),
        "server": location.is_server(ws.engine.url),
        "revision": current_revision(ws.engine),
        "head": head_revision(),
    }


def cmd_db_status(args: argparse.Namespace) -> int:
    d = _describe(_open(args))
    if args.json:
        _json(d)
        return 0
    kind = _t(L_DB_KIND_SERVER if d["server"] else L_DB_KIND_FILE)
    _out(_t(L_DB_STATUS).format(url=f"{d['url']} ({kind})"))
    _out(_t(L_DB_REVISION).format(revision=d["revision"], head=d["head"]))
    return 0


L_DB_READY = QT_TRANSLATE_NOOP("Cli", "The schema is ready on {url} (revision {revision}).")


def cmd_db_init(args: argparse.Namespace) -> int:
    d = _describe(_open(args))  # opening creates the schema on an empty database and refuses a foreign one
    if args.json:
        _json(d)
    else:
        _out(_t(L_DB_READY).format(url=d["url"], revision=d["revision"]))
    return 0


L_DB_USING = QT_TRANSLATE_NOOP("Cli", "The workspace now uses {url}.")


def cmd_db_use(args: argparse.Namespace) -> int:
    from ledcast.cli._common import _fail
    from ledcast.config import resolve_workspace
    from ledcast.core.db import location
    from ledcast.core.db.choice import use_database

    if bool(args.url) == bool(args.sqlite):
        return _fail(_t(QT_TRANSLATE_NOOP("Cli", "Give either a PostgreSQL address or --sqlite.")))
    root = resolve_workspace(args.workspace)
    root.mkdir(parents=True, exist_ok=True)
    # proves the choice works (and prepares an empty server database), else keeps the old one
    ws = use_database(root, None if args.sqlite else location.server_url(args.url))
    d = _describe(ws)
    ws.close()
    if args.json:
        _json(d)
    else:
        _out(_t(L_DB_USING).format(url=d["url"]))
    return 0


L_DB_COPYING = QT_TRANSLATE_NOOP("Cli", "Copying {table}…")
L_DB_COPIED = QT_TRANSLATE_NOOP("Cli", "Copied to {url}: {rows} rows in {tables} tables, counts checked.")
L_DB_CHECKSUM = QT_TRANSLATE_NOOP("Cli", "Airing log SHA-256 (workspace = server): {sha}")


def cmd_db_copy(args: argparse.Namespace) -> int:
    from ledcast.core.db.transfer import copy_to_server

    ws = _open(args)
    try:
        done = copy_to_server(ws, args.to, None if args.json else lambda t: _out(_t(L_DB_COPYING).format(table=t)))
    finally:
        ws.close()
    if args.json:
        _json({"url": done.url, "rows": done.rows, "airing_sha256": done.airing_sha256})
        return 0
    _out(_t(L_DB_COPIED).format(url=done.url, rows=sum(done.rows.values()), tables=len(done.rows)))
    _out(_t(L_DB_CHECKSUM).format(sha=done.airing_sha256))
    return 0
