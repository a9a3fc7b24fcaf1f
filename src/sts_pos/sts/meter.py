"""A virtual prepaid meter that accepts tokens as IEC 62055-41 meters do (clause 6.6 and 8, token acceptance).

The meter holds its identity, key parameters and decoder key, and on each token entry:

1. reads the 20 digits (wrong length, non-ASCII digits or out of range -> ``FORMAT_ERROR``);
2. decrypts with its decoder key and checks the CRC (-> ``CRC_ERROR``: wrong meter/key or mistyped digit);
   any token that decodes and is not a key change section makes the meter forget a key change set it
   was collecting;
3. class 1 (test/display): a test token for another manufacturer -> ``MFR_CODE`` (code 0 is for every
   meter), a 2-digit manufacturer code above 99 -> ``RANGE``, otherwise acted on at once (``TEST_OK``);
4. key change sections are collected; the first section(s) -> ``KCT_PENDING``. The set is forgotten after
   ``kct_timeout_s`` of meter time (10 minutes) or when any other token is entered. A complete set (2
   sections for a 64-bit key, 4 for 128-bit; sections 3 and 4 on a 64-bit meter -> ``NOT_FOR_METER_TYPE``)
   is checked: a KRN outside 1-9, a TI above 99 or an SGC above 999999 -> ``RANGE``; a key type the meter
   cannot move to (see :func:`sts_pos.sts.kct.key_type_refusal`: never to a DITK, never back to a DDTK,
   never a DCTK in a keypad meter) -> ``KEY_TYPE``; otherwise the new key and parameters are loaded
   (``KEY_CHANGED``) and the rollover bit moves the meter to the next base date and resets its TID memory
   to zeros. Like a real meter it cannot tell a set that loads the key it already has: refusing those is
   the vending system's job (:func:`sts_pos.sts.kct.check_key_change`), and this meter shows why;
5. tokens with a TID (credit and management tokens): key expiry (``(TID >> 16) > KEN`` -> ``KEY_EXPIRED``),
   credit under a default key (DDTK) -> ``DDTK``, then the TID memory: a TID already in memory -> ``USED``,
   a TID older than the oldest remembered -> ``OLD``. The memory starts filled with the manufacture minute
   (``manufactured_tid``), so a new meter refuses tokens made before it was;
6. credit for another utility -> ``NOT_FOR_METER_TYPE``; a credit register that would pass its maximum ->
   ``OVERFLOW``; otherwise the token is applied (``ACCEPTED``) and its TID remembered.

No input makes :meth:`VirtualMeter.enter` raise: every entry gets a result code.

Energy is in tenths of kWh, power in watts, meter time in seconds. :meth:`VirtualMeter.draw` runs a load for
a while: the relay opens at zero credit, and a load above the maximum power limit trips it
(``load_tripped``) until a clear tamper token or the reset button (:meth:`VirtualMeter.reset_trip`).
The state is plain data (``snapshot``), so simulators can show and persist it; the key is not part of it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sts_pos.sts.codec import decode, parse_token_number
from sts_pos.sts.errors import (
    CrcMismatch,
    InvalidKeyParameters,
    InvalidTokenField,
    InvalidTokenNumber,
    StsError,
    UnknownTokenClass,
    shown,
)
from sts_pos.sts.kct import assemble_new_key, key_type_refusal
from sts_pos.sts.keys import DecoderKey, KeyParameters, KeyType, derive_decoder_key
from sts_pos.sts.meter_number import MeterNumber
from sts_pos.sts.tid import TID_MAX, key_expired, next_base_date, tid_from_datetime
from sts_pos.sts.tokens import (
    KEY_CHANGE_TYPES,
    ClearCredit,
    ClearTamper,
    CreditSubclass,
    CreditToken,
    KeyChange1,
    KeyChange2,
    KeyChange3,
    KeyChange4,
    SetMaxPhasePowerUnbalance,
    SetMaxPowerLimit,
    SetTariffRate,
    SetWaterMeterFactor,
    TestToken,
    Token,
)

TID_MEMORY_SIZE = 50
MAX_CREDIT = 99_999_999  # tenths of kWh the register can hold (9 999 999.9 kWh)
KCT_TIMEOUT_S = 600.0  # meter time a first key change section waits for the rest of its set
WATT_SECONDS_PER_TENTH_KWH = 360_000


class MeterResult(enum.Enum):
    """What the meter shows after a token entry, with a help text a technician can read."""

    ACCEPTED = ("Accept", "The token was accepted and applied.")
    TEST_OK = ("Test", "The test/display token was accepted; the meter runs the requested test or display.")
    KCT_PENDING = ("1-2", "The first key change token was accepted. Enter the next key change token(s) "
                          "from the same receipt, then the credit token.")
    KEY_CHANGED = ("Key OK", "The key change is complete: the meter now uses its new key. Enter the credit "
                             "token that came with it.")
    USED = ("Used", "This token was already entered in this meter. Each token works once; no credit was "
                    "added. If the customer did not get the credit, check the meter's credit display.")
    OLD = ("Old", "This token is older than the tokens the meter remembers (or than the meter itself) and was "
                  "refused. Issue a new token; never reuse an old one.")
    KEY_EXPIRED = ("Expired", "The meter's key has expired (key expiry number reached). The meter needs a "
                              "key change before it can take credit or management tokens.")
    CRC_ERROR = ("Error", "The token does not fit this meter: a digit was mistyped, or it was made for "
                          "another meter or an old key. Check the meter number on the receipt and re-enter.")
    FORMAT_ERROR = ("Error", "A token has exactly 20 digits. Clear the display and type it again.")
    OVERFLOW = ("Overflow", "The meter's credit register cannot hold this much credit. Let the customer "
                            "use some credit first, or vend a smaller amount.")
    NOT_FOR_METER_TYPE = ("Type", "This token is for a different kind of meter (water, gas, time or "
                                  "currency, or a meter with 128-bit keys); this meter refused it.")
    KEY_TYPE = ("Key type", "The meter refused this key change: it cannot move to that key type (an "
                            "initialisation key, a common key in a keypad meter, or back to a default key). "
                            "Check the supply group's key settings and issue the key change again.")
    DDTK = ("DDTK", "The meter still has its factory default key (DDTK) and takes no credit. Enter the key "
                    "change tokens for this meter first.")
    RANGE = ("Range", "A value in the token is outside what this meter accepts (the key revision, tariff "
                      "index or supply group of a key change, or a test token's manufacturer code). Issue the "
                      "token again with a value the meter supports.")
    MFR_CODE = ("Mfr code", "This test token is for another manufacturer's meters. Use a test token with this "
                            "meter's manufacturer code, or code 0 for all meters.")

    @property
    def display(self) -> str:
        return self.value[0]

    @property
    def help_text(self) -> str:
        return self.value[1]

    @property
    def accepted(self) -> bool:
        return self in (MeterResult.ACCEPTED, MeterResult.TEST_OK, MeterResult.KCT_PENDING,
                        MeterResult.KEY_CHANGED)


@dataclass(frozen=True)
class TokenOutcome:
    """The meter's answer to one token entry."""

    result: MeterResult
    token: Token | None = None

    @property
    def help_text(self) -> str:
        return self.result.help_text


