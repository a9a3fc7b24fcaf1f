"""Key parameters and decoder key generation, IEC 62055-41 clause 6.5.1 (DKGA02) and DKGA04.

* ``KeyParameters``: what identifies a decoder key besides the meter: supply group code (SGC, 6 digits),
  tariff index (TI, 0-99), key revision number (KRN), key type (KT 0 DITK, 1 DDTK, 2 DUTK, 3 DCTK), key
  expiry number (KEN), TID base date, decoder key generation algorithm (DKGA 02/04) and encryption
  algorithm (EA 07 STA, 09 DES, 11 MISTY1).
* DKGA02: ``X = PANblock XOR CTRLblock``; ``DK = DES_VK(X) XOR X XOR VK`` with an 8-byte vending key.
  The PAN block is 16 decimal digits read as hex nibbles: the IIN's last 5 (6-digit IIN) or last 3
  (4-digit IIN) digits and the DRN's last 11 or 13 digits (zeros for key type 3, the common key). The
  control block is ``KT SGC(6) TI(2) KRN FFFFFF`` read the same way. DES is pycryptodome's.
* DKGA04: ``DK = HMAC-SHA-256(VK, M)`` truncated to 8 bytes (64-bit key, STA/DES) or 16 bytes (128-bit,
  MISTY1), with a 20-byte vending key and the message M of the STS DKGA04 definition, which embeds the
  base date, the EA code, TI, SGC, KT, KRN and the 18-digit PAN. HMAC is the standard library's.

Keys are ``bytes`` in natural order; :class:`DecoderKey` never shows its bytes in ``repr``.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from Crypto.Cipher import DES

from sts_pos.sts.ciphers import BlockCipher, cipher_for
from sts_pos.sts.errors import InvalidKeyParameters, InvalidMeterNumber, shown
from sts_pos.sts.meter_number import MeterNumber, is_digits
from sts_pos.sts.tid import BaseDate


class KeyType(enum.IntEnum):
    """Decoder key types (IEC 62055-41 clause 6.1.9 and 6.5.2); :mod:`sts_pos.sts.kct` has the rules for
    moving between them."""

    DITK = 0  # initialisation key: loaded at manufacture, only to load the meter's first real key
    DDTK = 1  # default key: a meter not yet given its own key; it takes no credit
    DUTK = 2  # unique key: the meter's own key, derived from its DRN
    DCTK = 3  # common key: the same for every meter of the group (not for keypad meters)

    @property
    def label(self) -> str:
        return f"{self.name} ({int(self)})"


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _code(prefix: str, value: object) -> str:
    """``DKGA03``/``EA12`` for a short code as typed, the value itself for anything else."""
    return f"{prefix}{value}" if isinstance(value, str) and len(value) <= 4 and value.isprintable() else shown(value)


DKGAS = ("02", "04")
EAS = ("07", "09", "11")


@dataclass(frozen=True)
class KeyParameters:
    """The parameters a decoder key is generated from (apart from the meter and the vending key)."""

    sgc: str
    ti: int
    krn: int
    key_type: int = KeyType.DUTK
    ken: int = 255
    base_date: BaseDate = BaseDate.Y1993
    dkga: str = "02"
    ea: str = "07"

    def __post_init__(self) -> None:
        sgc = f"{self.sgc}" if _whole(self.sgc) and 0 <= self.sgc <= 999_999 else self.sgc
        if not is_digits(sgc) or len(sgc) != 6:
            raise InvalidKeyParameters(f"The supply group code must be 6 digits, not {shown(self.sgc)}.")
        object.__setattr__(self, "sgc", sgc)
        if not _whole(self.ti) or not 0 <= self.ti <= 99:
            raise InvalidKeyParameters(f"The tariff index must be 00 to 99, not {shown(self.ti)}.")
        if not _whole(self.krn) or not 1 <= self.krn <= 9:
            raise InvalidKeyParameters(f"The key revision number must be 1 to 9, not {shown(self.krn)}.")
        if not _whole(self.key_type) or self.key_type not in (0, 1, 2, 3):
            raise InvalidKeyParameters(f"The key type must be 0 to 3, not {shown(self.key_type)}.")
        object.__setattr__(self, "key_type", KeyType(self.key_type))
        if not _whole(self.ken) or not 0 <= self.ken <= 255:
            raise InvalidKeyParameters(f"The key expiry number must be 0 to 255, not {shown(self.ken)}.")
        object.__setattr__(self, "base_date", BaseDate.parse(self.base_date))
        if not isinstance(self.dkga, str) or self.dkga not in DKGAS:
            raise InvalidKeyParameters(f"Unknown decoder key generation algorithm {_code('DKGA', self.dkga)}: "
                                       "use 02 or 04.")
        if not isinstance(self.ea, str) or self.ea not in EAS:
            raise InvalidKeyParameters(f"Unknown encryption algorithm {_code('EA', self.ea)}: use 07, 09 or 11.")
        if self.ea == "11" and self.dkga != "04":
            raise InvalidKeyParameters("MISTY1 (EA11) needs 128-bit keys from DKGA04.")

    @property
    def ti_text(self) -> str:
        return f"{self.ti:02d}"

    @property
    def key_bits(self) -> int:
        """64 for STA and DES, 128 for MISTY1."""
        return 128 if self.ea == "11" else 64


@dataclass(frozen=True)
class DecoderKey:
    """A meter's decoder key with the encryption algorithm it is used with. The bytes are never shown."""

    key: bytes = field(repr=False)
    ea: str = "07"

    def __post_init__(self) -> None:
        if not isinstance(self.ea, str) or self.ea not in EAS:
            raise InvalidKeyParameters(f"Unknown encryption algorithm {_code('EA', self.ea)}: use 07, 09 or 11.")
        if not isinstance(self.key, (bytes, bytearray)):
            raise InvalidKeyParameters("A decoder key is bytes.")
        object.__setattr__(self, "key", bytes(self.key))
        expected = 16 if self.ea == "11" else 8
        if len(self.key) != expected:
            raise InvalidKeyParameters(f"A decoder key for EA{self.ea} has {expected} bytes, not {len(self.key)}.")

    @cached_property
    def cipher(self) -> BlockCipher:
        return cipher_for(self.ea, self.key)

    @property
    def as_int(self) -> int:
        return int.from_bytes(self.key, "big")


