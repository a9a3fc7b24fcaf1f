"""The card operations of the vending office: read, issue, write a purchase (what the GUI and CLI call).

Medium-level functions (:func:`read`, :func:`issue`, :func:`write_purchase`) take any
:class:`~sts_pos.devices.cards.media.CardMedium` and a :class:`CardOffice` (the office's card key and
PSC, derived from the vault secret, and the blocked card serials); the PC/SC wrappers
(:func:`read_card`, :func:`issue_card`, :func:`write_card_purchase`, :func:`reader_status`) open the
card in a reader first. All of them raise ``CardError`` subclasses in the technician's words.

Rules (after SGCC ``Card.c`` and the Linyang cycle, ``docs/card-format.md``):

* a purchase goes on a card only if it is the next one (card purchase count + 1) and the meter has
  loaded the card's last purchase (write-back "purchase count accepted" >= card purchase count);
  otherwise :class:`PurchaseNotLoaded`; a supervisor may ``reissue`` the *same* purchase number;
* a card pulled mid-write reads as incomplete; it is completed only with the purchase the office's
  records say was being written (``resume``), and never with bytes the card shows were not the ones
  being written (:func:`~sts_pos.devices.cards.format.may_resume`), so a retry never makes a second
  purchase;
* the meter's write-back must carry the meter's MAC (``CardOffice.write_back_keys``); a forged or
  edited one is refused as tampered;
* a replaced card's serial is blocked: every operation on it raises :class:`CardBlocked`;
* a blank card is opened with the transport PIN (default FF FF FF), marked "being issued" and given the
  office PIN before any data is written; an issued card is only ever presented the office PIN, once per
  session. A card of ours (genuine MAC, or one the office vouches for) with exactly one try used is
  presented the office PIN again: that try was a presentation cut short by a pull, not a wrong PIN.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards.errors import (
    CardBlocked,
    CardRefused,
    IncompleteWrite,
    InterruptedIssue,
    OldCardFormat,
    PurchaseNotLoaded,
    TamperedCard,
    WrongMeter,
)
from sts_pos.devices.cards.format import CardIdentity, CardKind, Purchase, WriteBack
from sts_pos.devices.cards.media import CardMedium, unlock_any

TRANSPORT_PSC = b"\xff\xff\xff"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardOffice:
    """The office's card secrets (from the vault) and its list of blocked (replaced) card serials."""

    card_key: bytes = field(repr=False)
    psc: bytes = field(repr=False)
    blocked_serials: Container[str] = ()
    transport_psc: bytes = field(default=TRANSPORT_PSC, repr=False)
    # the write-back keys the card's meter may hold (current key first), for a card identity
    write_back_keys: Callable[[CardIdentity], Sequence[bytes]] | None = field(default=None, repr=False)

    @classmethod
    def from_vault_secret(
        cls,
        vault_secret: bytes,
        blocked_serials: Container[str] = (),
        write_back_keys: Callable[[CardIdentity], Sequence[bytes]] | None = None,
    ) -> CardOffice:
        return cls(
            fmt.derive_card_key(vault_secret),
            fmt.derive_psc(vault_secret),
            blocked_serials,
            write_back_keys=write_back_keys,
        )

    def meter_key(self, identity: CardIdentity) -> bytes:
        """The key the card's meter MACs its write-back with now (the office writes the first one)."""
        keys = list(self.write_back_keys(identity)) if self.write_back_keys else []
        if not keys:
            raise ValueError("the office needs the meter's key to write the meter data area")
        return keys[0]


@dataclass(frozen=True)
class CardReading:
    """A card as read: its identity, purchase and the meter's write-back, and the state of the last write."""

    identity: CardIdentity
    purchase: Purchase | None
    write_back: WriteBack | None
    complete: bool
    loaded: bool
    medium: str
    psc_tries_left: int | None

    def to_dict(self) -> dict[str, Any]:
        ident = self.identity
        return {
            "kind": ident.kind.name.lower(),
            "serial": ident.serial,
            "meter_number": ident.meter_number,
            "account": ident.account,
            "sgc": ident.sgc,
            "ti": ident.ti,
            "krn": ident.krn,
            "replaces_serial": ident.replaces_serial or None,
            "medium": self.medium,
            "psc_tries_left": self.psc_tries_left,
            "complete": self.complete,
            "loaded": self.loaded,
            "purchase": None
            if self.purchase is None
            else {
                "count": self.purchase.count,
                "issued": self.purchase.issued,
                "tokens": [{"kind": t.kind.label, "number": t.number} for t in self.purchase.tokens],
            },
            "write_back": None
            if self.write_back is None
            else {
                "purchase_count_accepted": self.write_back.accepted_count,
                "credit_tenths_kwh": self.write_back.credit,
                "energy_used_tenths_kwh": self.write_back.energy_used,
                "tamper": self.write_back.tamper,
                "krn": self.write_back.krn,
                "time": self.write_back.time,
                "last_result": self.write_back.last_result,
            },
        }


