"""The official PDF report (issue 12): written from a log of known airings, read
back with pypdf (the administrative header, the title, the unit, task names with
their diacritics, the counts) and rendered with pypdfium2 (A4, not blank)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pypdf
import pytest
from test_report import build_log

from ledcast.core.errors import LedcastError
from ledcast.core.report import Report, report
from ledcast.core.report_file import write_report
from ledcast.core.report_letterhead import DEFAULT_SIGNER_TITLE, letterhead, save_letterhead
from ledcast.core.report_pdf import MOTTO_1, MOTTO_2, period_line
from ledcast.core.report_period import Period
from ledcast.core.units import set_self_unit

DPI = 100


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def flat(text: str) -> str:
    """pypdf's text with its line breaks and spacing folded, for phrase search."""
    return " ".join(nfc(text).split())


def dark(img, below: int = 100) -> int:  # type: ignore[no-untyped-def]
    """Pixels of a greyscale image darker than `below`."""
    return sum(img.histogram()[:below])


def pdf_text(path: Path) -> list[str]:
    return [flat(p.extract_text()) for p in pypdf.PdfReader(path).pages]


@pytest.fixture
def ws(workspace, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LEDCAST_LANG", "vi")
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    build_log(workspace)
    # decomposed input (as some keyboards type it) must come out NFC
    save_letterhead(workspace, parent="UBND thành phố Thái Nguyên", place=unicodedata.normalize("NFD", "Tân Cương"))
    save_letterhead(workspace, signer_title="TM. Ủy ban nhân dân", signer_name="Nguyễn Văn An")
    return workspace


def test_text_has_the_administrative_form_and_the_counts(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.quarter("2025Q1"), ["*"])
    out = write_report(r, tmp_path / "bc.pdf", head=letterhead(ws))
    assert out.read_bytes().startswith(b"%PDF")
    pages = pdf_text(out)
    first, everything = pages[0], " ".join(pages)
    for phrase in (MOTTO_1, MOTTO_2, "BÁO CÁO", "XÃ TÂN CƯƠNG", "UBND THÀNH PHỐ THÁI NGUYÊN"):
        assert phrase in first, phrase
    assert "Tân Cương, ngày" in first and "Kỳ báo cáo: quý I/2025" in first
    assert "Kết quả thực hiện Kế hoạch tuyên truyền Đề án chuyển đổi số" in first
    assert "Phát triển hạ tầng số tỉnh Thái Nguyên" in first  # NV1's name, diacritics intact
    assert "Nâng cao hiệu quả, chất lượng cung cấp" in first
    # NV1 on loudspeakers: 25 airings, 6 items, 125.0 minutes, met above the maximum
    assert "Loa 25 6 125.0 1–5 (cả giai đoạn kế hoạch) Vượt" in first
    total = r.totals()
    assert f"Tổng cộng {total.airings} {total.minutes}" in everything
    assert "Theo tháng" in everything and "1/20" in everything  # January: the bulletin, 20 airings
    assert "XA-PL" in everything and "XA-TC — Xã Tân Cương" in everything  # by unit
    assert "Nơi nhận:" in everything and "TM. ỦY BAN NHÂN DÂN" in everything and "Nguyễn Văn An" in everything
    assert len(pages) >= 2 and pages[1].startswith("2 ")  # page numbers from page 2, top centre
    assert not list(tmp_path.glob(".*.part"))


def test_page_one_renders_as_a4_with_the_header_inked(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    out = write_report(report(ws, Period.month("2025-03")), tmp_path / "bc.pdf", head=letterhead(ws))
    doc = pdfium.PdfDocument(str(out))
    try:
        page = doc[0]
        assert (round(page.get_width()), round(page.get_height())) == (595, 842)  # A4 portrait in points
        img = page.render(scale=DPI / 72).to_pil().convert("L")
    finally:
        doc.close()
    a4 = (210 / 25.4 * DPI, 297 / 25.4 * DPI)
    assert abs(img.width - a4[0]) <= 1 and abs(img.height - a4[1]) <= 1
    top = img.crop((0, 0, img.width, img.height // 6))  # the header band
    assert dark(top) > 500
    margin = img.crop((0, 0, img.width, int(18 / 25.4 * DPI)))  # above the 20 mm top margin: nothing on page 1
    assert dark(margin, 200) == 0
    body = img.crop((0, img.height // 3, img.width, img.height))  # the table below the title
    assert dark(body) > 5000


def test_english_ui_keeps_the_fixed_vietnamese_phrases(ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LEDCAST_LANG", "en")
    out = write_report(report(ws, Period.month("2025-03")), tmp_path / "bc.pdf", head=letterhead(ws))
    text = " ".join(pdf_text(out))
    assert MOTTO_1 in text and "BÁO CÁO" in text and "Nơi nhận:" in text
    assert "Period: month 3/2025" in text and "Results by task and channel" in text


def test_empty_period_is_a_report_of_zeros(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.year(2023))
    assert all(x.counts.airings == 0 for x in r.rows) and r.by_month == []
    text = " ".join(pdf_text(write_report(r, tmp_path / "zero.pdf")))  # no letterhead: blanks
    assert "Kỳ báo cáo: năm 2023" in text and "Tổng cộng 0 0.0" in text
    assert DEFAULT_SIGNER_TITLE in text and "……" in text


def test_two_line_title_and_the_signature_never_alone(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head = letterhead(ws, signer_title="TM. Ủy ban nhân dân / Chủ tịch")
    out = write_report(report(ws, Period.year(2023)), tmp_path / "bc.pdf", head=head)
    reader = pypdf.PdfReader(out)
    lines = [nfc(x.strip()) for x in reader.pages[-1].extract_text().splitlines()]
    assert "TM. ỦY BAN NHÂN DÂN" in lines and "CHỦ TỊCH" in lines
    last = flat(reader.pages[-1].extract_text())
    assert "Nơi nhận:" in last and "NV8 — Ứng dụng nền tảng AI" in last  # the last chart shares its page


def test_bad_path_is_one_error_and_leaves_nothing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.quarter("2025Q1"))
    with pytest.raises(LedcastError) as err:
        write_report(r, tmp_path / "missing" / "bc.pdf")
    assert "bc.pdf" in str(err.value.message(lambda c, t: t))
    taken = tmp_path / "taken.pdf"  # a folder of that name: the finished file cannot replace it
    taken.mkdir()
    with pytest.raises(LedcastError):
        write_report(r, taken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf", "ws"] and not any(taken.iterdir())


def test_period_lines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LEDCAST_LANG", "vi")

    def line(p: Period) -> str:
        return period_line(Report("P", "P", ["X"], p, dt.datetime(2025, 4, 1), [], []))

    assert line(Period.month("2025-03")) == "Kỳ báo cáo: tháng 3/2025"
    assert line(Period.quarter("2025Q4")) == "Kỳ báo cáo: quý IV/2025"
    assert line(Period.half("2025H1")) == "Kỳ báo cáo: 6 tháng đầu năm 2025"
    assert line(Period.half("2025H2")) == "Kỳ báo cáo: 6 tháng cuối năm 2025"
    assert line(Period.year(2025)) == "Kỳ báo cáo: năm 2025"
    assert (
        line(Period.dates(dt.date(2025, 3, 2), dt.date(2025, 3, 9)))
        == "Kỳ báo cáo: từ ngày 02/03/2025 đến ngày 09/03/2025"
    )
    assert line(Period.month("2025-03", cut15=True)) == "Kỳ báo cáo: tháng 3/2025 (15/02/2025 – 14/03/2025)"


def test_letterhead_defaults_and_overrides(workspace) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.units import set_self_unit

    assert letterhead(workspace).unit_name == "" and letterhead(workspace).signer_title == DEFAULT_SIGNER_TITLE
    with workspace.session() as s:  # the district is known here: its name is the parent body
        from ledcast.core.db.models import Unit

        s.add(Unit(code="HUYEN", name="UBND huyện Đại Từ"))
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương", parent_code="HUYEN")
    head = letterhead(workspace)
    assert (head.unit_name, head.parent, head.place, head.signer_name) == ("Xã Tân Cương", "UBND huyện Đại Từ", "", "")
    save_letterhead(workspace, parent="Sở Văn hóa", signer_title="GIÁM ĐỐC")
    assert letterhead(workspace).parent == "Sở Văn hóa"
    one = letterhead(workspace, place="Đại Từ", signer_name="Trần Thị B", signer_title=None)
    assert (one.place, one.signer_name, one.signer_title) == ("Đại Từ", "Trần Thị B", "GIÁM ĐỐC")
    save_letterhead(workspace, signer_title="")  # cleared: the default again
    assert letterhead(workspace).signer_title == DEFAULT_SIGNER_TITLE


def test_many_units_render_in_seconds(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """100 units in the by-unit table: a long grid across pages, still quick."""
    import time

    from ledcast.core.report import Cell, Counts

    base = report(ws, Period.year(2025), ["*"])
    cells = [
        Cell(f"XA-{u:03d}", task, ch, Counts(30 + u, 3, 90.0))
        for u in range(100)
        for task in ("NV1", "NV3", "")
        for ch in ("speaker", "screen")
    ]
    big = Report(base.plan_code, base.plan_name, ["*"], base.period, base.made_at, base.rows, base.by_month, cells)
    start = time.perf_counter()
    out = write_report(big, tmp_path / "big.pdf", head=letterhead(ws))
    elapsed = time.perf_counter() - start
    text = " ".join(pdf_text(out))
    assert "XA-000" in text and "XA-099" in text and "129/3" not in text and "3/129" in text
    assert elapsed < 5.0, elapsed


def test_recipients_print_kinh_gui_and_nhu_tren(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Several recipients: "Kính gửi:" then a dash list (";" after each, "." after the last),
    under the title; "Nơi nhận" starts with "Như trên" (those named above)."""
    typed = unicodedata.normalize("NFD", "Trung tâm Văn hóa - Thể thao - Truyền thông huyện;\n- UBND xã;")
    assert save_letterhead(ws, recipients=typed).recipients == (
        "Trung tâm Văn hóa - Thể thao - Truyền thông huyện",
        "UBND xã",
    )
    out = write_report(report(ws, Period.month("2025-03")), tmp_path / "bc.pdf", head=letterhead(ws))
    pages = pdf_text(out)
    first, last = pages[0], pages[-1]
    to = "Kính gửi: - Trung tâm Văn hóa - Thể thao - Truyền thông huyện; - UBND xã."
    assert to in first
    assert first.index("Kỳ báo cáo: tháng 3/2025") < first.index(to) < first.index("1. Kết quả")
    assert "Nơi nhận: - Như trên; - Lưu: VT." in last


def test_one_recipient_on_the_line_and_none_without_nhu_tren(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = report(ws, Period.month("2025-03"))
    one = pdf_text(write_report(r, tmp_path / "one.pdf", head=letterhead(ws, recipients="Phòng Văn hóa - Thông tin")))
    assert "Kính gửi: Phòng Văn hóa - Thông tin 1." in one[0]  # on its line, the next section below
    assert "Nơi nhận: - Như trên; - Lưu: VT." in one[-1]
    none = " ".join(pdf_text(write_report(r, tmp_path / "none.pdf", head=letterhead(ws))))
    assert "Kính gửi" not in none and "Như trên" not in none
    assert "Nơi nhận: - Lưu: VT." in none


def test_recipients_are_bounded_and_cleared(ws) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.report_letterhead import MAX_RECIPIENTS

    with pytest.raises(LedcastError, match="recipients"):
        save_letterhead(ws, recipients=";".join(f"Xã {i}" for i in range(MAX_RECIPIENTS + 1)))
    with pytest.raises(LedcastError):
        save_letterhead(ws, recipients="x" * 201)
    assert letterhead(ws).recipients == ()  # nothing stored by a refused input
    save_letterhead(ws, recipients="A\nB")
    assert letterhead(ws).recipients == ("A", "B")
    assert letterhead(ws, recipients="C").recipients == ("C",)  # for one report
    save_letterhead(ws, recipients="")
    assert letterhead(ws).recipients == ()
