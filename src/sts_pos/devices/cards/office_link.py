"""The card cycle on top of the vending office: sell onto a card, issue cards, record write-backs.

``office`` is the composition root of ``sts_pos.store.office.Office`` (used duck-typed, so ``devices``
does not import ``store``): ``office.vault`` (``seal_key``/``open_key``), ``office.repo`` (``setting``,
``set_setting``, ``transaction``, ``customer``, ``tokens``), ``office.cards`` (``store.cards.CardRecords``:
the ``cards`` and ``meter_readings`` tables), ``office.sales`` (``find_meter``, ``vend``, ``sale``,
``history``), ``office.audit``. Every function takes the logged-in ``Session``; the permission is
``Permission.CARDS`` (reissue and forced re-issue: ``Permission.VOID``, a supervisor).

* ``card_secret`` (office setting): 32 random bytes sealed by the key vault (AES-GCM); the card key and
  PSC derive from it. It is never stored in clear.
* ``card_psc`` (office setting, optional): the PSC a technician entered with ``sts-pos card psc set``
  (the PSC the office's meters were given), sealed by the key vault like the card secret; when set, it
  replaces the derived PSC. It can only be set before the office issues its first card.
* ``cards`` table: every card issued (serial, meter, kind, active/blocked, the card it replaces, who and
  when, the last purchase count written and the last count the meter accepted). Issuing or replacing a
  card updates ``meters.card_serial``; the replaced card is blocked.
* ``meter_readings`` table: every distinct write-back read from a card at a recharge (remaining credit,
  cumulative consumption, purchase count accepted, tamper flags, KRN, meter time), also appended to the
  audit log (``card.write_back``); reading the same card again records nothing new. The blank card's
  initial write-back (meter time 0, the meter has not read the card yet) is kept marked ``initial``;
  settlement statistics skip it.
"""

from __future__ import annotations

import dataclasses
import json
import secrets
from typing import Any

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards import service
from sts_pos.devices.cards.errors import CardError, CardRefused, WrongMeter
from sts_pos.devices.cards.format import CardIdentity, CardKind, CardToken, Purchase, TokenKind
from sts_pos.devices.cards.media import CardMedium
from sts_pos.devices.cards.service import CardOffice, CardReading
from sts_pos.vending.roles import Permission, Session

_SECRET_AAD = ("card00", 0)  # associated data for the vault's seal (any fixed label)
_PSC_AAD = ("cardpsc", 0)


def office_psc(office: Any) -> bytes | None:
    """The PSC entered with ``card psc set`` (opened with the unlocked vault), or None: the derived one."""
    blob = office.repo.setting("card_psc")
    return office.vault.open_key(bytes.fromhex(blob), *_PSC_AAD) if blob else None


def set_office_psc(office: Any, session: Session, psc: bytes) -> None:
    """Keep ``psc`` (3 bytes) sealed in the vault as the office PSC; only before the first card is issued,
    since cards issued under another PSC would no longer open."""
    session.require(Permission.SETTINGS)
    if len(psc) != 3 or psc == service.TRANSPORT_PSC:
        raise CardRefused("The office PSC is 6 hexadecimal digits (0-9, A-F) and cannot be FFFFFF, the PSC of "
                          "blank cards. Type the PSC the office's meters were given.")
    issued = office.repo.one("SELECT COUNT(*) FROM cards")[0]
    if issued:
        raise CardRefused(f"The office has issued {issued} card(s) with its present PSC; a new PSC would lock "
                          "them out. The office PSC can only be set before the first card is issued.")
    sealed = office.vault.seal_key(psc, *_PSC_AAD)
    with office.repo.transaction():
        office.repo.set_setting("card_psc", sealed.hex())
        office.repo.append_audit(office.clock(), session.username, "card.psc_set", {})


def card_secret(office: Any) -> bytes:
    """The office's card secret (created on first use), opened with the unlocked vault."""
    blob = office.repo.setting("card_secret")
    if blob:
        return office.vault.open_key(bytes.fromhex(blob), *_SECRET_AAD)
    secret = secrets.token_bytes(32)
    sealed = office.vault.seal_key(secret, *_SECRET_AAD)
    with office.repo.transaction():
        office.repo.set_setting("card_secret", sealed.hex())
    return secret


