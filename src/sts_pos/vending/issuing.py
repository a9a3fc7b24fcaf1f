"""Making a sale's (or an engineering job's) tokens from its stored plan, deterministically.

A plan is what the vending service writes into the PENDING sale before any token exists: the meter
number, the key parameters it holds now, the parameters after a pending key change (and whether that
change is a TID rollover), and each TID-carrying token with its TID and RND. Because the plan fixes every
input, making the tokens again after a crash gives the same 20-digit numbers (IEC 62055-41 tokens are a
pure function of the data block and the decoder key).

Entry order: key change tokens first (sections 1, 2[, 3, 4], encrypted under the meter's current key,
clause 6.3.8), then the credit token, then the free basic electricity token, both under the new key.

``make_tokens`` keeps the rules a meter and a certified vending system keep, so a plan that breaks one
makes no token at all: a key change must load a new key (:func:`sts_pos.sts.kct.check_key_change`: never
the meter's current key, which with a TID rollover would wipe its token memory and let every used token
work again; a key type the meter can move to; the base date one step forward, only with a rollover);
every token with a TID is refused under an expired key (credit and management tokens); no credit is
made under a default key (DDTK).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sts_pos.sts.codec import encode
from sts_pos.sts.kct import check_key_change, key_change_sections
from sts_pos.sts.keys import DecoderKey, KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import MeterNumber
from sts_pos.sts.tid import BaseDate
from sts_pos.sts.tokens import (
    ClearCredit,
    ClearTamper,
    CreditToken,
    SetMaxPhasePowerUnbalance,
    SetMaxPowerLimit,
    TestToken,
)
from sts_pos.vending.model import IssuedToken

# supply group id -> the vending key: its bytes (from the unlocked vault) or a handle that derives the decoder key
# inside a secure module (store.pkcs11.ModuleKey); both go to sts.keys.derive_decoder_key
KeySource = Callable[[int], bytes]


def params_to_plan(params: KeyParameters, supply_group_id: int) -> dict:
    return {"sgc": params.sgc, "ti": params.ti, "krn": params.krn, "key_type": int(params.key_type),
            "ken": params.ken, "base_date": params.base_date.code, "dkga": params.dkga, "ea": params.ea,
            "supply_group_id": supply_group_id}


def params_from_plan(data: dict) -> KeyParameters:
    return KeyParameters(sgc=data["sgc"], ti=data["ti"], krn=data["krn"], key_type=data["key_type"],
                         ken=data["ken"], base_date=BaseDate.parse(data["base_date"]), dkga=data["dkga"],
                         ea=data["ea"])


@dataclass(frozen=True)
class Plan:
    """Everything needed to make the tokens again. ``steps`` are dicts with ``kind``, ``tid``, ``rnd`` and
    the kind's value (``kwh10``, ``watts``, ``register``, ``control``, ``manufacturer_code``). ``kind`` is
    the meter's (``keypad`` or ``ic_card``; plans written before it was recorded have ``None``)."""

    meter_number: str
    iin: str
    current: dict
    target: dict | None = None
    rollover: bool = False
    steps: tuple[dict, ...] = field(default_factory=tuple)
    kind: str | None = None

    def as_dict(self) -> dict:
        data = {"meter_number": self.meter_number, "iin": self.iin, "current": self.current,
                "target": self.target, "rollover": self.rollover, "steps": list(self.steps)}
        if self.kind is not None:
            data["kind"] = self.kind
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Plan:
        return cls(data["meter_number"], data["iin"], data["current"], data.get("target"),
                   bool(data.get("rollover")), tuple(data.get("steps", ())), data.get("kind"))

    @property
    def key_params(self) -> dict:
        """The parameters the meter holds after this plan is entered."""
        return self.target or self.current


def _decoder_key(meter: MeterNumber, params: dict, keys: KeySource) -> DecoderKey:
    return derive_decoder_key(keys(params["supply_group_id"]), meter, params_from_plan(params))


def _step_token(step: dict):
    kind, tid, rnd = step["kind"], step.get("tid"), step.get("rnd")
    if kind in ("credit", "free"):
        return CreditToken(tid, rnd, step["kwh10"])
    if kind == "clear_credit":
        return ClearCredit(tid, rnd, step.get("register", 0))
    if kind == "clear_tamper":
        return ClearTamper(tid, rnd)
    if kind == "set_max_power":
        return SetMaxPowerLimit(tid, rnd, step["watts"])
    if kind == "set_phase_unbalance":
        return SetMaxPhasePowerUnbalance(tid, rnd, step["watts"])
    if kind == "test":
        return TestToken(step.get("subclass", 0), step.get("control", 1), step.get("manufacturer_code", 0))
    raise ValueError(f"unknown token kind {kind}")


def make_tokens(plan: Plan, keys: KeySource) -> list[IssuedToken]:
    """The plan's tokens in entry order (pure: the same plan and keys give the same numbers)."""
    meter = MeterNumber(plan.meter_number, plan.iin)
    out: list[IssuedToken] = []
    current_key = None
    if plan.target is not None:
        current_key = _decoder_key(meter, plan.current, keys)
        new_key = _decoder_key(meter, plan.target, keys)
        check_key_change(current_key, params_from_plan(plan.current), new_key, params_from_plan(plan.target),
                         plan.rollover, keypad=plan.kind == "keypad")
        sections = key_change_sections(new_key, params_from_plan(plan.target), plan.rollover)
        for i, section in enumerate(sections, 1):
            out.append(IssuedToken(len(out) + 1, f"key_change_{i}", 2, section.subclass, None,
                                   encode(section, current_key)))
    final = plan.key_params
    final_key = None
    for step in plan.steps:
        token = _step_token(step)
        if token.token_class == 1:
            number = encode(token, None)
        else:
            if final_key is None:
                final_key = _decoder_key(meter, final, keys)
            number = encode(token, final_key, ken=final["ken"], key_type=final["key_type"])
        out.append(IssuedToken(len(out) + 1, step["kind"], token.token_class, token.subclass,
                               step.get("tid"), number, final["base_date"] if step.get("tid") is not None
                               else None, step.get("kwh10")))
    return out
