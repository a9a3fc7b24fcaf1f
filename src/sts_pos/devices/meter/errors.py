"""Errors of the serial meter link, in the technician's words.

Our exception tree (bases from :mod:`sts_pos.devices`)::

    MeterError(DeviceError)                     anything that went wrong talking to a meter
    +-- MeterPortError(DeviceNotFound)          the serial port cannot be opened or was lost
    +-- MeterTimeout(DeviceTimeout)             the meter did not answer in time (silence, wrong port/baud)
    +-- MeterFrameError(DeviceProtocolError)    the answer was garbage or cut short (noise, wrong protocol)
    |   +-- MeterChecksumError                  a whole frame arrived but its checksum/BCC is wrong
    +-- MeterRefused(DeviceRefused)             the meter answered with an error (unknown register, password)
        +-- MeterNoSuchData                     the meter does not have the register asked for
"""

from __future__ import annotations

from sts_pos.devices import DeviceError, DeviceNotFound, DeviceProtocolError, DeviceRefused, DeviceTimeout


class MeterError(DeviceError):
    """Something went wrong talking to a meter over its serial port."""


class MeterPortError(MeterError, DeviceNotFound):
    """The serial port could not be opened, or it went away."""


class MeterTimeout(MeterError, DeviceTimeout):
    """The meter stayed silent (or stopped in the middle of a frame) for longer than the timeout."""


class MeterFrameError(MeterError, DeviceProtocolError):
    """The bytes received are not a valid frame of the expected protocol."""


class MeterChecksumError(MeterFrameError):
    """A complete frame arrived with a wrong checksum (DL/T 645 CS or IEC 62056-21 BCC)."""


class MeterRefused(MeterError, DeviceRefused):
    """The meter understood the request and answered with an error."""


class MeterNoSuchData(MeterRefused):
    """The meter answered that it has no such register (DL/T 645 SERR bit 1): a capability it lacks."""
