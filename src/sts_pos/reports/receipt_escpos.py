"""Receipts as ESC/POS bytes for thermal printers, through python-escpos's command set.

The lines come from :func:`sts_pos.reports.receipt.receipt_layout`; python-escpos's ``Dummy`` printer
collects the byte stream (ESC @ init, ESC a alignment, ESC E bold, GS ! size, the QR as the native
``GS ( k`` model-2 symbol or as a raster image, GS V cut), so this module does no I/O: the bytes go to a
serial, USB, network or file printer through :mod:`sts_pos.devices.printers`. Columns: 32 for 58 mm
paper, 42 for 80 mm (font A; research doc 1.6).

Text and code page: after ``ESC @`` the stream sends ``FS .`` (cancel Kanji mode: cheap printers sold for
the Chinese market start in GB18030, where the byte of n-tilde starts a two-byte character), then ``ESC t n``
for the printer's code page, a printer setting (:data:`CODE_PAGES`: PC437, PC850, PC858 or WPC1252; every
character of the receipt is then encoded in that page, never switched mid-receipt). None of the four has the
peso sign ₱ (nor ₦, ₹, ₵ ...): a currency symbol the code page lacks is printed as the office's ISO code
instead, so ``₱ 100.00`` prints as ``PHP 100.00`` (the PDF and the screen keep ₱); with no ISO code set the
symbol is left off. ``FS .`` is written by hand (python-escpos has no command for it).

The raster QR (``qr="image"``, for printers without ``GS ( k``) is centred by python-escpos on the
printer's dot width (384 dots on 58 mm, 576 on 80 mm, or the ``dots`` setting); the native QR by ``ESC a 1``.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from contextlib import redirect_stdout

from escpos.printer import Dummy

from sts_pos.reports.receipt import COLUMNS_58MM, COLUMNS_80MM, Line, layout_text, receipt_layout
from sts_pos.reports.receipt_pdf import STANDARD_DOTS
from sts_pos.vending.receipt import Receipt

QR_NATIVE = "native"  # the printer draws the QR (Epson TM-T20/T88 and most clones)
QR_IMAGE = "image"  # the QR is sent as a raster image (printers without GS ( k)
QR_NONE = "none"

# code page setting -> (python escpos / Python codec name, ESC t n of the Epson command reference)
CODE_PAGES = {"PC437": ("CP437", 0), "PC850": ("CP850", 2), "PC858": ("CP858", 19), "WPC1252": ("CP1252", 16)}
DEFAULT_CODE_PAGE = "PC437"
CANCEL_KANJI = b"\x1c\x2e"  # FS .


def codec(code_page: str) -> str:
    """The Python codec of a code page setting (``PC858`` -> ``cp858``)."""
    return CODE_PAGES[code_page.upper()][0].lower()


def printable(text: str, code_page: str = DEFAULT_CODE_PAGE) -> str:
    """``text`` with each character the code page lacks replaced by its letter without the accent (PC437 has
    no Á: ``Álvarez`` prints ``Alvarez``), or by ``?`` when it has none."""
    name = codec(code_page)
    out = []
    for ch in text:
        try:
            ch.encode(name)
            out.append(ch)
        except UnicodeEncodeError:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            try:
                out.append(base.encode(name).decode(name) if base else "?")
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def _printer(profile: str | None, dots: int) -> Dummy:
    """A python-escpos ``Dummy`` whose profile knows the head width (for centring raster images), on its own
    copy of the profile data so other printers keep theirs."""
    printer = Dummy(profile=profile) if profile else Dummy()
    data = dict(printer.profile.profile_data)
    data["media"] = {**data.get("media", {}), "width": {"mm": dots / 8, "pixels": dots}}
    printer.profile.profile_data = data
    return printer


def _emit(printer: Dummy, line: Line, columns: int, qr: str, code_page: str = DEFAULT_CODE_PAGE) -> None:
    s = line.style
    if s == "qr":
        if qr == QR_NATIVE:
            printer.set(align="center")
            printer.qr(line.right, size=5, native=True)
            printer.ln()
        elif qr == QR_IMAGE:
            with redirect_stdout(io.StringIO()):  # python-escpos prints a note when a profile lacks a width
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
        text = printable(text, code_page)
        printer.textln(text.strip() if s in ("title", "center", "heading", "copy", "token") else text)
    printer.set_with_default()


def layout_escpos(lines: list[Line], columns: int = COLUMNS_80MM, qr: str = QR_NATIVE, cut: bool = True,
                  profile: str | None = None, code_page: str = DEFAULT_CODE_PAGE, dots: int | None = None) -> bytes:
    """ESC/POS bytes for styled lines: initialise, cancel Kanji mode, select the code page, print each line,
    feed and cut. ``dots``: the head width (None: 384 for 32 columns, 576 otherwise)."""
    name, _ = CODE_PAGES[code_page.upper()]
    printer = _printer(profile, dots or STANDARD_DOTS["58mm" if columns <= COLUMNS_58MM else "80mm"])
    printer.hw("INIT")
    printer._raw(CANCEL_KANJI)
    printer.charcode(name)  # ESC t n, and every character in that page from here on
    printer.set_with_default()
    for line in lines:
        _emit(printer, line, columns, qr, code_page)
    if cut:
        printer.cut()
    return printer.output


def _printable_currency(receipt: Receipt, code_page: str = DEFAULT_CODE_PAGE) -> Receipt:
    """The printer's code page lacks the currency sign (₱, ₦, ₹, ₵): print the ISO code instead of a symbol
    the printer would turn into '?' (no code set: no symbol)."""
    currency = receipt.currency
    try:
        currency.symbol.encode(codec(code_page))
    except UnicodeEncodeError:
        return dataclasses.replace(receipt, currency=dataclasses.replace(currency, symbol=currency.code))
    return receipt


def receipt_escpos(receipt: Receipt, columns: int = COLUMNS_80MM, qr: str = QR_NATIVE, cut: bool = True,
                   profile: str | None = None, code_page: str = DEFAULT_CODE_PAGE, dots: int | None = None) -> bytes:
    """The receipt as an ESC/POS byte stream ready for :func:`sts_pos.devices.printers.send_bytes`, its text in
    ``code_page`` (:data:`CODE_PAGES`) on a head ``dots`` wide."""
    return layout_escpos(receipt_layout(_printable_currency(receipt, code_page)), columns, qr, cut, profile,
                         code_page, dots)
