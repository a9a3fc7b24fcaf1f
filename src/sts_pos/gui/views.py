"""The read-only values the screens show, independent of how the store and vending layers spell them.

:mod:`sts_pos.gui.office` fills these from the services; the screens only ever see these types, so a
change of the core's records touches one adapter module, not every screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("cashier", "technician", "supervisor", "admin")


@dataclass(frozen=True)
class UserView:
    username: str
    role: str
    display_name: str = ""


@dataclass(frozen=True)
class OfficeView:
    name: str
    vat_number: str = ""
    currency_code: str = ""
    currency_symbol: str = ""
    decimals: int = 2
    decimal_mark: str = "."
    thousands_separator: str = " "
    utc_offset_minutes: int = 0  # the office clock: every time shown is in this fixed offset


@dataclass(frozen=True)
class MeterView:
    meter_number: str
    customer: str = ""
    address: str = ""
    account: str = ""
    phone: str = ""
    sgc: str = ""
    ti: int | None = None
    krn: int | None = None
    key_type: int | None = None
    base_date: str = ""
    dkga: str = ""
    ea: str = ""
    kind: str = "keypad"
    tariff: str = ""
    debt: int | None = None
    free_units_due: int | None = None
    warnings: tuple[str, ...] = ()
    card_serial: str = ""
    customer_id: int | None = None
    indigent: bool = False

    @property
    def key_summary(self) -> str:
        if not self.sgc:
            return ""
        return f"SGC {self.sgc} · TI {self.ti:02d} · KRN {self.krn} · {self.base_date} · DKGA{self.dkga} EA{self.ea}"


@dataclass(frozen=True)
class QuoteLine:
    """One row of the quote. ``amount`` is signed as the money moves: the tender and the change given back
    are positive, what the sale takes (deductions, VAT, energy) negative; ``kind`` lets the screen style
    the rows (``tender``, ``deduction``, ``block``, ``energy``, ``free``, ``change``)."""

    item: str
    detail: str = ""
    amount: int | None = None
    kind: str = ""


@dataclass(frozen=True)
class QuoteView:
    lines: tuple[QuoteLine, ...]
    units_tenths: int
    amount: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TokenRow:
    kind: str
    label: str
    number: str
    tid: int | None = None


@dataclass(frozen=True)
class JobView:
    """An engineering job as the Engineering screen shows it: its slip number (``E-000012``, as printed), the
    meter, and the tokens in entry order."""

    id: int
    number: str
    meter_number: str
    tokens: tuple[TokenRow, ...] = ()
    created: str = ""


@dataclass(frozen=True)
class SaleView:
    id: int
    request_id: str
    status: str
    amount: int
    units_tenths: int
    meter_number: str
    tokens: tuple[TokenRow, ...] = ()
    created: str = ""
    operator: str = ""
    raw: object = field(default=None, compare=False, repr=False)
    resumed: bool = False  # a card purchase paid earlier whose interrupted write was completed: nothing new sold


@dataclass(frozen=True)
class ShiftView:
    id: int
    opened: str
    opening_float: int
    sales_count: int = 0
    total: int = 0
    units_tenths: int = 0
    status: str = "open"


@dataclass(frozen=True)
class TariffView:
    """A tariff as the editor shows it: ``blocks`` are (upper limit in tenths of kWh of the month's
    purchases, or None for the open-ended last block; rate per kWh in the office currency's major units,
    as text, VAT excluded); money in minor units; VAT percent as text."""

    ti: int
    name: str
    blocks: tuple[tuple[int | None, str], ...]
    vat_percent: str = "0"
    fixed_monthly_charge: int = 0
    min_purchase: int = 0
    max_purchase: int | None = None
    fbe_kwh10: int = 0
