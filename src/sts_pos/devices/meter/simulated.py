"""A simulated prepaid meter for the serial simulator: the engine's virtual meter plus a load and a card slot.

:class:`SimulatedMeter` wraps :class:`sts_pos.sts.meter.VirtualMeter` (token acceptance per IEC 62055-41)
and adds what a meter on a technician's bench has around it: a communication address, a manufacturer
name, a load that uses energy as time passes (``load_w`` watts, time sped up ``speed`` times), the last
token result for read-back, and a card slot for IC card meters.

Every rule of the virtual meter holds on the serial line too, because the simulator only moves the
virtual meter's clock and feeds it the load: its TID memory starts at the manufacture minute, a first
key change section is forgotten after ``kct_timeout_s`` of meter time (the simulated clock, sped up with
``speed``) or when another token comes, a load above the maximum power limit trips the relay until a
clear tamper token (or :meth:`SimulatedMeter.reset_trip`), and every token gets a result code.

Card slot, two ways:

* :meth:`SimulatedMeter.insert_card_medium` takes a real sts-pos customer card (any
  ``devices.cards.media.CardMedium``: the card simulator's chip, or a card in a PC/SC reader) and runs
  the cards package's meter side (:class:`~sts_pos.devices.cards.meter_side.CardMeter`: card checks,
  purchase-count interlock, write-back) on this very virtual meter, after :meth:`attach_card_reader`
  gave it the office PSC; :class:`~sts_pos.devices.meter.card_slot.CardSlot` does this when the card
  simulator's card file is moved into a slot path;
* :meth:`SimulatedMeter.insert_card` takes any object with the small :class:`CardCarrier` shape (tokens
  in, write-back out), for other card formats and for tests.

All methods are thread-safe: the serial server thread and the consumption clock share one lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from sts_pos.devices.meter.errors import MeterError
from sts_pos.devices.meter.registers import CODE_OF_RESULT, MeterRegisters, TokenResult
from sts_pos.sts.meter import WATT_SECONDS_PER_TENTH_KWH, MeterResult, TokenOutcome, VirtualMeter
from sts_pos.sts.tokens import CreditToken

__all__ = ["WATT_SECONDS_PER_TENTH_KWH", "CardCarrier", "SimulatedMeter"]


class CardCarrier(Protocol):
    """What the meter needs from an IC customer card."""

    def read_tokens(self) -> list[str]:
        """The purchase's 20-digit tokens in entry order (key change tokens first)."""

    def write_back(self, reading: dict[str, Any]) -> None:
        """Store the meter's write-back (remaining credit, consumption, result of each token, tamper)."""


class SimulatedMeter:
    """A virtual meter with a load, an address and a last-token register."""

    def __init__(self, meter: VirtualMeter, *, address: str | None = None, manufacturer: str = "SPS",
                 load_w: int = 1000, speed: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], datetime] | None = None) -> None:
        self.meter = meter
        self.address = address or meter.meter_number.drn[-12:].rjust(12, "0")
        self.manufacturer = manufacturer
        self.load_w = load_w
        self.speed = speed
        self._clock = clock
        # the meter's own calendar clock (registers 04000101/02, 0.9.1/0.9.2): the PC's local time unless given
        self.wall_clock: Callable[[], datetime] = wall_clock or (lambda: datetime.now().replace(microsecond=0))
        self._last_tick = clock()
        self.last_token: TokenResult | None = None
        self.card_meter: Any = None  # devices.cards.meter_side.CardMeter once a card reader is attached
        self.on_token: Callable[[str, TokenOutcome], None] | None = None  # e.g. the CLI prints each entry
        self.lock = threading.RLock()

    # -- time and energy -------------------------------------------------------------------------------
    def tick(self) -> int:
        """Bring the meter up to now: its clock moves on (``speed`` times real time) and the load draws
        energy while the relay is closed (or trips it when above the maximum power). Returns tenths used."""
        with self.lock:
            now = self._clock()
            elapsed, self._last_tick = max(0.0, now - self._last_tick), now
            return self.meter.draw(self.load_w, elapsed * self.speed)

    def reset_trip(self) -> None:
        """The reset button on the meter, after the load tripped it."""
        with self.lock:
            self.tick()
            self.meter.reset_trip()

    # -- tokens ----------------------------------------------------------------------------------------
    def enter_token(self, text: str) -> TokenOutcome:
        with self.lock:
            self.tick()
            outcome = self.meter.enter(text)
            token = outcome.token
            amount = token.amount if isinstance(token, CreditToken) else 0
            self.last_token = TokenResult(CODE_OF_RESULT[outcome.result],
                                          getattr(token, "token_class", None) if token else None,
                                          getattr(token, "subclass", None) if token else None, amount)
        if self.on_token is not None:
            self.on_token(text, outcome)
        return outcome

    def insert_card(self, card: CardCarrier) -> list[TokenOutcome]:
        """Load a customer card: enter its tokens in order, then write the meter's data back to it."""
        with self.lock:
            outcomes = [self.enter_token(token) for token in card.read_tokens()]
            reading = self.snapshot()
            reading["token_results"] = [outcome.result.name for outcome in outcomes]
            card.write_back(reading)
            return outcomes

    def attach_card_reader(self, psc: bytes) -> None:
        """Give the meter an IC card reader that knows the office PSC (needed to write its data back)."""
        from sts_pos.devices.cards.meter_side import (
            CardMeter,  # lazy: the meter works without the cards package
        )

        self.card_meter = CardMeter(self.meter, psc)

    def insert_card_medium(self, medium: Any) -> Any:
        """A customer or technician card is inserted; returns the cards package's ``CardLoad``."""
        if self.card_meter is None:
            raise MeterError("This simulated meter has no card reader: start it with the office card PSC.")
        with self.lock:
            self.tick()
            load = self.card_meter.insert(medium)
            if load.results:
                result = load.results[-1][1]
                self.last_token = TokenResult(CODE_OF_RESULT[result], 1 if result is MeterResult.TEST_OK else None)
            return load

    # -- reading ---------------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            self.tick()
            data = self.meter.snapshot()
            data["address"] = self.address
            return data

    def registers(self) -> MeterRegisters:
        with self.lock:
            self.tick()
            m, p = self.meter, self.meter.params
            return MeterRegisters(
                meter_number=m.meter_number.drn, address=self.address, energy_tenths_kwh=m.energy_used,
                credit_tenths_kwh=m.credit, relay_closed=m.relay_closed, tamper=m.tamper, sgc=p.sgc, ti=p.ti,
                krn=p.krn, key_type=int(p.key_type), ken=p.ken, base_date=p.base_date.year, ea=p.ea,
                manufacturer=self.manufacturer, last_token=self.last_token)
