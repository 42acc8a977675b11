"""`ledcast keys` and `ledcast airing export/import` end to end: two workspaces, one trusting the other."""

from __future__ import annotations

import json
import os
import stat

from test_cli import Cli, cli  # noqa: F401 - the fixture

OUTLET = "Loa trung tâm xã"


def test_keys_export_import_between_two_units(cli: Cli, tmp_path) -> None:  # noqa: F811
    a, b = cli, Cli(tmp_path / "ws-b", cli.cwd)
    a("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    b("unit", "set", "--code", "HUYEN-DT", "--name", "Huyện Đại Từ", ok=True)
    assert "ledcast keys init" in a("airing", "export", "--out", str(tmp_path / "x.json"), ok=False).stderr
    made = a("keys", "init", ok=True).stdout
    assert "Fingerprint:" in made
    assert "already has a signing key" in a("keys", "init", ok=False).stderr
    key_file = tmp_path / "xa-tc.pub"
    shown = a("keys", "show", "--out", str(key_file), ok=True).stdout
    fingerprint = shown.rsplit("Fingerprint: ", 1)[1].strip()
    assert fingerprint in key_file.read_text("utf-8") and "unit: XA-TC" in key_file.read_text("utf-8")
    if os.name != "nt":
        assert stat.S_IMODE((a.ws / "keys" / "unit.key").stat().st_mode) == 0o600
    assert fingerprint in b("keys", "trust", str(key_file), ok=True).stdout
    assert [k["fingerprint"] for k in b.json("keys", "list", "--json")] == [fingerprint]

    a("outlet", "add", OUTLET, "--kind", "speaker", ok=True)
    for hour in ("06", "07"):
        a("airing", "add", "--title", f"Tin {hour} giờ", "--outlet", OUTLET, "--start", f"2026-11-30T{hour}:00",
          "--end", f"2026-11-30T{hour}:05", ok=True)  # fmt: skip
    log = tmp_path / "nhat-ky.json"
    sent = a.json("airing", "export", "--out", str(log), "--since-last", "--json")
    assert sent["records"] == 2 and sent["fingerprint"] == fingerprint
    assert a.json("airing", "export", "--out", str(tmp_path / "none.json"), "--since-last", "--json")["records"] == 0
    assert (
        "not both" in a("airing", "export", "--out", str(log), "--since-last", "--from", "2026-11-30", ok=False).stderr
    )

    res = b("airing", "import", str(log), ok=True)
    assert "2 new airing(s) of XA-TC, 0 already in the log" in res.stdout
    listed = b.json("airing", "list", "--recorded-how", "imported", "--json")["airings"]
    assert sorted(r["title"] for r in listed) == ["Tin 06 giờ", "Tin 07 giờ"]
    assert b.json("airing", "import", str(log), "--json")[0] | {"path": ""} == {
        "path": "", "unit": "XA-TC", "new": 0, "known": 2, "conflicts": [], "rejected": None,
    }  # fmt: skip

    bad = tmp_path / "bad.json"
    doc = json.loads(log.read_text("utf-8"))
    doc["records"][0]["media_title"] = "Tin giả"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    res = b("airing", "import", str(log), str(bad), ok=False)  # one refused file: exit 1, the other still read
    assert "0 new airing(s)" in res.stdout and "REFUSED, nothing imported: the signature does not match" in res.stdout
    vi = b("airing", "import", str(bad), lang="vi", ok=False).stdout
    assert "signature does not match" not in vi  # the reason in the operator's language
    three = b("airing", "import", str(log), str(bad), str(log), "--json", lang="vi", ok=False)  # a checking child
    assert [(r["new"], r["known"], bool(r["rejected"])) for r in json.loads(three.stdout)] == [
        (0, 2, False), (0, 0, True), (0, 2, False),
    ]  # fmt: skip
    assert "signature does not match" not in json.loads(three.stdout)[1]["rejected"]  # translated here

    assert "Revoked the key of XA-TC" in b("keys", "revoke", "XA-TC", ok=True).stdout
    assert "was revoked" in b("airing", "import", str(log), ok=False).stdout
    assert "revoked" in b("keys", "list", ok=True).stdout