def blocked_serials(office: Any) -> set[str]:
    return office.cards.blocked_serials()


def write_back_keys(office: Any):
    """For a card identity, the write-back keys its meter may hold: from its key parameters now, then
    from those before its last key changes (a card read before the meter loaded the key change)."""

    def keys(identity: CardIdentity) -> list[bytes]:
        from sts_pos.sts.errors import StsError
        from sts_pos.sts.keys import derive_decoder_key
        from sts_pos.vending.issuing import params_from_plan, params_to_plan

        meter = office.sales.find_meter(identity.meter_number)
        plans = [params_to_plan(meter.params, meter.supply_group.id)]
        for (old,) in office.repo.q("SELECT old_params FROM key_changes WHERE meter_id = ? ORDER BY id DESC "
                                    "LIMIT 3", meter.id):
            plans.append(json.loads(old))
        found = []
        for plan in plans:
            try:
                vending_key = office.sales.keys(plan["supply_group_id"])
                found.append(fmt.write_back_key(
                    derive_decoder_key(vending_key, meter.meter_number, params_from_plan(plan)).key))
            except (StsError, KeyError, ValueError):
                continue
        return found

    return keys


def card_office(office: Any) -> CardOffice:
    cards = CardOffice.from_vault_secret(card_secret(office), blocked_serials(office), write_back_keys(office))
    psc = office_psc(office)
    return cards if psc is None else dataclasses.replace(cards, psc=psc)


def note_written(office: Any, drn: str, written: CardReading, count: int, sale_id: int | None = None) -> None:
    office.cards.note_counts(drn, written.identity.serial, written.identity.kind.name.lower(), written=count,
                             sale_id=sale_id)


def _kind(label: str) -> TokenKind:
    try:
        return TokenKind.from_label(label)
    except KeyError:
        return TokenKind.TEST if label == "test" else TokenKind.MANAGEMENT


def purchase_from_tokens(count: int, issued: int, tokens) -> Purchase:
    """A card purchase from the vending layer's ``IssuedToken``s (entry order kept)."""
    items = tuple(CardToken(_kind(t.kind), t.number) for t in tokens)
    if len(items) > fmt.MAX_TOKENS:
        raise CardRefused(
            f"This purchase has {len(items)} tokens; a card carries at most {fmt.MAX_TOKENS}. "
            "Give the customer a receipt to enter them on the keypad instead."
        )
    return Purchase(count, issued, items)


def sale_purchase(result, count: int) -> Purchase:
    return purchase_from_tokens(count, int(result.sale.created_at.timestamp()), result.tokens)


def record_write_back(office: Any, session: Session | None, reading: CardReading) -> bool:
    """Store the meter's write-back as a meter reading (once) and remember the card's counts.
    Returns True when the reading was new."""
    back = reading.write_back
    ident = reading.identity
    if back is None or ident.kind is CardKind.TECHNICIAN:
        return False
    detail = {
        "meter_number": ident.meter_number,
        "card_serial": ident.serial,
        **reading.to_dict()["write_back"],
    }
    return office.cards.record_reading(
        session,
        ident.meter_number,
        ident.serial,
        ident.kind.name.lower(),
        meter_time=back.time,
        credit_kwh10=back.credit,
        energy_used_kwh10=back.energy_used,
        accepted_count=back.accepted_count,
        tamper=back.tamper,
        krn=back.krn,
        count_written=reading.purchase.count if reading.purchase is not None else None,
        audit_detail=detail,
    )


def read(office: Any, session: Session, medium: CardMedium) -> CardReading:
    session.require(Permission.CARDS)
    reading = service.read(medium, card_office(office))
    if reading.complete:
        record_write_back(office, session, reading)
    return reading


def psc_retry(session: Session, allow_psc_retry: bool) -> bool:
    """Presenting the PSC to a card that already refused one is a supervisor's decision."""
    if allow_psc_retry:
        session.require(Permission.VOID)
    return allow_psc_retry