def _raw(medium: CardMedium) -> bytes:
    return medium.read(0, fmt.IMAGE_LEN)


def _image(medium: CardMedium, office: CardOffice) -> fmt.CardImage:
    image = fmt.parse_image(_raw(medium), office.card_key)
    if image.identity.serial in office.blocked_serials:
        raise CardBlocked(image.identity.serial)
    if image.write_back is not None and office.write_back_keys is not None:
        if not fmt.write_back_genuine(image.raw, image.identity, office.write_back_keys(image.identity)):
            raise TamperedCard("meter data", "write-back MAC mismatch")
    return image


def image(medium: CardMedium, office: CardOffice) -> fmt.CardImage:
    """The checked card image (what :func:`read` reports, with the commit fields and raw bytes)."""
    return _image(medium, office)


def unlock(medium: CardMedium, psc: bytes, allow_retry: bool = False, ours: bool = False) -> None:
    """Present the office PIN once in this session (a no-op when already presented). A card of ours with
    exactly one try used gets it again: that try was cut short by a pull (our PIN is the right one)."""
    if ours and not allow_retry:
        allow_retry = medium.psc_tries_left() == 2
    medium.unlock(psc, allow_retry)


def _reading(image: fmt.CardImage, medium: CardMedium) -> CardReading:
    return CardReading(
        image.identity,
        image.purchase,
        image.write_back,
        image.complete,
        image.complete and image.loaded,
        medium.kind,
        medium.psc_tries_left(),
    )


def read(medium: CardMedium, office: CardOffice) -> CardReading:
    """Read and check a card (MAC, integrity codes, blocked serial). An interrupted write is reported
    (``complete`` False), not raised, so the screen can offer the rewrite."""
    return _reading(_image(medium, office), medium)


def _run(medium: CardMedium, steps: list[fmt.WriteStep]) -> None:
    for step in steps:
        log.debug("card write: %s (%d bytes at %d)", step.what, len(step.data), step.offset)
        medium.write(step.offset, step.data)


def new_serial() -> str:
    return secrets.token_hex(fmt.SERIAL_LEN).upper()


def issue(
    medium: CardMedium,
    office: CardOffice,
    identity: CardIdentity,
    purchase: Purchase | None = None,
    accepted_count: int | None = None,
    force: bool = False,
    allow_psc_retry: bool = False,
) -> CardReading:
    """Personalise a card: blank, interrupted while being issued, or (``force``, a supervisor) already issued.

    ``purchase`` defaults to "no purchase yet" (count 0); ``accepted_count`` (default: the purchase's
    count) initialises the write-back, so a replacement card continues the old card's purchase count."""
    raw = _raw(medium)
    blank = raw[: len(fmt.MAGIC)] != fmt.MAGIC
    if not blank:
        try:
            image = fmt.parse_image(raw, office.card_key)
        except InterruptedIssue:
            image = None  # pulled while it was being issued: issue it again
        except OldCardFormat:
            if not force:
                raise
            image = None
        except TamperedCard:
            image = None
            if raw[fmt.COMMIT_OFF] == fmt.CommitState.COMMITTED and not force:
                raise
        if image is not None and image.complete and not force:
            raise CardRefused(
                f"This card is already issued (meter {image.identity.meter_number}, account "
                f"{image.identity.account}). A supervisor can re-issue it.",
                f"card serial {image.identity.serial}",
            )
        unlock(medium, office.psc, allow_psc_retry, ours=image is not None)
    elif raw[fmt.COMMIT_OFF] == fmt.CommitState.WRITING:
        # our "being issued" mark on a blank card: its PIN was changed to the office's, or not yet
        if medium.psc_tries_left() not in (None, 3) and not allow_psc_retry:
            unlock(medium, office.psc, False)  # raises PscNotRetried: a supervisor decides
        if unlock_any(medium, [office.psc, office.transport_psc]) != office.psc:
            medium.change_psc(office.psc)
    else:
        medium.unlock(office.transport_psc, allow_psc_retry)
        _run(medium, [fmt.WriteStep(fmt.COMMIT_OFF, bytes([fmt.CommitState.WRITING]), "mark as being issued")])
        medium.change_psc(office.psc)
    purchase = purchase or Purchase(0)
    accepted = purchase.count if accepted_count is None else accepted_count
    plan = fmt.write_plan(
        office.card_key, identity, purchase, 0, WriteBack(accepted_count=accepted), office.meter_key(identity)
    )
    _run(medium, plan)
    log.info(
        "card %s issued (%s) for meter %s", identity.serial, identity.kind.name.lower(), identity.meter_number
    )
    return read(medium, office)


