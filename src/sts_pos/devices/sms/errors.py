"""Errors of the GSM modem and the SMS outbox, in the cashier's and technician's words.

Our exception tree (bases from :mod:`sts_pos.devices`)::

    SmsError(DeviceError)                      anything that went wrong sending an SMS
    +-- ModemPortError(DeviceNotFound)         the modem's serial port cannot be opened or went away
    +-- ModemTimeout(DeviceTimeout)            the modem did not answer an AT command in time
    +-- ModemProtocolError(DeviceProtocolError) the modem answered something that is not AT syntax
    +-- ModemRefused(DeviceRefused)            ERROR / +CMS ERROR / +CME ERROR (no network, no SIM ...)
"""

from __future__ import annotations

from sts_pos.devices import DeviceError, DeviceNotFound, DeviceProtocolError, DeviceRefused, DeviceTimeout

# +CMS ERROR codes (3GPP TS 27.005 clause 3.2.5) a vending office meets, in plain words
CMS_ERRORS = {
    300: "the modem failed", 301: "the SMS service of the modem is reserved", 302: "operation not allowed",
    303: "operation not supported", 304: "invalid parameter in text mode", 310: "no SIM card in the modem",
    311: "the SIM card needs its PIN", 313: "the SIM card failed", 320: "the modem's message memory failed",
    321: "no message at that memory index", 322: "the modem's message memory is full",
    330: "the SMS centre number is unknown", 331: "no network service (check the antenna and signal)",
    332: "the network timed out", 500: "unknown error",
}


class SmsError(DeviceError):
    """Something went wrong sending an SMS."""


class ModemPortError(SmsError, DeviceNotFound):
    """The modem's serial port could not be opened, or it went away."""


class ModemTimeout(SmsError, DeviceTimeout):
    """The modem did not answer in time."""


class ModemProtocolError(SmsError, DeviceProtocolError):
    """The modem answered with something that is not a valid AT response."""


class ModemRefused(SmsError, DeviceRefused):
    """The modem answered ERROR, +CMS ERROR or +CME ERROR."""

    def __init__(self, message: str, detail: str = "", code: int | None = None) -> None:
        super().__init__(message, detail)
        self.code = code
