"""Customer cards through the real PC/SC stack: pcscd + vpcd virtual reader + our virtual card process,
driven by the project's card code through pyscard. Reader "00 00" is the office's, "00 01" the meter's."""

from __future__ import annotations

import json
import threading

import pytest

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards import service
from sts_pos.devices.cards.errors import (
    CardBlocked,
    CardPulled,
    IncompleteWrite,
    NoCard,
    PurchaseNotLoaded,
    TamperedCard,
    WrongPsc,
)
from sts_pos.devices.cards.format import CardKind, Purchase
from sts_pos.devices.cards.pcsc import CardWatcher, open_medium
from sts_pos.devices.cards.service import CardOffice
from sts_pos.sts.meter import MeterResult
from tests.support.cards import card_meter, credit_purchase, identity, new_meter, office

pytestmark = pytest.mark.pcsc
OFFICE, METER_READER = "Virtual PCD 00 00", "Virtual PCD 00 01"


def at_meter(cards, name, meter_side, kind="sle4442"):
    """The customer takes the card from the office reader to the meter's reader and inserts it. (To keep
    the tests fast the card then stays there: the office's next operation uses whichever reader holds it.)"""
    cards.pull(0)
    reader = cards.insert(name, kind, slot=1)
    with open_medium(reader) as (medium, _card):
        return meter_side.insert(medium)


@pytest.mark.parametrize("kind", ["sle4442", "iso7816"])
def test_full_cycle_issue_buy_load_read_back(virtual_cards, kind):
    meter = new_meter()
    meter_side = card_meter(meter)
    virtual_cards.insert("customer", kind)
    issued = service.issue_card(office(), identity(meter), reader=OFFICE)
    assert issued.medium == ("SLE4442" if kind == "sle4442" else "ISO7816") and issued.loaded
    service.write_card_purchase(office(), credit_purchase(meter, 1, 750), meter_number=meter.meter_number.drn)
    load = at_meter(virtual_cards, "customer", meter_side, kind)
    assert load.status == "loaded" and load.results == (("credit", MeterResult.ACCEPTED),)
    meter.consume(250)
    reading = service.read_card(office())
    assert reading.loaded and reading.write_back.accepted_count == 1 and reading.write_back.credit == 750
    service.write_card_purchase(office(), credit_purchase(meter, 2, 100))
    assert at_meter(virtual_cards, "customer", meter_side, kind).status == "loaded"
    back = service.read_card(office()).write_back
    assert (back.accepted_count, back.credit, back.energy_used) == (2, 600, 250)


def test_card_pulled_mid_write_is_rewritten_with_the_same_purchase(virtual_cards):
    meter = new_meter()
    meter_side = card_meter(meter)
    virtual_cards.insert("customer")
    service.issue_card(office(), identity(meter))
    purchase = credit_purchase(meter, 1, 500)
    virtual_cards.insert("customer", pull_after_writes=2)  # leaves the reader while the tokens are written
    with pytest.raises(CardPulled, match="taken out of the reader"):
        service.write_card_purchase(office(), purchase)
    virtual_cards.wait_gone()
    with pytest.raises(NoCard):
        service.read_card(office())
    virtual_cards.insert("customer")
    reading = service.read_card(office())
    assert not reading.complete
    with pytest.raises(IncompleteWrite):  # the card recorded which bytes were being written: not these
        service.write_card_purchase(office(), credit_purchase(meter, 1, 900, minutes=3), resume=True)
    with pytest.raises(IncompleteWrite):  # nor any bytes without the office's word (its card purchase state)
        service.write_card_purchase(office(), purchase)
    assert service.write_card_purchase(office(), purchase, resume=True).complete
    assert at_meter(virtual_cards, "customer", meter_side).status == "loaded"
    assert meter.credit == 500


