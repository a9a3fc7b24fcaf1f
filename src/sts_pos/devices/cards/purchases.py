"""Card sales exactly once: a card sale is money only when its purchase is on the card.

Each card sale has a card purchase (``store.cards``, table ``card_purchases``) tied to the card serial and
the purchase number it goes on the card as, in one of four states::

    paid ----> writing ----> on_card
                  |   ^
                  v   |  (the next write for this card, any medium, with or without a request id)
              interrupted

* Before anything is sold the card is checked (genuine, this meter, complete, loaded) **and the office
  PIN is presented**: a card that refuses the PIN, or leaves the reader during the PIN check, never
  leaves a sale behind.
* The sale's request id is ``card:<serial>:<purchase number>`` (the cashier's own request id is kept on
  the card purchase): the vending layer returns the same sale for it, so a crash between the sale and
  its card purchase record cannot make a second sale either.
* A card with an open purchase (paid, writing or interrupted) gets that purchase written first, whatever
  the cashier asked for this time, and nothing new is sold (:attr:`CardSale.resumed`). The card's own
  commit fields must agree (``format.may_resume``); bytes the card shows were not the ones being written
  are refused.
* The card leaving the reader while the purchase is written leaves it ``interrupted`` and raises
  :class:`~sts_pos.devices.cards.errors.PurchaseInterrupted`, which names the paid sale and the purchase
  number that the next write will put on the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sts_pos.devices.cards import service
from sts_pos.devices.cards.errors import (
    CardError,
    CardPulled,
    CardRefused,
    IncompleteWrite,
    InterruptedIssue,
    PurchaseInterrupted,
    PurchaseNotLoaded,
    PurchaseWaiting,
    WrongMeter,
)
from sts_pos.devices.cards.format import CardKind
from sts_pos.devices.cards.media import CardMedium
from sts_pos.devices.cards.office_link import (
    card_office,
    note_written,
    psc_retry,
    record_write_back,
    sale_purchase,
)
from sts_pos.devices.cards.service import CardOffice, CardReading
from sts_pos.vending.roles import Permission, Session


@dataclass(frozen=True)
class CardSale:
    """A sale whose purchase is now on the card. ``resumed``: it was paid earlier (its write had been
    interrupted) and has now been written; nothing new was sold this time."""

    result: Any  # vending.sales.SaleResult
    reading: CardReading
    resumed: bool = False


def card_request_id(serial: str, count: int) -> str:
    """The sale request id of purchase ``count`` of card ``serial`` (one sale per card purchase)."""
    return f"card:{serial}:{count}"


def _find_sale(office: Any, session: Session, request_id: str):
    from sts_pos.vending.sales import SaleNotFound

    try:
        return office.sales.sale(session, request_id=request_id)
    except SaleNotFound:
        return None


def sell_onto_card(
    office: Any,
    session: Session,
    medium: CardMedium,
    meter_number: str,
    amount: int | None = None,
    kwh10: int | None = None,
    request_id: str | None = None,
    allow_psc_retry: bool = False,
    tender_type: str | None = None,
) -> CardSale:
    """Sell onto the customer's card, or first write the purchase the card is owed (see module doc)."""
    session.require(Permission.CARDS)
    retry = psc_retry(session, allow_psc_retry)
    cards = card_office(office)
    drn = office.sales.find_meter(meter_number).meter_number.drn
    image = service.image(medium, cards)
    ident = image.identity
    if ident.meter_number != drn:
        raise WrongMeter(f"This card is for meter {ident.meter_number}, not {drn}.")
    if ident.kind is CardKind.TECHNICIAN:
        raise CardRefused("This is a technician card; a purchase goes on the customer's card.")
    owed = office.cards.open_purchase(ident.serial)
    if owed is None and request_id:
        done = office.cards.purchase_by_request(request_id)
        if done is not None and done.card_serial == ident.serial:
            owed = done  # the same request again: its purchase (on the card already, or to be completed)
    if owed is not None:
        return _write(office, session, medium, cards, image, owed.sale_id, owed.purchase_count, retry, True)
    if not image.complete:
        if office.cards.card(ident.serial) is None:
            raise InterruptedIssue(f"card {ident.serial} was never recorded as issued")
        raise IncompleteWrite(
            image.commit.pending_count,
            "no paid purchase of this office waits for this card; a supervisor writes its sale again",
        )
    reading = service.read(medium, cards)
    record_write_back(office, session, reading)
    if reading.write_back is None:
        raise CardRefused(
            "The meter's data on this card is incomplete. Ask the customer to insert the card in "
            "the meter again, then come back. Nothing was sold."
        )
    if not reading.loaded:
        raise PurchaseNotLoaded(reading.purchase.count, reading.write_back.accepted_count)
    count = reading.purchase.count + 1
    sale_request = card_request_id(ident.serial, count)
    earlier = _find_sale(office, session, sale_request)  # sold, then the program stopped before recording it
    if earlier is not None:
        office.cards.record_paid(earlier.sale.id, ident.serial, drn, count, request_id)
        return _write(office, session, medium, cards, image, earlier.sale.id, count, retry, True)
    try:  # the PIN before the sale: a refused or interrupted PIN check leaves no sale behind
        service.unlock(medium, cards.psc, retry, ours=True)
    except CardPulled as exc:
        raise CardPulled(exc.detail, "Nothing was sold.") from exc
    result = office.sales.vend(session, drn, amount=amount, kwh10=kwh10, request_id=sale_request,
                               tender_type=tender_type)
    office.cards.record_paid(result.sale.id, ident.serial, drn, count, request_id)
    return _write(office, session, medium, cards, image, result.sale.id, count, retry, False)


