"""Receipt PDFs: every checklist field in the text, the right paper width in pixels, a QR that decodes."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader

from sts_pos.errors import UserFacingError
from sts_pos.reports.receipt import receipt_layout, receipt_text
from sts_pos.reports.receipt_pdf import receipt_pdf
from sts_pos.vending.money import Currency
from tests.reports.samples import CREDIT, KCT1, KCT2, OFFICE, card_slip, engineering_slip, sale_receipt, token


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def render_png(pdf: bytes, tmp_path, dpi: int = 200) -> Image.Image:
    src = tmp_path / "r.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(src), str(tmp_path / "r")],
                   check=True, timeout=30)
    return Image.open(tmp_path / "r.png")


def zbar(png_path) -> list[str]:
    out = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(png_path)], capture_output=True, timeout=30)
    return out.stdout.decode().strip().split("\n") if out.stdout else []


CHECKLIST = [
    "Kabwe Vending Office", "VAT No VAT-4410023456", "R-000123", "7d3c9a10", "2026-11-24 09:15", "cashier1",
    "Mwansa Chileshe", "Plot 44, Bwacha", "ACC-0042", "01234567897", "123456 / 01 / 2", "Residential R1",
    "Tendered", "ZMW 200.00", "Change", "ZMW 50.00", "Fixed charge", "ZMW 20.00", "incl. tax", "ZMW 2.61",
    "Debt recovery", "ZMW 15.00", "Balance owing", "ZMW 85.00", "VAT", "ZMW 14.35", "Energy amount",
    "ZMW 100.65", "73.5 kWh", "Block 1", "50.0 kWh x 1.25", "ZMW 62.50", "Block 2", "23.5 kWh", "ZMW 38.15",
    "1. KEY CHANGE 1", "2. KEY CHANGE 2", "3. CREDIT", KCT1, KCT2, CREDIT, "key change tokens first",
]


@pytest.mark.parametrize("paper", ["58mm", "80mm", "a4"])
def test_pdf_text_holds_every_field(paper):
    text = pdf_text(receipt_pdf(sale_receipt(), paper))
    flat = " ".join(text.split())
    for field in CHECKLIST:
        assert " ".join(field.split()) in flat, f"{field!r} missing on {paper}"
    assert flat.index(KCT1) < flat.index(KCT2) < flat.index(CREDIT)  # entry order
    assert "COPY" not in flat


def test_reprint_is_marked_copy():
    text = pdf_text(receipt_pdf(sale_receipt().as_copy(), "80mm"))
    assert text.count("*** COPY ***") == 2


@pytest.mark.parametrize("paper, width_px", [("58mm", 378), ("80mm", 567), ("a4", 1654)])  # 48 mm, 72 mm at 200 dpi
def test_pdf_renders_at_paper_width_and_qr_decodes(paper, width_px, tmp_path):
    image = render_png(receipt_pdf(sale_receipt(), paper), tmp_path)
    assert image.width == width_px
    if paper != "a4":
        assert image.height > image.width  # a roll receipt, cut to its length
    # something is printed across the column, nothing outside the paper margins
    gray = image.convert("L")
    assert gray.getextrema()[0] < 50
    assert zbar(tmp_path / "r.png") == [t.replace(" ", "") for t in (KCT1, KCT2, CREDIT)]


def test_money_follows_office_settings():
    r = sale_receipt(office_name="Lusaka Office", currency=Currency(code="ZMK", symbol="K", decimals=0), tender=200,
                     change=50, amount=150, deductions=(), vat=14, energy=136, blocks=())
    text = pdf_text(receipt_pdf(r, "80mm"))
    assert "K 200" in text and "K 136" in text and "ZMW" not in text and "200.00" not in text


def test_engineering_and_card_slips(tmp_path):
    text = pdf_text(receipt_pdf(engineering_slip(), "58mm"))
    for field in ("ENGINEERING TOKEN SLIP", "E-000007", "tech1", "CLEAR TAMPER", "1111 2222 3333 4444 5555",
                  "Tamper after meter box repair"):
        assert field in " ".join(text.split())
    assert "Tendered" not in text
    text = " ".join(pdf_text(receipt_pdf(card_slip(), "80mm")).split())
    for field in ("CARD PURCHASE SLIP", "CARD-00A1B2", "Purchase No 7", "Insert the card into the meter", CREDIT):
        assert field in text


def test_plain_lines_for_the_gui_fit_the_columns():
    for columns in (32, 42, 48):
        lines = receipt_text(sale_receipt(copy=True), columns)
        assert max(map(len, lines)) <= columns
        assert KCT1 in "\n".join(lines)
    styles = [line.style for line in receipt_layout(sale_receipt())]
    assert styles[0] == "title" and "qr" in styles and styles.count("token") == 3


def test_unknown_paper_is_a_user_error():
    with pytest.raises(UserFacingError):
        receipt_pdf(sale_receipt(), "letter-roll")


def test_long_values_stay_on_the_paper(tmp_path):
    r = sale_receipt(customer_name="Chilufya Mwamba-Kasonde Banda of the Northern Plot Extension 12",
                     request_id="X" * 60, **OFFICE)
    text = " ".join(pdf_text(receipt_pdf(r, "58mm")).split())
    assert "Chilufya" in text and "Extension 12" in text
    image = render_png(receipt_pdf(r, "58mm"), tmp_path).convert("L")
    # margins (1 mm each side) stay white: nothing was drawn off the column
    left = image.crop((0, 0, 6, image.height)).getextrema()  # 6 px = 0.76 mm at 200 dpi
    right = image.crop((image.width - 6, 0, image.width, image.height)).getextrema()
    assert left[0] > 200 and right[0] > 200


def test_block_lines_add_up_to_the_energy_amount():
    from decimal import Decimal

    from sts_pos.vending.receipt import ReceiptBlock

    r = sale_receipt(energy=5646, blocks=(ReceiptBlock(1, 300, Decimal("145.12"), Decimal("4353.60")),
                                          ReceiptBlock(2, 65, Decimal("198.90"), Decimal("1292.85"))))
    lines = [line for line in receipt_layout(r) if line.left.strip().startswith("Block")]
    assert [line.right for line in lines] == ["ZMW 43.54", "ZMW 12.92"]  # 43.54 + 12.92 = 56.46
    assert "x 1.4512" in lines[0].left and "x 1.989" in lines[1].left


def test_a4_receipt_with_many_tokens_continues_on_a_second_page():
    tokens = tuple(token(i, f"key_change_{i}", f"{i:04d} 0000 1111 2222 333{i}") for i in range(1, 5)) + (
        token(5, "free", "4444 4444 4444 4444 4444"), token(6, "credit", CREDIT))
    data = receipt_pdf(sale_receipt(tokens=tokens, copy=True), "a4")
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) == 2
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    labels = ["KEY CHANGE 1", "KEY CHANGE 2", "KEY CHANGE 3", "KEY CHANGE 4", "FREE (FBE)", "CREDIT"]
    positions = [text.index(f"{i}. {label}") for i, label in enumerate(labels, start=1)]
    assert positions == sorted(positions) and CREDIT in text
