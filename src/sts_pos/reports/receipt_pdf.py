"""Receipt PDFs with reportlab: 58 mm and 80 mm roll paper (one page as long as the receipt) and A4.

The lines come from :func:`sts_pos.reports.receipt.receipt_layout`; this module only measures and
paints them. Tokens are printed large in a bold monospaced font, grouped 4-4-4-4-4; the QR code
(reportlab's ``QrCodeWidget``, with its 4-module quiet zone) holds the token digits in entry order.
A roll receipt is laid out to the printer's printable width, not to the paper's: a thermal head of 203 dpi
has 8 dots per mm, so the 384 dots of a 58 mm printer print 48 mm and the 576 dots of an 80 mm printer 72 mm
(Epson TM-T20/TM-T88 print-zone tables, research doc 1.6). The PDF page is that wide (a PDF sent to the
printer's queue then prints unscaled, nothing clipped), with a 1 mm white edge inside it. The dot width is a
printer setting (``printer_dots`` in :mod:`sts_pos.store.settings`, 0 = the paper's standard head).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from sts_pos.errors import UserFacingError
from sts_pos.reports.fonts import fonts
from sts_pos.reports.receipt import Line, receipt_layout
from sts_pos.vending.receipt import Receipt


@dataclass(frozen=True)
class Paper:
    """Paper geometry in points: width, fixed height (None = roll, cut to length), margin, column, font size."""

    name: str
    width: float
    height: float | None
    margin: float
    column: float
    size: float
    qr: float


DOTS_PER_MM = 8  # 203 dpi thermal heads
STANDARD_DOTS = {"58mm": 384, "80mm": 576}  # printable dots of a 58 mm and an 80 mm printer
EDGE = 1 * mm  # white edge inside the printable width

PAPERS = {
    "58mm": Paper("58mm", 48 * mm, None, 2.5 * mm, 48 * mm - 2 * EDGE, 7.0, 30 * mm),
    "80mm": Paper("80mm", 72 * mm, None, 4 * mm, 72 * mm - 2 * EDGE, 8.5, 36 * mm),
    "a4": Paper("a4", A4[0], A4[1], 15 * mm, 120 * mm, 9.5, 38 * mm),
}

_TOKEN_SAMPLE = "0000 0000 0000 0000 0000"

Draw = Callable[[pdfcanvas.Canvas, float, float], None]  # (canvas, x_left, y_top)


def paper(name: str, dots: int | None = None) -> Paper:
    """The paper's geometry; for a roll, ``dots`` (the printer's head width, 0/None = the paper's standard)
    sets the printable width: the page and the column."""
    try:
        p = PAPERS[name.lower()]
    except KeyError:
        raise UserFacingError(
            f"Unknown paper size {name!r}.", f"Choose one of: {', '.join(PAPERS)}."
        ) from None
    if dots and p.height is None:
        width = dots / DOTS_PER_MM * mm
        p = replace(p, width=width, column=width - 2 * EDGE, qr=min(p.qr, width - 2 * EDGE))
    return p


def _split(text: str, font: str, size: float, width: float) -> list[str]:
    """Word-wrap to ``width``; a word wider than the column (a long id) is broken between characters."""
    out: list[str] = []
    for part in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(part, font, size) > width + 0.01 and len(part) > 1:
            cut = len(part) - 1
            while cut > 1 and stringWidth(part[:cut], font, size) > width:
                cut -= 1
            out.append(part[:cut])
            part = part[cut:]
        out.append(part)
    return out


def _blocks(lines: list[Line], p: Paper) -> list[tuple[float, Draw]]:
    """Each line as (height, painter) in column coordinates."""
    f = fonts()
    width, size = p.column, p.size
    lead = size * 1.35
    out: list[tuple[float, Draw]] = []

    def text_block(text: str, font: str, fsize: float, align: str) -> None:
        parts = _split(text, font, fsize, width)
        step = fsize * 1.3

        def draw(c: pdfcanvas.Canvas, x: float, y: float) -> None:
            c.setFont(font, fsize)
            for i, part in enumerate(parts):
                base = y - fsize - i * step
                if align == "center":
                    c.drawCentredString(x + width / 2, base, part)
                else:
                    c.drawString(x, base, part)

        out.append((len(parts) * step + fsize * 0.2, draw))

    for line in lines:
        s = line.style
        if s == "title":
            text_block(line.left, f.bold, size * 1.5, "center")
        elif s == "heading":
            text_block(line.left, f.bold, size * 1.1, "center")
        elif s in ("center",):
            text_block(line.left, f.regular, size * 0.95, "center")
        elif s == "text":
            text_block(line.left, f.regular, size, "left")
        elif s == "token_label":
            text_block(line.left, f.bold, size, "left")
        elif s == "copy":
            out.append(_copy_block(line.left, f.bold, size * 1.4, width))
        elif s == "rule":
            out.append((lead * 0.8, lambda c, x, y: (c.setLineWidth(0.5), c.line(x, y - lead * 0.4, x + width, y - lead * 0.4))))
        elif s == "blank":
            out.append((lead, lambda c, x, y: None))
        elif s == "pair":
            out.append(_pair_block(line.left, line.right, f.regular, f.bold, size, width))
        elif s == "token":
            tsize = min(size * 1.7, 0.97 * width / stringWidth(_TOKEN_SAMPLE, f.mono, 1))
            text_block(line.left, f.mono, tsize, "center")
        elif s == "qr":
            out.append(_qr_block(line.right, p.qr, width))
    return out


def _pair_block(left: str, right: str, font: str, bold: str, size: float, width: float) -> tuple[float, Draw]:
    step = size * 1.3
    gap = size
    rsize = size
    if stringWidth(left, font, size) + gap + stringWidth(right, bold, size) <= width:
        lefts, rights = [left], [right]
        rows = 1
    else:
        lefts = _split(left, font, size, width)
        # a long value without spaces (a transaction id) is set smaller to stay on one line if it can
        rsize = max(size * 0.7, min(size, size * width / max(stringWidth(right, bold, size), 1)))
        rights = _split(right, bold, rsize, width)
        rows = len(lefts) + len(rights)

    def draw(c: pdfcanvas.Canvas, x: float, y: float) -> None:
        c.setFont(font, size)
        for i, part in enumerate(lefts):
            c.drawString(x, y - size - i * step, part)
        c.setFont(bold, rsize)
        first = 0 if rows == 1 else len(lefts)
        for i, part in enumerate(rights):
            c.drawRightString(x + width, y - size - (first + i) * step, part)

    return rows * step + size * 0.15, draw


def _copy_block(text: str, font: str, size: float, width: float) -> tuple[float, Draw]:
    height = size * 1.8

    def draw(c: pdfcanvas.Canvas, x: float, y: float) -> None:
        c.setFillGray(0)
        c.rect(x, y - height + size * 0.2, width, height - size * 0.2, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(font, size)
        c.drawCentredString(x + width / 2, y - size * 1.25, text)
        c.setFillGray(0)

    return height + size * 0.3, draw


def _qr_block(payload: str, side: float, width: float) -> tuple[float, Draw]:
    side = min(side, width)

    def draw(c: pdfcanvas.Canvas, x: float, y: float) -> None:
        widget = QrCodeWidget(payload, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, x + (width - side) / 2, y - side)

    return side + 2 * mm, draw


def layout_pdf(lines: list[Line], paper_name: str = "80mm", title: str = "Receipt", dots: int | None = None) -> bytes:
    """Paint styled lines onto the paper (a roll: ``dots`` wide, the printer's head) and return the PDF bytes."""
    p = paper(paper_name, dots)
    blocks = _blocks(lines, p)
    buffer = io.BytesIO()
    x = (p.width - p.column) / 2
    if p.height is None:
        height = sum(h for h, _ in blocks) + 2 * p.margin
        c = pdfcanvas.Canvas(buffer, pagesize=(p.width, height), invariant=1)
        pages_height = height
    else:
        pages_height = p.height
        c = pdfcanvas.Canvas(buffer, pagesize=(p.width, p.height), invariant=1)
    c.setTitle(title)
    c.setAuthor("sts-pos")
    y = pages_height - p.margin
    for h, draw in blocks:
        if p.height is not None and y - h < p.margin:
            c.showPage()
            y = pages_height - p.margin
        draw(c, x, y)
        y -= h
    c.showPage()
    c.save()
    return buffer.getvalue()


def receipt_pdf(receipt: Receipt, paper_name: str = "80mm", dots: int | None = None) -> bytes:
    """The receipt as a PDF on 58 mm, 80 mm roll paper or A4 (``paper_name`` one of :data:`PAPERS`); a roll is
    ``dots`` wide (the printer's head; None/0: 384 for 58 mm, 576 for 80 mm)."""
    return layout_pdf(receipt_layout(receipt), paper_name, title=f"Receipt {receipt.receipt_no}", dots=dots)
