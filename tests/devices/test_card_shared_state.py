"""One card state for the virtual reader and the meter simulator's card slot: moving the card is one
action (``card-sim --move-to``), the reader's chip stops writing once the card is in the meter, the meter
loads it and writes back into the same state, and the office reads that write-back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from sts_pos.devices.cards import service
from sts_pos.devices.cards.errors import CardPulled
from sts_pos.devices.cards.simulator import card_location, move_card, open_card_file
from sts_pos.devices.meter.card_slot import CardSlot
from sts_pos.devices.meter.simulated import SimulatedMeter
from tests.support.cards import credit_purchase, identity, new_meter, office


def test_moving_the_card_between_reader_and_meter_is_one_action(tmp_path):
    path = tmp_path / "card.json"
    meter = new_meter()
    service.issue(open_card_file(path, "iso7816", home="reader"), office(), identity(meter))
    in_reader = open_card_file(path, home="reader")  # the reader's chip, still connected
    service.write_purchase(in_reader, office(), credit_purchase(meter, 1, 700))
    sim = SimulatedMeter(meter)
    sim.attach_card_reader(office().psc)
    slot = CardSlot(sim, path)
    assert slot.poll() is None  # the card is in the reader, not in the meter
    move_card(path, "meter")
    assert card_location(path) == "meter"
    before = path.read_text()
    with pytest.raises(CardPulled):  # the reader's chip no longer holds the card: it cannot write
        in_reader.write(0, b"forged")
    assert path.read_text() == before
    load = slot.poll()
    assert load.status == "loaded" and meter.credit == 700
    assert slot.poll() is None  # inserted once, read once
    move_card(path, "reader")
    assert slot.poll() is None
    back = service.read(open_card_file(path, home="reader"), office())
    assert back.loaded and back.write_back.accepted_count == 1 and back.write_back.credit == 700
    move_card(path, "meter")
    assert slot.poll().status == "no-credit"  # in again: nothing new to load


def test_a_card_file_moved_into_the_slot_is_taken_into_the_meter(tmp_path):
    from sts_pos.devices.cards.simulator import mark_served

    path = tmp_path / "card.json"
    meter = new_meter()
    service.issue(open_card_file(path, "sle4442", home="reader"), office(), identity(meter))
    service.write_purchase(open_card_file(path, home="reader"), office(), credit_purchase(meter, 1, 300))
    mark_served(path)
    slot_path = tmp_path / "slot.json"
    path.rename(slot_path)
    sim = SimulatedMeter(meter)
    sim.attach_card_reader(office().psc)
    assert CardSlot(sim, slot_path).poll().status == "loaded" and meter.credit == 300
    assert card_location(slot_path) == "meter"


@pytest.mark.pcsc
def test_card_sim_empties_its_reader_when_the_card_moves_to_the_meter(tmp_path):
    card_file = tmp_path / "card.json"
    base = [sys.executable, "-m", "sts_pos"]
    sim = subprocess.Popen(base + ["card-sim", "--json", "--duration", "40", "--file", str(card_file)],
                           stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(sim.stdout.readline())
        env = dict(os.environ, PCSCLITE_CSOCK_NAME=info["PCSCLITE_CSOCK_NAME"])

        def card_in_reader() -> bool:
            out = subprocess.run(base + ["card", "readers", "--json"], env=env, capture_output=True, text=True,
                                 timeout=20)
            return json.loads(out.stdout)["readers"][0]["card"]

        def wait(present: bool) -> None:
            deadline = time.monotonic() + 15
            while card_in_reader() is not present:
                assert time.monotonic() < deadline, f"card {'not back in' if present else 'still in'} the reader"
                time.sleep(0.2)

        wait(True)
        moved = subprocess.run(base + ["card-sim", "--file", str(card_file), "--move-to", "meter"],
                               capture_output=True, text=True, timeout=20)
        assert moved.returncode == 0 and "meter's card slot" in moved.stdout
        wait(False)
        subprocess.run(base + ["card-sim", "--file", str(card_file), "--move-to", "reader"], check=True,
                       capture_output=True, timeout=20)
        wait(True)
    finally:
        sim.terminate()
        sim.wait(timeout=10)
