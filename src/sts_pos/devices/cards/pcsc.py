"""PC/SC access through pyscard: reader discovery, connecting to a card, medium detection, monitoring.

pyscard is imported lazily so that importing :mod:`sts_pos.devices.cards` never needs it. PC/SC errors
are turned into the card errors of :mod:`.errors`:

* no service / no readers (``EstablishContextException`` is not a ``SmartcardException``, so
  ``BaseSCardException`` is caught as well) -> :class:`NoReader`;
* an empty reader -> :class:`NoCard`;
* a card removed during a command (``CardConnectionException`` with SCARD_W_REMOVED_CARD, then
  ``NoCardException``) -> :class:`CardPulled`.

The medium is told from the ATR: ACS readers report a synchronous SLE4432/4442 card as ``3B 04`` plus the
chip's 4-byte answer-to-reset ``A2 13 10 91``; anything else is tried as an ISO 7816-4 CPU card carrying
the sts-pos file. :class:`CardWatcher` reports insertions and removals from a thread polling
``SCardGetStatusChange`` with a short timeout (pyscard's ``CardMonitor`` waits up to 60 s to stop).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sts_pos.devices.cards.errors import CardPulled, NoCard, NoReader
from sts_pos.devices.cards.media import CardMedium, Iso7816Medium, Sle4442Medium

SLE4442_HISTORICAL = bytes.fromhex("A2131091")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReaderStatus:
    name: str
    card_present: bool
    atr: str = ""  # hex, empty without a card


def _scard():
    from smartcard import scard

    return scard


def reader_status() -> list[ReaderStatus]:
    """Every PC/SC reader and whether a card is in it. Raises NoReader when PC/SC is not available."""
    scard = _scard()
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise NoReader(f"SCardEstablishContext: {scard.SCardGetErrorMessage(hresult)}")
    try:
        hresult, names = scard.SCardListReaders(context, [])
        if hresult != scard.SCARD_S_SUCCESS or not names:
            return []
        hresult, states = scard.SCardGetStatusChange(
            context, 0, [(n, scard.SCARD_STATE_UNAWARE) for n in names]
        )
        if hresult != scard.SCARD_S_SUCCESS:
            return [ReaderStatus(n, False) for n in names]
        return [
            ReaderStatus(
                name,
                bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_MUTE,
                bytes(atr).hex().upper() if event & scard.SCARD_STATE_PRESENT else "",
            )
            for name, event, atr in states
        ]
    finally:
        scard.SCardReleaseContext(context)


def _pick_reader(reader: str | None) -> str:
    readers = reader_status()
    if not readers:
        raise NoReader("no PC/SC readers")
    if reader:
        matches = [r for r in readers if r.name == reader or r.name.startswith(reader)]
        if not matches:
            raise NoReader(f"reader '{reader}' not found among {[r.name for r in readers]}")
        return matches[0].name
    with_card = [r for r in readers if r.card_present]
    if not with_card:
        raise NoCard(readers[0].name if len(readers) == 1 else "", f"readers: {[r.name for r in readers]}")
    return with_card[0].name


class PcscCard:
    """A connected card: ``atr`` and ``transmit(apdu) -> (data, sw)``."""

    def __init__(self, reader: str) -> None:
        from smartcard.Exceptions import CardConnectionException, NoCardException
        from smartcard.pcsc.PCSCExceptions import BaseSCardException
        from smartcard.System import readers

        self._errors = (CardConnectionException, NoCardException, BaseSCardException)
        self.reader = reader
        try:
            found = [r for r in readers() if str(r) == reader]
            if not found:
                raise NoReader(f"reader '{reader}' went away")
            self._connection = found[0].createConnection()
        except BaseSCardException as exc:
            raise NoReader(str(exc)) from exc
        try:
            self._connection.connect()
        except (NoCardException, CardConnectionException) as exc:
            self.close()
            raise NoCard(reader, str(exc)) from exc
        except BaseSCardException as exc:
            self.close()
            raise NoReader(str(exc)) from exc
        self.atr = bytes(self._connection.getATR())

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        try:
            data, sw1, sw2 = self._connection.transmit(list(apdu))
        except self._errors as exc:
            raise CardPulled(f"{type(exc).__name__}: {exc}") from exc
        return bytes(data), sw1 << 8 | sw2

    def close(self) -> None:
        """Disconnect and release the PC/SC context now (not in a destructor after pcscd may be gone)."""
        for step in ("disconnect", "release"):
            try:
                getattr(self._connection, step, lambda: None)()
            except self._errors:
                pass


def medium_for(card: PcscCard) -> CardMedium:
    """The medium driver for the card's ATR (SLE4442 through an ACS reader, else an ISO CPU card)."""
    if card.atr.endswith(SLE4442_HISTORICAL) and card.atr[:1] == b"\x3b":
        return Sle4442Medium(card.transmit)
    return Iso7816Medium(card.transmit)


@contextmanager
def open_medium(reader: str | None = None) -> Iterator[tuple[CardMedium, PcscCard]]:
    """Connect to the card in ``reader`` (default: the first reader holding a card) and yield its medium."""
    card = PcscCard(_pick_reader(reader))
    try:
        medium = medium_for(card)
        log.info("card in %s: ATR %s, %s", card.reader, card.atr.hex().upper(), medium.kind)
        yield medium, card
    except Exception as exc:
        log.info(
            "card operation in %s (ATR %s) failed: %s",
            card.reader,
            card.atr.hex().upper(),
            type(exc).__name__,
        )
        raise
    finally:
        card.close()


@dataclass(frozen=True)
class CardEvent:
    kind: str  # "inserted" | "removed" | "reader-added" | "reader-removed"
    reader: str
    atr: str = ""


class CardWatcher:
    """Calls ``on_event(CardEvent)`` from a background thread when cards or readers come and go."""

    def __init__(self, on_event: Callable[[CardEvent], None], poll: float = 0.2) -> None:
        self._on_event = on_event
        self._poll = poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="card-watcher", daemon=True)

    def start(self) -> CardWatcher:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        known: dict[str, ReaderStatus] = {}
        while not self._stop.is_set():
            try:
                now = {r.name: r for r in reader_status()}
            except NoReader:
                now = {}
            for name in known.keys() - now.keys():
                if known[name].card_present:
                    self._on_event(CardEvent("removed", name))
                self._on_event(CardEvent("reader-removed", name))
            for name, status in now.items():
                before = known.get(name)
                if before is None:
                    self._on_event(CardEvent("reader-added", name))
                if status.card_present and not (before and before.card_present):
                    self._on_event(CardEvent("inserted", name, status.atr))
                elif before and before.card_present and not status.card_present:
                    self._on_event(CardEvent("removed", name))
            known = now
            self._stop.wait(self._poll)