def issue(
    office: Any,
    session: Session,
    medium: CardMedium,
    meter_number: str,
    kind: str = "customer",
    force: bool = False,
    job_id: int | None = None,
    allow_psc_retry: bool = False,
) -> CardReading:
    """Issue a customer, replacement or technician card for a registered IC-card meter."""
    session.require(Permission.CARDS)
    if force:
        session.require(Permission.VOID)
    retry = psc_retry(session, allow_psc_retry)
    meter = office.sales.find_meter(meter_number)
    drn = meter.meter_number.drn
    if meter.kind != "ic_card" and kind != "technician":
        raise WrongMeter(f"Meter {drn} is a keypad meter; its tokens are typed in, not carried on a card.")
    customer = office.repo.customer(meter.customer_id) if meter.customer_id else None
    params = meter.params
    current = office.cards.active_card(drn)
    card_kind = CardKind[kind.upper()]
    replaces, purchase = "", Purchase(0)
    if card_kind is CardKind.REPLACEMENT:
        replaces = (current.serial if current else "") or meter.card_serial or ""
        if not replaces:
            raise CardRefused(f"Meter {drn} has no card to replace; issue a customer card instead.")
        purchase = Purchase(current.last_count_written if current else 0)
    elif card_kind is CardKind.TECHNICIAN:
        if job_id is None:
            raise CardRefused(
                "A technician card carries the tokens of an engineering job: give the job number."
            )
        purchase = purchase_from_tokens(job_id & 0xFFFF, 0, office.repo.tokens(job_id=job_id))
    identity = CardIdentity(
        card_kind,
        service.new_serial(),
        drn,
        customer.account_no if customer else "",
        params.sgc,
        params.ti,
        params.krn,
        replaces if len(replaces) == 16 else "",
    )
    cards = card_office(office)
    adopted = _unrecorded_issue(office, medium, cards, drn, card_kind, purchase)
    if adopted is not None:  # issued, then the card left before the office recorded it: record it now
        ident = adopted.identity
        office.cards.record_issue(session, drn, ident.serial, card_kind.name.lower(),
                                  replaces=ident.replaces_serial or None, count=purchase.count)
        return adopted
    if card_kind is CardKind.TECHNICIAN and not force:
        force = _is_technician_card(medium, cards)  # a technician card is simply rewritten for the next job
    reading = service.issue(medium, cards, identity, purchase, force=force, allow_psc_retry=retry)
    office.cards.record_issue(
        session, drn, identity.serial, card_kind.name.lower(), replaces=replaces or None, count=purchase.count
    )
    return reading


def _unrecorded_issue(office: Any, medium: CardMedium, cards: CardOffice, drn: str, kind: CardKind,
                      purchase: Purchase) -> CardReading | None:
    """A complete card for this meter and kind that the office never recorded (its issue was cut short
    after the last write), carrying the purchase this issue would write."""
    try:
        reading = service.read(medium, cards)
    except CardError:
        return None
    ident = reading.identity
    if (not reading.complete or ident.kind is not kind or ident.meter_number != drn
            or office.cards.card(ident.serial) is not None or reading.purchase is None
            or reading.purchase.count != purchase.count or reading.purchase.tokens != purchase.tokens):
        return None
    return reading


def _is_technician_card(medium: CardMedium, cards: CardOffice) -> bool:
    try:
        return service.read(medium, cards).identity.kind is CardKind.TECHNICIAN
    except CardError:
        return False


def sell(office: Any, session: Session, medium: CardMedium, meter_number: str, amount: int | None = None,
         kwh10: int | None = None, request_id: str | None = None, allow_psc_retry: bool = False,
         tender_type: str | None = None):
    """Sell onto the customer's card (or complete the card's paid purchase first): returns the
    :class:`~sts_pos.devices.cards.purchases.CardSale` (``resumed``: an earlier paid purchase was written and
    nothing new was sold). See :func:`sts_pos.devices.cards.purchases.sell_onto_card`."""
    from sts_pos.devices.cards.purchases import sell_onto_card

    return sell_onto_card(office, session, medium, meter_number, amount, kwh10, request_id, allow_psc_retry,
                          tender_type)


def reissue(office: Any, session: Session, medium: CardMedium, sale_id: int, allow_psc_retry: bool = False):
    """A supervisor writes a sale's tokens again as the card's current purchase (card lost, damaged, or
    a replacement card that must carry the purchase the old card never delivered)."""
    from sts_pos.devices.cards.purchases import reissue_onto_card

    done = reissue_onto_card(office, session, medium, sale_id, allow_psc_retry)
    return done.result, done.reading