def _amount(value: object, what: str, unit: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise StsError(f"{what} is a number of {unit}, zero or more, not {shown(value)}.")
    return float(value)


def _seconds(value: object, what: str) -> float:
    return _amount(value, what, "seconds")


@dataclass
class VirtualMeter:
    """A prepaid electricity meter with a keypad (``keypad=False``: one fed by a card or another carrier)."""

    meter_number: MeterNumber
    params: KeyParameters
    decoder_key: DecoderKey = field(repr=False)
    credit: int = 0                     # tenths of kWh
    energy_used: int = 0                # cumulative, tenths of kWh
    tamper: bool = False
    max_power_w: int | None = None
    phase_unbalance_w: int | None = None
    tariff_rate: int | None = None
    tid_memory: list[int] = field(default_factory=list)  # empty: filled with the manufacture minute
    pending_kct: list[Token] = field(default_factory=list)
    last_result: MeterResult | None = None
    tests_run: list[int] = field(default_factory=list)
    tokens_accepted: int = 0
    manufactured_tid: int = 0           # the minute (TID on the base date) the meter was made
    keypad: bool = True
    kct_timeout_s: float = KCT_TIMEOUT_S
    meter_time_s: float = 0.0           # the meter's own clock, seconds since it was switched on
    kct_started_s: float | None = None  # meter time of the first section of the set being collected
    load_tripped: bool = False          # the load went over the maximum power limit
    watt_seconds: float = 0.0           # energy drawn but not yet a whole tenth of a kWh

    def __post_init__(self) -> None:
        if not isinstance(self.meter_number, MeterNumber) or not isinstance(self.params, KeyParameters) \
                or not isinstance(self.decoder_key, DecoderKey):
            raise InvalidKeyParameters("A virtual meter needs its meter number, key parameters and decoder key.")
        if len(self.decoder_key.key) * 8 != self.params.key_bits:
            raise InvalidKeyParameters(f"A meter on EA{self.params.ea} has a {self.params.key_bits}-bit decoder key.")
        if self.keypad and self.params.key_type == KeyType.DCTK:
            raise InvalidKeyParameters("A keypad meter cannot hold a common key (DCTK): a token made for it would "
                                       "work in every meter of the supply group.")
        if isinstance(self.manufactured_tid, bool) or not isinstance(self.manufactured_tid, int) \
                or not 0 <= self.manufactured_tid <= TID_MAX:
            raise InvalidKeyParameters(f"The manufacture minute is a TID (0 to {TID_MAX}), not "
                                       f"{shown(self.manufactured_tid)}.")
        self.kct_timeout_s = _seconds(self.kct_timeout_s, "The key change timeout")
        if not self.tid_memory:
            self.tid_memory = [self.manufactured_tid] * TID_MEMORY_SIZE

    @classmethod
    def with_vending_key(cls, meter_number: MeterNumber, params: KeyParameters, vending_key: bytes, *,
                         manufactured: datetime | None = None, **state: Any) -> VirtualMeter:
        """A meter whose decoder key is derived from the utility's vending key, as at manufacture.

        ``manufactured`` (timezone-aware) fills the TID memory with that minute on the key's base date, so the
        meter refuses older tokens; without it the meter was made at the base date itself.
        """
        if manufactured is not None:
            state["manufactured_tid"] = tid_from_datetime(manufactured, params.base_date)
        return cls(meter_number, params, derive_decoder_key(vending_key, meter_number, params), **state)

    @property
    def manufacturer_code(self) -> int:
        """The manufacturer code of the meter's DRN (its first 2 or 4 digits)."""
        return int(self.meter_number.manufacturer_code or "0")

    @property
    def relay_closed(self) -> bool:
        return self.credit > 0 and not self.tamper and not self.load_tripped

    # -- token entry -----------------------------------------------------------------------------------
    def enter(self, text: str) -> TokenOutcome:
        """Enter a token as on the keypad; returns the result code and the decoded token. Never raises."""
        outcome = self._enter(text)
        self.last_result = outcome.result
        return outcome

    def _enter(self, text: str) -> TokenOutcome:
        self._expire_kct()
        try:
            number = parse_token_number(text)
        except InvalidTokenNumber:
            return TokenOutcome(MeterResult.FORMAT_ERROR)
        try:
            token = decode(number, self.decoder_key)
        except InvalidTokenField:  # a test token with a 2-digit manufacturer code above 99
            self._forget_kct()
            return TokenOutcome(MeterResult.RANGE)
        except (CrcMismatch, UnknownTokenClass):
            return TokenOutcome(MeterResult.CRC_ERROR)
        if isinstance(token, KEY_CHANGE_TYPES):
            return TokenOutcome(self._key_change(token), token)
        self._forget_kct()  # any other token ends a key change set being collected
        if isinstance(token, TestToken):
            if token.manufacturer_code not in (0, self.manufacturer_code):
                return TokenOutcome(MeterResult.MFR_CODE, token)
            self.tests_run.append(token.control)
            return TokenOutcome(MeterResult.TEST_OK, token)
        return TokenOutcome(self._with_tid(token), token)

    def _with_tid(self, token: Token) -> MeterResult:
        if key_expired(token.tid, self.params.ken):
            return MeterResult.KEY_EXPIRED
        if isinstance(token, CreditToken) and self.params.key_type == KeyType.DDTK:
            return MeterResult.DDTK
        if token.tid in self.tid_memory:
            return MeterResult.USED
        if len(self.tid_memory) >= TID_MEMORY_SIZE and token.tid < min(self.tid_memory):
            return MeterResult.OLD
        result = self._apply(token)
        if result is MeterResult.ACCEPTED:
            self.tid_memory.append(token.tid)
            self.tid_memory.sort()
            del self.tid_memory[:-TID_MEMORY_SIZE]
            self.tokens_accepted += 1
        return result

    def _apply(self, token: Token) -> MeterResult:
        if isinstance(token, CreditToken):
            if token.credit_subclass != CreditSubclass.ELECTRICITY:
                return MeterResult.NOT_FOR_METER_TYPE
            if self.credit + token.amount > MAX_CREDIT:
                return MeterResult.OVERFLOW
            self.credit += token.amount
        elif isinstance(token, ClearCredit):
            if token.register in (0, ClearCredit.ALL_REGISTERS):
                self.credit = 0
        elif isinstance(token, ClearTamper):
            self.tamper = False
            self.load_tripped = False
        elif isinstance(token, SetMaxPowerLimit):
            self.max_power_w = token.watts
        elif isinstance(token, SetMaxPhasePowerUnbalance):
            self.phase_unbalance_w = token.watts
        elif isinstance(token, SetTariffRate):
            self.tariff_rate = token.rate
        elif isinstance(token, SetWaterMeterFactor):
            return MeterResult.NOT_FOR_METER_TYPE
        return MeterResult.ACCEPTED

    # -- key change ------------------------------------------------------------------------------------
    def _forget_kct(self) -> None:
        self.pending_kct = []
        self.kct_started_s = None

    def _expire_kct(self) -> None:
        if self.pending_kct and self.kct_started_s is not None \
                and self.meter_time_s - self.kct_started_s > self.kct_timeout_s:
            self._forget_kct()

    def _key_change(self, section: Token) -> MeterResult:
        wide = self.params.key_bits == 128
        if not wide and isinstance(section, (KeyChange3, KeyChange4)):
            return MeterResult.NOT_FOR_METER_TYPE  # sections of a 128-bit key: this meter has 64-bit keys
        if not self.pending_kct:
            self.kct_started_s = self.meter_time_s
        self.pending_kct = [s for s in self.pending_kct if type(s) is not type(section)] + [section]
        kinds = {type(s) for s in self.pending_kct}
        needed = {KeyChange1, KeyChange2} | ({KeyChange3, KeyChange4} if wide else set())
        if not needed <= kinds:
            return MeterResult.KCT_PENDING
        parts = {type(s): s for s in self.pending_kct}
        self._forget_kct()  # complete: loaded or refused, the set is used up
        value, length = assemble_new_key(list(parts.values()))
        first, second = parts[KeyChange1], parts[KeyChange2]
        sgc = self.params.sgc
        if wide:
            sgc_value = parts[KeyChange4].sgc_high << 12 | parts[KeyChange3].sgc_low
            if sgc_value > 999_999:
                return MeterResult.RANGE
            sgc = f"{sgc_value:06d}"
        if not 1 <= first.krn <= 9 or second.ti > 99:
            return MeterResult.RANGE
        if key_type_refusal(self.params.key_type, first.key_type, self.keypad) is not None:
            return MeterResult.KEY_TYPE
        base = next_base_date(self.params.base_date) if first.rollover else self.params.base_date
        self.params = replace(self.params, sgc=sgc, ti=second.ti, krn=first.krn, key_type=KeyType(first.key_type),
                              ken=first.ken_high << 4 | second.ken_low, base_date=base)
        self.decoder_key = DecoderKey(value.to_bytes(length, "big"), self.decoder_key.ea)
        if first.rollover:
            self.tid_memory = [0] * TID_MEMORY_SIZE  # the TID memory is reset to 0 on the new base date
        return MeterResult.KEY_CHANGED

    # -- time, load and energy -------------------------------------------------------------------------
    def advance(self, seconds: float) -> None:
        """Let meter time pass (a first key change section waiting longer than the timeout is forgotten)."""
        self.meter_time_s += _seconds(seconds, "Meter time")
        self._expire_kct()

    def draw(self, watts: float, seconds: float) -> int:
        """Run a load of ``watts`` for ``seconds`` of meter time; returns the tenths of kWh it used.

        With the relay open nothing flows. A load above the maximum power limit trips the relay
        (``load_tripped``) and uses nothing; a clear tamper token or :meth:`reset_trip` closes it again.
        """
        watts = _amount(watts, "The load", "watts")
        self.advance(seconds)
        if not self.relay_closed:
            self.watt_seconds = 0.0
            return 0
        if self.max_power_w is not None and watts > self.max_power_w:
            self.load_tripped = True
            self.watt_seconds = 0.0
            return 0
        self.watt_seconds += watts * seconds
        tenths, self.watt_seconds = divmod(self.watt_seconds, WATT_SECONDS_PER_TENTH_KWH)
        return self.consume(int(tenths)) if tenths else 0

    def reset_trip(self) -> None:
        """The customer presses the meter's reset button after an overload: the relay may close again."""
        self.load_tripped = False

    def consume(self, tenths_kwh: int) -> int:
        """Use energy; returns what was actually used (no more than the credit; nothing while the relay is
        held open by tamper or an overload trip)."""
        if isinstance(tenths_kwh, bool) or not isinstance(tenths_kwh, int) or tenths_kwh < 0:
            raise StsError(f"Energy used is a whole number of tenths of kWh, zero or more, not {shown(tenths_kwh)}.")
        used = 0 if self.tamper or self.load_tripped else min(tenths_kwh, self.credit)
        self.credit -= used
        self.energy_used += used
        return used

    def snapshot(self) -> dict[str, Any]:
        """The meter's readable state (never its key)."""
        return {
            "meter_number": self.meter_number.drn, "sgc": self.params.sgc, "ti": self.params.ti,
            "krn": self.params.krn, "key_type": int(self.params.key_type), "ken": self.params.ken,
            "base_date": self.params.base_date.year, "ea": self.params.ea, "credit_tenths_kwh": self.credit,
            "energy_used_tenths_kwh": self.energy_used, "tamper": self.tamper, "relay_closed": self.relay_closed,
            "load_tripped": self.load_tripped, "max_power_w": self.max_power_w, "tokens_accepted": self.tokens_accepted,
            "key_change_sections_pending": len(self.pending_kct), "manufactured_tid": self.manufactured_tid,
            "last_result": self.last_result.name if self.last_result else None,
        }
