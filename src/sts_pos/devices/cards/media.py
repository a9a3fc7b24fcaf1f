"""Card media behind one interface: SLE4442 memory cards (ACS pseudo-APDUs) and ISO 7816-4 CPU cards.

:class:`CardMedium` is what the card format needs: ``read``/``write`` of the user area, and ``unlock``
with the office PSC before writing. Each driver talks through a ``transmit(apdu) -> (data, sw)``
function, so the same code runs over pyscard (:mod:`.pcsc`), directly against a simulated chip
(:mod:`.simulator`) in unit tests, or over anything else that moves APDUs.

* :class:`Sle4442Medium`: ACS PC/SC pseudo-APDUs for synchronous cards (ACR38/ACR39/ACR1281 reference
  manuals): ``FF A4 00 00 01 06`` select SLE4432/4442, ``FF B0 00 aa nn`` read, ``FF D0 00 aa nn ..``
  write, ``FF B1 00 00 04`` read the error counter, ``FF 20 00 00 03 psc`` present the PSC (SW 90 nn,
  nn = remaining-tries bits: 07 ok, 00 locked). User data starts at byte 32 (bytes 0-31 hold the
  chip's header and may be write-protected). The PSC rule: the error counter is read first; a card
  with a previous failure is not tried unless the caller says a person decided to (``allow_retry``);
  a refused PSC is never presented again in the same session.
* :class:`Iso7816Medium`: ISO/IEC 7816-4 SELECT by file identifier (``00 A4 00 0C 02 5354``), READ
  BINARY (``00 B0``), UPDATE BINARY (``00 D6``) on a transparent EF, writes only after VERIFY of the
  office PIN (``00 20``; the same 3 bytes as the SLE4442 PSC and the same PIN rule), CHANGE REFERENCE
  DATA (``00 24``) from the transport PIN at issue.
* :class:`MemoryMedium`: a bytearray, for fast tests of the format and the service.

Every write is verified by reading it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from sts_pos.devices.cards.errors import CardIoError, CardLocked, CardPulled, PscNotRetried, WrongCard, WrongPsc

Transmit = Callable[[bytes], tuple[bytes, int]]

SLE4442_USER_BASE = 32
SLE4442_SIZE = 256
ISO_FID = 0x5354
ISO_FILE_SIZE = 256


class CardMedium(Protocol):
    kind: str
    capacity: int  # bytes of user area

    def read(self, offset: int, length: int) -> bytes: ...

    def write(self, offset: int, data: bytes) -> None: ...

    def unlock(self, psc: bytes, allow_retry: bool = False) -> None: ...

    def psc_tries_left(self) -> int | None: ...

    def change_psc(self, new_psc: bytes) -> None: ...


def _tries(bits: int) -> int:
    return bin(bits & 0x07).count("1")


def _check_tries(tries: int, allow_retry: bool) -> None:
    """Before presenting a PIN: never to a locked card, and after an earlier failure only when allowed."""
    if tries == 0:
        raise CardLocked("error counter 0")
    if tries < 3 and not allow_retry:
        raise PscNotRetried(tries, "a previous PSC presentation failed; not retried without a supervisor")


def unlock_any(medium: CardMedium, candidates: list[bytes]) -> bytes:
    """Present each PIN of ``candidates`` in turn until one is accepted (the office knows one of them is
    right: a card it was issuing when it left the reader, with its PIN changed or not). A wrong one costs
    a try that the right one restores, so two candidates never lock a card that had all its tries."""
    last: WrongPsc | None = None
    for psc in candidates:
        try:
            medium.unlock(psc, allow_retry=True)
            return psc
        except PscNotRetried:
            raise
        except WrongPsc as exc:
            last = exc
            medium.forget_refusal()
    assert last is not None
    raise last


class Sle4442Medium:
    kind = "SLE4442"
    capacity = SLE4442_SIZE - SLE4442_USER_BASE

    def __init__(self, transmit: Transmit) -> None:
        self._transmit = transmit
        self._unlocked = False
        self._refused = False
        data, sw = transmit(bytes.fromhex("FFA4000001") + b"\x06")
        if sw != 0x9000:
            raise WrongCard(f"select card type SLE4442 answered {sw:04X}")

    def _check(self, what: str, data_sw: tuple[bytes, int]) -> bytes:
        data, sw = data_sw
        if sw != 0x9000:
            raise CardIoError(what, sw)
        return data

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or offset + length > self.capacity:
            raise ValueError("read outside the card's user area")
        out = b""
        while len(out) < length:
            n = min(length - len(out), 128)
            addr = SLE4442_USER_BASE + offset + len(out)
            chunk = self._check("read the card", self._transmit(bytes([0xFF, 0xB0, 0x00, addr, n])))
            if len(chunk) == n + 4:
                chunk = chunk[:n]  # ACR38 non-CCID driver: READ_MEMORY appends the 4 protection bytes
            if len(chunk) != n:
                raise CardIoError("read the card", 0x6700, f"asked {n} bytes, got {len(chunk)}")
            out += chunk
        return out

    def psc_tries_left(self) -> int:
        data = self._check("read the card's PIN counter", self._transmit(bytes.fromhex("FFB1000004")))
        if not data:
            raise CardIoError("read the card's PIN counter", 0x6700)
        return _tries(data[0])

    def unlock(self, psc: bytes, allow_retry: bool = False) -> None:
        if self._unlocked:
            return
        if self._refused:
            raise WrongPsc(self.psc_tries_left(), "the PSC was already refused in this session")
        _check_tries(self.psc_tries_left(), allow_retry)
        data, sw = self._transmit(bytes.fromhex("FF20000003") + bytes(psc))
        if sw >> 8 != 0x90:
            raise CardIoError("check the card's PIN", sw)
        left = _tries(sw & 0xFF)
        if left == 3:
            self._unlocked = True
            return
        self._refused = True
        if left == 0:
            raise CardLocked("the PSC was refused for the third time")
        raise WrongPsc(left)

    def forget_refusal(self) -> None:
        """Allow one more presentation in this session (only :func:`unlock_any` does this)."""
        self._refused = False

    def change_psc(self, new_psc: bytes) -> None:
        """Give the card a new PSC (``FF D2 00 01 03``); the card must be unlocked."""
        if not self._unlocked:
            raise RuntimeError("present the PSC (unlock) before changing it")
        self._check("change the card's PIN", self._transmit(bytes.fromhex("FFD2000103") + bytes(new_psc)))

    def write(self, offset: int, data: bytes) -> None:
        if offset < 0 or offset + len(data) > self.capacity:
            raise ValueError("write outside the card's user area")
        if not self._unlocked:
            raise RuntimeError("present the PSC (unlock) before writing an SLE4442")
        for start in range(0, len(data), 128):
            chunk = data[start : start + 128]
            addr = SLE4442_USER_BASE + offset + start
            self._check("write the card", self._transmit(bytes([0xFF, 0xD0, 0x00, addr, len(chunk)]) + chunk))
        if self.read(offset, len(data)) != data:
            raise CardIoError("write the card", 0x6581, "read-back after write differs")


class Iso7816Medium:
    """An ISO 7816-4 CPU card: the image in transparent EF 5354; UPDATE BINARY needs the office PIN
    presented with VERIFY (``00 20 00 80 03 pin``), changed from the transport PIN with CHANGE REFERENCE
    DATA (``00 24 00 80 06 old new``); VERIFY without data (``00 20 00 80``) reads the tries left."""

    kind = "ISO7816"
    capacity = ISO_FILE_SIZE
    PIN_REF = 0x80

    def __init__(self, transmit: Transmit, fid: int = ISO_FID) -> None:
        self._transmit = transmit
        self._unlocked = False
        self._refused = False
        self._pin: bytes | None = None
        data, sw = transmit(bytes([0x00, 0xA4, 0x00, 0x0C, 0x02]) + fid.to_bytes(2, "big"))
        if sw != 0x9000:
            raise WrongCard(f"SELECT {fid:04X} answered {sw:04X}")

    def read(self, offset: int, length: int) -> bytes:
        out = b""
        while len(out) < length:
            n = min(length - len(out), 128)
            where = offset + len(out)
            data, sw = self._transmit(bytes([0x00, 0xB0, where >> 8, where & 0xFF, n]))
            if sw != 0x9000 or len(data) != n:
                raise CardIoError("read the card", sw)
            out += data
        return out

    def write(self, offset: int, data: bytes) -> None:
        if not self._unlocked:
            raise RuntimeError("present the PIN (unlock) before writing a CPU card")
        for start in range(0, len(data), 128):
            chunk = data[start : start + 128]
            where = offset + start
            _, sw = self._transmit(bytes([0x00, 0xD6, where >> 8, where & 0xFF, len(chunk)]) + chunk)
            if sw != 0x9000:
                raise CardIoError("write the card", sw)
        if self.read(offset, len(data)) != data:
            raise CardIoError("write the card", 0x6581, "read-back after write differs")

    def psc_tries_left(self) -> int:
        _, sw = self._transmit(bytes([0x00, 0x20, 0x00, self.PIN_REF]))
        if sw == 0x9000:
            return 3
        if sw == 0x6983:
            return 0
        if sw & 0xFFF0 == 0x63C0:
            return sw & 0x0F
        raise CardIoError("read the card's PIN counter", sw)

    def unlock(self, psc: bytes, allow_retry: bool = False) -> None:
        if self._unlocked:
            return
        if self._refused:
            raise WrongPsc(self.psc_tries_left(), "the PIN was already refused in this session")
        _check_tries(self.psc_tries_left(), allow_retry)
        _, sw = self._transmit(bytes([0x00, 0x20, 0x00, self.PIN_REF, len(psc)]) + bytes(psc))
        if sw == 0x9000:
            self._unlocked, self._pin = True, bytes(psc)
            return
        self._refused = True
        if sw == 0x6983 or sw == 0x63C0:
            raise CardLocked("the PIN was refused for the third time")
        if sw & 0xFFF0 == 0x63C0:
            raise WrongPsc(sw & 0x0F)
        raise CardIoError("check the card's PIN", sw)

    def forget_refusal(self) -> None:
        self._refused = False

    def change_psc(self, new_psc: bytes) -> None:
        if not self._unlocked or self._pin is None:
            raise RuntimeError("present the PIN (unlock) before changing it")
        body = self._pin + bytes(new_psc)
        _, sw = self._transmit(bytes([0x00, 0x24, 0x00, self.PIN_REF, len(body)]) + body)
        if sw != 0x9000:
            raise CardIoError("change the card's PIN", sw)
        self._pin = bytes(new_psc)


class MemoryMedium:
    """An in-memory card for unit tests; ``pull_after_writes`` simulates a card pulled mid-write."""

    kind = "memory"

    def __init__(self, capacity: int = 224, data: bytes | None = None, pull_after_writes: int | None = None):
        self.capacity = capacity
        self.data = bytearray(data if data is not None else b"\xff" * capacity)
        self.pull_after_writes = pull_after_writes
        self.writes = 0

    def read(self, offset: int, length: int) -> bytes:
        return bytes(self.data[offset : offset + length])

    def write(self, offset: int, data: bytes) -> None:
        if self.pull_after_writes is not None and self.writes >= self.pull_after_writes:
            half = len(data) // 2
            self.data[offset : offset + half] = data[:half]
            raise CardPulled("simulated pull")
        self.writes += 1
        self.data[offset : offset + len(data)] = data

    def unlock(self, psc: bytes, allow_retry: bool = False) -> None:
        pass

    def forget_refusal(self) -> None:
        pass

    def change_psc(self, new_psc: bytes) -> None:
        pass

    def psc_tries_left(self) -> None:
        return None