def test_wrong_psc_is_counted_and_not_retried(virtual_cards):
    meter = new_meter()
    virtual_cards.insert("customer")
    service.issue_card(office(), identity(meter))
    intruder = CardOffice.from_vault_secret(b"another office's vault")
    with pytest.raises(WrongPsc) as caught:
        service.issue_card(intruder, identity(meter), force=True)
    assert caught.value.tries_left == 2
    with pytest.raises(WrongPsc):  # a second attempt is refused before presenting anything
        service.issue_card(intruder, identity(meter), force=True)
    state = json.loads(virtual_cards.file("customer").read_text())
    assert state["error_counter"] == 0b011
    assert service.read_card(office()).psc_tries_left == 2
    # the right office, with a supervisor's go-ahead, restores the counter
    service.write_card_purchase(office(), credit_purchase(meter, 1), allow_psc_retry=True)
    assert json.loads(virtual_cards.file("customer").read_text())["error_counter"] == 7


def test_forged_card_is_refused(virtual_cards):
    meter = new_meter()
    virtual_cards.insert("customer")
    service.issue_card(office(), identity(meter))
    service.write_card_purchase(office(), credit_purchase(meter, 1, 100))
    virtual_cards.pull()
    state = json.loads(virtual_cards.file("customer").read_text())
    memory = bytearray.fromhex(state["memory"])
    start = 32 + fmt.PURCHASE_OFF
    area = memory[start : start + fmt.PURCHASE_LEN]
    area[12] ^= 0x40  # change a token byte and fix the area CRC
    area[-2:] = fmt.crc16(bytes(area[:-2])).to_bytes(2, "big")
    memory[start : start + fmt.PURCHASE_LEN] = area
    state["memory"] = memory.hex()
    virtual_cards.file("customer").write_text(json.dumps(state))
    virtual_cards.insert("customer")
    with pytest.raises(TamperedCard):
        service.read_card(office())
    with pytest.raises(TamperedCard):
        service.write_card_purchase(office(), credit_purchase(meter, 2))


def test_replacement_card_and_blocked_old_card(virtual_cards):
    meter = new_meter()
    meter_side = card_meter(meter)
    virtual_cards.insert("old")
    old = service.issue_card(office(), identity(meter, serial="00000000000000AA"))
    service.write_card_purchase(office(), credit_purchase(meter, 1))
    assert at_meter(virtual_cards, "old", meter_side).status == "loaded"
    virtual_cards.insert("new")
    blocked = office(blocked_serials={old.identity.serial})
    new = service.issue_card(
        blocked,
        identity(meter, serial="00000000000000BB", kind=CardKind.REPLACEMENT, replaces=old.identity.serial),
        Purchase(1),
    )
    assert new.identity.replaces_serial == "00000000000000AA"
    service.write_card_purchase(blocked, credit_purchase(meter, 2, 200))
    assert at_meter(virtual_cards, "new", meter_side).status == "loaded"
    virtual_cards.insert("old")
    with pytest.raises(CardBlocked, match="replaced"):
        service.read_card(blocked)
    assert at_meter(virtual_cards, "old", meter_side).status == "refused"
    assert meter.credit == 700


def test_stale_card_cannot_get_a_new_purchase(virtual_cards):
    meter = new_meter()
    virtual_cards.insert("customer")
    service.issue_card(office(), identity(meter))
    first = credit_purchase(meter, 1)
    service.write_card_purchase(office(), first)
    with pytest.raises(PurchaseNotLoaded, match="insert the card in the meter first"):
        service.write_card_purchase(office(), credit_purchase(meter, 2))
    again = Purchase(1, first.issued + 5, first.tokens)
    assert service.write_card_purchase(office(), again, reissue=True).purchase == again


def test_reader_and_card_events(virtual_cards):
    events = []
    seen = threading.Event()

    def on_event(event):
        events.append((event.kind, event.reader))
        if event.kind == "removed":
            seen.set()

    watcher = CardWatcher(on_event, poll=0.05).start()
    try:
        virtual_cards.insert("customer")
        virtual_cards.pull()
        assert seen.wait(3)
    finally:
        watcher.stop()
    assert (
        ("reader-added", OFFICE) in events
        and ("inserted", OFFICE) in events
        and ("removed", OFFICE) in events
    )
    with pytest.raises(NoCard, match="No card in the reader"):
        service.read_card(office())
