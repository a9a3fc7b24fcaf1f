"""Receipts on a system printer (QPrinter): the receipt layout of :mod:`sts_pos.reports.receipt` painted
with QPainter on the page (QPainter may paint on a QPrinter from a worker thread).

Used when the receipt printer is set to ``system`` (the default printer) or ``system:<printer name>``,
e.g. an A4 office printer or a thermal printer with a system driver. Tokens are printed large in a
monospaced face, 4-4-4-4-4, like on the screen. (The QR code is on the PDF and ESC/POS receipts.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from sts_pos.errors import UserFacingError

PAPER_MM = {"58mm": 48.0, "80mm": 72.0}  # the printable width of a 58 mm (384 dots) and an 80 mm (576 dots) printer
EDGE_MM = 1.0  # white edge inside the printable width, as on the PDF (reports.receipt_pdf)


class SystemPrinterError(UserFacingError):
    """The system printer could not be found or refused the job."""


def system_printer(spec: str, paper: str) -> QPrinter:
    """``system`` (the default printer) or ``system:<name>``, set up for the receipt paper."""
    name = spec.partition(":")[2].strip()
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise SystemPrinterError(
            QCoreApplication.translate("printing", "The printer “{0}” is not installed on this computer.").format(name)
            if name else
            QCoreApplication.translate("printing", "This computer has no default printer. Choose one in the system "
                                       "settings or set the receipt printer in Administration."))
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    set_paper(printer, paper)
    return printer


def set_paper(printer: QPrinter, paper: str, height_mm: float = 297.0) -> None:
    if paper in PAPER_MM:
        size = QPageSize(QSizeF(PAPER_MM[paper], height_mm), QPageSize.Unit.Millimeter, f"Receipt {paper}")
        layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(EDGE_MM, 3, EDGE_MM, 3),
                             QPageLayout.Unit.Millimeter)
    else:
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)


def paint_receipt(printer: QPrinter, receipt) -> None:
    """Paint one receipt (a :class:`sts_pos.vending.receipt.Receipt`) on ``printer``."""
    painter = QPainter()
    if not painter.begin(printer):
        raise SystemPrinterError(QCoreApplication.translate(
            "printing", "The printer did not accept the receipt. Check that it is on and has paper."))
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_lines(painter, printer, float(page.width()), float(page.height()), receipt, printer.newPage)
    finally:
        painter.end()


def receipt_image(receipt, paper: str = "80mm", dpi: int = 203) -> QImage:
    """The receipt as it prints, as an image (the preview before printing): the same painter as the system
    printer's, on a strip of the receipt paper's width at a thermal printer's resolution (A4: its width).
    Written here rather than rendering the PDF because QtPdf is not in the bundle."""
    width_mm = PAPER_MM.get(paper, 210.0) - (2 * EDGE_MM if paper in PAPER_MM else 30.0)  # the printable column
    width = round(width_mm / 25.4 * dpi)
    image = QImage(width, 20_000, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        height = paint_lines(painter, image, float(width), float(image.height()), receipt, lambda: None)
    finally:
        painter.end()
    return image.copy(0, 0, width, min(image.height(), int(height) + 8))


def paint_lines(painter: QPainter, device, width: float, page_height: float, receipt, new_page) -> float:
    """Paint the receipt's lines (:func:`sts_pos.reports.receipt.receipt_layout`; or ``receipt`` is already a list
    of lines, a test page) from the top of ``device``,
    ``width`` pixels wide; ``new_page()`` when a page is full. Returns the height painted on the last page."""
    from sts_pos.gui.style import token_font
    from sts_pos.reports.receipt import receipt_layout

    body = QFont("DejaVu Sans")
    body.setPointSizeF(8.5)
    bold = QFont(body)
    bold.setBold(True)
    big = QFont(bold)
    big.setPointSizeF(11)
    token = token_font(12)
    y = 0.0

    def text(line: str, font: QFont, align=Qt.AlignmentFlag.AlignLeft) -> None:
        nonlocal y
        painter.setFont(font)
        metrics = QFontMetricsF(font, device)
        rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), int(align | Qt.TextFlag.TextWordWrap), line)
        if y + rect.height() > page_height:
            new_page()
            y = 0.0
        painter.drawText(QRectF(0, y, width, rect.height()), int(align | Qt.TextFlag.TextWordWrap), line)
        y += rect.height()

    for line in receipt if isinstance(receipt, list) else receipt_layout(receipt):
        if line.style == "rule":
            painter.drawLine(0, int(y + 4), int(width), int(y + 4))
            y += 10
        elif line.style == "blank":
            y += QFontMetricsF(body, device).height() / 2
        elif line.style == "pair":
            metrics = QFontMetricsF(body, device)
            if metrics.horizontalAdvance(f"{line.left}  {line.right}") > width:  # too long: two lines
                text(line.left, body)
                text(line.right, body, Qt.AlignmentFlag.AlignRight)
                continue
            painter.setFont(body)
            height = metrics.height()
            painter.drawText(QRectF(0, y, width, height), int(Qt.AlignmentFlag.AlignLeft), line.left)
            painter.drawText(QRectF(0, y, width, height), int(Qt.AlignmentFlag.AlignRight), line.right)
            y += height
        elif line.style == "token":
            text(line.left, token, Qt.AlignmentFlag.AlignHCenter)
        elif line.style in ("title", "heading", "copy"):
            text(line.left, big if line.style != "heading" else bold, Qt.AlignmentFlag.AlignHCenter)
        elif line.style == "center":
            text(line.left, body, Qt.AlignmentFlag.AlignHCenter)
        elif line.style == "token_label":
            text(line.left, bold)
        elif line.style != "qr":
            text(line.left, body)
    return y
