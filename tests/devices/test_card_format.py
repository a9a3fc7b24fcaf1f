"""Card format and card rules, fast: in-memory medium and the simulated chips in-process (no pcscd)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards import service
from sts_pos.devices.cards.errors import (
    CardBlocked,
    CardLocked,
    CardPulled,
    CardRefused,
    IncompleteWrite,
    NotOurCard,
    PurchaseNotLoaded,
    TamperedCard,
    WrongCard,
    WrongMeter,
    WrongPsc,
)
from sts_pos.devices.cards.format import CardIdentity, CardKind, CardToken, Purchase, TokenKind, WriteBack
from sts_pos.devices.cards.media import Iso7816Medium, MemoryMedium, Sle4442Medium
from sts_pos.devices.cards.service import CardOffice
from sts_pos.devices.cards.simulator import IsoFileChip, Sle4442Chip, chip_transmit
from sts_pos.sts.meter import MeterResult
from tests.support.cards import card_meter, credit_purchase, identity, new_meter, office, technician_purchase


def issued_card(meter, **kw):
    medium = MemoryMedium()
    service.issue(medium, office(), identity(meter, **kw))
    return medium


def test_layout_fits_an_sle4442_user_area_and_areas_do_not_overlap():
    assert fmt.IMAGE_LEN == 171 <= Sle4442Medium.capacity == 224
    areas = [
        (fmt.IDENTITY_OFF, fmt.IDENTITY_LEN),
        (fmt.PURCHASE_OFF, fmt.PURCHASE_LEN),
        (fmt.MAC_OFF, fmt.MAC_LEN),
        (fmt.COMMIT_OFF, fmt.COMMIT_LEN),
        (fmt.WRITE_BACK_OFF, fmt.WRITE_BACK_LEN),
    ]
    assert all(a + n == b for (a, n), (b, _) in zip(areas, areas[1:], strict=False))


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(CardKind),
    serial=st.binary(min_size=8, max_size=8),
    drn=st.sampled_from(["04123456784", "0000123456786"]),
    account=st.text(max_size=16).filter(lambda s: len(s.encode()) <= 16 and "\0" not in s),
    sgc=st.integers(0, 999999),
    ti=st.integers(0, 99),
    krn=st.integers(1, 9),
    count=st.integers(0, 65535),
    tokens=st.lists(st.tuples(st.sampled_from(TokenKind), st.integers(0, 2**66 - 1)), max_size=6),
    back=st.tuples(
        st.integers(0, 65535),
        st.integers(0, 2**32 - 1),
        st.integers(0, 2**32 - 1),
        st.integers(0, 255),
        st.integers(0, 15),
        st.integers(0, 2**32 - 1),
        st.integers(0, 255),
    ),
)
def test_areas_round_trip(kind, serial, drn, account, sgc, ti, krn, count, tokens, back):
    ident = CardIdentity(
        kind,
        serial.hex().upper(),
        drn,
        account,
        f"{sgc:06d}",
        ti,
        krn,
        "0123456789ABCDEF" if kind is CardKind.REPLACEMENT else "",
    )
    purchase = Purchase(count, 1_795_000_000, tuple(CardToken(k, f"{n:020d}") for k, n in tokens))
    medium = MemoryMedium()
    for step in fmt.write_plan(b"k" * 32, ident, purchase, 0, WriteBack(*back), b"m" * 32):
        medium.write(step.offset, step.data)
    image = fmt.parse_image(medium.read(0, fmt.IMAGE_LEN), b"k" * 32)
    assert (image.identity, image.purchase, image.write_back, image.complete) == (
        ident,
        purchase,
        WriteBack(*back),
        True,
    )
    assert fmt.write_back_genuine(image.raw, ident, [b"x" * 32, b"m" * 32])
    assert not fmt.write_back_genuine(image.raw, ident, [b"x" * 32])


def test_full_cycle_office_meter_office():
    meter = new_meter()
    medium = issued_card(meter)
    reading = service.read(medium, office())
    assert (reading.purchase.count, reading.loaded, reading.identity.meter_number) == (
        0,
        True,
        meter.meter_number.drn,
    )
    at_meter = card_meter(meter)
    for count in (1, 2):
        service.write_purchase(
            medium, office(), credit_purchase(meter, count, 500), meter_number=meter.meter_number.drn
        )
        load = at_meter.insert(medium)
        assert load.status == "loaded" and load.results == (("credit", MeterResult.ACCEPTED),)
        meter.consume(120)
        reading = service.read(medium, office())
        assert reading.loaded and reading.write_back.accepted_count == count
    assert at_meter.insert(medium).status == "no-credit"
    back = service.read(medium, office()).write_back
    assert (back.credit, back.energy_used, back.accepted_count, back.krn) == (1000 - 240, 240, 2, 1)
    assert back.last_result == 1 and meter.credit == 760


def test_interlock_refuses_a_new_purchase_until_the_meter_loaded_the_last_one():
    meter = new_meter()
    medium = issued_card(meter)
    first = credit_purchase(meter, 1)
    service.write_purchase(medium, office(), first)
    with pytest.raises(PurchaseNotLoaded) as caught:
        service.write_purchase(medium, office(), credit_purchase(meter, 2))
    assert "has not been loaded into the meter" in caught.value.message
    assert service.write_purchase(medium, office(), first).purchase == first  # same purchase: no-op
    changed = Purchase(1, first.issued + 60, first.tokens)
    with pytest.raises(CardRefused):
        service.write_purchase(medium, office(), changed)  # not without a supervisor
    assert service.write_purchase(medium, office(), changed, reissue=True).purchase == changed
    with pytest.raises(CardRefused, match="expects purchase number 2"):
        card_meter(meter).insert(medium)  # loads purchase 1
        service.write_purchase(medium, office(), credit_purchase(meter, 3))


def test_wrong_meter_and_account_are_refused():
    meter = new_meter()
    medium = issued_card(meter)
    with pytest.raises(WrongMeter, match="is for meter"):
        service.write_purchase(medium, office(), credit_purchase(meter, 1), meter_number="04999999990")
    with pytest.raises(WrongMeter, match="belongs to account"):
        service.write_purchase(medium, office(), credit_purchase(meter, 1), account="OTHER")
    other = new_meter("87654321")
    assert card_meter(other).insert(medium).status == "refused"


@pytest.mark.parametrize("pulled_after", range(5))
def test_a_card_pulled_at_any_write_gets_the_same_purchase_never_a_second(pulled_after):
    meter = new_meter()
    medium = issued_card(meter)
    at_meter = card_meter(meter)
    service.write_purchase(medium, office(), credit_purchase(meter, 1, 100))
    at_meter.insert(medium)
    second = credit_purchase(meter, 2, 300)
    medium.pull_after_writes, medium.writes = pulled_after, 0
    with pytest.raises(CardPulled):
        service.write_purchase(medium, office(), second)
    medium.pull_after_writes = None
    reading = service.read(medium, office())
    if pulled_after > 0:
        assert not reading.complete
        assert at_meter.insert(medium).status == "refused"  # the meter will not load a torn card
    if pulled_after > 0:  # without the office's word that this purchase was being written: refused
        with pytest.raises(IncompleteWrite):
            service.write_purchase(medium, office(), second)
    if pulled_after > 1:  # the card itself shows which bytes were being written
        with pytest.raises(IncompleteWrite):
            service.write_purchase(medium, office(), credit_purchase(meter, 2, 400, minutes=1), resume=True)
    service.write_purchase(medium, office(), second, resume=True)
    assert at_meter.insert(medium).status == "loaded"
    assert meter.credit == 400 and at_meter.insert(medium).status == "no-credit" and meter.credit == 400


def test_a_forged_or_edited_card_is_refused():
    meter = new_meter()
    medium = issued_card(meter)
    service.write_purchase(medium, office(), credit_purchase(meter, 1))
    good = bytes(medium.data)
    # edit a token digit's byte and fix the area CRC, as a forger without the card key would
    area = bytearray(good[fmt.PURCHASE_OFF : fmt.PURCHASE_OFF + fmt.PURCHASE_LEN])
    area[10] ^= 0x01
    area[-2:] = fmt.crc16(bytes(area[:-2])).to_bytes(2, "big")
    medium.data[fmt.PURCHASE_OFF : fmt.PURCHASE_OFF + fmt.PURCHASE_LEN] = area
    with pytest.raises(TamperedCard, match="security check"):
        service.read(medium, office())
    # a card written by another office (another vault secret) is refused too
    medium.data[:] = good
    with pytest.raises(TamperedCard):
        service.read(medium, CardOffice.from_vault_secret(b"another office"))
    # a torn identity byte fails the identity integrity code
    medium.data[5] ^= 0xFF
    with pytest.raises(TamperedCard):
        service.read(medium, office())


def test_blank_and_foreign_cards_are_not_ours():
    with pytest.raises(NotOurCard, match="not a customer card of this office"):
        service.read(MemoryMedium(), office())
    meter = new_meter()
    medium = issued_card(meter)
    with pytest.raises(CardRefused, match="already issued"):
        service.issue(medium, office(), identity(meter))
    assert (
        service.issue(medium, office(), identity(meter, account="NEW"), force=True).identity.account == "NEW"
    )


def test_replacement_card_blocks_the_old_serial_in_the_office_and_in_the_meter():
    meter = new_meter()
    old = issued_card(meter, serial="00000000000000AA")
    at_meter = card_meter(meter)
    service.write_purchase(old, office(), credit_purchase(meter, 1))
    at_meter.insert(old)
    new = MemoryMedium()
    service.issue(
        new,
        office(),
        identity(meter, serial="00000000000000BB", kind=CardKind.REPLACEMENT, replaces="00000000000000AA"),
        Purchase(1),
    )
    blocked = office(blocked_serials={"00000000000000AA"})
    with pytest.raises(CardBlocked):
        service.read(old, blocked)
    service.write_purchase(new, blocked, credit_purchase(meter, 2))
    assert at_meter.insert(new).status == "loaded" and at_meter.card_serial == "00000000000000BB"
    assert at_meter.insert(old).status == "refused"
    stranger = issued_card(meter, serial="00000000000000CC")
    assert "not the card of this meter" in at_meter.insert(stranger).message


def test_stale_card_at_the_meter_gets_write_back_only():
    meter = new_meter()
    medium = issued_card(meter)
    at_meter = card_meter(meter)
    service.write_purchase(medium, office(), credit_purchase(meter, 1))
    at_meter.insert(medium)
    at_meter.purchase_count = 5  # the meter has moved on (another card image)
    assert at_meter.insert(medium).status == "stale" and meter.credit == 500


def test_technician_card_carries_management_tokens():
    meter = new_meter()
    meter.tamper = True
    medium = MemoryMedium()
    service.issue(medium, office(), identity(meter, kind=CardKind.TECHNICIAN), technician_purchase(meter, 7))
    load = card_meter(meter).insert(medium)
    assert load.status == "technician" and [r for _, r in load.results] == [MeterResult.ACCEPTED] * 2
    assert meter.tamper is False and meter.max_power_w == 4000
    back = service.read(medium, office()).write_back
    assert back.tamper == 0 and back.last_result == 1


def sle_card(chip):
    return Sle4442Medium(chip_transmit(chip))


def test_sle4442_chip_semantics_writes_need_the_psc_and_the_header_is_protected():
    chip = Sle4442Chip()
    transmit = chip_transmit(chip)
    assert transmit(bytes.fromhex("FFD0000004") + b"abcd") == (b"", 0x9000)  # ignored: PSC not presented
    assert chip.memory[0:4] == bytes.fromhex("A2131091")
    assert transmit(bytes.fromhex("FF20000003FFFFFF")) == (b"", 0x9007)
    transmit(bytes.fromhex("FFD0000004") + b"abcd")
    transmit(bytes.fromhex("FFD0002802") + b"ok")
    assert chip.memory[0:4] == bytes.fromhex("A2131091") and chip.memory[40:42] == b"ok"


def test_psc_failures_are_counted_never_retried_blindly_and_three_lock_the_card():
    meter = new_meter()
    chip = Sle4442Chip()
    service.issue(sle_card(chip), office(), identity(meter))  # transport PSC -> office PSC
    assert bytes(chip.psc) == office().psc
    intruder = CardOffice.from_vault_secret(b"another office")
    with pytest.raises(WrongPsc) as caught:
        service.issue(sle_card(chip), intruder, identity(meter), force=True)
    assert caught.value.tries_left == 2 and chip.error_counter == 0b011
    assert "; 2 tries left before it locks for good." in caught.value.message
    with pytest.raises(WrongPsc, match="not tried again automatically"):  # refused without presenting
        sle_card(chip).unlock(intruder.psc)
    assert chip.error_counter == 0b011
    medium = sle_card(chip)
    with pytest.raises(WrongPsc) as caught:
        medium.unlock(intruder.psc, allow_retry=True)
    assert caught.value.tries_left == 1 and "one more wrong try locks it for good" in caught.value.message
    assert "tries" not in caught.value.message
    with pytest.raises(WrongPsc):  # never twice in one session
        medium.unlock(office().psc, allow_retry=True)
    with pytest.raises(CardLocked):
        sle_card(chip).unlock(intruder.psc, allow_retry=True)
    with pytest.raises(CardLocked):
        sle_card(chip).unlock(office().psc, allow_retry=True)
    assert service.read(sle_card(chip), office()).psc_tries_left == 0  # still readable


def test_a_correct_psc_after_one_failure_restores_the_counter():
    chip = Sle4442Chip()
    with pytest.raises(WrongPsc):
        sle_card(chip).unlock(b"\x01\x02\x03")
    sle_card(chip).unlock(b"\xff\xff\xff", allow_retry=True)
    assert chip.error_counter == 7


def test_iso_cpu_card_carries_the_same_format():
    meter = new_meter()
    chip = IsoFileChip()
    medium = Iso7816Medium(chip_transmit(chip))
    service.issue(medium, office(), identity(meter))
    service.write_purchase(medium, office(), credit_purchase(meter, 1))
    assert card_meter(meter).insert(Iso7816Medium(chip_transmit(chip))).status == "loaded"
    assert service.read(Iso7816Medium(chip_transmit(chip)), office()).write_back.accepted_count == 1
    assert chip.data[:4] == b"STSC"


def test_a_cpu_card_without_our_file_is_the_wrong_card():
    chip = IsoFileChip()
    with pytest.raises(WrongCard):
        Iso7816Medium(chip_transmit(chip), fid=0x1234)
    with pytest.raises(WrongCard):
        Sle4442Medium(chip_transmit(chip))


def test_key_change_tokens_ride_ahead_of_the_credit_and_the_meter_reports_its_new_key_revision():
    from dataclasses import replace

    from sts_pos.sts.codec import encode
    from sts_pos.sts.kct import key_change_tokens
    from sts_pos.sts.keys import derive_decoder_key
    from sts_pos.sts.tokens import CreditToken
    from tests.support.cards import NOW, VENDING_KEY

    meter = new_meter()
    medium = issued_card(meter)
    new_params = replace(meter.params, krn=2)
    new_key = derive_decoder_key(VENDING_KEY, meter.meter_number, new_params)
    kcts = key_change_tokens(meter.decoder_key, new_key, new_params)
    from sts_pos.sts.tid import tid_from_datetime

    credit = encode(CreditToken(tid=tid_from_datetime(NOW, new_params.base_date), rnd=5, amount=300), new_key)
    tokens = tuple(CardToken(TokenKind.KEY_CHANGE_1 + i, n) for i, n in enumerate(kcts)) + (
        CardToken(TokenKind.CREDIT, credit),
    )
    service.write_purchase(medium, office(), Purchase(1, 1_795_000_000, tokens))
    load = card_meter(meter).insert(medium)
    assert [r for _, r in load.results] == [
        MeterResult.KCT_PENDING,
        MeterResult.KEY_CHANGED,
        MeterResult.ACCEPTED,
    ]
    assert load.status == "loaded" and meter.params.krn == 2 and meter.credit == 300
    assert service.read(medium, office()).write_back.krn == 2


def test_sle4442_reads_through_an_acr38_that_appends_the_protection_bytes():
    chip = Sle4442Chip()
    plain = chip_transmit(chip)

    def acr38(apdu):
        data, sw = plain(apdu)
        return (data + b"\x00\x00\x00\x00" if apdu[:2] == b"\xff\xb0" else data), sw

    meter = new_meter()
    service.issue(Sle4442Medium(acr38), office(), identity(meter))
    assert service.read(Sle4442Medium(acr38), office()).identity.meter_number == meter.meter_number.drn


def test_a_card_of_format_1_is_refused_in_plain_words_and_a_supervisor_reissues_it():
    from sts_pos.devices.cards.errors import OldCardFormat

    meter = new_meter()
    medium = issued_card(meter)
    medium.data[4] = 1  # the format byte of a card written by sts-pos before version 2
    with pytest.raises(OldCardFormat, match="older sts-pos"):
        service.read(medium, office())
    with pytest.raises(OldCardFormat):
        service.issue(medium, office(), identity(meter))
    assert service.issue(medium, office(), identity(meter), force=True).complete