def write_purchase(
    medium: CardMedium,
    office: CardOffice,
    purchase: Purchase,
    *,
    meter_number: str | None = None,
    account: str | None = None,
    reissue: bool = False,
    allow_psc_retry: bool = False,
    resume: bool = False,
) -> CardReading:
    """Write the next purchase (its tokens in entry order) to the customer's card. ``resume`` (the
    office's records say this very purchase was being written when the card left the reader) completes
    an interrupted write; ``reissue`` (a supervisor) rewrites the card's current purchase even though the
    meter has not loaded it."""
    image = _image(medium, office)
    ident = image.identity
    if meter_number is not None and ident.meter_number != meter_number:
        raise WrongMeter(
            f"This card is for meter {ident.meter_number}, not {meter_number}. Check the customer's card."
        )
    if account is not None and ident.account != account:
        raise WrongMeter(f"This card belongs to account {ident.account}, not {account}.")
    if not image.complete:
        if not resume or not fmt.may_resume(image, office.card_key, ident, purchase, reissue):
            raise IncompleteWrite(
                image.commit.pending_count, f"purchase {purchase.count} is not the interrupted one"
            )
        committed = purchase.count if reissue else max(purchase.count - 1, 0)
    else:
        current = image.purchase
        assert current is not None
        same = fmt.digest(fmt.signed_data(office.card_key, ident, purchase)) == image.signed_digest
        if same:
            return _reading(image, medium)
        if ident.kind is CardKind.TECHNICIAN:
            pass
        elif purchase.count == current.count and reissue:
            pass
        elif purchase.count != current.count + 1:
            raise CardRefused(
                f"This card expects purchase number {current.count + 1}, not {purchase.count}. "
                "Read the card again and check the customer's records.",
                f"card purchase count {current.count}",
            )
        elif image.write_back is None:
            raise CardRefused(
                "The meter's data on this card is incomplete (the card was taken out of the "
                "meter too early). Ask the customer to insert the card in the meter again."
            )
        elif not image.loaded:
            raise PurchaseNotLoaded(current.count, image.write_back.accepted_count)
        committed = image.commit.committed_count or current.count
    unlock(medium, office.psc, allow_psc_retry, ours=True)
    _run(medium, fmt.write_plan(office.card_key, ident, purchase, committed))
    log.info("card %s: purchase %d written (%d tokens)", ident.serial, purchase.count, len(purchase.tokens))
    return read(medium, office)


# --- PC/SC convenience: what the GUI calls --------------------------------------------------------------


def reader_status():
    """Every reader and whether a card is in it (``pcsc.ReaderStatus``); raises NoReader without PC/SC."""
    from sts_pos.devices.cards import pcsc

    return pcsc.reader_status()


def read_card(office: CardOffice, reader: str | None = None) -> CardReading:
    from sts_pos.devices.cards.pcsc import open_medium

    with open_medium(reader) as (medium, _card):
        return read(medium, office)


def issue_card(
    office: CardOffice,
    identity: CardIdentity,
    purchase: Purchase | None = None,
    reader: str | None = None,
    **options: Any,
) -> CardReading:
    from sts_pos.devices.cards.pcsc import open_medium

    with open_medium(reader) as (medium, _card):
        return issue(medium, office, identity, purchase, **options)


def write_card_purchase(
    office: CardOffice, purchase: Purchase, reader: str | None = None, **options: Any
) -> CardReading:
    from sts_pos.devices.cards.pcsc import open_medium

    with open_medium(reader) as (medium, _card):
        return write_purchase(medium, office, purchase, **options)


__all__ = [
    "CardOffice",
    "CardReading",
    "image",
    "issue",
    "issue_card",
    "new_serial",
    "read",
    "read_card",
    "reader_status",
    "unlock",
    "write_card_purchase",
    "write_purchase",
]
