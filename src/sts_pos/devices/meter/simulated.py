"""A simulated prepaid meter for the serial simulator: the engine's virtual meter plus a load and a card slot.

:class:`SimulatedMeter` wraps :class:`sts_pos.sts.meter.VirtualMeter` (token acceptance per IEC 62055-41)
and adds what a meter on a technician's bench has around it: a communication address, a manufacturer
code, a load that uses energy as time passes (``load_w`` watts, time sped up ``speed`` times), the last
token result for read-back, and a card slot for IC card meters.

Card slot: the meter takes any object with the :class:`CardCarrier` shape (the card simulator's card,
or a pyscard-backed one): it reads the purchase's tokens, enters them in order and writes its own data
back (``write_back(reading)``), as a Linyang-style IC card meter does. The cards package owns the card
format; this side only needs those two calls.

All methods are thread-safe: the serial server thread and the consumption clock share one lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from sts_pos.devices.meter.registers import CODE_OF_RESULT, MeterRegisters, TokenResult
from sts_pos.sts.meter import TokenOutcome, VirtualMeter
from sts_pos.sts.tokens import CreditToken

WATT_SECONDS_PER_TENTH_KWH = 360_000


class CardCarrier(Protocol):
    """What the meter needs from an IC customer card."""

    def read_tokens(self) -> list[str]:
        """The purchase's 20-digit tokens in entry order (key change tokens first)."""

    def write_back(self, reading: dict[str, Any]) -> None:
        """Store the meter's write-back (remaining credit, consumption, result of each token, tamper)."""


class SimulatedMeter:
    """A virtual meter with a load, an address and a last-token register."""

    def __init__(self, meter: VirtualMeter, *, address: str | None = None, manufacturer: str = "SPS",
                 load_w: int = 1000, speed: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.meter = meter
        self.address = address or meter.meter_number.drn[-12:].rjust(12, "0")
        self.manufacturer = manufacturer
        self.load_w = load_w
        self.speed = speed
        self._clock = clock
        self._last_tick = clock()
        self._watt_seconds = 0  # energy drawn but not yet a whole tenth of a kWh
        self.last_token: TokenResult | None = None
        self.lock = threading.RLock()

    # -- time and energy -------------------------------------------------------------------------------
    def tick(self) -> int:
        """Bring the meter up to now: the load uses energy while the relay is closed. Returns tenths used."""
        with self.lock:
            now = self._clock()
            elapsed, self._last_tick = max(0.0, now - self._last_tick), now
            if not self.meter.relay_closed:
                self._watt_seconds = 0
                return 0
            self._watt_seconds += int(self.load_w * elapsed * self.speed)
            tenths, self._watt_seconds = divmod(self._watt_seconds, WATT_SECONDS_PER_TENTH_KWH)
            return self.meter.consume(tenths) if tenths else 0

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
            return outcome

    def insert_card(self, card: CardCarrier) -> list[TokenOutcome]:
        """Load a customer card: enter its tokens in order, then write the meter's data back to it."""
        with self.lock:
            outcomes = [self.enter_token(token) for token in card.read_tokens()]
            reading = self.snapshot()
            reading["token_results"] = [outcome.result.name for outcome in outcomes]
            card.write_back(reading)
            return outcomes

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
