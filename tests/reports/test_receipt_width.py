"""Roll receipts are laid out to the printer's printable width (384 dots = 48 mm on a 58 mm printer, 576 dots =
72 mm on an 80 mm printer, 8 dots per mm): measured with poppler (``pdfinfo`` page box, ``pdftoppm`` ink), not
with the project's own numbers."""

from __future__ import annotations

import re
import subprocess

import pytest
from PIL import Image

from sts_pos.reports.receipt_pdf import receipt_pdf
from tests.reports.samples import card_slip, engineering_slip, sale_receipt

MM_PER_PT = 25.4 / 72


def page_mm(pdf: bytes, tmp_path) -> tuple[float, float]:
    path = tmp_path / "w.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", "-box", str(path)], capture_output=True, text=True, check=True, timeout=30).stdout
    x0, y0, x1, y1 = map(float, re.search(r"MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out).groups())
    return (x1 - x0) * MM_PER_PT, (y1 - y0) * MM_PER_PT


def ink_mm(pdf: bytes, tmp_path, dpi: int = 300) -> tuple[float, float, float]:
    """(left edge, right edge, page width) of what is printed, in mm, from a poppler rendering."""
    path = tmp_path / "i.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(path), str(tmp_path / "i")],
                   check=True, timeout=30)
    gray = Image.open(tmp_path / "i.png").convert("L")
    left, _, right, _ = gray.point(lambda v: 255 if v < 128 else 0).getbbox()
    px = 25.4 / dpi
    return left * px, right * px, gray.width * px


@pytest.mark.parametrize("paper, limit", [("58mm", 48.0), ("80mm", 72.0)])
@pytest.mark.parametrize("make", [sale_receipt, engineering_slip, card_slip])
def test_roll_pdf_fits_the_printable_width(paper, limit, make, tmp_path):
    pdf = receipt_pdf(make(), paper)
    width, height = page_mm(pdf, tmp_path)
    assert limit - 0.5 <= width <= limit + 0.01  # the whole printable width, never more
    assert height > width
    left, right, rendered = ink_mm(pdf, tmp_path)
    assert rendered <= limit + 0.2
    assert 0.5 <= left and right <= rendered - 0.5  # ink inside the 1 mm white edge
    assert right - left > limit * 0.8  # and the column is used


@pytest.mark.parametrize("dots, paper, expected", [(432, "58mm", 54.0), (512, "80mm", 64.0), (384, "80mm", 48.0)])
def test_the_printer_dot_width_sets_the_page(dots, paper, expected, tmp_path):
    width, _ = page_mm(receipt_pdf(sale_receipt(), paper, dots=dots), tmp_path)
    assert abs(width - expected) < 0.01


def test_a4_is_not_a_roll(tmp_path):
    width, height = page_mm(receipt_pdf(sale_receipt(), "a4", dots=384), tmp_path)
    assert round(width) == 210 and round(height) == 297