def _write(office: Any, session: Session, medium: CardMedium, cards: CardOffice, image, sale_id: int,
           count: int, retry: bool, resumed: bool, action: str | None = None) -> CardSale:
    """Write sale ``sale_id`` as purchase ``count`` of the card, moving its card purchase on."""
    result = office.sales.sale(session, sale_id=sale_id)
    sale = result.sale
    if sale.status != "ISSUED":
        raise CardRefused(
            f"Sale {sale.receipt_no}, purchase {count} of this card, is {sale.status.lower()}, so it is not "
            "written to the card. Ask a supervisor to settle it before selling on this card."
        )
    drn = result.meter["meter_number"]
    purchase = sale_purchase(result, count)
    visible = image.purchase
    rewrite = visible is not None and visible.count == count  # a supervisor's re-issue of this number
    office.cards.set_purchase_state(sale_id, "writing")
    try:
        written = service.write_purchase(medium, cards, purchase, meter_number=drn, allow_psc_retry=retry,
                                         resume=True, reissue=rewrite)
    except CardPulled as exc:
        office.cards.set_purchase_state(sale_id, "interrupted")
        raise PurchaseInterrupted(sale.receipt_no, count, exc.detail) from exc
    except CardError as exc:
        office.cards.set_purchase_state(sale_id, "interrupted")
        raise PurchaseWaiting(exc, sale.receipt_no, count) from exc
    office.cards.set_purchase_state(sale_id, "on_card")
    note_written(office, drn, written, count, sale_id)
    action = action or ("card.rewrite" if resumed else "card.purchase")
    office.audit(session, action, {"meter_number": drn, "sale_id": sale_id, "count": count,
                                   "card_serial": written.identity.serial})
    return CardSale(result, written, resumed)


def reissue_onto_card(office: Any, session: Session, medium: CardMedium, sale_id: int,
                      allow_psc_retry: bool = False) -> CardSale:
    """A supervisor writes a sale's tokens again as the card's current purchase (card lost, damaged, or a
    replacement card that must carry the purchase the old card never delivered)."""
    session.require(Permission.VOID)
    cards = card_office(office)
    image = service.image(medium, cards)
    ident = image.identity
    result = office.sales.sale(session, sale_id=sale_id)
    meter_drn = result.meter["meter_number"]
    if ident.meter_number != meter_drn:
        raise WrongMeter(f"Sale {result.sale.receipt_no} is for meter {meter_drn}, this card for "
                         f"{ident.meter_number}.")
    row = office.cards.purchase_for_sale(sale_id)
    if row is not None and row.card_serial == ident.serial and row.state != "on_card":
        count = row.purchase_count  # this re-issue was interrupted: the same number again
    elif image.purchase is not None:
        count = image.purchase.count  # a replacement card: the lost one's
    elif image.commit.committed_count is not None:
        count = image.commit.committed_count
    else:
        raise IncompleteWrite(image.commit.pending_count, "the card shows no purchase number")
    taken = [p for p in office.cards.purchases(meter_drn)
             if p.card_serial == ident.serial and p.purchase_count == count and p.sale_id != sale_id]
    if taken:
        other = office.sales.sale(session, sale_id=taken[0].sale_id).sale.receipt_no
        raise CardRefused(f"Purchase {count} of this card is sale {other}; write that sale again, or issue "
                          "the customer a replacement card for this one.")
    office.cards.move_purchase(sale_id, ident.serial, meter_drn, count)
    return _write(office, session, medium, cards, image, sale_id, count, psc_retry(session, allow_psc_retry),
                  False, "card.reissue")


__all__ = ["CardSale", "card_request_id", "reissue_onto_card", "sell_onto_card"]
