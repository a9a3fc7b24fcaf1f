"""What ``sts-pos meter read`` shows: the standard registers first, then what the meter's profile adds.

:func:`read_meter` works on any DL/T 645-2007 or IEC 62056-21 meter: it reads the communication address,
forward active energy, combined active energy and the meter's date and time, then the optional standard
registers (asset number, manufacturer number, remaining energy, status word 3) and last the STS registers
the :class:`~sts_pos.devices.meter.profiles.MeterProfile` names. A register the meter answers "no such
data" for (or leaves out of its readout) is listed in :attr:`MeterReading.absent`, never an error; the
standard energy and address are required. Energy keeps the meter's own resolution (``123456.78``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sts_pos.devices.meter import dlt645
from sts_pos.devices.meter import registers as reg
from sts_pos.devices.meter.errors import MeterFrameError, MeterRefused
from sts_pos.devices.meter.registers import MeterRegisters, TokenResult

if TYPE_CHECKING:
    from sts_pos.devices.meter.client import MeterLink
    from sts_pos.devices.meter.iec62056 import Identification
    from sts_pos.devices.meter.profiles import MeterProfile

_NUMBER = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class MeterReading:
    """One reading of a meter; ``None`` (or ``""``) where the meter does not have the register."""

    protocol: str
    profile: str
    address: str
    energy_kwh: str | None                 # forward active energy, total (00010000 / 1.8.0)
    combined_energy_kwh: str | None = None  # combined active energy (00000000), DL/T 645
    meter_clock: str | None = None         # the meter's own date and time, YYYY-MM-DD hh:mm:ss
    identification: str = ""               # IEC 62056-21: manufacturer and identification
    meter_number: str = ""
    manufacturer: str = ""
    credit_kwh: str | None = None
    relay_closed: bool | None = None
    tamper: bool | None = None
    sts: dict[str, Any] | None = None     # sgc, ti, krn, key_type, ken, base_date, ea
    last_token: TokenResult | None = None
    absent: tuple[str, ...] = field(default=())  # registers the meter does not have

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_token"] = self.last_token.as_dict() if self.last_token else None
        data["absent"] = list(self.absent)
        return data

    def lines(self) -> list[tuple[str, str]]:
        """``(label, value)`` pairs for the technician, what the meter has only."""
        out = [("address", self.address), ("energy_kwh", self.energy_kwh or "")]
        optional = [("combined_kwh", self.combined_energy_kwh), ("meter_clock", self.meter_clock),
                    ("identification", self.identification), ("meter_number", self.meter_number),
                    ("manufacturer", self.manufacturer), ("credit_kwh", self.credit_kwh),
                    ("relay_closed", self.relay_closed), ("tamper", self.tamper)]
        out += [(label, str(value)) for label, value in optional if value not in (None, "")]
        for key, value in (self.sts or {}).items():
            out.append((key, str(value)))
        if self.last_token is not None or self.sts is not None:
            last = self.last_token
            out.append(("last_token", f"{last.code} {last.label}: {last.help_text}" if last else "none"))
        if self.absent:
            out.append(("not_in_meter", ", ".join(self.absent)))
        return out


def read_meter(link: MeterLink, profile: MeterProfile) -> MeterReading:
    if link.protocol == "iec62056-21":
        return _read_iec(link, profile)
    return _read_dlt645(link, profile)


# -- DL/T 645-2007 ---------------------------------------------------------------------------------------
def _read_dlt645(link: MeterLink, profile: MeterProfile) -> MeterReading:
    address = link.meter_address()
    absent: list[str] = []

    def value(di: int | None, length: int, name: str) -> bytes | None:
        if di is None:
            return None
        data = link.read_value(di)
        if data is None:
            absent.append(f"{name} ({di:08X})")
            return None
        if len(data) < length:
            raise MeterFrameError(f"The meter's answer for register {di:08X} is too short.", data.hex(" "))
        return data

    energy = value(reg.DI_FORWARD_ACTIVE, 4, "forward active energy")
    combined = value(reg.DI_ENERGY_TOTAL, 4, "combined active energy")
    if energy is None and combined is None:
        raise MeterRefused("The meter has neither forward active energy (00010000) nor combined active energy "
                           "(00000000); it may not be a DL/T 645-2007 electricity meter.")
    date, time = value(reg.DI_DATE, 4, "date"), value(reg.DI_TIME, 3, "time")
    value(reg.DI_ADDRESS, 6, "address register")
    asset = value(profile.asset_number_di, 0, "asset number")
    maker = value(profile.manufacturer_di, 0, "manufacturer number")
    credit = value(profile.remaining_energy_di, 4, "remaining energy")
    status = value(profile.status_word_di, 2, "status word 3")
    tamper = value(profile.tamper_di, 1, "tamper")
    params = value(profile.sts_parameters_di, 10, "STS key parameters")
    last = value(profile.last_token_di, 7, "last token result")
    sts = None
    if params is not None:
        sts = {"sgc": f"{dlt645.bcd_decode(params[0:3]):06d}", "ti": params[3], "krn": params[4],
               "key_type": params[5], "ken": params[6], "base_date": dlt645.bcd_decode(params[7:9]),
               "ea": f"{dlt645.bcd_decode(params[9:10]):02d}"}
    return MeterReading(
        "dlt645", profile.name, address, _hundredths(energy), _hundredths(combined), _dlt645_clock(date, time),
        meter_number=_ascii(asset), manufacturer=_ascii(maker), credit_kwh=_hundredths(credit),
        relay_closed=None if status is None else not int.from_bytes(status[:2], "little") & reg.RELAY_OPEN_BIT,
        tamper=None if tamper is None else tamper[:1] != b"\x00", sts=sts,
        last_token=None if last is None else last_token_from(last), absent=tuple(absent))


def last_token_from(data: bytes) -> TokenResult | None:
    if data[0] == 0:
        return None
    return TokenResult(data[0], None if data[1] == 0xFF else data[1], None if data[2] == 0xFF else data[2],
                       dlt645.bcd_decode(data[3:7]) // 10)


def _hundredths(data: bytes | None) -> str | None:
    """XXXXXX.XX kWh (4 bytes BCD) as text with both decimals."""
    if data is None:
        return None
    number = dlt645.bcd_decode(data[:4])
    return f"{number // 100}.{number % 100:02d}"


def _ascii(data: bytes | None) -> str:
    return "" if data is None else data[::-1].rstrip(b"\x00 ").decode("ascii", "replace")


def _dlt645_clock(date: bytes | None, time: bytes | None) -> str | None:
    if date is None:
        return None
    ww, dd, mm, yy = (f"{b:02X}" for b in date[:4])
    text = f"20{yy}-{mm}-{dd}"
    if time is not None:
        ss, mi, hh = (f"{b:02X}" for b in time[:3])
        text += f" {hh}:{mi}:{ss}"
    if not re.fullmatch(r"\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d)?", text):
        raise MeterFrameError("The meter's date or time is not valid BCD.", f"{date.hex(' ')} {time!r}")
    return text


# -- IEC 62056-21 ----------------------------------------------------------------------------------------
def _read_iec(link: MeterLink, profile: MeterProfile) -> MeterReading:
    ident, raw = link.readout()
    values = {re.sub(r"^\d+-\d+:", "", address): text for address, (text, _unit) in raw.items()}
    address = values.get(reg.OBIS_ADDRESS, "")
    if link.address and address and address != link.address:
        raise MeterRefused(f"Meter {address} answered, not meter {link.address}. Another meter on the line (or "
                           "under the probe) answered; check the address and the probe position.")
    absent: list[str] = []

    def text(obis: str | None, name: str) -> str | None:
        if obis is None:
            return None
        if obis not in values:
            absent.append(f"{name} ({obis})")
            return None
        return values[obis]

    energy = text(reg.OBIS_ENERGY, "active energy")
    if energy is None:
        raise MeterRefused("The meter's readout has no active energy register (1.8.0); it may use other "
                           "register numbers. Check the meter's manual.")
    date, time = text(reg.OBIS_DATE, "date"), text(reg.OBIS_TIME, "time")
    number = text(profile.meter_number_obis, "meter number") or ""
    credit, relay = text(profile.credit_obis, "credit"), text(profile.relay_obis, "relay")
    tamper, last = text(profile.tamper_obis, "tamper"), text(profile.last_token_obis, "last token result")
    sts_fields = {"sgc": profile.sgc_obis, "ti": profile.ti_obis, "krn": profile.krn_obis,
                  "key_type": profile.key_type_obis, "ken": profile.ken_obis,
                  "base_date": profile.base_date_obis, "ea": profile.ea_obis}
    sts = {key: text(obis, key) for key, obis in sts_fields.items() if obis is not None}
    last_class = values.get(profile.last_token_class_obis or "", "")
    last_token = (TokenResult(int(last), int(last_class) if last_class.isdigit() else None)
                  if last and last.isdigit() and int(last) else None)
    return MeterReading(
        "iec62056-21", profile.name, address or link.address or "", _decimal(energy), None,
        _iec_clock(date, time), identification=f"{ident.manufacturer} {ident.identification}",
        meter_number=number, manufacturer=ident.manufacturer, credit_kwh=_decimal(credit),
        relay_closed=None if relay is None else relay == "1", tamper=None if tamper is None else tamper == "1",
        sts={k: v for k, v in sts.items() if v is not None} or None, last_token=last_token, absent=tuple(absent))


def _decimal(value: str | None) -> str | None:
    """An energy value as the meter sent it, leading zeros dropped, every decimal kept."""
    if value is None:
        return None
    if not _NUMBER.match(value):
        raise MeterFrameError("The meter sent an energy value that is not a number.", value)
    return str(Decimal(value))


def _iec_clock(date: str | None, time: str | None) -> str | None:
    if date is None:
        return None
    digits = re.sub(r"\D", "", date)[-6:]
    clock = re.sub(r"\D", "", time or "")[:6]
    if len(digits) != 6 or (time is not None and len(clock) != 6):
        raise MeterFrameError("The meter's date or time could not be read.", f"{date!r} {time!r}")
    text = f"20{digits[:2]}-{digits[2:4]}-{digits[4:6]}"
    return text + (f" {clock[:2]}:{clock[2:4]}:{clock[4:6]}" if time is not None else "")


def registers_from_readout(ident: Identification, values: dict[str, tuple[str, str | None]],
                           profile: MeterProfile) -> MeterRegisters:
    """The STS registers of a readout (for the meter-test screen); every one of the profile's is required."""

    def text(obis: str | None) -> str:
        if obis is None or obis not in values:
            raise MeterFrameError(f"The meter's readout has no {obis or 'STS'} register; it may not be an STS "
                                  "meter or may use other register numbers.")
        return values[obis][0]

    def number(obis: str | None) -> int:
        try:
            return int(text(obis))
        except ValueError as exc:
            raise MeterFrameError(f"The meter's {obis} register is not a number.", text(obis)) from exc

    p = profile
    last = number(p.last_token_obis) if p.last_token_obis in values else 0
    last_class = values.get(p.last_token_class_obis or "", ("", None))[0]
    return MeterRegisters(
        meter_number=text(p.meter_number_obis), address=values.get(reg.OBIS_ADDRESS, ("", None))[0],
        energy_tenths_kwh=_tenths(text(reg.OBIS_ENERGY)), credit_tenths_kwh=_tenths(text(p.credit_obis)),
        relay_closed=text(p.relay_obis) == "1", tamper=text(p.tamper_obis) == "1",
        sgc=text(p.sgc_obis), ti=number(p.ti_obis), krn=number(p.krn_obis),
        key_type=number(p.key_type_obis), ken=number(p.ken_obis), base_date=number(p.base_date_obis),
        ea=text(p.ea_obis), manufacturer=ident.manufacturer,
        last_token=TokenResult(last, int(last_class) if last_class.isdigit() else None) if last else None)


def _tenths(value: str) -> int:
    try:
        return int(Decimal(value) * 10)
    except InvalidOperation as exc:
        raise MeterFrameError("The meter sent an energy value that is not a number.", value) from exc
