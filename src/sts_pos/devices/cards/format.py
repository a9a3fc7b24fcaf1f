"""The sts-pos customer card format, version 2 (documented for people in ``docs/card-format.md``).

A card image is 171 bytes in five areas, at fixed offsets from the start of the medium's user area
(byte 32 of an SLE4442, byte 0 of the CPU card's transparent file)::

    offset size area         written by  check
    0      52   identity     office      CRC-16 + MAC
    52     69   purchase     office      CRC-16 + MAC
    121    8    MAC          office      HMAC-SHA-256(card key, identity || purchase), first 8 bytes
    129    15   commit       office      state byte + CRC-16 over the other fields
    144    27   write-back   meter       meter MAC (key from the meter's decoder key) + CRC-16

Integers are big-endian; the meter number and the supply group code are packed BCD padded with ``F``.
The CRC-16 is CRC-16/CCITT-FALSE (``binascii.crc_hqx`` with initial value 0xFFFF).

Two-phase write (:func:`write_plan`): commit state := WRITING (one byte), commit fields (pending
purchase count and the digest of the new identity+purchase+MAC bytes), the data areas, commit fields
again, commit state := COMMITTED (one byte). A card pulled at any point reads as *incomplete*; the office
completes it only with the purchase its own records say was being written (``store.cards`` keeps each card
purchase's state), and :func:`may_resume` refuses bytes the card shows were not the ones being written.

The meter's write-back carries a MAC under a key derived from the meter's own decoder key
(:func:`write_back_key`): the meter holds it, the office derives it from its vending key, and nobody else
can write a write-back the office accepts.

The card key is derived from the office vault secret (HMAC-SHA-256 with a fixed label), never stored.
The SLE4442 PSC is derived the same way under another label, office-wide, because the meters of the
office must present it to write their write-back area.
"""

from __future__ import annotations

import binascii
import enum
import hashlib
import hmac
import struct
from dataclasses import dataclass, field, replace

from sts_pos.devices.cards.errors import InterruptedIssue, NotOurCard, OldCardFormat, TamperedCard

MAGIC = b"STSC"
FORMAT_VERSION = 2
MAX_TOKENS = 6
ACCOUNT_LEN = 16
SERIAL_LEN = 8

_IDENTITY = struct.Struct(">4sBB8s7s16s3sBB8s")  # + CRC = 52
_PURCHASE_HEAD = struct.Struct(">HIB")  # count, issued (unix s), n tokens
_TOKEN = struct.Struct(">B9s")  # kind, 66-bit token number
_COMMIT_FIELDS = struct.Struct(">HH8s")  # committed count, pending count, pending digest
_WRITE_BACK = struct.Struct(">HIIBBIB")  # accepted, credit, used, tamper, krn, time, result
WRITE_BACK_MAC_LEN = 8

IDENTITY_OFF, IDENTITY_LEN = 0, _IDENTITY.size + 2
PURCHASE_OFF, PURCHASE_LEN = IDENTITY_OFF + IDENTITY_LEN, _PURCHASE_HEAD.size + MAX_TOKENS * _TOKEN.size + 2
MAC_OFF, MAC_LEN = PURCHASE_OFF + PURCHASE_LEN, 8
COMMIT_OFF, COMMIT_LEN = MAC_OFF + MAC_LEN, 1 + _COMMIT_FIELDS.size + 2
WRITE_BACK_OFF, WRITE_BACK_LEN = COMMIT_OFF + COMMIT_LEN, _WRITE_BACK.size + WRITE_BACK_MAC_LEN + 2
IMAGE_LEN = WRITE_BACK_OFF + WRITE_BACK_LEN


class CardKind(enum.IntEnum):
    CUSTOMER = 1
    REPLACEMENT = 2
    TECHNICIAN = 3


class TokenKind(enum.IntEnum):
    """What a token on the card is for; names match the vending layer's token kinds."""

    CREDIT = 1
    FREE = 2
    KEY_CHANGE_1 = 11
    KEY_CHANGE_2 = 12
    KEY_CHANGE_3 = 13
    KEY_CHANGE_4 = 14
    MANAGEMENT = 20
    TEST = 21

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def from_label(cls, label: str) -> TokenKind:
        return cls[label.upper()]


class CommitState(enum.IntEnum):
    BLANK = 0x00
    WRITING = 0x57  # "W"
    COMMITTED = 0xC3


def crc16(data: bytes) -> int:
    return binascii.crc_hqx(data, 0xFFFF)


def _with_crc(body: bytes) -> bytes:
    return body + crc16(body).to_bytes(2, "big")