def _pan_block(meter: MeterNumber, key_type: int) -> bytes:
    if len(meter.iin) == 6:
        iin_part = meter.iin[-5:]
        drn_part = meter.drn[-11:]
    elif len(meter.iin) == 4:
        iin_part = meter.iin[-3:]
        drn_part = meter.drn[-13:]
    else:
        raise InvalidKeyParameters(f"The IIN must have 4 or 6 digits, not '{meter.iin}'.")
    if len(iin_part) + len(drn_part) != 16:
        raise InvalidKeyParameters("This IIN and meter number do not combine into a 16-digit PAN block.")
    if key_type == KeyType.DCTK:
        drn_part = "0" * len(drn_part)
    return bytes.fromhex(iin_part + drn_part)


def _control_block(params: KeyParameters) -> bytes:
    return bytes.fromhex(f"{int(params.key_type)}{params.sgc}{params.ti_text}{params.krn:X}FFFFFF")


def _check_vending_key(vending_key: bytes, length: int, dkga: str) -> None:
    if not isinstance(vending_key, (bytes, bytearray)):
        raise InvalidKeyParameters(f"A DKGA{dkga} vending key is {length} bytes.")
    if len(vending_key) != length:
        raise InvalidKeyParameters(f"A DKGA{dkga} vending key has {length} bytes, not {len(vending_key)}.")


@lru_cache(maxsize=8)
def _des_ecb(vending_key: bytes):  # type: ignore[no-untyped-def]
    """A reusable DES-ECB object per vending key (ECB keeps no state between blocks)."""
    return DES.new(vending_key, DES.MODE_ECB)


def derive_dkga02(vending_key: bytes, meter: MeterNumber, params: KeyParameters) -> bytes:
    """DKGA02 decoder key (8 bytes) from an 8-byte vending key."""
    _check_vending_key(vending_key, 8, "02")
    x = int.from_bytes(_pan_block(meter, params.key_type), "big") ^ int.from_bytes(_control_block(params), "big")
    x_bytes = x.to_bytes(8, "big")
    encrypted = int.from_bytes(_des_ecb(bytes(vending_key)).encrypt(x_bytes), "big")
    return (encrypted ^ x ^ int.from_bytes(vending_key, "big")).to_bytes(8, "big")


def dkga04_message(meter: MeterNumber, params: KeyParameters) -> bytes:
    """The DKGA04 HMAC message for this meter and key."""
    def lv(text: str) -> bytes:
        return bytes([len(text)]) + text.encode("ascii")

    length_code = 0x80 if params.key_bits == 128 else 0x40
    return (
        b"\x04" + lv("04") + lv(params.base_date.code) + lv(params.ea) + lv(params.ti_text)
        + b"\x00\x04" + lv(params.sgc) + lv(f"{int(params.key_type):x}") + lv(f"{params.krn:x}")
        + lv(meter.pan) + b"\x00\x00\x00" + bytes([length_code])
    )


def derive_dkga04(vending_key: bytes, meter: MeterNumber, params: KeyParameters) -> bytes:
    """DKGA04 decoder key (8 or 16 bytes) from a 20-byte vending key."""
    _check_vending_key(vending_key, 20, "04")
    if len(meter.pan) != 18:
        raise InvalidMeterNumber(f"DKGA04 needs the meter's 18-digit PAN; this IIN and meter number make "
                                 f"{len(meter.pan)} digits.")
    digest = hmac.new(bytes(vending_key), dkga04_message(meter, params), hashlib.sha256).digest()
    return digest[: params.key_bits // 8]


def derive_decoder_key(vending_key: bytes, meter: MeterNumber, params: KeyParameters) -> DecoderKey:
    """The decoder key of ``meter`` for ``params``, by the DKGA the parameters name. A vending key held by a
    secure module (``store.pkcs11.ModuleKey``) is not bytes: it makes the decoder key through the module."""
    if not isinstance(meter, MeterNumber):
        raise InvalidMeterNumber(f"A decoder key is derived for a meter number, not {shown(meter)}.")
    if not isinstance(params, KeyParameters):
        raise InvalidKeyParameters(f"A decoder key is derived from key parameters, not {shown(params)}.")
    derive = getattr(vending_key, "derive_decoder_key", None)
    if derive is not None:
        return derive(meter, params)
    if params.dkga == "02":
        if params.ea == "11":
            raise InvalidKeyParameters("DKGA02 makes 64-bit keys; MISTY1 needs DKGA04.")
        return DecoderKey(derive_dkga02(vending_key, meter, params), params.ea)
    return DecoderKey(derive_dkga04(vending_key, meter, params), params.ea)
