"""`ledcast keys`: this unit's signing key and the trusted keys of other units (airing-log exchange)."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_KEY_CREATED = QT_TRANSLATE_NOOP("Cli", "Created the signing key of {code}. Fingerprint: {fingerprint}")
L_KEY_REPLACED = QT_TRANSLATE_NOOP("Cli", "The old key {fingerprint} is kept as retired.")
L_KEY_SEND = QT_TRANSLATE_NOOP(
    "Cli", "Send the public key (ledcast keys show --out FILE) to the level above and read them the fingerprint."
)
L_KEY_WROTE = QT_TRANSLATE_NOOP("Cli", "Wrote the public key of {code} to {path}. Fingerprint: {fingerprint}")
L_KEY_TRUSTED = QT_TRANSLATE_NOOP(
    "Cli", "Trusted the key of {code}. Fingerprint: {fingerprint} — check it with the unit by phone."
)
L_KEY_ROW = QT_TRANSLATE_NOOP("Cli", "{code}  {fingerprint}  added {added}")
L_KEY_ROW_REVOKED = QT_TRANSLATE_NOOP("Cli", "{code}  {fingerprint}  added {added}, revoked {revoked}")
L_NO_KEYS = QT_TRANSLATE_NOOP("Cli", "No trusted keys yet.")
L_KEY_REVOKED = QT_TRANSLATE_NOOP("Cli", "Revoked the key of {code}: its logs are refused from now on.")
L_KEY_FILE = QT_TRANSLATE_NOOP("Cli", "Cannot read {path}: {error}")


def register(subparsers: Any) -> None:
    register_group(
        subparsers,
        "keys",
        (
            ("init", cmd_init, "create this unit's signing key", (arg("--force", action="store_true"),)),
            ("show", cmd_show, "print (or write) this unit's public key file", (arg("--out", metavar="FILE"),)),
            ("trust", cmd_trust, "trust another unit's public key file", (arg("file"), arg("--unit", metavar="CODE"))),
            ("list", cmd_list, "the trusted keys", (JSON,)),
            ("revoke", cmd_revoke, "stop trusting a unit's key", (arg("code"),)),
        ),
    )


def _date(value: Any) -> str:
    return f"{value:%Y-%m-%d}" if value is not None else ""


def cmd_init(args: argparse.Namespace) -> int:
    from ledcast.core import keys

    ws = _open(args)
    before = keys.retired_keys(ws)
    info = keys.init_keys(ws, force=args.force)
    _out(_t(L_KEY_CREATED).format(code=info.unit_code, fingerprint=info.fingerprint))
    retired = keys.retired_keys(ws)
    if len(retired) > len(before):
        _out(_t(L_KEY_REPLACED).format(fingerprint=retired[-1]["fingerprint"]))
    _out(_t(L_KEY_SEND))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ledcast.core import durable, keys

    ws = _open(args)
    text = keys.public_key_file(ws)
    if args.out is None:
        for line in text.splitlines():
            _out(line)
        return 0
    info = keys.own_key(ws)
    durable.write_atomic(Path(args.out), text.encode("utf-8"))
    _out(_t(L_KEY_WROTE).format(code=info.unit_code, path=args.out, fingerprint=info.fingerprint))
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from ledcast.core import keys
    from ledcast.core.errors import LedcastError

    try:
        with open(args.file, encoding="utf-8", errors="replace") as f:
            text = f.read(keys.MAX_KEY_FILE)
    except OSError as exc:
        raise LedcastError(_t(L_KEY_FILE).format(path=args.file, error=exc.strerror or str(exc))) from exc
    info = keys.trust(_open(args), text, args.unit)
    _out(_t(L_KEY_TRUSTED).format(code=info.unit_code, fingerprint=info.fingerprint))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ledcast.core import keys

    rows = keys.list_trusted(_open(args))
    if args.json:
        _json(
            [
                {
                    "unit_code": k.unit_code,
                    "fingerprint": k.fingerprint,
                    "public_key": k.public_key,
                    "added_at": k.added_at.isoformat() if k.added_at else None,
                    "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
                }
                for k in rows
            ]
        )
        return 0
    if not rows:
        _out(_t(L_NO_KEYS))
    for k in rows:
        template = L_KEY_ROW if k.revoked_at is None else L_KEY_ROW_REVOKED
        _out(
            _t(template).format(
                code=k.unit_code, fingerprint=k.fingerprint, added=_date(k.added_at), revoked=_date(k.revoked_at)
            )
        )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from ledcast.core import keys

    keys.revoke(_open(args), args.code)
    _out(_t(L_KEY_REVOKED).format(code=args.code))
    return 0
