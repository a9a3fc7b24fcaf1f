"""Receipts as ESC/POS bytes for thermal printers, through python-escpos's command set.

The lines come from :func:`sts_pos.reports.receipt.receipt_layout`; python-escpos's ``Dummy`` printer
collects the byte stream (ESC @ init, ESC a alignment, ESC E bold, GS ! size, the QR as the native
``GS ( k`` model-2 symbol or as a raster image, GS V cut), so this module does no I/O: the bytes go to a
serial, USB, network or file printer through :mod:`sts_pos.devices.printers`. Columns: 32 for 58 mm
paper, 42 for 80 mm (font A; research doc 1.6).
"""

from __future__ import annotations

import dataclasses

from escpos.printer import Dummy

from sts_pos.reports.receipt import COLUMNS_80MM, Line, layout_text, receipt_layout
from sts_pos.reports.receipt_data import Receipt

QR_NATIVE = "native"  # the printer draws the QR (Epson TM-T20/T88 and most clones)
QR_IMAGE = "image"  # the QR is sent as a raster image (printers without GS ( k)
QR_NONE = "none"


def _emit(printer: Dummy, line: Line, columns: int, qr: str) -> None:
    s = line.style
    if s == "qr":
        if qr == QR_NATIVE:
            printer.set(align="center")
            printer.qr(line.right, size=5, native=True)
            printer.ln()
        elif qr == QR_IMAGE:
            printer.qr(line.right, size=5, native=False, center=True)
        return
    if s == "title":
        printer.set(align="center", bold=True, double_height=True)
    elif s == "copy":
        printer.set(align="center", bold=True, double_height=True, invert=True)
    elif s in ("heading", "token"):
        printer.set(align="center", bold=True, double_height=(s == "token"))
    elif s == "center":
        printer.set(align="center")
    elif s == "token_label":
        printer.set(align="left", bold=True)
    for text in layout_text([line], columns):
        printer.textln(text.strip() if s in ("title", "center", "heading", "copy", "token") else text)
    printer.set_with_default()


def layout_escpos(lines: list[Line], columns: int = COLUMNS_80MM, qr: str = QR_NATIVE, cut: bool = True,
                  profile: str | None = None) -> bytes:
    """ESC/POS bytes for styled lines: initialise, print each line, feed and cut."""
    printer = Dummy(profile=profile) if profile else Dummy()
    printer.hw("INIT")
    printer.set_with_default()
    for line in lines:
        _emit(printer, line, columns, qr)
    if cut:
        printer.cut()
    return printer.output


def _printable_currency(receipt: Receipt) -> Receipt:
    """Thermal printers' code pages (CP437/CP858 ...) lack most currency signs (₦, ₹, ₵): print the ISO
    code instead of a symbol the printer would turn into '?'."""
    money = receipt.office.money
    try:
        money.symbol.encode("cp858")
    except UnicodeEncodeError:
        if money.code:
            office = dataclasses.replace(receipt.office, money=dataclasses.replace(money, symbol=money.code))
            return dataclasses.replace(receipt, office=office)
    return receipt


def receipt_escpos(receipt: Receipt, columns: int = COLUMNS_80MM, qr: str = QR_NATIVE, cut: bool = True,
                   profile: str | None = None) -> bytes:
    """The receipt as an ESC/POS byte stream ready for :func:`sts_pos.devices.printers.send_bytes`."""
    return layout_escpos(receipt_layout(_printable_currency(receipt)), columns, qr, cut, profile)