def _crc_ok(area: bytes) -> bool:
    return crc16(area[:-2]) == int.from_bytes(area[-2:], "big")


def _bcd(digits: str, size: int) -> bytes:
    text = digits.ljust(size * 2, "F")
    return bytes.fromhex(text)


def _unbcd(raw: bytes) -> str:
    return raw.hex().upper().rstrip("F")


# --- keys -------------------------------------------------------------------------------------------------


def derive_card_key(vault_secret: bytes) -> bytes:
    """The office's card MAC key (32 bytes) from the vault secret."""
    if not vault_secret:
        raise ValueError("the vault secret is empty")
    return hmac.new(vault_secret, b"sts-pos/card-mac/v1", hashlib.sha256).digest()


def derive_psc(vault_secret: bytes) -> bytes:
    """The office's 3-byte card PIN from the vault secret: the SLE4442 PSC and the CPU card's VERIFY PIN
    (the meters are given the same PIN so that they can write their data back)."""
    return hmac.new(vault_secret, b"sts-pos/card-psc/v1", hashlib.sha256).digest()[:3]


def write_back_key(decoder_key: bytes) -> bytes:
    """The key a meter MACs its write-back with, from its decoder key (raw bytes): the meter has it, the
    office derives it from the vending key and the meter's key parameters, a forger has neither."""
    return hmac.new(decoder_key, b"sts-pos/card-write-back/v1", hashlib.sha256).digest()


# --- areas ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardIdentity:
    kind: CardKind
    serial: str  # 16 hex digits
    meter_number: str  # 11 or 13 digits
    account: str
    sgc: str
    ti: int
    krn: int
    replaces_serial: str = ""  # for a replacement card: the blocked old card

    def to_bytes(self) -> bytes:
        account = self.account.encode("utf-8")
        if len(account) > ACCOUNT_LEN:
            raise ValueError(f"account number longer than {ACCOUNT_LEN} bytes")
        body = _IDENTITY.pack(
            MAGIC,
            FORMAT_VERSION,
            int(self.kind),
            bytes.fromhex(self.serial),
            _bcd(self.meter_number, 7),
            account.ljust(ACCOUNT_LEN, b"\0"),
            _bcd(self.sgc, 3),
            self.ti,
            self.krn,
            bytes.fromhex(self.replaces_serial or "00" * SERIAL_LEN),
        )
        return _with_crc(body)

    @classmethod
    def from_bytes(cls, area: bytes) -> CardIdentity:
        magic, version, kind, serial, meter, account, sgc, ti, krn, old = _IDENTITY.unpack(area[:-2])
        if magic != MAGIC:
            raise NotOurCard(f"magic {magic.hex()}")
        if 0 < version < FORMAT_VERSION:
            raise OldCardFormat(version)
        if version != FORMAT_VERSION:
            raise NotOurCard(f"card format version {version}, this program reads version {FORMAT_VERSION}")
        if not _crc_ok(area):
            raise TamperedCard("customer data", "identity area CRC mismatch")
        try:
            card_kind = CardKind(kind)
        except ValueError:
            raise TamperedCard("customer data", f"unknown card kind {kind}") from None
        old_serial = old.hex().upper()
        return cls(
            card_kind,
            serial.hex().upper(),
            _unbcd(meter),
            account.rstrip(b"\0").decode("utf-8", "replace"),
            _unbcd(sgc),
            ti,
            krn,
            "" if old_serial == "0" * 16 else old_serial,
        )


@dataclass(frozen=True)
class CardToken:
    kind: TokenKind
    number: str  # 20 digits

    def to_bytes(self) -> bytes:
        return _TOKEN.pack(int(self.kind), int(self.number).to_bytes(9, "big"))


@dataclass(frozen=True)
class Purchase:
    """What the office puts on the card: a purchase (or technician job) number, its tokens in entry order."""

    count: int
    issued: int = 0  # unix seconds
    tokens: tuple[CardToken, ...] = ()

    def to_bytes(self) -> bytes:
        if len(self.tokens) > MAX_TOKENS:
            raise ValueError(f"a card carries at most {MAX_TOKENS} tokens")
        body = _PURCHASE_HEAD.pack(self.count, self.issued, len(self.tokens))
        body += b"".join(t.to_bytes() for t in self.tokens)
        return _with_crc(body.ljust(PURCHASE_LEN - 2, b"\0"))

    @classmethod
    def from_bytes(cls, area: bytes) -> Purchase:
        if not _crc_ok(area):
            raise TamperedCard("purchase", "purchase area CRC mismatch")
        count, issued, n = _PURCHASE_HEAD.unpack_from(area)
        if n > MAX_TOKENS:
            raise TamperedCard("purchase", f"{n} tokens")
        tokens = []
        for i in range(n):
            kind, raw = _TOKEN.unpack_from(area, _PURCHASE_HEAD.size + i * _TOKEN.size)
            try:
                tokens.append(CardToken(TokenKind(kind), f"{int.from_bytes(raw, 'big'):020d}"))
            except ValueError:
                raise TamperedCard("purchase", f"token kind {kind}") from None
        return cls(count, issued, tuple(tokens))


