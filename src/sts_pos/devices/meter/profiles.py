"""Meter profiles: which registers of a meter model carry the STS functions (token entry, key parameters).

The standard registers (DL/T 645-2007 appendix A; IEC 62056-21 with OBIS codes) are the same on every
meter, so :func:`sts_pos.devices.meter.reading.read_meter` always reads them first: the communication
address, forward active energy ``00010000`` / ``1.8.0``, combined active energy ``00000000``, the date and
time ``04000101``/``04000102`` / ``0.9.2``/``0.9.1``. Neither standard names the STS functions, so each
manufacturer puts them in its own register block. A profile lists those private identifiers for one meter
model; an identifier left out (``None``) is a capability the model does not have, and a register the meter
answers "no such data" for is simply not shown.

Profiles shipped:

* ``sts-pos-sim``: the simulator's block (``04A000xx`` on DL/T 645, ``C.90.x`` on IEC 62056-21), see
  ``docs/meter-protocol.md``;
* ``standard``: none of them: energy, address and clock only.

A manufacturer's model is a JSON file with the same field names (numbers as hex strings, e.g.
``{"name": "acme-x1", "token_entry_di": "04A10001", ...}``) passed as ``--profile FILE``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sts_pos.devices.meter import registers as reg
from sts_pos.devices.meter.errors import MeterError


@dataclass(frozen=True)
class MeterProfile:
    """The registers of one meter model beyond the standard ones (``None``: the model has no such register)."""

    name: str
    description: str = ""
    # DL/T 645-2007 data identifiers
    token_entry_di: int | None = None       # write: the token as 10 bytes BCD
    last_token_di: int | None = None        # code, class, subclass, amount (the layout of docs/meter-protocol.md)
    sts_parameters_di: int | None = None    # SGC, TI, KRN, key type, KEN, base year, EA
    tamper_di: int | None = None            # 1 byte
    remaining_energy_di: int | None = reg.DI_REMAINING_ENERGY   # standard on prepayment meters, optional
    status_word_di: int | None = reg.DI_STATUS_WORD_3           # standard, optional (bit 4: relay open)
    asset_number_di: int | None = reg.DI_ASSET_NUMBER           # standard, optional: the STS meter number
    manufacturer_di: int | None = reg.DI_MANUFACTURER           # standard, optional
    # IEC 62056-21 readout addresses
    meter_number_obis: str | None = reg.OBIS_METER_NUMBER
    credit_obis: str | None = None
    relay_obis: str | None = None
    tamper_obis: str | None = None
    sgc_obis: str | None = None
    ti_obis: str | None = None
    krn_obis: str | None = None
    key_type_obis: str | None = None
    ken_obis: str | None = None
    base_date_obis: str | None = None
    ea_obis: str | None = None
    last_token_obis: str | None = None
    last_token_class_obis: str | None = None
    token_entry_obis: str | None = None

    @property
    def takes_tokens(self) -> bool:
        return self.token_entry_di is not None or self.token_entry_obis is not None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeterProfile:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise MeterError(f"The meter profile has fields sts-pos does not know ({', '.join(unknown)}); check "
                             "their names against docs/meter-protocol.md.")
        if "name" not in data:
            raise MeterError("The meter profile has no name; give it one, e.g. \"name\": \"acme-x1\".")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key.endswith("_di") and value is not None:
                try:
                    values[key] = int(str(value), 16)
                except ValueError:
                    raise MeterError(f"In the meter profile, {key} is {value!r}; write the data identifier "
                                     "as 8 hexadecimal digits, e.g. 04A00001.") from None
            else:
                values[key] = value
        return replace(STANDARD, description="", **values)

    @classmethod
    def load(cls, path: str | Path) -> MeterProfile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MeterError(f"The meter profile {path} cannot be read; check that the file exists and is "
                             "JSON.", str(exc)) from exc
        if not isinstance(data, dict):
            raise MeterError(f"The meter profile {path} is not a JSON object of register names.")
        return cls.from_dict(data)


STANDARD = MeterProfile("standard", "standard registers only (energy, address, clock)")
SIMULATOR = MeterProfile(
    "sts-pos-sim", "the sts-pos simulator's STS block (04A000xx, C.90.x)",
    token_entry_di=reg.DI_TOKEN_ENTRY, last_token_di=reg.DI_LAST_TOKEN, sts_parameters_di=reg.DI_STS_PARAMETERS,
    tamper_di=reg.DI_TAMPER, credit_obis=reg.OBIS_CREDIT, relay_obis=reg.OBIS_RELAY, tamper_obis=reg.OBIS_TAMPER,
    sgc_obis=reg.OBIS_SGC, ti_obis=reg.OBIS_TI, krn_obis=reg.OBIS_KRN, key_type_obis=reg.OBIS_KEY_TYPE,
    ken_obis=reg.OBIS_KEN, base_date_obis=reg.OBIS_BASE_DATE, ea_obis=reg.OBIS_EA,
    last_token_obis=reg.OBIS_LAST_TOKEN, last_token_class_obis=reg.OBIS_LAST_TOKEN_CLASS,
    token_entry_obis=reg.OBIS_TOKEN_ENTRY)
PROFILES = {profile.name: profile for profile in (SIMULATOR, STANDARD)}


def profile_named(name_or_path: str) -> MeterProfile:
    """A shipped profile by name, or a manufacturer's profile from a JSON file."""
    if name_or_path in PROFILES:
        return PROFILES[name_or_path]
    if Path(name_or_path).suffix.lower() == ".json" or Path(name_or_path).exists():
        return MeterProfile.load(name_or_path)
    raise MeterError(f"There is no meter profile {name_or_path!r}: choose {', '.join(PROFILES)}, or give the "
                     "path of a profile file (.json).")
