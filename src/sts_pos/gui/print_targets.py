"""Where a receipt goes: the receipt printer chosen in Administration > Printer and devices on this computer.

The setting (``printer/spec`` in the computer's device settings) is one of:

- blank: no printer, the receipt PDF in ``receipts/`` beside the database is the result;
- ``cups:QUEUE``: a print queue of the computer (listed with :func:`system_queues`, Qt's
  ``QPrinterInfo``): a raw queue (``lpadmin -m raw``, e.g. a network thermal printer at
  ``socket://HOST:9100``) gets the ESC/POS bytes, a driver queue (office printer, cups-pdf, a thermal
  printer's vendor driver) the receipt PDF at its own page size (:mod:`sts_pos.devices.printers.cups`);
- ``system`` or ``system:NAME``: the default or a named printer through QPrinter (:mod:`sts_pos.gui.printing`),
  where there is no CUPS client (Windows);
- ``serial:``, ``usb:``, ``network:``, ``file:`` a directly attached ESC/POS printer
  (:mod:`sts_pos.devices.printers`).

Every renderer gets the printer's settings: paper (58 mm, 80 mm, A4), its dot width and code page
(office settings ``printer_dots``, ``printer_code_page``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from sts_pos.reports.receipt_pdf import STANDARD_DOTS

COLUMNS = {"58mm": 32, "80mm": 42}


@dataclass(frozen=True)
class SystemQueue:
    name: str
    raw: bool  # takes ESC/POS unchanged
    spec: str  # what the printer setting stores


def system_queues() -> list[SystemQueue]:
    """The computer's printers as Qt sees them (``QPrinterInfo.availablePrinters()``)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    prefix = "cups:" if shutil.which("lp") else "system:"
    return [SystemQueue(info.printerName(), info.makeAndModel().strip().lower() == "local raw printer",
                        prefix + info.printerName())
            for info in QPrinterInfo.availablePrinters()]


def head_dots(paper: str, dots: int) -> int:
    """The printer's dots per line: the setting, else the paper's standard head (A4: none)."""
    return dots or STANDARD_DOTS.get(paper.lower(), 0)


def columns_for(paper: str, dots: int) -> int:
    """Characters per line of font A (12 dots wide): the paper's usual count, fewer on a narrower head."""
    usual = COLUMNS.get(paper.lower(), 42)
    return min(usual, dots // 12) if dots else usual


def document_pdf(document, paper: str, dots: int, title: str) -> bytes:
    """The PDF of a receipt or of styled lines (a test page)."""
    from sts_pos.reports.receipt_pdf import layout_pdf, receipt_pdf

    if isinstance(document, list):
        return layout_pdf(document, paper, title=title, dots=dots or None)
    return receipt_pdf(document, paper, dots=dots or None)


def document_escpos(document, paper: str, dots: int, code_page: str) -> bytes:
    from sts_pos.reports.receipt_escpos import layout_escpos, receipt_escpos

    columns, head = columns_for(paper, dots), head_dots(paper, dots) or None
    if isinstance(document, list):
        return layout_escpos(document, columns=columns, code_page=code_page, dots=head)
    return receipt_escpos(document, columns=columns, code_page=code_page, dots=head)


def deliver(document, spec: str, paper: str, dots: int, code_page: str, title: str) -> str | None:
    """Send a receipt (or a test page's lines) to the printer ``spec``; returns where it went (None: no
    printer set, the PDF file is the result)."""
    if not spec:
        return None
    if spec.startswith("cups:"):
        from sts_pos.devices.printers import cups

        name = spec[5:]
        if cups.queue(name).raw:
            cups.submit(name, document_escpos(document, paper, dots, code_page), title, raw=True)
        else:
            cups.print_pdf(name, document_pdf(document, paper, dots, title), title)
        return name
    if spec == "system" or spec.startswith("system:"):
        from sts_pos.gui.printing import paint_receipt, system_printer

        paint_receipt(system_printer(spec, paper), document)
        return spec
    from sts_pos.devices.printers import PrinterSettings, send_bytes

    settings = PrinterSettings.parse(spec, columns=columns_for(paper, dots), dots=dots, code_page=code_page)
    send_bytes(settings, document_escpos(document, paper, dots, code_page))
    return spec