@dataclass(frozen=True)
class WriteBack:
    """What the meter writes back when it reads the card (its reading for settlement and statistics)."""

    accepted_count: int = 0  # the last purchase count the meter loaded
    credit: int = 0  # remaining credit, tenths of kWh
    energy_used: int = 0  # cumulative consumption, tenths of kWh
    tamper: int = 0  # tamper flags (bit 0: cover/terminal tamper)
    krn: int = 0  # the meter's key revision number
    time: int = 0  # unix seconds of the meter's clock
    last_result: int = 0  # 0 none, else the index of the MeterResult of the last token entered

    def body(self) -> bytes:
        return _WRITE_BACK.pack(
            self.accepted_count,
            self.credit,
            self.energy_used,
            self.tamper,
            self.krn,
            self.time,
            self.last_result,
        )

    def to_bytes(self, key: bytes, identity: CardIdentity) -> bytes:
        """The area as the meter writes it: the values, their MAC under ``key`` (:func:`write_back_key`),
        bound to the card serial and meter number, and a CRC-16 that tells a torn write from a forged one."""
        body = self.body()
        return _with_crc(body + write_back_mac(key, identity, body))

    @classmethod
    def from_bytes(cls, area: bytes) -> WriteBack:
        if not _crc_ok(area):
            raise TamperedCard("meter data", "write-back area CRC mismatch")
        return cls(*_WRITE_BACK.unpack(area[: _WRITE_BACK.size]))


def write_back_mac(key: bytes, identity: CardIdentity, body: bytes) -> bytes:
    data = b"sts-pos/write-back" + bytes.fromhex(identity.serial) + identity.meter_number.encode() + body
    return hmac.new(key, data, hashlib.sha256).digest()[:WRITE_BACK_MAC_LEN]


def write_back_genuine(raw: bytes, identity: CardIdentity, keys) -> bool:
    """Whether the card's write-back area (CRC already checked) carries a MAC under one of ``keys``."""
    area = raw[WRITE_BACK_OFF : WRITE_BACK_OFF + WRITE_BACK_LEN]
    body, tag = area[: _WRITE_BACK.size], area[_WRITE_BACK.size : -2]
    return any(hmac.compare_digest(write_back_mac(key, identity, body), tag) for key in keys)


@dataclass(frozen=True)
class Commit:
    state: CommitState
    committed_count: int | None  # None when the fields fail their CRC (pulled while writing them)
    pending_count: int | None
    pending_digest: bytes | None

    @classmethod
    def from_bytes(cls, area: bytes) -> Commit:
        state = CommitState(area[0]) if area[0] in CommitState._value2member_map_ else CommitState.BLANK
        if not _crc_ok(area[1:]):
            return cls(state, None, None, None)
        return cls(state, *_COMMIT_FIELDS.unpack(area[1:-2]))


def commit_fields(committed: int, pending: int, digest: bytes) -> bytes:
    return _with_crc(_COMMIT_FIELDS.pack(committed, pending, digest))


# --- the whole image --------------------------------------------------------------------------------------


def mac(card_key: bytes, identity_and_purchase: bytes) -> bytes:
    return hmac.new(card_key, identity_and_purchase, hashlib.sha256).digest()[:MAC_LEN]


def signed_data(card_key: bytes, identity: CardIdentity, purchase: Purchase) -> bytes:
    """Identity, purchase and MAC areas as they go on the card (offsets 0 .. COMMIT_OFF)."""
    data = identity.to_bytes() + purchase.to_bytes()
    return data + mac(card_key, data)


def digest(signed: bytes) -> bytes:
    return hashlib.sha256(signed).digest()[:8]


@dataclass(frozen=True)
class CardImage:
    identity: CardIdentity
    purchase: Purchase | None  # None: the purchase area is torn (incomplete write)
    commit: Commit
    write_back: WriteBack | None  # None: the meter's write-back area is torn
    signed_digest: bytes = field(repr=False, default=b"")
    raw: bytes = field(repr=False, default=b"")

    @property
    def complete(self) -> bool:
        return (
            self.commit.state is CommitState.COMMITTED
            and self.commit.committed_count is not None
            and self.purchase is not None
        )

    @property
    def loaded(self) -> bool:
        """True when the meter has loaded the card's last purchase (or there is none yet)."""
        return (
            self.purchase is not None
            and self.write_back is not None
            and self.write_back.accepted_count >= self.purchase.count
        )


