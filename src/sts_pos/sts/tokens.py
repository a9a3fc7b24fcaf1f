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

Every token checks its fields when it is made (whole numbers that fit their bits; amounts exactly
representable; manufacturer codes of 2 or 4 decimal digits) and refuses anything else with
:class:`~sts_pos.sts.errors.InvalidTokenField` or :class:`~sts_pos.sts.errors.AmountOutOfRange`, so a
token that exists can always be encoded. Every token knows its 48-bit body (``body48()``);
:mod:`sts_pos.sts.codec` adds the CRC, encrypts and transposes. ``token_from_body48`` is the inverse.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import ClassVar

from sts_pos.sts.amount import decode_amount, encode_amount
from sts_pos.sts.errors import InvalidTokenField, UnknownTokenClass, shown
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


def _check(name: str, value: object, bits: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < (1 << bits):
        raise InvalidTokenField(f"The {name} must be a whole number that fits {bits} bits, not {shown(value)}.")


def _check_flag(name: str, value: object) -> None:
    if not isinstance(value, int) or value not in (0, 1):
        raise InvalidTokenField(f"The {name} is set or not (True/False), not {shown(value)}.")


@dataclass(frozen=True)
class _TidToken:
    """Tokens carrying RND (4 bits), TID (24 bits) and a 16-bit value field."""

    TOKEN_CLASS: ClassVar[int]
    SUBCLASS: ClassVar[int]

    tid: int
    rnd: int

    def __post_init__(self) -> None:
        _check("TID", self.tid, 24)
        _check("random number", self.rnd, 4)
        _ = self.field16  # checks the value field (a whole number in range, exactly representable)

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
        return self.subclass << 44 | self.rnd << 40 | self.tid << 16 | self.field16


@dataclass(frozen=True)
class CreditToken(_TidToken):
    """Class 0: transfer credit. ``amount`` is in tenths of the unit and must be exactly representable."""

    TOKEN_CLASS: ClassVar[int] = 0
    VALUE: ClassVar[tuple[str, str, bool]] = ("amount", "amount", True)
    amount: int = 0
    credit_subclass: int = CreditSubclass.ELECTRICITY

    def __post_init__(self) -> None:
        _check("credit subclass", self.credit_subclass, 3)
        super().__post_init__()

    @property
    def subclass(self) -> int:
        return self.credit_subclass


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
    # (control bits, largest manufacturer code) per subclass: the code is 2 or 4 decimal digits
    LAYOUT: ClassVar[dict[int, tuple[int, int]]] = {0: (36, 99), 1: (28, 9999)}

    def __post_init__(self) -> None:
        if not isinstance(self.subclass, int) or self.subclass not in self.LAYOUT:
            raise UnknownTokenClass(f"Class 1 has subclasses 0 and 1, not {shown(self.subclass)}.")
        control_bits, largest = self.LAYOUT[self.subclass]
        _check("test control field", self.control, control_bits)
        code = self.manufacturer_code
        if not isinstance(code, int) or isinstance(code, bool) or not 0 <= code <= largest:
            digits = 2 if self.subclass == 0 else 4
            raise InvalidTokenField(
                f"A test token of subclass {self.subclass} carries a {digits}-digit manufacturer code "
                f"(0 to {largest}), not {shown(code)}." + (" Use subclass 1 for 4-digit codes." if digits == 2 else ""))

    def body48(self) -> int:
        if self.subclass == 0:
            return self.control << 8 | self.manufacturer_code
        return 1 << 44 | self.control << 16 | self.manufacturer_code


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

    def __post_init__(self) -> None:
        for name, value, bits in (("KEN nibble", self.ken_high, 4), ("KRN", self.krn, 4),
                                  ("key type", self.key_type, 2), ("key bits", self.key_bits, 32)):
            _check(name, value, bits)
        _check_flag("rollover bit", self.rollover)
        _check_flag("3-KCT bit", self.three_kct)

    def body48(self) -> int:
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

    def __post_init__(self) -> None:
        for name, value, bits in (("KEN nibble", self.ken_low, 4), ("TI", self.ti, 8), ("key bits", self.key_bits, 32)):
            _check(name, value, bits)

    def body48(self) -> int:
        return 4 << 44 | self.ken_low << 40 | self.ti << 32 | self.key_bits


@dataclass(frozen=True)
class KeyChange3:
    """Class 2/8: 3rd section (128-bit keys): SGC low 12 bits, new key bits 95-64."""

    sgc_low: int
    key_bits: int

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 8

    def __post_init__(self) -> None:
        _check("SGC part", self.sgc_low, 12)
        _check("key bits", self.key_bits, 32)

    def body48(self) -> int:
        return 8 << 44 | self.sgc_low << 32 | self.key_bits


@dataclass(frozen=True)
class KeyChange4:
    """Class 2/9: 4th section (128-bit keys): SGC high 12 bits, new key bits 63-32."""

    sgc_high: int
    key_bits: int

    token_class: ClassVar[int] = 2
    subclass: ClassVar[int] = 9

    def __post_init__(self) -> None:
        _check("SGC part", self.sgc_high, 12)
        _check("key bits", self.key_bits, 32)

    def body48(self) -> int:
        return 9 << 44 | self.sgc_high << 32 | self.key_bits


Token = (CreditToken | SetMaxPowerLimit | ClearCredit | SetTariffRate | ClearTamper | SetMaxPhasePowerUnbalance
         | SetWaterMeterFactor | TestToken | KeyChange1 | KeyChange2 | KeyChange3 | KeyChange4)

KEY_CHANGE_TYPES = (KeyChange1, KeyChange2, KeyChange3, KeyChange4)
TOKEN_TYPES = (CreditToken, SetMaxPowerLimit, ClearCredit, SetTariffRate, ClearTamper, SetMaxPhasePowerUnbalance,
               SetWaterMeterFactor, TestToken, *KEY_CHANGE_TYPES)
_MANAGEMENT_WITH_TID = {cls.SUBCLASS: cls for cls in (SetMaxPowerLimit, ClearCredit, SetTariffRate, ClearTamper,
                                                       SetMaxPhasePowerUnbalance, SetWaterMeterFactor)}


def token_from_body48(token_class: int, body: int) -> Token:
    """Rebuild the typed token from its class and 48-bit body (the inverse of ``body48``).

    A field the layout can hold but the token cannot (a 2-digit manufacturer code above 99) raises
    :class:`InvalidTokenField`.
    """
    _check("token body", body, 48)
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
    raise UnknownTokenClass(f"Token class {shown(token_class)} is not defined (reserved).")
