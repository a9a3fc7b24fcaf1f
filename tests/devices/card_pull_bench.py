"""The card pull bench: one card operation, the card pulled after each single step, the invariant checked.

Shared by the enumerated in-process pull test (real chip simulator, real media drivers, real office
database) and the pcscd + ``sts-pos card`` test. An operation is run once on a card that stays in the
reader to count its steps (each change of the card's memory: a write, a PIN counter bit, a PIN change);
then, for every K, again on the same starting card that leaves the reader after K steps (``tear``: in
the middle of step K+1, half of it written), and the invariant "every paid card sale is on the card
exactly once, or recoverable without a second charge" is checked right after the pull and after the
retry (the same operation again, the card back in the reader), with the meter loading the card last.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards import office_link
from sts_pos.devices.cards.errors import CardError, PscNotRetried
from sts_pos.devices.cards.media import Iso7816Medium, Sle4442Medium
from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.purchases import reissue_onto_card, sell_onto_card
from sts_pos.devices.cards.simulator import chip_transmit, load_chip
from sts_pos.sts.keys import KeyParameters
from sts_pos.sts.meter import VirtualMeter
from sts_pos.sts.meter_number import parse_meter_number

DEMO_VENDING_KEY = bytes.fromhex("abababababababab")
OPERATIONS = ("purchase", "issue", "reissue", "technician")
MEDIA = ("sle4442", "iso7816")
AMOUNT = 15000  # minor units (150.00)


def medium_of(chip):
    chip.power_on()
    cls = Sle4442Medium if chip.kind == "sle4442" else Iso7816Medium
    return cls(chip_transmit(chip))


def virtual_meter(meter: dict) -> VirtualMeter:
    params = KeyParameters(meter["sgc"], meter["ti"], meter["krn"], meter["key_type"],
                           base_date=meter["base_date"], dkga=meter["dkga"], ea=meter["ea"])
    return VirtualMeter.with_vending_key(parse_meter_number(meter["meter_number"]), params, DEMO_VENDING_KEY)


@dataclass
class Case:
    operation: str
    medium: str
    pulled_after: int  # steps completed when the card left the reader
    tear: bool
    step: str  # the last step completed ("" for none), or the step torn
    outcome: str = ""
    checks: list[str] = field(default_factory=list)


class Bench:
    """An office (demo), its users, one IC-card meter, card files in ``directory``."""

    def __init__(self, demo, directory: Path, meter_index: int = 0) -> None:
        self.demo = demo
        self.office = demo.open()
        self.directory = directory
        users = {u["role"]: u["username"] for u in demo.info["users"]}
        self.cashier = demo.login(self.office, users["cashier"])
        self.supervisor = demo.login(self.office, users["supervisor"])
        self.technician = demo.login(self.office, users["technician"])
        meters = [m for m in demo.info["meters"]
                  if m["kind"] == "ic_card" and m["dkga"] == "02" and not m.get("pending_key_change")]
        self.meter = meters[meter_index]
        self.drn = self.meter["meter_number"]
        self.cards = office_link.card_office(self.office)
        self.n = 0

    def close(self) -> None:
        self.office.close()

    def new_file(self, name: str) -> Path:
        self.n += 1
        return self.directory / f"{name}-{self.n}.json"

    def insert(self, path: Path, kind: str, pull: int | None = None, tear: bool = False):
        chip = load_chip(path, kind, pull_after_steps=pull, tear=tear)
        return chip, medium_of(chip)

    def card_sales(self, *serials: str) -> list[tuple[int, str]]:
        rows = []
        for serial in serials:
            rows += self.office.repo.q("SELECT id, status FROM sales WHERE request_id LIKE ? ORDER BY id",
                                       f"card:{serial}:%")
        return [tuple(r) for r in rows]

    def image(self, path: Path):
        raw = medium_of(load_chip(path)).read(0, fmt.IMAGE_LEN)
        try:
            return fmt.parse_image(raw, self.cards.card_key)
        except CardError:
            return None

    def on_card(self, path: Path, sale_id: int, count: int) -> bool:
        image = self.image(path)
        if image is None or not image.complete:
            return False
        result = self.office.sales.sale(self.supervisor, sale_id=sale_id)
        wanted = office_link.sale_purchase(result, count)
        return image.purchase == wanted and image.signed_digest == fmt.digest(
            fmt.signed_data(self.cards.card_key, image.identity, wanted))

    # ---- the operations: setup (card stays in), run (the step under test), expectations ----------
    def setup(self, operation: str, kind: str) -> dict:
        state: dict = {"kind": kind, "sales_before": self._all_sales()}
        if operation in ("purchase", "reissue"):
            state["path"] = path = self.new_file("customer")
            _, medium = self.insert(path, kind)
            state["serial"] = office_link.issue(self.office, self.cashier, medium, self.drn).identity.serial
        if operation == "reissue":  # purchase 1 on card A, A lost before the meter loaded it; B replaces A
            _, medium = self.insert(state["path"], kind)
            state["sale"] = sell_onto_card(self.office, self.cashier, medium, self.drn, AMOUNT).result.sale.id
            state["old_path"], state["old_serial"] = state["path"], state["serial"]
            state["path"] = path = self.new_file("replacement")
            _, medium = self.insert(path, kind)
            state["serial"] = office_link.issue(self.office, self.supervisor, medium, self.drn,
                                                "replacement").identity.serial
        if operation in ("issue", "technician"):
            state["path"] = self.new_file(operation)
        if operation == "technician":
            job = self.office.engineering.issue(self.technician, self.drn, "set_max_power", "WO-1", watts=3100)
            state["job"] = job.job_id
        state["start"] = state["path"].read_text() if state["path"].exists() else None
        return state

    def _all_sales(self) -> int:
        return self.office.repo.one("SELECT count(*) FROM sales")[0]

    def run(self, operation: str, state: dict, medium, supervisor_psc: bool = False):
        if operation == "purchase":
            return sell_onto_card(self.office, self.cashier, medium, self.drn, AMOUNT)
        if operation == "reissue":
            return reissue_onto_card(self.office, self.supervisor, medium, state["sale"], supervisor_psc)
        session = self.supervisor if supervisor_psc else (self.technician if operation == "technician"
                                                          else self.cashier)
        kind = "technician" if operation == "technician" else "customer"
        return office_link.issue(self.office, session, medium, self.drn, kind, job_id=state.get("job"),
                                 allow_psc_retry=supervisor_psc)

    def restart(self, state: dict) -> None:
        """Put the card back as it was before the operation (a new copy of the starting card)."""
        path = state["path"]
        if state["start"] is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(state["start"])

    def count_steps(self, operation: str, kind: str) -> tuple[int, list[str]]:
        state = self.setup(operation, kind)
        chip, medium = self.insert(state["path"], kind)
        self.run(operation, state, medium)
        return chip.steps, chip.step_log

    # ---- the invariant ----------------------------------------------------------------------------
    def invariant(self, operation: str, state: dict) -> list[str]:
        """Every paid sale of this card: on the card exactly once, or an open card purchase of this card
        (recoverable without a second charge); at most one sale; nothing sold by the card operations."""
        problems = []
        serials = [state.get("serial", ""), state.get("old_serial", "")]
        sales = self.card_sales(*[s for s in serials if s])
        if operation in ("issue", "technician"):
            if self._all_sales() != state["sales_before"]:
                problems.append("a sale was made")
            return problems
        if len(sales) > 1:
            problems.append(f"{len(sales)} sales for one card purchase")
        for sale_id, status in sales:
            row = self.office.cards.purchase_for_sale(sale_id)
            if status != "ISSUED" or row is None:
                problems.append(f"sale {sale_id} {status} without a card purchase")
                continue
            here = self.on_card(state["path"], sale_id, row.purchase_count)
            waiting = row.state != "on_card" and self.office.cards.open_purchase(row.card_serial) == row
            lost_card = operation == "reissue" and row.card_serial == state["old_serial"]
            if not (here or waiting or lost_card):
                problems.append(f"sale {sale_id} is neither on the card nor waiting for it ({row.state})")
        return problems

    def final_checks(self, operation: str, state: dict) -> list[str]:
        """After the retry: the card complete, the purchase on it once, the meter loading it."""
        problems = self.invariant(operation, state)
        image = self.image(state["path"])
        if image is None or not image.complete:
            return problems + ["card not complete after the retry"]
        meter = virtual_meter(self.meter)
        at_meter = CardMeter(meter, self.cards.psc)
        if operation == "reissue":
            at_meter.card_serial = state["old_serial"]
        load = at_meter.insert(medium_of(load_chip(state["path"])))
        if operation in ("purchase", "reissue"):
            sales = self.card_sales(state["serial"], state.get("old_serial", ""))
            if len(sales) != 1:
                problems.append(f"{len(sales)} sales")
                return problems
            result = self.office.sales.sale(self.supervisor, sale_id=sales[0][0])
            if self.office.cards.purchase_for_sale(result.sale.id).state != "on_card":
                problems.append("card purchase not marked on the card")
            units = result.sale.units_kwh10 + result.sale.free_kwh10
            if load.status != "loaded" or meter.credit != units:
                problems.append(f"meter: {load.status}, credit {meter.credit} for {units}")
        elif operation == "technician":
            if load.status != "technician" or meter.max_power_w != 3100:
                problems.append(f"meter: {load.status}, max power {meter.max_power_w}")
        else:
            if image.identity.meter_number != self.drn or self.office.cards.card(image.identity.serial) is None:
                problems.append("issued card not recorded")
        return problems

    def case(self, operation: str, kind: str, k: int, tear: bool, log: list[str]) -> Case:
        state = self.setup(operation, kind)
        case = Case(operation, kind, k, tear, (log[k] if tear else (log[k - 1] if k else "")))
        _, medium = self.insert(state["path"], kind, pull=k, tear=tear)
        try:
            self.run(operation, state, medium)
            first = "completed"
        except CardError as exc:
            first = type(exc).__name__
        case.checks += self.invariant(operation, state)
        _, medium = self.insert(state["path"], kind)
        try:
            done = self.run(operation, state, medium)
            how = "resumed" if getattr(done, "resumed", False) else "done"
        except PscNotRetried:
            _, medium = self.insert(state["path"], kind)
            self.run(operation, state, medium, supervisor_psc=True)
            how = "done with a supervisor's PIN retry"
        case.checks += self.final_checks(operation, state)
        case.outcome = f"{first}; retry {how}"
        return case


def copy_office(demo, directory: Path):
    """A private copy of the demo office (the bench writes many sales)."""
    target = directory / "office.sqlite3"
    shutil.copyfile(demo.path, target)
    return type(demo)(target, demo.info)
