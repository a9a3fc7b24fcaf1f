"""The computer's print queues (CUPS on Linux and macOS): list them, send a receipt to one.

A queue is either a driver queue (an office printer, a thermal printer with its vendor's CUPS driver,
cups-pdf): it takes the receipt PDF, and the page size goes with the job (``media=Custom.WxHmm``, the
PDF's own page) so a roll receipt is neither scaled to A4 nor cut; or a raw queue (``lpadmin -m raw``,
"Local Raw Printer", e.g. ``socket://192.168.1.50:9100`` to a network thermal printer): it takes the
ESC/POS bytes as they are (``lp -o raw``). :attr:`Queue.raw` tells which.

Written by hand around CUPS's own command-line clients (``lp``, ``lpstat``, ``lpoptions`` of the
cups-client package) instead of a binding: pycups compiles against the libcups headers at install time,
while the clients come with every CUPS and their messages and exit status are stable. The GUI lists the
same queues through Qt (``QPrinterInfo.availablePrinterNames()``).
"""

from __future__ import annotations

import re
import shlex
import subprocess
from dataclasses import dataclass

from sts_pos.devices.printers import PrinterError, PrinterNotFound

TIMEOUT = 20.0
RAW_MODEL = "local raw printer"  # printer-make-and-model of a queue made with ``lpadmin -m raw``


class PrintServiceError(PrinterError):
    """The computer's printing service (CUPS) is missing or not running."""


@dataclass(frozen=True)
class Queue:
    name: str
    make_and_model: str = ""
    device_uri: str = ""

    @property
    def raw(self) -> bool:
        """A raw queue: it takes printer commands (ESC/POS) unchanged, not a PDF."""
        return self.make_and_model.strip().lower() == RAW_MODEL


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT, check=False)
    except FileNotFoundError:
        raise PrintServiceError("This computer has no printing service (CUPS), so no system printer can be used. "
                                "Install CUPS (on Debian/Ubuntu: apt-get install cups), or choose another "
                                "printer in Administration > Printer and devices.") from None
    except subprocess.TimeoutExpired:
        raise PrintServiceError(f"The printing service did not answer within {TIMEOUT:.0f} seconds. "
                                "Check that CUPS is running, then print again.") from None


def _fail(name: str, result: subprocess.CompletedProcess) -> PrinterError:
    why = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
    low = why.lower()
    if "does not exist" in low or "unknown printer" in low or "invalid destination" in low:
        return PrinterNotFound(_absent(name), why)
    if "not running" in low or "unable to connect" in low or "connection refused" in low:
        return PrintServiceError("The computer's printing service (CUPS) is not running. Start it (or restart "
                                 "the computer), then print again.", why)
    if "not accepting" in low or "disabled" in low:
        return PrinterError(f"The printer “{name}” does not accept jobs now. Enable it in the computer's "
                            "printer settings, then print again.", why)
    return PrinterError(f"The printer “{name}” refused the receipt. Check it in the computer's printer "
                        "settings, then print again.", why)


def _absent(name: str) -> str:
    return (f"The printer “{name}” is not on this computer. Choose one of the printers listed in "
            "Administration > Printer and devices.")


def queue_names() -> list[str]:
    """The names of the print queues on this computer (``lpstat -e``); none when CUPS is not running."""
    result = _run(["lpstat", "-e"])
    if result.returncode != 0:
        return []
    return [line.strip() for line in result.stdout.decode("utf-8", "replace").splitlines() if line.strip()]


def queue(name: str) -> Queue:
    """One queue, with its make and model (``lpoptions -p``); :class:`PrinterNotFound` if it is not there."""
    if name not in queue_names():
        raise PrinterNotFound(_absent(name))
    result = _run(["lpoptions", "-p", name])
    if result.returncode != 0:
        raise _fail(name, result)
    options = {}
    for item in shlex.split(result.stdout.decode("utf-8", "replace")):
        key, _, value = item.partition("=")
        options[key] = value
    return Queue(name, options.get("printer-make-and-model", ""), options.get("device-uri", ""))


def queues() -> list[Queue]:
    return [queue(name) for name in queue_names()]


def submit(name: str, data: bytes, title: str = "Receipt", raw: bool = False, options: tuple[str, ...] = ()) -> str:
    """Queue ``data`` on ``name`` (``raw``: passed unchanged to the printer) and return the job id."""
    args = ["lp", "-d", name, "-t", title]
    if raw:
        args += ["-o", "raw"]
    for option in options:
        args += ["-o", option]
    result = _run(args + ["-"], data)
    if result.returncode != 0:
        raise _fail(name, result)
    found = re.search(rb"request id is (\S+)", result.stdout)
    return found.group(1).decode() if found else ""


def pdf_page_mm(pdf: bytes) -> tuple[float, float]:
    """The first page's size in mm, from its /MediaBox (the receipt PDFs reportlab writes keep it in clear)."""
    found = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", pdf)
    if not found:
        raise PrinterError("The receipt could not be prepared for the printer; print it again.",
                           "no /MediaBox in the PDF")
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return (x1 - x0) * 25.4 / 72, (y1 - y0) * 25.4 / 72


def print_pdf(name: str, pdf: bytes, title: str = "Receipt") -> str:
    """Send a receipt PDF to a driver queue at the PDF's own page size; returns the job id."""
    width, height = pdf_page_mm(pdf)
    return submit(name, pdf, title, options=(f"media=Custom.{width:.1f}x{height:.1f}mm",))
