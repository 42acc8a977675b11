"""Signing keys: init (refusing to overwrite, --force retiring), the public key file, trust and revoke."""

from __future__ import annotations

import os
import stat

import pytest

from ledcast.core import keys
from ledcast.core.errors import LedcastError
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit


@pytest.fixture
def ws(workspace):  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    return workspace


def test_init_writes_a_private_key_only_the_owner_reads(ws) -> None:  # type: ignore[no-untyped-def]
    info = keys.init_keys(ws)
    path = keys.private_key_path(ws)
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert info.unit_code == "XA-TC"
    groups = info.fingerprint.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert keys.own_key(ws).fingerprint == info.fingerprint == keys.fingerprint(info.public_key)  # stable
    assert not list(path.parent.glob("*.part"))


def test_init_refuses_to_overwrite_and_force_retires_the_old_key(ws) -> None:  # type: ignore[no-untyped-def]
    first = keys.init_keys(ws)
    with pytest.raises(LedcastError, match="already has a signing key"):
        keys.init_keys(ws)
    assert keys.own_key(ws) == first
    second = keys.init_keys(ws, force=True)
    assert second.public_key != first.public_key
    assert [(r["public_key"], r["fingerprint"]) for r in keys.retired_keys(ws)] == [
        (first.public_key, first.fingerprint)
    ]


def test_public_key_file_names_the_unit_and_trust_round_trip(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mine = keys.init_keys(ws)
    text = keys.public_key_file(ws)
    assert "unit: XA-TC" in text and "name: Xã Tân Cương" in text and mine.fingerprint in text
    other = open_for_use(tmp_path / "huyen")
    try:
        set_self_unit(other, "HUYEN-DH", "Huyện Đại Từ")
        got = keys.trust(other, text)
        assert (got.unit_code, got.fingerprint) == ("XA-TC", mine.fingerprint)
        assert keys.trust(other, text) == got  # trusting the same key twice changes nothing
        assert [k.fingerprint for k in keys.list_trusted(other)] == [mine.fingerprint]
        keys.trust(other, text, unit_code="XA-KHAC")  # the operator names the unit
        assert keys.trusted_key(other, "XA-KHAC").public_key == mine.public_key
        assert keys.revoke(other, "XA-TC") == 1
        assert keys.trusted_key(other, "XA-TC") is None
        assert keys.list_trusted(other, include_revoked=False)[0].unit_code == "XA-KHAC"
        with pytest.raises(LedcastError, match="No trusted key"):
            keys.revoke(other, "XA-TC")
    finally:
        other.close()


def test_a_new_key_for_a_unit_replaces_the_old_one(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys.init_keys(ws)
    old_text = keys.public_key_file(ws)
    keys.init_keys(ws, force=True)
    new_text = keys.public_key_file(ws)
    other = open_for_use(tmp_path / "huyen")
    try:
        keys.trust(other, old_text)
        new = keys.trust(other, new_text)
        assert keys.trusted_key(other, "XA-TC") == new
        assert [k.revoked_at is not None for k in keys.list_trusted(other)] == [True, False]
    finally:
        other.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no “key:” line"),
        ("unit: X\nkey: not base64!!\n", "not a 32-byte Ed25519 key"),
        ("unit: X\nkey: AAAA\n", "not a 32-byte Ed25519 key"),
        ("key: " + "A" * 43 + "=\n", "names no unit"),
    ],
)
def test_bad_key_files_are_refused(ws, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError, match=message):
        keys.trust(ws, text)
    assert keys.list_trusted(ws) == []


def test_an_altered_fingerprint_or_own_unit_is_refused(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys.init_keys(ws)
    text = keys.public_key_file(ws)
    with pytest.raises(LedcastError, match="own unit"):
        keys.trust(ws, text)
    other = open_for_use(tmp_path / "huyen")
    try:
        fp = keys.own_key(ws).fingerprint
        with pytest.raises(LedcastError, match="does not match"):
            keys.trust(other, text.replace(fp, "AAAA-AAAA-AAAA-AAAA-AAAA"))
        assert keys.list_trusted(other) == []
    finally:
        other.close()
