"""pcscd + vsmartcard virtual reader + our virtual card, for tests through the real PC/SC stack.

Listed once in ``tests/conftest.py`` ``pytest_plugins`` (never import it from a test module: a second
import would make a second session fixture, i.e. a second pcscd the client library does not talk to).
``PCSCLITE_CSOCK_NAME`` is set here at import time because libpcsclite reads it once per process.
If pcscd cannot start, the tests that use it FAIL (CI installs pcscd and vsmartcard-vpcd).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from sts_pos.devices.cards.pcscd import PcscdUnavailable, PrivatePcscd, VirtualCardProcess, new_socket_dir

_PCSC_DIR = new_socket_dir()
os.environ["PCSCLITE_CSOCK_NAME"] = str(_PCSC_DIR / "run" / "pcscd.comm")

READERS = ("Virtual PCD 00 00", "Virtual PCD 00 01")


def _present(reader: str) -> bool:
    from sts_pos.devices.cards.errors import NoReader
    from sts_pos.devices.cards.pcsc import reader_status

    try:
        return any(r.name == reader and r.card_present for r in reader_status())
    except NoReader:
        return False


def wait_card(reader: str, present: bool, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while _present(reader) is not present:
        if time.monotonic() > deadline:
            raise AssertionError(f"card {'not inserted in' if present else 'not removed from'} {reader}")
        time.sleep(0.02)


class VirtualCards:
    """Insert and pull virtual cards (processes) in the two virtual readers."""

    def __init__(self, daemon: PrivatePcscd, directory: Path) -> None:
        self.daemon = daemon
        self.directory = directory
        self.slots: dict[int, VirtualCardProcess] = {}

    def file(self, name: str) -> Path:
        return self.directory / f"{name}.json"

    def insert(
        self,
        name: str,
        kind: str = "sle4442",
        slot: int = 0,
        pull_after_writes: int | None = None,
        pull_after_steps: int | None = None,
    ) -> str:
        """Insert card ``name`` (its memory file persists across insertions); returns the reader name."""
        self.pull(slot)
        for attempt in range(3):
            # vpcd drops a connection that died mid-APDU only at its next poll; a card connecting before
            # that is not seen, so a card not seen within ~2 poll cycles is taken out and put in again.
            card = VirtualCardProcess(
                self.daemon.port + slot, self.file(name), kind, pull_after_writes,
                pull_after_steps=pull_after_steps,
            ).insert()
            self.slots[slot] = card
            try:
                wait_card(READERS[slot], True, timeout=1.5 if attempt < 2 else 5.0)
                return READERS[slot]
            except AssertionError:
                card.remove()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def pull(self, slot: int = 0) -> None:
        card = self.slots.pop(slot, None)
        if card is not None:
            card.remove()
            wait_card(READERS[slot], False)

    def wait_gone(self, slot: int = 0, timeout: float = 5.0) -> None:
        """After a card left by itself (pull_after_writes), wait until pcscd sees the reader empty."""
        card = self.slots.pop(slot, None)
        if card is not None and card.process is not None:
            card.process.wait(timeout=timeout)
        wait_card(READERS[slot], False, timeout)
        time.sleep(
            0.6
        )  # vpcd drops the dead connection at its next poll (~0.5 s); re-inserting earlier fails

    def pull_all(self) -> None:
        for slot in list(self.slots):
            self.pull(slot)


@pytest.fixture(scope="session")
def pcscd():
    daemon = PrivatePcscd(directory=_PCSC_DIR)
    try:
        daemon.start()
    except PcscdUnavailable as exc:
        pytest.fail(f"pcscd with the vpcd virtual reader could not start: {exc}")
    yield daemon
    daemon.stop()


@pytest.fixture
def virtual_cards(pcscd, tmp_path):
    cards = VirtualCards(pcscd, tmp_path)
    yield cards
    cards.pull_all()


def pytest_unconfigure(config):
    shutil.rmtree(_PCSC_DIR, ignore_errors=True)
