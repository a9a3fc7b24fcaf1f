"""Meter identity: Luhn check digits, decoder reference numbers (DRN) and the 18-digit meter PAN.

IEC 62055-41 clause 6.1 (the MeterPAN): PAN = IIN + IAIN (the DRN) + PAN check digit. Two forms exist:

* 11-digit DRN = 2-digit manufacturer code + 8-digit serial + Luhn check digit, with IIN ``600727``;
* 13-digit DRN = 4-digit manufacturer code + 8-digit serial + Luhn check digit, with IIN ``0000``.

The check digits are the Luhn (ISO/IEC 7812-1) algorithm, written here because it is four lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sts_pos.sts.errors import InvalidMeterNumber, shown

IIN_11 = "600727"
IIN_13 = "0000"
_SEPARATORS = re.compile(r"[\s\-]")
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: "²" or Arabic-Indic digits are not meter numbers


def is_digits(text: object) -> bool:
    """True for a non-empty string of the ASCII digits 0-9 (and nothing else)."""
    return isinstance(text, str) and _DIGITS.fullmatch(text) is not None


def _cut(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def luhn_check_digit(payload: str) -> str:
    """Luhn check digit of a string of digits (the rightmost payload digit is doubled)."""
    if not is_digits(payload):
        raise InvalidMeterNumber(f"{shown(payload)} must contain the digits 0-9 only.")
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = ord(char) - 48
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


@dataclass(frozen=True)
class MeterNumber:
    """A meter's decoder reference number (11 or 13 digits, check digit included) and its IIN."""

    drn: str
    iin: str

    def __post_init__(self) -> None:
        if not is_digits(self.drn) or not is_digits(self.iin):
            raise InvalidMeterNumber(f"A meter number and its IIN are digits 0-9, not {shown(self.drn)} and "
                                     f"{shown(self.iin)}.")

    @property
    def manufacturer_code(self) -> str:
        return self.drn[:-9]

    @property
    def serial(self) -> str:
        return self.drn[-9:-1]

    @property
    def pan(self) -> str:
        """The 18-digit meter PAN: IIN + DRN + Luhn check digit over the first 17 digits."""
        body = self.iin + self.drn
        return body + luhn_check_digit(body)

    def __str__(self) -> str:
        return self.drn


def make_meter_number(manufacturer_code: str, serial: str) -> MeterNumber:
    """Build a meter number from a 2- or 4-digit manufacturer code and an 8-digit serial."""
    if not is_digits(manufacturer_code) or len(manufacturer_code) not in (2, 4):
        raise InvalidMeterNumber("The manufacturer code must be 2 or 4 digits.")
    if not is_digits(serial) or len(serial) != 8:
        raise InvalidMeterNumber("The meter serial must be 8 digits.")
    payload = manufacturer_code + serial
    return MeterNumber(payload + luhn_check_digit(payload), IIN_11 if len(payload) == 10 else IIN_13)


def parse_meter_number(text: str) -> MeterNumber:
    """Parse a meter number as typed: an 11- or 13-digit DRN, or an 18-digit PAN.

    Spaces and dashes are ignored. Raises :class:`InvalidMeterNumber` naming the exact problem.
    """
    if text is not None and not isinstance(text, str):
        raise InvalidMeterNumber(f"A meter number is typed as text, not {shown(text)}.")
    digits = _SEPARATORS.sub("", text or "")
    if not digits:
        raise InvalidMeterNumber("Enter the meter number (11 or 13 digits).")
    if not is_digits(digits):
        raise InvalidMeterNumber(
            f"The meter number '{_cut(text.strip())}' contains characters that are not digits; "
            "type only the digits printed on the meter."
        )
    if len(digits) == 18:
        if luhn_check_digit(digits[:-1]) != digits[-1]:
            raise InvalidMeterNumber(f"The meter PAN {digits} has a wrong check digit; check it against the meter.")
        iin = IIN_11 if digits.startswith(IIN_11) else IIN_13
        digits = digits[len(iin):-1]
    if len(digits) not in (11, 13):
        raise InvalidMeterNumber(
            f"A meter number has 11 or 13 digits; '{_cut(digits)}' has {len(digits)}. "
            "Check the number on the meter or on an old receipt."
        )
    if luhn_check_digit(digits[:-1]) != digits[-1]:
        raise InvalidMeterNumber(
            f"The meter number {digits} is not valid (its last digit does not match); "
            "a digit was probably mistyped."
        )
    return MeterNumber(digits, IIN_11 if len(digits) == 11 else IIN_13)
