"""The STS tokens as frozen dataclasses, one per class and subclass (IEC 62055-41 clause 6.2, 6.3).

=====  ========  ===============================================  ====================================
class  subclass  dataclass                                        16-bit field
=====  ========  ===============================================  ====================================
0      0-7       ``CreditToken`` (electricity, water, gas, time,   amount (exponent/mantissa, tenths of
                 and their currency variants 4-7)                 the unit)
1      0, 1      ``TestToken`` (initiate meter test/display)       36/28 control bits + manufacturer code
2      0         ``SetMaxPowerLimit``                              watts (exponent/mantissa)
2      1         ``ClearCredit``                                   register (raw; 0 = electricity,
                                                                  0xFFFF = all)
2      2         ``SetTariffRate``                                 rate (raw)
2      3, 4      ``KeyChange1``, ``KeyChange2``                    key change, 64-bit keys
2      5         ``ClearTamper``                                   pad (raw)
2      6         ``SetMaxPhasePowerUnbalance``                     watts (exponent/mantissa)
2      7         ``SetWaterMeterFactor``                           factor (raw)
2      8, 9      ``KeyChange3``, ``KeyChange4``                    key change, 128-bit keys
=====  ========  ===============================================  ====================================

Every token knows its 48-bit body (``body48()``); :mod:`sts_pos.sts.codec` adds the CRC, encrypts and
transposes. ``from_body48`` is the inverse and validates every field.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import ClassVar

from sts_pos.sts.amount import decode_amount, encode_amount
from sts_pos.sts.errors import StsError, UnknownTokenClass
from sts_pos.sts.tid import TID_MAX


class CreditSubclass(enum.IntEnum):
    """Class 0 subclasses: what the credit is for."""

    ELECTRICITY = 0
    WATER = 1
    GAS = 2
    TIME = 3
    ELECTRICITY_CURRENCY = 4
    WATER_CURRENCY = 5
    GAS_CURRENCY = 6
    TIME_CURRENCY = 7


class TestControl(enum.IntFlag):
    """Named control bits of the class 1 test/display token (one bit per test; ALL asks for every test)."""

    ALL = 1 << 0
    LOAD_SWITCH = 1 << 1
    DISPLAY_DEVICES = 1 << 2
    DISPLAY_TOTAL_ENERGY = 1 << 3
    DISPLAY_KRN = 1 << 4
    DISPLAY_TI = 1 << 5
    TOKEN_READER = 1 << 6
    DISPLAY_MAX_POWER = 1 << 7
    DISPLAY_TAMPER_STATUS = 1 << 8
    DISPLAY_POWER = 1 << 9
    DISPLAY_SOFTWARE_VERSION = 1 << 10
    DISPLAY_PHASE_UNBALANCE = 1 << 11
    DISPLAY_WATER_FACTOR = 1 << 12
    DISPLAY_TARIFF_RATE = 1 << 13


TestControl.__test__ = False  # type: ignore[attr-defined]  # not a pytest test class


def _check(name: str, value: int, bits: int) -> None:
    if not isinstance(value, int) or not 0 <= value < (1 << bits):
        raise StsError(f"The {name} must fit {bits} bits, not {value!r}.")


@dataclass(frozen=True)
class _TidToken:
    """Tokens carrying RND (4 bits), TID (24 bits) and a 16-bit value field."""

    TOKEN_CLASS: ClassVar[int]
    SUBCLASS: ClassVar[int]

    tid: int
    rnd: int

    @property
    def token_class(self) -> int:
        return self.TOKEN_CLASS

    @property
    def subclass(self) -> int:
        return self.SUBCLASS

    # (attribute, name in messages, exponent/mantissa coded?) of the 16-bit value field
    VALUE: ClassVar[tuple[str, str, bool]]

    @property
    def field16(self) -> int:
        attribute, label, amount_coded = self.VALUE
        value = getattr(self, attribute)
        if amount_coded:
            return encode_amount(value)
        _check(label, value, 16)
        return value

    def body48(self) -> int:
        tid, rnd = self.tid, self.rnd
        if type(tid) is not int or not 0 <= tid <= TID_MAX:
            _check("TID", tid, 24)
        if type(rnd) is not int or not 0 <= rnd <= 15:
            _check("random number", rnd, 4)
        return self.subclass << 44 | rnd << 40 | tid << 16 | self.field16


@dataclass(frozen=True)
class CreditToken(_TidToken):
    """Class 0: transfer credit. ``amount`` is in tenths of the unit and must be exactly representable."""

    TOKEN_CLASS: ClassVar[int] = 0
    VALUE: ClassVar[tuple[str, str, bool]] = ("amount", "amount", True)
    amount: int = 0
    credit_subclass: int = CreditSubclass.ELECTRICITY

    @property
    def subclass(self) -> int:
        return self.credit_subclass

    def body48(self) -> int:
        if not 0 <= self.credit_subclass <= 7:
            _check("credit subclass", self.credit_subclass, 3)
        return super().body48()


@dataclass(frozen=True)
class SetMaxPowerLimit(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 0
    VALUE: ClassVar[tuple[str, str, bool]] = ("watts", "maximum power limit", True)
    watts: int = 0


@dataclass(frozen=True)
class ClearCredit(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 1
    ALL_REGISTERS: ClassVar[int] = 0xFFFF
    VALUE: ClassVar[tuple[str, str, bool]] = ("register", "register", False)
    register: int = 0


@dataclass(frozen=True)
class SetTariffRate(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 2
    VALUE: ClassVar[tuple[str, str, bool]] = ("rate", "rate", False)
    rate: int = 0


@dataclass(frozen=True)
class ClearTamper(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 5
    VALUE: ClassVar[tuple[str, str, bool]] = ("pad", "pad", False)
    pad: int = 0


@dataclass(frozen=True)
class SetMaxPhasePowerUnbalance(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 6
    VALUE: ClassVar[tuple[str, str, bool]] = ("watts", "phase power unbalance limit", True)
    watts: int = 0


@dataclass(frozen=True)
class SetWaterMeterFactor(_TidToken):
    TOKEN_CLASS: ClassVar[int] = 2
    SUBCLASS: ClassVar[int] = 7
    VALUE: ClassVar[tuple[str, str, bool]] = ("factor", "water meter factor", False)
    factor: int = 0


@dataclass(frozen=True)
class TestToken:
    """Class 1: initiate meter test/display. Sent in clear (not encrypted).

    Subclass 0 has 36 control bits and a 2-digit manufacturer code (8 bits); subclass 1 has 28 control
    bits and a 4-digit manufacturer code (16 bits).
    """

    subclass: int = 0
    control: int = int(TestControl.ALL)
    manufacturer_code: int = 0

    token_class: ClassVar[int] = 1
    __test__: ClassVar[bool] = False  # not a pytest test class

    def body48(self) -> int:
        if self.subclass == 0:
            _check("test control field", self.control, 36)
            _check("manufacturer code", self.manufacturer_code, 8)
            return self.control << 8 | self.manufacturer_code
        if self.subclass == 1:
            _check("test control field", self.control, 28)
            _check("manufacturer code", self.manufacturer_code, 16)
            return 1 << 44 | self.control << 16 | self.manufacturer_code
        raise UnknownTokenClass(f"Class 1 has subclasses 0 and 1, not {self.subclass}.")


@dataclass(frozen=True)
class KeyChange1:
    """Class 2/3: 1st key change section: KEN high nibble, KRN, rollover, KT, new key bits 63-32 / 127-96."""

    ken_high: int
    krn: int
    rollover: bool
    key_type: int
    key_bits: int
    three_kct: bool = False

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 3

    def body48(self) -> int:
        for name, value, bits in (("KEN nibble", self.ken_high, 4), ("KRN", self.krn, 4),
                                  ("key type", self.key_type, 2), ("key bits", self.key_bits, 32)):
            _check(name, value, bits)
        return (3 << 44 | self.ken_high << 40 | self.krn << 36 | int(bool(self.rollover)) << 35
                | int(bool(self.three_kct)) << 34 | self.key_type << 32 | self.key_bits)


@dataclass(frozen=True)
class KeyChange2:
    """Class 2/4: 2nd key change section: KEN low nibble, TI, new key bits 31-0."""

    ken_low: int
    ti: int
    key_bits: int

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 4

    def body48(self) -> int:
        for name, value, bits in (("KEN nibble", self.ken_low, 4), ("TI", self.ti, 8), ("key bits", self.key_bits, 32)):
            _check(name, value, bits)
        return 4 << 44 | self.ken_low << 40 | self.ti << 32 | self.key_bits


@dataclass(frozen=True)
class KeyChange3:
    """Class 2/8: 3rd section (128-bit keys): SGC low 12 bits, new key bits 95-64."""

    sgc_low: int
    key_bits: int

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 8

    def body48(self) -> int:
        _check("SGC part", self.sgc_low, 12)
        _check("key bits", self.key_bits, 32)
        return 8 << 44 | self.sgc_low << 32 | self.key_bits


@dataclass(frozen=True)
class KeyChange4:
    """Class 2/9: 4th section (128-bit keys): SGC high 12 bits, new key bits 63-32."""

    sgc_high: int
    key_bits: int

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 9

    def body48(self) -> int:
        _check("SGC part", self.sgc_high, 12)
        _check("key bits", self.key_bits, 32)
        return 9 << 44 | self.sgc_high << 32 | self.key_bits


Token = (CreditToken | SetMaxPowerLimit | ClearCredit | SetTariffRate | ClearTamper | SetMaxPhasePowerUnbalance
         | SetWaterMeterFactor | TestToken | KeyChange1 | KeyChange2 | KeyChange3 | KeyChange4)

KEY_CHANGE_TYPES = (KeyChange1, KeyChange2, KeyChange3, KeyChange4)
_MANAGEMENT_WITH_TID = {cls.SUBCLASS: cls for cls in (SetMaxPowerLimit, ClearCredit, SetTariffRate, ClearTamper,
                                                       SetMaxPhasePowerUnbalance, SetWaterMeterFactor)}


def token_from_body48(token_class: int, body: int) -> Token:
    """Rebuild the typed token from its class and 48-bit body (the inverse of ``body48``)."""
    subclass = body >> 44
    if token_class == 0:
        if subclass > 7:
            raise UnknownTokenClass(f"Class 0 subclass {subclass} is not defined.")
        return CreditToken(tid=body >> 16 & TID_MAX, rnd=body >> 40 & 15, amount=decode_amount(body & 0xFFFF),
                           credit_subclass=CreditSubclass(subclass))
    if token_class == 1:
        if subclass == 0:
            return TestToken(0, body >> 8 & ((1 << 36) - 1), body & 0xFF)
        if subclass == 1:
            return TestToken(1, body >> 16 & ((1 << 28) - 1), body & 0xFFFF)
        raise UnknownTokenClass(f"Class 1 subclass {subclass} is not defined.")
    if token_class == 2:
        cls = _MANAGEMENT_WITH_TID.get(subclass)
        if cls is not None:
            attribute, _, amount_coded = cls.VALUE
            raw = body & 0xFFFF
            value = decode_amount(raw) if amount_coded else raw
            return cls(tid=body >> 16 & TID_MAX, rnd=body >> 40 & 15, **{attribute: value})
        key_bits = body & 0xFFFFFFFF
        if subclass == 3:
            return KeyChange1(body >> 40 & 15, body >> 36 & 15, bool(body >> 35 & 1), body >> 32 & 3, key_bits,
                              bool(body >> 34 & 1))
        if subclass == 4:
            return KeyChange2(body >> 40 & 15, body >> 32 & 0xFF, key_bits)
        if subclass == 8:
            return KeyChange3(body >> 32 & 0xFFF, key_bits)
        if subclass == 9:
            return KeyChange4(body >> 32 & 0xFFF, key_bits)
        raise UnknownTokenClass(f"Class 2 subclass {subclass} is not defined.")
    raise UnknownTokenClass(f"Token class {token_class} is not defined (reserved).")
