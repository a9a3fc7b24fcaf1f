"""Devices: the IC card reader, the meter on a serial port, printers and the SMS modem.

Each device sits behind a small interface with a real implementation (pyscard, pyserial, python-escpos)
and a simulator or fake, so the vending office and every test work without hardware. Layering:
``gui -> devices -> vending -> sts``; nothing below ``devices`` imports a device library, and device
libraries are imported lazily inside the modules that need them.

Errors a technician may see derive from :class:`DeviceError` (a ``UserFacingError``)::

    DeviceError                  something went wrong talking to a device
    +-- DeviceNotFound           the device (reader, port, printer, modem) is not there or not connected
    +-- DeviceBusy               another program or operation holds the device
    +-- DeviceTimeout            the device did not answer in time
    +-- DeviceDisconnected       the device, or the card in it, went away during an operation
    +-- DeviceProtocolError      the device answered, but with something we cannot accept
    +-- DeviceRefused            the device understood and refused (wrong PIN/PSC, locked, rejected token)

Each device package subclasses the branch that fits (``devices.cards.errors``, ``devices.meter`` ...),
so callers can catch a whole branch (``except DeviceNotFound``) or the precise case.
"""

from __future__ import annotations

from sts_pos.errors import UserFacingError


class DeviceError(UserFacingError):
    """A device problem; ``str()`` is a sentence a technician can act on."""


class DeviceNotFound(DeviceError):
    """The device is not connected, not configured, or its service is not running."""


class DeviceBusy(DeviceError):
    """The device is in use by another program or operation."""


class DeviceTimeout(DeviceError):
    """The device did not answer in time."""


class DeviceDisconnected(DeviceError):
    """The device (or the card in it) was removed during an operation."""


class DeviceProtocolError(DeviceError):
    """The device answered with something malformed or unexpected."""


class DeviceRefused(DeviceError):
    """The device understood the request and refused it."""


__all__ = ["DeviceBusy", "DeviceDisconnected", "DeviceError", "DeviceNotFound", "DeviceProtocolError",
           "DeviceRefused", "DeviceTimeout"]