def parse_image(raw: bytes, card_key: bytes) -> CardImage:
    """Check and decode a card image. Raises NotOurCard / TamperedCard; an interrupted write is not an
    error here (``complete`` is False) because the service decides what may be done with it."""
    if len(raw) < IMAGE_LEN:
        raise NotOurCard(f"only {len(raw)} bytes")
    if raw[: len(MAGIC)] != MAGIC:
        raise NotOurCard(f"magic {raw[:4].hex()}")
    commit = Commit.from_bytes(raw[COMMIT_OFF : COMMIT_OFF + COMMIT_LEN])
    interrupted = commit.state is not CommitState.COMMITTED or commit.committed_count is None
    try:
        identity = CardIdentity.from_bytes(raw[IDENTITY_OFF : IDENTITY_OFF + IDENTITY_LEN])
    except TamperedCard:
        if interrupted:  # pulled while its identity was being written: the card was being issued
            raise InterruptedIssue("identity area torn") from None
        raise
    signed = raw[:COMMIT_OFF]
    mac_ok = hmac.compare_digest(mac(card_key, signed[:MAC_OFF]), signed[MAC_OFF:])
    purchase: Purchase | None
    try:
        purchase = Purchase.from_bytes(raw[PURCHASE_OFF : PURCHASE_OFF + PURCHASE_LEN])
    except TamperedCard:
        purchase = None
    if not mac_ok or purchase is None:
        if not interrupted:
            raise TamperedCard(
                "purchase", "MAC mismatch" if purchase is not None else "purchase CRC mismatch"
            )
        purchase = None
    try:
        write_back = WriteBack.from_bytes(raw[WRITE_BACK_OFF : WRITE_BACK_OFF + WRITE_BACK_LEN])
    except TamperedCard:
        write_back = None
    return CardImage(identity, purchase, commit, write_back, digest(signed), bytes(raw[:IMAGE_LEN]))


@dataclass(frozen=True)
class WriteStep:
    offset: int
    data: bytes
    what: str


def write_plan(
    card_key: bytes,
    identity: CardIdentity,
    purchase: Purchase,
    committed_before: int,
    write_back: WriteBack | None = None,
    write_back_key: bytes | None = None,
) -> list[WriteStep]:
    """The ordered writes that put ``identity`` + ``purchase`` on a card, two-phase (see module docstring)."""
    signed = signed_data(card_key, identity, purchase)
    dig = digest(signed)
    steps = [
        WriteStep(COMMIT_OFF, bytes([CommitState.WRITING]), "mark the card as being written"),
        WriteStep(
            COMMIT_OFF + 1,
            commit_fields(committed_before, purchase.count, dig),
            "record the pending purchase",
        ),
        WriteStep(0, signed, "write the purchase"),
    ]
    if write_back is not None:
        if write_back_key is None:
            raise ValueError("the meter data area is written with the meter's write-back key")
        data = write_back.to_bytes(write_back_key, identity)
        steps.append(WriteStep(WRITE_BACK_OFF, data, "prepare the meter data area"))
    steps += [
        WriteStep(COMMIT_OFF + 1, commit_fields(purchase.count, purchase.count, dig), "record the purchase"),
        WriteStep(COMMIT_OFF, bytes([CommitState.COMMITTED]), "commit"),
    ]
    return steps


def may_resume(
    image: CardImage, card_key: bytes, identity: CardIdentity, purchase: Purchase, reissue: bool = False
) -> bool:
    """Whether an interrupted card may be completed with ``identity`` + ``purchase``, which the office's
    records say was being written. Refused when the card itself shows that other bytes were being
    written (its commit fields record another digest), or it holds another purchase of the same number
    (unless a supervisor re-issues that number), or a number that is neither the one before nor this one."""
    dig = digest(signed_data(card_key, identity, purchase))
    if dig == image.signed_digest:
        return True
    pending = image.commit.pending_digest
    if pending is not None and pending not in (dig, image.signed_digest):
        return False
    visible = image.purchase
    if visible is None or visible.count == purchase.count - 1:
        return True
    return reissue and visible.count == purchase.count


def with_write_back(write_back: WriteBack, **changes: int) -> WriteBack:
    return replace(write_back, **changes)
