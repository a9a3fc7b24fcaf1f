"""Receipt printers: ESC/POS byte streams to a serial, USB, network or file printer (python-escpos).

The receipt bytes are made in :mod:`sts_pos.reports.receipt_escpos` (pure, python-escpos ``Dummy``);
this package only opens the printer named by a :class:`PrinterSettings` and sends them, with
python-escpos's transports (``Serial``, ``Usb``, ``Network``, ``File``) behind one function,
:func:`send_bytes`, and ``Dummy`` for tests (``kind="dummy"``, :func:`open_printer` returns it and its
``.output`` holds what was sent). Every failure a cashier can meet (printer unplugged, wrong port,
permission denied on /dev/usb/lp0, network printer off, USB support missing) becomes a
:class:`PrinterError` that says what to check; the driver's text goes in ``detail``.

A printer of the computer's print system is ``kind="cups"`` with the queue's name as ``target``
(:mod:`sts_pos.devices.printers.cups`): a raw queue takes these ESC/POS bytes (:func:`send_bytes`), a driver
queue (an office printer, cups-pdf) the receipt PDF (:func:`sts_pos.devices.printers.cups.print_pdf`).
``dots`` (the head's width, 384 on 58 mm, 576 on 80 mm) and ``code_page`` (PC437, PC850, PC858, WPC1252) are
the printer settings the ESC/POS renderer needs (office settings ``printer_dots``/``printer_code_page``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sts_pos.devices import DeviceError, DeviceNotFound

KINDS = ("serial", "usb", "network", "file", "cups", "dummy")


class PrinterError(DeviceError):
    """The receipt printer could not be reached or refused the data."""


class PrinterNotFound(PrinterError, DeviceNotFound):
    """The configured printer is not there (unplugged, switched off, wrong port/address)."""


class PrinterSettingsError(PrinterError):
    """The printer settings are incomplete or wrong."""


@dataclass(frozen=True)
class PrinterSettings:
    """Where the receipt printer is. ``target``: device path (serial, file), ``host[:port]`` (network),
    ``VID:PID`` in hex (usb) or the print queue's name (cups). ``columns``: 32 for 58 mm paper, 42 for 80 mm;
    ``dots``: the head's width (0: 384 for 32 columns, 576 otherwise); ``code_page``: the text's code page."""

    kind: str = "file"
    target: str = ""
    baudrate: int = 9600
    timeout: float = 5.0
    columns: int = 42
    profile: str = ""
    dots: int = 0
    code_page: str = "PC437"

    @classmethod
    def parse(cls, spec: str, **kw) -> PrinterSettings:
        """``serial:/dev/ttyUSB0``, ``usb:04b8:0202``, ``network:192.168.1.50:9100``, ``file:/dev/usb/lp0``,
        ``cups:QUEUE``, ``dummy:`` -> settings."""
        kind, sep, target = spec.partition(":")
        if not sep or kind not in KINDS:
            raise PrinterSettingsError(
                f"The printer {spec!r} is not understood.",
                "Write it as cups:QUEUE, serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST[:9100], "
                "file:/dev/usb/lp0 or dummy:.",
            )
        return cls(kind=kind, target=target, **kw)


def _usb_ids(target: str) -> tuple[int, int]:
    try:
        vid, pid = (int(part, 16) for part in target.split(":"))
    except ValueError:
        raise PrinterSettingsError(
            f"The USB printer id {target!r} is not VENDOR:PRODUCT in hexadecimal.",
            "Example: usb:04b8:0202 (find it with lsusb).",
        ) from None
    return vid, pid


def _network_address(target: str) -> tuple[str, int]:
    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "9100")
    if not host:
        raise PrinterSettingsError("The network printer has no address.", "Example: network:192.168.1.50:9100.")
    try:
        return host, int(port)
    except ValueError:
        raise PrinterSettingsError(f"The network printer port {port!r} is not a number.") from None


def _make(settings: PrinterSettings):
    from escpos import printer as escpos_printer

    extra = {"profile": settings.profile} if settings.profile else {}
    kind, target = settings.kind, settings.target
    if kind == "dummy":
        return escpos_printer.Dummy(**extra)
    if kind != "usb" and not target:
        raise PrinterSettingsError(f"No {kind} printer is configured.", "Set the printer in Administration > Printers.")
    if kind == "serial":
        return escpos_printer.Serial(devfile=target, baudrate=settings.baudrate, timeout=settings.timeout,
                                     dsrdtr=False, **extra)
    if kind == "network":
        host, port = _network_address(target)
        return escpos_printer.Network(host=host, port=port, timeout=settings.timeout, **extra)
    if kind == "file":
        return escpos_printer.File(devfile=target, **extra)
    if kind == "usb":
        if not escpos_printer.Usb.is_usable():
            raise PrinterError("USB printing is not available on this computer.",
                               "The pyusb package is missing; reinstall sts-pos.")
        vid, pid = _usb_ids(target)
        return escpos_printer.Usb(idVendor=vid, idProduct=pid, timeout=int(settings.timeout * 1000), **extra)
    raise PrinterSettingsError(f"Unknown printer kind {kind!r}.", f"Choose one of: {', '.join(KINDS)}.")


_HINTS = {
    "serial": "Check that the printer is switched on and the serial port {t} is right.",
    "usb": "Check that the USB printer {t} is plugged in and switched on (on Linux, the udev rule gives access).",
    "network": "Check that the network printer at {t} is switched on and on the same network.",
    "file": "Check that the printer device {t} exists and that sts-pos may write to it.",
}


def open_printer(settings: PrinterSettings):
    """Open the configured printer (a python-escpos printer object); :class:`PrinterNotFound` if it is absent."""
    from escpos.exceptions import DeviceNotFoundError

    printer = _make(settings)
    if settings.kind == "dummy":
        return printer
    hint = _HINTS[settings.kind].format(t=settings.target)
    try:
        printer.open(raise_not_found=True)
    except DeviceNotFoundError as exc:
        raise PrinterNotFound(f"The receipt printer cannot be reached. {hint}", str(exc)) from exc
    except (OSError, ValueError) as exc:  # pyusb's NoBackendError is a ValueError; permission errors are OSErrors
        raise PrinterNotFound(f"The receipt printer cannot be opened. {hint}", f"{type(exc).__name__}: {exc}") from exc
    return printer


def send_bytes(settings: PrinterSettings, data: bytes):
    """Send a finished ESC/POS byte stream to the configured printer, close it and return the printer
    object (for ``dummy``, its ``.output`` is what was sent; for ``cups``, the print job's id)."""
    if settings.kind == "cups":
        from sts_pos.devices.printers import cups

        if not settings.target:
            raise PrinterSettingsError("No printer queue is chosen. Choose one in Administration > Printer and devices.")
        return cups.submit(settings.target, data, "Receipt", raw=True)
    printer = open_printer(settings)
    try:
        printer._raw(data)  # the bytes are complete commands already (python-escpos's transport seam)
        if settings.kind == "file":
            printer.flush()
    except (OSError, ValueError) as exc:
        hint = _HINTS.get(settings.kind, "").format(t=settings.target)
        raise PrinterError(f"The receipt printer stopped while printing. {hint}",
                           f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # pyserial / pyusb errors are not OSErrors
        if type(exc).__module__.split(".")[0] not in ("serial", "usb"):
            raise
        raise PrinterError("The receipt printer stopped while printing. Check the cable and the paper.",
                           f"{type(exc).__name__}: {exc}") from exc
    finally:
        try:
            printer.close()
        except Exception:  # closing a dead device must not hide the real error
            pass
    return printer
