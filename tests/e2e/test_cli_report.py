"""`ledcast report` end to end: the terminal table, JSON, XLSX and CSV files, refusals."""

from __future__ import annotations

from openpyxl import load_workbook
from test_cli import Cli, cli  # noqa: F401 - the fixture

OUTLET = "Loa trung tâm xã"


def _log(cli: Cli) -> None:  # noqa: F811
    cli("outlet", "add", OUTLET, "--kind", "speaker", ok=True)
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    for day in ("01", "02", "03"):  # one bulletin aired three times: one item
        cli(
            "airing", "add", "--title", "Bản tin chuyển đổi số", "--outlet", OUTLET, "--task", "NV1,NV3",
            "--start", f"2025-03-{day}T06:00", "--end", f"2025-03-{day}T06:10",
        ok=True)  # fmt: skip
    cli(
        "airing", "add", "--title", "Nhạc", "--outlet", OUTLET,
        "--start", "2025-03-04T06:00", "--end", "2025-03-04T06:03",
    ok=True)  # fmt: skip


def test_json_table_and_files(cli: Cli, tmp_path) -> None:  # noqa: F811
    _log(cli)
    data = cli.json("report", "--quarter", "2025Q1", "--format", "json")
    rows = {(r["task"], r["channel"]): r for r in data["rows"]}
    assert (data["from"], data["to"], data["units"]) == ("2025-01-01", "2025-03-31", ["XA-TC"])
    assert rows[("NV1", "speaker")] | {} == {
        "task": "NV1", "channel": "speaker", "airings": 3, "items": 1, "minutes": 30.0,
        "target": {"min": 1, "max": 5, "per": "period"}, "progress_items": 1, "status": "met",
    }  # fmt: skip
    assert rows[("NV3", "speaker")]["items"] == 1 and rows[("NV2", "speaker")]["status"] == "below"
    assert rows[("", "speaker")]["minutes"] == 3.0  # outside the plan
    assert [m["month"] for m in data["by_month"]] == ["2025-03", "2025-03", "2025-03"]

    table = cli("report", "--from", "2025-03-01", "--to", "2025-03-31", lang="vi", ok=True).stdout
    assert "NV1" in table and "Đạt" in table and "Chưa đạt" in table

    xlsx = tmp_path / "bao-cao.xlsx"
    out = cli("report", "--month", "2025-03", "--format", "xlsx", "--out", str(xlsx), lang="vi", ok=True)
    assert str(xlsx) in out.stdout
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Báo cáo", "Theo tháng", "Theo đơn vị"]
    heads = [c.value for c in wb.worksheets[0][7]]
    assert heads[:6] == ["Nhiệm vụ", "Tên nhiệm vụ", "Hình thức", "Lượt phát", "Số tin, bài", "Số phút"]
    nv1 = [c.value for c in wb.worksheets[0][8]]
    assert nv1[0] == "NV1" and nv1[3:6] == [3, 1, 30] and nv1[6:] == ["1 / 1–5 (cả giai đoạn kế hoạch)", "Đạt"]

    csv_file = tmp_path / "bao-cao.csv"
    cli("report", "--month", "2025-03", "--format", "csv", "--out", str(csv_file), ok=True)
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").splitlines()[0].startswith("Task,Task name")


def test_refusals_are_one_line(cli: Cli, tmp_path) -> None:  # noqa: F811
    _log(cli)
    for args in (
        ("--from", "2025-03-05", "--to", "2025-03-01"),
        ("--from", "2025-03-05"),
        ("--month", "2025-13"),
        ("--quarter", "2025Q1", "--unit", "XA-KHONG"),
        ("--quarter", "2025Q1", "--plan", "KHONG-CO"),
        ("--quarter", "2025Q1", "--format", "xlsx"),
        ("--quarter", "2025Q1", "--out", str(tmp_path / "none" / "x.xlsx")),
    ):
        res = cli("report", *args)
        assert res.returncode == 1, args
        assert len(res.stderr.strip().splitlines()) == 1 and res.stderr.startswith("ledcast: "), res.stderr
    assert not list(tmp_path.glob("**/*.xlsx"))
    zeros = cli.json("report", "--year", "2024", "--all-units", "--format", "json")
    assert zeros["units"] == ["*"] and all(r["airings"] == 0 for r in zeros["rows"])


