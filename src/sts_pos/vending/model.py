"""Records the vending services work with (frozen dataclasses; the store maps rows to them).

Money is ``int`` minor units, energy ``int`` tenths of kWh, times aware ``datetime`` in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sts_pos.sts.keys import KeyParameters
from sts_pos.sts.meter_number import MeterNumber
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.money import Currency
from sts_pos.vending.office_time import OfficeTime
from sts_pos.vending.tariff import DEFAULT_ORDER


@dataclass(frozen=True)
class OfficeSettings:
    name: str = "sts-pos office"
    vat_number: str = ""
    address: str = ""
    currency: Currency = field(default_factory=Currency)
    utc_offset_minutes: int = 0  # fixed offset used to count TID minutes; never a DST clock
    deduction_order: tuple[str, ...] = DEFAULT_ORDER
    debt_recovery_percent: Decimal = Decimal(20)
    tenders: tuple[str, ...] = ("cash",)  # accepted payment methods (vending.tenders), cash first
    clock_max_gap_days: int = 45  # the clock guard refuses a PC clock this far past the last sale or token
    printer_dots: int = 0  # the receipt printer's head width in dots (0: the paper's standard, 384 / 576)
    printer_code_page: str = "PC437"  # the receipt printer's code page (PC437, PC850, PC858, WPC1252)

    @property
    def office_time(self) -> OfficeTime:
        """The office clock: how every time a person reads is written (``vending.office_time``)."""
        return OfficeTime(self.utc_offset_minutes)


@dataclass(frozen=True)
class SupplyGroup:
    """One vending key revision of a supply group. The key itself stays in the vault."""

    id: int
    sgc: str
    krn: int
    dkga: str
    ea: str
    base_date: BaseDate
    ken: int = 255
    key_type: int = 2
    name: str = ""


@dataclass(frozen=True)
class Customer:
    id: int
    account_no: str
    name: str
    address: str = ""
    phone: str = ""
    indigent: bool = False
    debt_balance: int = 0
    debt_recovery_percent: Decimal | None = None


@dataclass(frozen=True)
class PendingChange:
    supply_group: SupplyGroup
    ti: int
    key_type: int
    base_date: BaseDate


@dataclass(frozen=True)
class Meter:
    id: int
    meter_number: MeterNumber
    supply_group: SupplyGroup
    ti: int
    key_type: int
    base_date: BaseDate
    kind: str = "keypad"  # keypad | ic_card
    customer_id: int | None = None
    card_serial: str | None = None
    pending: PendingChange | None = None
    last_tid: int | None = None
    last_tid_base: BaseDate | None = None
    active: bool = True

    @property
    def params(self) -> KeyParameters:
        """The key parameters the meter holds now."""
        sg = self.supply_group
        return KeyParameters(sgc=sg.sgc, ti=self.ti, krn=sg.krn, key_type=self.key_type, ken=sg.ken,
                             base_date=self.base_date, dkga=sg.dkga, ea=sg.ea)

    @property
    def target_params(self) -> KeyParameters:
        """The parameters after the pending key change (or the current ones)."""
        if self.pending is None:
            return self.params
        sg = self.pending.supply_group
        return KeyParameters(sgc=sg.sgc, ti=self.pending.ti, krn=sg.krn, key_type=self.pending.key_type,
                             ken=sg.ken, base_date=self.pending.base_date, dkga=sg.dkga, ea=sg.ea)

    @property
    def target_supply_group(self) -> SupplyGroup:
        return self.pending.supply_group if self.pending else self.supply_group


def params_dict(meter_number: MeterNumber | str, params: KeyParameters, kind: str) -> dict:
    """The meter's public key parameters (the scriptable ``meter`` JSON object; never a key)."""
    return {
        "meter_number": str(meter_number), "sgc": params.sgc, "ti": params.ti, "krn": params.krn,
        "key_type": int(params.key_type), "base_date": params.base_date.year, "dkga": params.dkga,
        "ea": params.ea, "kind": kind,
    }


@dataclass(frozen=True)
class IssuedToken:
    seq: int
    kind: str  # key_change_1..4, credit, free, clear_credit, clear_tamper, set_max_power, ...
    token_class: int
    subclass: int
    tid: int | None
    number: str
    base_date: str | None = None
    units_kwh10: int | None = None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "class": self.token_class, "subclass": self.subclass, "tid": self.tid,
                "number": self.number}


@dataclass(frozen=True)
class Shift:
    id: int
    user_id: int
    opened_at: datetime
    opening_float: int
    closed_at: datetime | None = None
    counted_cash: int | None = None
    expected_cash: int | None = None
    variance: int | None = None
