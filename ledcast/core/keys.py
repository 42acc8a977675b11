"""Signing keys for the airing-log exchange (issue 13, DESIGN §5).

Each installation has one Ed25519 key pair: the private key is a file in the
workspace (keys/unit.key, mode 0600 on POSIX), the public key is handed to the
level above as a small text file and checked over the phone by its fingerprint.
Keys of other units are kept in `trusted_key`; a revoked key verifies nothing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from ledcast.core import durable
from ledcast.core.db.models import Setting, TrustedKey, Unit, utcnow
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import MAX_NAME, clean_line
from ledcast.core.text import clean_text
from ledcast.core.units import remember_unit
from ledcast.core.workspace import Workspace

KEY_DIR = "keys"
PRIVATE_NAME = "unit.key"
RETIRED_KEY = "keys.retired"  # setting: this unit's earlier public keys, newest last
MAX_KEY_FILE = 64 * 1024
HEADER = "LEDCAST PUBLIC KEY"
TRUSTED, REVOKED, RETIRED = "trusted", "revoked", "retired"  # a trusted key's status (key_statuses)

M_KEY_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "This unit already has a signing key ({fingerprint}). Replace it only on purpose (--force)."
)
M_NO_KEY = QT_TRANSLATE_NOOP("Errors", "This unit has no signing key yet: create it with “ledcast keys init”.")
M_KEY_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The signing key file {path} cannot be read: {error}")
M_BAD_KEY_FILE = QT_TRANSLATE_NOOP("Errors", "This is not a ledcast public key file: {reason}")
M_KEY_NO_UNIT = QT_TRANSLATE_NOOP("Errors", "The key file names no unit: give the unit code (--unit).")
M_KEY_FINGERPRINT = QT_TRANSLATE_NOOP(
    "Errors", "The key file's fingerprint {written} does not match its key ({actual}): the file was altered."
)
M_KEY_NOT_TRUSTED = QT_TRANSLATE_NOOP("Errors", "No trusted key for unit {code}.")
M_KEY_OWN = QT_TRANSLATE_NOOP("Errors", "{code} is this installation's own unit; its key needs no trusting.")
R_NO_KEY_LINE = QT_TRANSLATE_NOOP("Errors", "no “key:” line")
R_KEY_NOT_ED25519 = QT_TRANSLATE_NOOP("Errors", "the key is not a 32-byte Ed25519 key in base64")


@dataclass(frozen=True)
class KeyInfo:
    unit_code: str
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    added_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None


def fingerprint(public_b64: str) -> str:
    """Five groups of four base32 characters of SHA-256 of the raw key: readable over the phone."""
    digest = base64.b32encode(hashlib.sha256(base64.b64decode(public_b64)).digest()).decode("ascii")
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _raw_public(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def private_key_path(ws: Workspace) -> Path:
    return ws.path(KEY_DIR) / PRIVATE_NAME


def load_private(ws: Workspace) -> Ed25519PrivateKey:
    path = private_key_path(ws)
    if not path.exists():
        raise LedcastError(M_NO_KEY)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise LedcastError(M_KEY_UNREADABLE, path=str(path), error=str(exc)[:200]) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise LedcastError(M_KEY_UNREADABLE, path=str(path), error="not Ed25519")
    return key


def own_key(ws: Workspace) -> KeyInfo:
    """This unit's current public key (LedcastError if there is none)."""
    public = _raw_public(load_private(ws).public_key())
    return KeyInfo(_self_code(ws), public, fingerprint(public))


def _self_code(ws: Workspace) -> str:
    with ws.session() as s:
        return s.scalars(select(Unit.code).where(Unit.is_self.is_(True))).first() or ""


