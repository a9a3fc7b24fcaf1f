"""Helpers for the card tests: a meter with its decoder key, and purchases of real STS tokens.
(Plain functions, no fixtures: fixtures live in tests/support/pcsc.py, listed in conftest.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sts_pos.devices.cards.format import CardIdentity, CardKind, CardToken, Purchase, TokenKind, write_back_key
from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.service import CardOffice
from sts_pos.sts.codec import encode
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.sts.meter import VirtualMeter
from sts_pos.sts.meter_number import make_meter_number, parse_meter_number
from sts_pos.sts.tid import BaseDate, tid_from_datetime
from sts_pos.sts.tokens import ClearTamper, CreditToken, SetMaxPowerLimit

VAULT_SECRET = b"office vault secret for tests, 32b"
VENDING_KEY = bytes.fromhex("abababababababab")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
PARAMS = KeyParameters("123456", 1, 1, base_date=BaseDate.Y2014)


def meter_keys(ident: CardIdentity) -> list[bytes]:
    """The write-back keys a test meter may hold: its decoder key now, and after a key change to KRN 2."""
    number = parse_meter_number(ident.meter_number)
    return [
        write_back_key(derive_decoder_key(VENDING_KEY, number, params).key)
        for params in (PARAMS, replace(PARAMS, krn=2))
    ]


def office(**kw) -> CardOffice:
    return CardOffice.from_vault_secret(VAULT_SECRET, write_back_keys=meter_keys, **kw)


def new_meter(serial: str = "12345678") -> VirtualMeter:
    return VirtualMeter.with_vending_key(make_meter_number("04", serial), PARAMS, VENDING_KEY)


def card_meter(meter: VirtualMeter | None = None) -> CardMeter:
    return CardMeter(meter or new_meter(), office().psc, clock=lambda: 1_795_000_000)


def identity(
    meter: VirtualMeter,
    serial: str = "00112233AABBCCDD",
    kind: CardKind = CardKind.CUSTOMER,
    replaces: str = "",
    account: str = "ACC-0042",
) -> CardIdentity:
    return CardIdentity(
        kind, serial, meter.meter_number.drn, account, PARAMS.sgc, PARAMS.ti, PARAMS.krn, replaces
    )


def credit_purchase(meter: VirtualMeter, count: int, tenths: int = 500, minutes: int = 0) -> Purchase:
    tid = tid_from_datetime(NOW + timedelta(minutes=count * 10 + minutes), PARAMS.base_date)
    number = encode(CreditToken(tid=tid, rnd=3, amount=tenths), meter.decoder_key)
    return Purchase(count, 1_795_000_000 + count, (CardToken(TokenKind.CREDIT, number),))


def technician_purchase(meter: VirtualMeter, job: int, watts: int = 4000) -> Purchase:
    tid = tid_from_datetime(NOW + timedelta(minutes=500 + job), PARAMS.base_date)
    tokens = (
        CardToken(TokenKind.MANAGEMENT, encode(ClearTamper(tid=tid, rnd=1), meter.decoder_key)),
        CardToken(
            TokenKind.MANAGEMENT, encode(SetMaxPowerLimit(tid=tid + 1, rnd=2, watts=watts), meter.decoder_key)
        ),
    )
    return Purchase(job, 1_795_000_000, tokens)
