"""A virtual prepaid meter that accepts tokens as IEC 62055-41 meters do (clause 6.6 and 8, token acceptance).

The meter holds its identity, key parameters and decoder key, and on each token entry:

1. reads the 20 digits (wrong length or out of range -> ``FORMAT_ERROR``);
2. decrypts with its decoder key and checks the CRC (-> ``CRC_ERROR``: wrong meter/key or mistyped digit);
3. class 1 (test/display) is acted on at once (``TEST_OK``);
4. key change sections are collected; the first section(s) -> ``KCT_PENDING``; when the set is complete
   (2 sections for a 64-bit key, 4 for 128-bit) the new key and parameters are loaded (``KEY_CHANGED``);
   the rollover bit moves the meter to the next TID base date and clears the TID memory;
5. tokens with a TID: key expiry (``(TID >> 16) > KEN`` -> ``KEY_EXPIRED``), then the TID memory: a TID
   already in memory -> ``USED``; with a full memory, a TID older than the oldest remembered -> ``OLD``;
6. credit for another utility -> ``NOT_FOR_METER_TYPE``; a credit register that would pass its maximum ->
   ``OVERFLOW``; otherwise the token is applied (``ACCEPTED``) and its TID remembered.

Energy is in tenths of kWh, power in watts. ``consume`` uses energy (the relay opens at zero credit).
The state is plain data (``snapshot``), so simulators can show and persist it; the key is not part of it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any

from sts_pos.sts.codec import decode, parse_token_number
from sts_pos.sts.errors import CrcMismatch, InvalidTokenNumber, UnknownTokenClass
from sts_pos.sts.kct import assemble_new_key
from sts_pos.sts.keys import DecoderKey, KeyParameters, KeyType, derive_decoder_key
from sts_pos.sts.meter_number import MeterNumber
from sts_pos.sts.tid import BaseDate, key_expired
from sts_pos.sts.tokens import (
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
    OLD = ("Old", "This token is older than the tokens the meter remembers and was refused. Issue a new "
                  "token; never reuse an old one.")
    KEY_EXPIRED = ("Expired", "The meter's key has expired (key expiry number reached). The meter needs a "
                              "key change before it can take credit.")
    CRC_ERROR = ("Error", "The token does not fit this meter: a digit was mistyped, or it was made for "
                          "another meter or an old key. Check the meter number on the receipt and re-enter.")
    FORMAT_ERROR = ("Error", "A token has exactly 20 digits. Clear the display and type it again.")
    OVERFLOW = ("Overflow", "The meter's credit register cannot hold this much credit. Let the customer "
                            "use some credit first, or vend a smaller amount.")
    NOT_FOR_METER_TYPE = ("Type", "This token is for a different kind of meter (water, gas, time or "
                                  "currency); this electricity meter refused it.")

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


_NEXT_BASE = {BaseDate.Y1993: BaseDate.Y2014, BaseDate.Y2014: BaseDate.Y2035, BaseDate.Y2035: BaseDate.Y2035}


@dataclass
class VirtualMeter:
    """A prepaid electricity meter with a keypad, simulated."""

    meter_number: MeterNumber
    params: KeyParameters
    decoder_key: DecoderKey = field(repr=False)
    credit: int = 0                     # tenths of kWh
    energy_used: int = 0                # cumulative, tenths of kWh
    tamper: bool = False
    max_power_w: int | None = None
    phase_unbalance_w: int | None = None
    tariff_rate: int | None = None
    tid_memory: list[int] = field(default_factory=list)
    pending_kct: list[Token] = field(default_factory=list)
    last_result: MeterResult | None = None
    tests_run: list[int] = field(default_factory=list)
    tokens_accepted: int = 0

    @classmethod
    def with_vending_key(cls, meter_number: MeterNumber, params: KeyParameters, vending_key: bytes,
                         **state: Any) -> VirtualMeter:
        """A meter whose decoder key is derived from the utility's vending key, as at manufacture."""
        return cls(meter_number, params, derive_decoder_key(vending_key, meter_number, params), **state)

    @property
    def relay_closed(self) -> bool:
        return self.credit > 0 and not self.tamper

    def enter(self, text: str) -> TokenOutcome:
        """Enter a token as on the keypad; returns the result code and the decoded token."""
        outcome = self._enter(text)
        self.last_result = outcome.result
        return outcome

    def _enter(self, text: str) -> TokenOutcome:
        try:
            number = parse_token_number(text)
        except InvalidTokenNumber:
            return TokenOutcome(MeterResult.FORMAT_ERROR)
        try:
            token = decode(number, self.decoder_key)
        except (CrcMismatch, UnknownTokenClass):
            return TokenOutcome(MeterResult.CRC_ERROR)
        if isinstance(token, TestToken):
            self.tests_run.append(token.control)
            return TokenOutcome(MeterResult.TEST_OK, token)
        if isinstance(token, (KeyChange1, KeyChange2, KeyChange3, KeyChange4)):
            return TokenOutcome(self._key_change(token), token)
        return TokenOutcome(self._with_tid(token), token)

    def _with_tid(self, token: Token) -> MeterResult:
        if isinstance(token, CreditToken) and key_expired(token.tid, self.params.ken):
            return MeterResult.KEY_EXPIRED
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
        elif isinstance(token, SetMaxPowerLimit):
            self.max_power_w = token.watts
        elif isinstance(token, SetMaxPhasePowerUnbalance):
            self.phase_unbalance_w = token.watts
        elif isinstance(token, SetTariffRate):
            self.tariff_rate = token.rate
        elif isinstance(token, SetWaterMeterFactor):
            return MeterResult.NOT_FOR_METER_TYPE
        return MeterResult.ACCEPTED

    def _key_change(self, section: Token) -> MeterResult:
        self.pending_kct = [s for s in self.pending_kct if type(s) is not type(section)] + [section]
        kinds = {type(s) for s in self.pending_kct}
        needed = {KeyChange1, KeyChange2} | ({KeyChange3, KeyChange4} if self.params.key_bits == 128 else set())
        if not needed <= kinds:
            return MeterResult.KCT_PENDING
        value, length = assemble_new_key(self.pending_kct)
        parts = {type(s): s for s in self.pending_kct}
        first, second = parts[KeyChange1], parts[KeyChange2]
        sgc = self.params.sgc
        if KeyChange3 in parts:
            sgc = f"{parts[KeyChange4].sgc_high << 12 | parts[KeyChange3].sgc_low:06d}"
        base = _NEXT_BASE[self.params.base_date] if first.rollover else self.params.base_date
        self.params = replace(self.params, sgc=sgc, ti=second.ti, krn=first.krn, key_type=KeyType(first.key_type),
                              ken=first.ken_high << 4 | second.ken_low, base_date=base)
        self.decoder_key = DecoderKey(value.to_bytes(length, "big"), self.decoder_key.ea)
        if first.rollover:
            self.tid_memory.clear()
        self.pending_kct = []
        return MeterResult.KEY_CHANGED

    def consume(self, tenths_kwh: int) -> int:
        """Use energy; returns what was actually used (no more than the credit; nothing while tampered)."""
        if tenths_kwh < 0:
            raise ValueError("energy used cannot be negative")
        used = 0 if self.tamper else min(tenths_kwh, self.credit)
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
            "max_power_w": self.max_power_w, "tokens_accepted": self.tokens_accepted,
            "last_result": self.last_result.name if self.last_result else None,
        }