def init_keys(ws: Workspace, force: bool = False) -> KeyInfo:
    """Create this unit's key pair. An existing one is replaced only with `force`;
    its public key is kept in the list of retired keys (logs it signed stay checkable)."""
    path = private_key_path(ws)
    if path.exists():
        old = own_key(ws)
        if not force:
            raise LedcastError(M_KEY_EXISTS, fingerprint=old.fingerprint)
        with ws.session() as s:
            row = s.get(Setting, RETIRED_KEY) or Setting(key=RETIRED_KEY, value=[])
            entry = {"public_key": old.public_key, "fingerprint": old.fingerprint, "retired_at": utcnow().isoformat()}
            row.value = [*(row.value or []), entry]  # a new list: JSON columns see only reassignment
            s.add(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    durable.write_atomic(path, pem, mode=0o600)
    return own_key(ws)


def retired_keys(ws: Workspace) -> list[dict[str, str]]:
    with ws.session() as s:
        row = s.get(Setting, RETIRED_KEY)
        return list(row.value or []) if row is not None else []


def public_key_file(ws: Workspace) -> str:
    """The text handed to the level above: unit code and name, key, fingerprint."""
    info = own_key(ws)
    with ws.session() as s:
        name = s.scalars(select(Unit.name).where(Unit.is_self.is_(True))).first() or ""
    return f"{HEADER}\nunit: {info.unit_code}\nname: {name}\nkey: {info.public_key}\nfingerprint: {info.fingerprint}\n"


def parse_key_file(text: str) -> dict[str, str]:
    """The `field: value` lines of a public key file; the key checked to be Ed25519."""
    fields: dict[str, str] = {}
    for line in text[:MAX_KEY_FILE].splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields.setdefault(name.strip().lower(), value.strip())
    if "key" not in fields:
        raise LedcastError(M_BAD_KEY_FILE, reason=R_NO_KEY_LINE)
    try:
        raw = base64.b64decode(fields["key"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise LedcastError(M_BAD_KEY_FILE, reason=R_KEY_NOT_ED25519) from None
    fields["key"] = base64.b64encode(raw).decode("ascii")
    return fields


@dataclass(frozen=True)
class KeyFile:
    """A public key file, checked: what the operator compares over the phone."""

    unit_code: str
    unit_name: str
    public_key: str
    fingerprint: str


def read_key_file(ws: Workspace, file_text: str, unit_code: str | None = None) -> KeyFile:
    """Check another unit's public key file without trusting it yet (`unit_code`
    overrides the file's); LedcastError with the reason when it cannot be trusted."""
    fields = parse_key_file(file_text)
    code = clean_line(unit_code or fields.get("unit", ""), 64)
    if not code:
        raise LedcastError(M_KEY_NO_UNIT)
    if code == _self_code(ws):
        raise LedcastError(M_KEY_OWN, code=code)
    public = fields["key"]
    actual = fingerprint(public)
    written = fields.get("fingerprint", "").upper()
    if written and written != actual:
        raise LedcastError(M_KEY_FINGERPRINT, written=written[:40], actual=actual)
    return KeyFile(code, clean_text(fields.get("name", ""))[:MAX_NAME], public, actual)


def trust(ws: Workspace, file_text: str, unit_code: str | None = None) -> KeyInfo:
    """Trust another unit's key from its public key file (`unit_code` overrides the
    file's). A new key for a unit replaces (revokes) the one trusted before."""
    return trust_key(ws, read_key_file(ws, file_text, unit_code))


def trust_key(ws: Workspace, key: KeyFile) -> KeyInfo:
    """Trust a key file read by read_key_file (after the operator compared its fingerprint)."""
    code, public = key.unit_code, key.public_key
    now = utcnow()
    with ws.session() as s:
        remember_unit(s, code, key.unit_name)
        active = s.scalars(select(TrustedKey).where(TrustedKey.unit_code == code, TrustedKey.revoked_at.is_(None)))
        for row in active:
            if row.public_key == public:
                return _info(row)
            row.revoked_at = now
        row = TrustedKey(unit_code=code, public_key=public, fingerprint=key.fingerprint, added_at=now)
        s.add(row)
        s.flush()
        return _info(row)


def _info(row: TrustedKey) -> KeyInfo:
    return KeyInfo(row.unit_code, row.public_key, row.fingerprint, row.added_at, row.revoked_at)


def list_trusted(ws: Workspace, include_revoked: bool = True) -> list[KeyInfo]:
    with ws.session() as s:
        q = select(TrustedKey).order_by(TrustedKey.unit_code, TrustedKey.id)
        if not include_revoked:
            q = q.where(TrustedKey.revoked_at.is_(None))
        return [_info(r) for r in s.scalars(q)]


def key_statuses(rows: list[KeyInfo]) -> list[str]:
    """Per key of list_trusted() (by unit, oldest first): "trusted"; "retired" when a
    newer key of its unit came after it; otherwise "revoked"."""
    out = []
    for n, k in enumerate(rows):
        newer = n + 1 < len(rows) and rows[n + 1].unit_code == k.unit_code
        out.append(TRUSTED if k.revoked_at is None else RETIRED if newer else REVOKED)
    return out


def trusted_key(ws: Workspace, code: str) -> KeyInfo | None:
    """The key (not revoked) that unit `code`'s logs must be signed with."""
    with ws.session() as s:
        row = s.scalars(select(TrustedKey).where(TrustedKey.unit_code == code, TrustedKey.revoked_at.is_(None))).first()
        return _info(row) if row is not None else None


def revoke(ws: Workspace, code: str) -> int:
    """Revoke unit `code`'s trusted key(s): its logs are refused from now on."""
    code = clean_line(code or "", 64)
    with ws.session() as s:
        rows = list(s.scalars(select(TrustedKey).where(TrustedKey.unit_code == code, TrustedKey.revoked_at.is_(None))))
        if not rows:
            raise LedcastError(M_KEY_NOT_TRUSTED, code=code)
        for row in rows:
            row.revoked_at = utcnow()
        return len(rows)
