"""Tariffs and the quote: how a tendered amount becomes deductions, VAT and STS-representable kWh.

A tariff (one per tariff index TI) has inclining blocks on the meter's **monthly cumulative** purchases,
a VAT rate, a fixed monthly charge, minimum and maximum purchase and a free basic electricity (FBE)
allowance for indigent customers. Prices (block rates, fixed charge) are VAT-exclusive; the debt balance
is VAT-free (it was billed already).

The split of a tender ``T`` runs the office's deduction order (any order of ``fixed_charge``, ``debt``,
``vat``) over a running remainder:

* ``fixed_charge``: the fixed monthly charge still due this month, as far as the remainder covers it;
* ``debt``: ``debt_recovery_percent`` of the tender, at most the debt balance and the remainder;
* ``vat``: the remainder from here on is treated as VAT-inclusive; the part after VAT
  (``floor(R * 100 / (100 + rate))``) is the net budget for what follows (deductions after VAT are thus
  taxed, and their tax is shown on their line).

What is left buys energy: the largest number of tenths of kWh whose exact block cost fits the budget,
rounded **down** to an amount an STS credit token can carry (``sts.amount.amount_floor``). The energy is
charged at its exact cost rounded up to the minor unit; VAT is computed (half up) on the taxed net lines
that were actually sold. Change is what remains, so ``tender == sum(deductions) + vat + energy + change``
holds exactly: rounding neither loses nor creates money (hypothesis tests prove it).
A vend by kWh finds the smallest tender whose quote gives at least the kWh asked for (quotes are monotone
in the tender), so the same rules apply and the change is zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sts_pos.errors import UserFacingError
from sts_pos.sts.amount import MAX_AMOUNT, amount_floor
from sts_pos.vending.money import ceil_minor, floor_minor, round_minor

DEDUCTION_STEPS = ("fixed_charge", "debt", "vat")
DEFAULT_ORDER = ("fixed_charge", "debt", "vat")


class QuoteError(UserFacingError):
    """The tender cannot be sold (too low, too high, nothing left for energy). ``values`` holds the amounts
    that matter (minor units: the tender, the minimum or maximum, the charges due), so that the vending layer
    can say them in the office's currency."""

    def __init__(self, message: str, detail: str = "", values: dict | None = None) -> None:
        super().__init__(message, detail)
        self.values = values or {}


class AmountTooLow(QuoteError):
    pass


class AmountTooHigh(QuoteError):
    pass


@dataclass(frozen=True)
class Block:
    """One tariff block: ``rate`` minor units per kWh (VAT-exclusive) up to ``up_to_kwh10`` tenths of kWh
    of monthly cumulative purchases (``None`` = no upper limit, the last block)."""

    rate: Decimal
    up_to_kwh10: int | None = None


@dataclass(frozen=True)
class Tariff:
    ti: int
    name: str
    blocks: tuple[Block, ...]
    vat_percent: Decimal = Decimal(0)
    fixed_monthly_charge: int = 0
    min_purchase: int = 0
    max_purchase: int | None = None
    fbe_kwh10: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.blocks:
            raise QuoteError(f"Tariff {self.name} has no blocks; a supervisor must set its rates.")
        last = 0
        for i, block in enumerate(self.blocks):
            if block.rate <= 0:
                raise QuoteError(f"Tariff {self.name}: every block needs a rate above zero.")
            if block.up_to_kwh10 is None:
                if i != len(self.blocks) - 1:
                    raise QuoteError(f"Tariff {self.name}: only the last block may be open-ended.")
            elif block.up_to_kwh10 <= last:
                raise QuoteError(f"Tariff {self.name}: block limits must increase.")
            else:
                last = block.up_to_kwh10

    def block_spans(self, already_kwh10: int, units_kwh10: int) -> list[tuple[int, int, Decimal]]:
        """(block number from 1, kWh10 in this block, rate) for ``units`` bought on top of ``already``."""
        spans: list[tuple[int, int, Decimal]] = []
        position, left = already_kwh10, units_kwh10
        for number, block in enumerate(self.blocks, 1):
            if left == 0:
                break
            end = block.up_to_kwh10
            if end is not None and position >= end:
                continue
            take = left if end is None else min(left, end - position)
            spans.append((number, take, block.rate))
            left -= take
            position += take
        if left:  # past the last closed block: the last rate goes on
            if spans and spans[-1][0] == len(self.blocks):
                number, k, rate = spans.pop()
                spans.append((number, k + left, rate))
            else:
                spans.append((len(self.blocks), left, self.blocks[-1].rate))
        return spans

    def energy_cost(self, already_kwh10: int, units_kwh10: int) -> Decimal:
        """Exact VAT-exclusive cost in minor units (a Decimal)."""
        return sum((Decimal(k) * rate / 10 for _, k, rate in self.block_spans(already_kwh10, units_kwh10)),
                   Decimal(0))

    def units_for_budget(self, already_kwh10: int, budget: int) -> int:
        """The most tenths of kWh whose exact cost is at most ``budget`` minor units (before STS rounding)."""
        units, position, money = 0, already_kwh10, Decimal(budget)
        for block in self.blocks:
            end = block.up_to_kwh10
            if end is not None and position >= end:
                continue
            per_tenth = block.rate / 10
            affordable = floor_minor(money / per_tenth)
            if end is None:
                return units + affordable
            room = end - position
            if affordable < room:
                return units + affordable
            units += room
            position = end
            money -= per_tenth * room
        return units + floor_minor(money / (self.blocks[-1].rate / 10))