def test_pdf_with_place_and_signer_and_no_qt(cli: Cli, tmp_path) -> None:  # noqa: F811
    import json
    import os
    import subprocess
    import sys
    import unicodedata

    import pypdf
    from test_cli import REPO_ROOT

    _log(cli)
    res = cli("report", "--month", "2025-03", "--format", "pdf")  # a PDF needs --out
    assert res.returncode == 1 and len(res.stderr.strip().splitlines()) == 1
    out = tmp_path / "bao-cao.pdf"
    args = ["report", "--month", "2025-03", "--format", "pdf", "--out", str(out)]
    args += ["--place", "Tân Cương", "--signer", "Nguyễn Văn An", "--signer-title", "Chủ tịch"]
    args += ["--recipients", "Phòng Văn hóa - Thông tin"]  # for this report only
    probe = (
        "import json, sys, ledcast.cli\n"
        f"rc = ledcast.cli.main(['--workspace', {str(cli.ws)!r}, *{args!r}])\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(json.dumps({'rc': rc, 'qt': qt, 'reportlab': 'reportlab' in sys.modules}))\n"
    )
    env = dict(os.environ, LEDCAST_LANG="vi")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"rc": 0, "qt": [], "reportlab": True}
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    text = unicodedata.normalize("NFC", text)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "XÃ TÂN CƯƠNG" in text
    assert "Tân Cương, ngày" in text and "CHỦ TỊCH" in text and "Nguyễn Văn An" in text
    assert "Kỳ báo cáo: tháng 3/2025" in text and "Loa 3 1 30.0" in text
    assert "Kính gửi: Phòng Văn hóa - Thông tin" in text and "Nơi nhận: - Như trên; - Lưu: VT." in text
    assert not list(tmp_path.glob(".*.part"))
    assert cli.json("settings", "report", "--json")["recipients"] == []  # the override was not stored


def test_settings_report_stores_the_letterhead(cli: Cli) -> None:  # noqa: F811
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    shown = cli.json("settings", "report", "--json")
    assert shown == {
        "unit_name": "Xã Tân Cương", "parent": "", "place": "", "signer_title": "THỦ TRƯỞNG ĐƠN VỊ", "signer_name": "",
        "recipients": [],
    }  # fmt: skip
    cli("settings", "report", "--place", "Tân Cương", "--signer-title", "Chủ tịch", "--signer", "Lê Văn C", ok=True)
    shown = cli.json("settings", "report", "--parent", "UBND huyện Đại Từ", "--json")
    assert (shown["parent"], shown["place"], shown["signer_title"], shown["signer_name"]) == (
        "UBND huyện Đại Từ", "Tân Cương", "Chủ tịch", "Lê Văn C",
    )  # fmt: skip
    cleared = cli.json("settings", "report", "--clear", "signer", "--clear", "signer-title", "--json")
    assert (cleared["signer_name"], cleared["signer_title"], cleared["place"]) == ("", "THỦ TRƯỞNG ĐƠN VỊ", "Tân Cương")


def test_settings_report_stores_the_recipients(cli: Cli, tmp_path) -> None:  # noqa: F811
    """--recipients: ";" (or a new line) between them; the PDF then says whom it is sent to."""
    import unicodedata

    import pypdf

    _log(cli)
    shown = cli.json("settings", "report", "--recipients", "Trung tâm VHTT huyện; UBND xã\nĐảng ủy xã", "--json")
    assert shown["recipients"] == ["Trung tâm VHTT huyện", "UBND xã", "Đảng ủy xã"]
    plain = cli("settings", "report", ok=True).stdout
    assert "Trung tâm VHTT huyện; UBND xã; Đảng ủy xã" in plain
    out = tmp_path / "bc.pdf"
    cli("report", "--month", "2025-03", "--format", "pdf", "--out", str(out), ok=True)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    text = unicodedata.normalize("NFC", text)
    assert "Kính gửi: - Trung tâm VHTT huyện; - UBND xã; - Đảng ủy xã." in text
    assert cli.json("settings", "report", "--clear", "recipients", "--json")["recipients"] == []
    res = cli("settings", "report", "--recipients", ";".join(f"Xã {i}" for i in range(11)))
    assert res.returncode == 1 and len(res.stderr.strip().splitlines()) == 1
