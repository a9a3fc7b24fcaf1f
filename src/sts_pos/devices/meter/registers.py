"""The meter's registers as both protocols name them, and the token result codes with their meaning.

One table serves the client and the simulator, so they cannot drift apart. ``docs/meter-protocol.md``
lists the same identifiers for technicians and for checking a real meter's manual.

* DL/T 645-2007 data identifiers (appendix A): energy ``00000000``, remaining energy ``00900100``,
  running status word 3 ``04000503`` (bit 4: relay open), communication address ``04000401``, asset
  number ``04000403`` (holds the STS meter number), manufacturer number ``04800003``.
* STS extension, manufacturer-specific block ``04A000xx`` (DI2 = A0H lies in the range DL/T 645 leaves to
  manufacturers; a real meter's manual gives its own numbers, so :class:`~.client.MeterLink` takes them
  as settings): token entry ``04A00001`` (write, 10 bytes BCD), last token result ``04A00002``, STS key
  parameters ``04A00003``, tamper ``04A00004``.
* Token result codes follow the short codes of CONLOG-style STS meters (1 accept ... 16 not ready); a
  test/display token answers code 1 with token class 1.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sts_pos.sts.meter import MeterResult

# DL/T 645-2007 standard data identifiers
DI_ENERGY_TOTAL = 0x00000000        # combined active energy, XXXXXX.XX kWh, 4 bytes BCD
DI_FORWARD_ACTIVE = 0x00010000      # forward active energy, total, XXXXXX.XX kWh, 4 bytes BCD
DI_DATE = 0x04000101                # date and week: YYMMDDWW, 4 bytes BCD (WW 0 = Sunday)
DI_TIME = 0x04000102                # time: hhmmss, 3 bytes BCD
DI_REMAINING_ENERGY = 0x00900100    # remaining (prepaid) energy, XXXXXX.XX kWh, 4 bytes BCD
DI_STATUS_WORD_3 = 0x04000503       # running status word 3, 2 bytes; bit 4 = relay open
DI_ADDRESS = 0x04000401             # communication address, 6 bytes BCD
DI_ASSET_NUMBER = 0x04000403        # asset management number, 32 bytes ASCII: the STS meter number
DI_MANUFACTURER = 0x04800003        # manufacturer number, 32 bytes ASCII
# STS extension (manufacturer-specific block)
DI_TOKEN_ENTRY = 0x04A00001         # write: the 20-digit token as 10 bytes BCD
DI_LAST_TOKEN = 0x04A00002          # code, class, subclass (binary), amount XXXXXX.XX kWh (4 bytes BCD)
DI_STS_PARAMETERS = 0x04A00003      # SGC (3 BCD), TI, KRN, KT, KEN (binary), base year (2 BCD), EA (1 BCD)
DI_TAMPER = 0x04A00004              # 1 byte: 0 no tamper, 1 tamper detected

RELAY_OPEN_BIT = 0x0010

# IEC 62056-21 readout addresses (OBIS in reduced form; C = 96, the service group)
OBIS_ADDRESS = "0.0.0"
OBIS_TIME = "0.9.1"                 # meter's time, hhmmss (separators allowed)
OBIS_DATE = "0.9.2"                 # meter's date, YYMMDD (a leading century digit allowed)
OBIS_METER_NUMBER = "C.1.0"
OBIS_ENERGY = "1.8.0"
OBIS_CREDIT = "C.90.1"
OBIS_RELAY = "C.90.2"
OBIS_TAMPER = "C.90.3"
OBIS_SGC = "C.90.4"
OBIS_TI = "C.90.5"
OBIS_KRN = "C.90.6"
OBIS_KEY_TYPE = "C.90.7"
OBIS_KEN = "C.90.8"
OBIS_BASE_DATE = "C.90.9"
OBIS_EA = "C.90.10"
OBIS_LAST_TOKEN = "C.90.11"
OBIS_LAST_TOKEN_CLASS = "C.90.12"   # token class of the last token (empty before any token)
OBIS_TOKEN_ENTRY = "C.90.20"        # write-only, programming mode: the 20-digit token
OBIS_ERROR = "F.F"

# Token result short codes: (code, MeterResult or None, help text when there is no MeterResult)
RESULT_CODES: dict[int, tuple[MeterResult | None, str, str]] = {
    1: (MeterResult.ACCEPTED, "Accept", ""),
    2: (MeterResult.KCT_PENDING, "KCT 1", ""),
    3: (MeterResult.KEY_CHANGED, "KCT 2", ""),
    4: (MeterResult.OVERFLOW, "Overflow", ""),
    5: (MeterResult.KEY_TYPE, "Key type", ""),
    6: (MeterResult.FORMAT_ERROR, "Format", ""),
    7: (MeterResult.RANGE, "Range", ""),
    8: (MeterResult.NOT_FOR_METER_TYPE, "Function", ""),
    9: (MeterResult.OLD, "Old", ""),
    10: (MeterResult.USED, "Used", ""),
    11: (MeterResult.KEY_EXPIRED, "Expired", ""),
    12: (MeterResult.DDTK, "DDTK", ""),
    13: (MeterResult.CRC_ERROR, "CRC", ""),
    14: (MeterResult.MFR_CODE, "Mfr code", ""),
    15: (None, "Lockout", "The keypad is locked after too many wrong tokens. Wait until the lockout time "
                          "passes (it doubles with each wrong entry), then enter the token carefully."),
    16: (None, "Not ready", "The meter is busy or has not finished starting up. Wait a moment and send the "
                            "token again."),
}
CODE_OF_RESULT = {result: code for code, (result, _, _) in RESULT_CODES.items() if result is not None}
CODE_OF_RESULT[MeterResult.TEST_OK] = 1


@dataclass(frozen=True)
class TokenResult:
    """The meter's answer to a token, as read back over the serial port."""

    code: int
    token_class: int | None = None
    subclass: int | None = None
    amount_tenths_kwh: int = 0

    @property
    def meter_result(self) -> MeterResult | None:
        if self.code == 1 and self.token_class == 1:
            return MeterResult.TEST_OK
        entry = RESULT_CODES.get(self.code)
        return entry[0] if entry else None

    @property
    def label(self) -> str:
        entry = RESULT_CODES.get(self.code)
        if self.meter_result is MeterResult.TEST_OK:
            return "Test"
        return entry[1] if entry else f"Code {self.code}"

    @property
    def help_text(self) -> str:
        result = self.meter_result
        if result is not None:
            return result.help_text
        entry = RESULT_CODES.get(self.code)
        if entry:
            return entry[2]
        return (f"The meter answered with result code {self.code}, which sts-pos does not know. Look it up "
                "in the meter's manual.")

    @property
    def accepted(self) -> bool:
        return self.code in (1, 2, 3)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "accepted": self.accepted,
                "help_text": self.help_text, "token_class": self.token_class, "subclass": self.subclass,
                "amount_kwh": f"{self.amount_tenths_kwh / 10:.1f}" if self.amount_tenths_kwh else "0.0"}


@dataclass(frozen=True)
class MeterRegisters:
    """What a technician reads from a meter; energy in integer tenths of kWh."""

    meter_number: str
    address: str
    energy_tenths_kwh: int
    credit_tenths_kwh: int
    relay_closed: bool
    tamper: bool
    sgc: str
    ti: int
    krn: int
    key_type: int | None = None
    ken: int | None = None
    base_date: int | None = None
    ea: str | None = None
    manufacturer: str = ""
    last_token: TokenResult | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_token"] = self.last_token.as_dict() if self.last_token else None
        data["energy_kwh"] = tenths_text(self.energy_tenths_kwh)
        data["credit_kwh"] = tenths_text(self.credit_tenths_kwh)
        return data


def tenths_text(tenths: int) -> str:
    return f"{tenths // 10}.{tenths % 10}"