@dataclass(frozen=True)
class Deduction:
    kind: str  # fixed_charge | debt
    amount: int  # minor units taken from the tender (VAT-exclusive if taxed)
    tax: int = 0  # VAT on this line (part of the VAT total)
    description: str = ""
    balance_after: int | None = None  # remaining debt after a debt recovery


@dataclass(frozen=True)
class BlockLine:
    block: int
    kwh10: int
    rate: Decimal
    cost: Decimal  # exact, VAT-exclusive


@dataclass(frozen=True)
class Quote:
    """Everything a sale and its receipt show about the money."""

    tender: int
    deductions: tuple[Deduction, ...]
    vat_percent: Decimal
    vat: int
    energy: int  # VAT-exclusive energy charge (exact block cost rounded up)
    energy_tax: int
    units_kwh10: int
    blocks: tuple[BlockLine, ...]
    change: int
    free_kwh10: int = 0
    requested_kwh10: int | None = None
    order: tuple[str, ...] = DEFAULT_ORDER
    debt_before: int = 0
    debt_after: int = 0
    already_kwh10: int = 0
    energy_budget: int = 0  # VAT-exclusive money that was available for energy

    @property
    def amount(self) -> int:
        """Money kept by the office (the tender less the change)."""
        return self.tender - self.change

    @property
    def fixed_charge(self) -> int:
        return sum(d.amount for d in self.deductions if d.kind == "fixed_charge")

    @property
    def debt_recovered(self) -> int:
        return sum(d.amount for d in self.deductions if d.kind == "debt")

    def as_dict(self) -> dict:
        return {
            "tender": self.tender, "amount": self.amount, "change": self.change,
            "order": list(self.order),
            "deductions": [
                {"kind": d.kind, "amount": d.amount, "tax": d.tax, "description": d.description,
                 "balance_after": d.balance_after} for d in self.deductions
            ],
            "vat_percent": str(self.vat_percent), "vat": self.vat,
            "energy": self.energy, "energy_tax": self.energy_tax,
            "units_kwh10": self.units_kwh10, "free_kwh10": self.free_kwh10,
            "requested_kwh10": self.requested_kwh10, "already_kwh10": self.already_kwh10,
            "blocks": [{"block": b.block, "kwh10": b.kwh10, "rate": str(b.rate), "cost": str(b.cost)}
                       for b in self.blocks],
            "debt_before": self.debt_before, "debt_after": self.debt_after, "energy_budget": self.energy_budget,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Quote:
        return cls(
            tender=data["tender"], change=data["change"], order=tuple(data["order"]),
            deductions=tuple(Deduction(d["kind"], d["amount"], d["tax"], d["description"], d["balance_after"])
                             for d in data["deductions"]),
            vat_percent=Decimal(data["vat_percent"]), vat=data["vat"], energy=data["energy"],
            energy_tax=data["energy_tax"], units_kwh10=data["units_kwh10"], free_kwh10=data["free_kwh10"],
            requested_kwh10=data["requested_kwh10"], already_kwh10=data["already_kwh10"],
            blocks=tuple(BlockLine(b["block"], b["kwh10"], Decimal(b["rate"]), Decimal(b["cost"]))
                         for b in data["blocks"]),
            debt_before=data["debt_before"], debt_after=data["debt_after"],
            energy_budget=data.get("energy_budget", 0),
        )


@dataclass(frozen=True)
class Account:
    """What the quote needs to know about the meter's account this month."""

    debt_balance: int = 0
    debt_recovery_percent: Decimal = Decimal(0)
    fixed_charge_paid_this_month: int = 0
    purchased_this_month_kwh10: int = 0
    free_units_due: bool = False
    order: tuple[str, ...] = field(default=DEFAULT_ORDER)


def check_order(order: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    order = tuple(order)
    if sorted(order) != sorted(DEDUCTION_STEPS):
        raise QuoteError("The deduction order must name fixed_charge, debt and vat once each.")
    return order


def _split(tariff: Tariff, account: Account, tender: int) -> Quote:
    order = check_order(account.order)
    rate = tariff.vat_percent
    remaining = tender
    taxed_after_vat = False
    lines: list[Deduction] = []
    taxed: list[bool] = []
    debt_after = account.debt_balance
    for step in order:
        if step == "vat":
            remaining = floor_minor(Decimal(remaining) * 100 / (100 + rate))
            taxed_after_vat = True
        elif step == "fixed_charge":
            due = max(0, tariff.fixed_monthly_charge - account.fixed_charge_paid_this_month)
            take = min(due, remaining)
            if take:
                tax = round_minor(Decimal(take) * rate / 100) if taxed_after_vat else 0
                lines.append(Deduction("fixed_charge", take, tax, "Fixed monthly charge"))
                taxed.append(taxed_after_vat)
                remaining -= take
        elif step == "debt":
            wanted = floor_minor(Decimal(tender) * account.debt_recovery_percent / 100)
            take = min(wanted, account.debt_balance, remaining)
            if take:
                debt_after = account.debt_balance - take
                tax = round_minor(Decimal(take) * rate / 100) if taxed_after_vat else 0
                lines.append(Deduction("debt", take, tax, "Debt recovery", debt_after))
                taxed.append(taxed_after_vat)
                remaining -= take
    budget = remaining
    units = tariff.units_for_budget(account.purchased_this_month_kwh10, budget)
    units = amount_floor(min(units, MAX_AMOUNT))
    spans = tariff.block_spans(account.purchased_this_month_kwh10, units)
    blocks = tuple(BlockLine(n, k, r, Decimal(k) * r / 10) for n, k, r in spans)
    cost = sum((b.cost for b in blocks), Decimal(0))
    energy = ceil_minor(cost)
    taxed_lines = [d for d, t in zip(lines, taxed) if t]
    if taxed_after_vat:
        net_taxed = energy + sum(d.amount for d in taxed_lines)
        vat = round_minor(Decimal(net_taxed) * rate / 100)
        energy_tax = vat - sum(d.tax for d in taxed_lines)
    else:
        vat = energy_tax = 0
    change = tender - sum(d.amount for d in lines) - vat - energy
    assert change >= 0, "quote: the split exceeded the tender"
    return Quote(
        tender=tender, deductions=tuple(lines), vat_percent=rate, vat=vat, energy=energy,
        energy_tax=energy_tax, units_kwh10=units, blocks=blocks, change=change, order=order,
        debt_before=account.debt_balance, debt_after=debt_after,
        already_kwh10=account.purchased_this_month_kwh10, energy_budget=budget,
        free_kwh10=amount_floor(tariff.fbe_kwh10) if account.free_units_due else 0,
    )


def _check_limits(tariff: Tariff, tender: int, account: Account) -> None:
    if tender < 0:
        raise AmountTooLow("The amount cannot be negative.")
    if tender == 0 and account.free_units_due and tariff.fbe_kwh10:
        return
    if tender < max(tariff.min_purchase, 1):
        raise AmountTooLow("The amount is below the minimum purchase for this tariff.",
                           detail=f"minimum={tariff.min_purchase}",
                           values={"tender": tender, "minimum": max(tariff.min_purchase, 1)})
    if tariff.max_purchase is not None and tender > tariff.max_purchase:
        raise AmountTooHigh("The amount is above the maximum purchase for this tariff; sell it in two vends.",
                            detail=f"maximum={tariff.max_purchase}",
                            values={"tender": tender, "maximum": tariff.max_purchase})


def quote_money(tariff: Tariff, account: Account, tender: int) -> Quote:
    """The quote for a tendered amount (minor units)."""
    _check_limits(tariff, tender, account)
    quote = _split(tariff, account, tender)
    if quote.units_kwh10 == 0 and quote.free_kwh10 == 0:
        raise AmountTooLow("The amount only covers the charges due; it buys no electricity. Take more money.",
                           detail=f"deductions={quote.amount}",
                           values={"tender": tender, "charges": [d.description for d in quote.deductions],
                                   "least": quote_kwh(tariff, account, 1).tender})  # buys the first 0.1 kWh
    return quote


def quote_kwh(tariff: Tariff, account: Account, kwh10: int) -> Quote:
    """The quote for at least ``kwh10`` tenths of kWh: the smallest tender that buys them (change 0)."""
    wanted = kwh10
    if wanted <= 0:
        raise AmountTooLow("The number of kWh must be more than zero.")
    if wanted > MAX_AMOUNT:
        raise AmountTooHigh("That is more electricity than one token can carry.")
    # An upper bound: enough for every deduction plus the energy at the highest rate, all with VAT (a fixed
    # charge or debt taken after the VAT step is paid out of the VAT-exclusive remainder).
    top_rate = max(b.rate for b in tariff.blocks)
    high = ceil_minor((tariff.fixed_monthly_charge + account.debt_balance
                       + Decimal(wanted + 1000) * top_rate / 10) * (100 + tariff.vat_percent) / 100) + 1
    if account.debt_recovery_percent:
        high = max(high, ceil_minor(Decimal(high) * 100 / max(Decimal(1), 100 - account.debt_recovery_percent)))
    low = 0
    if _split(tariff, account, high).units_kwh10 < wanted:
        raise AmountTooHigh("That is more electricity than this tariff can quote in one vend.")
    while low < high:
        mid = (low + high) // 2
        if _split(tariff, account, mid).units_kwh10 >= wanted:
            high = mid
        else:
            low = mid + 1
    _check_limits(tariff, high, account)
    quote = _split(tariff, account, high)
    return Quote(**{**quote.__dict__, "requested_kwh10": kwh10})
