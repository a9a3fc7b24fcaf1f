"""The simulated meter's card slot: the card simulator's card file, moved into the slot, is inserted.

The card simulator (``devices.cards.simulator``) keeps a card's chip memory in a JSON file. A card is in
one place at a time, so the slot is a path: ``mv card.json slot.json`` inserts the card into the meter
(the meter reads it, enters its tokens, writes its data back into the same file through the chip), and
moving it away ejects it; moving it back in inserts it again. :meth:`CardSlot.poll` is called from the
simulator's loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sts_pos.devices.meter.simulated import SimulatedMeter


class CardSlot:
    def __init__(self, meter: SimulatedMeter, path: str | Path) -> None:
        self.meter = meter
        self.path = Path(path)
        self._inserted = False

    def poll(self) -> Any:
        """Insert the card if it has just arrived in the slot; returns the ``CardLoad`` or None."""
        if not self.path.exists():
            self._inserted = False
            return None
        if self._inserted:
            return None
        from sts_pos.devices.cards.media import Iso7816Medium, Sle4442Medium
        from sts_pos.devices.cards.simulator import chip_transmit, load_chip

        self._inserted = True
        chip = load_chip(self.path)
        chip.power_on()
        transmit = chip_transmit(chip)
        medium = Sle4442Medium(transmit) if chip.kind == "sle4442" else Iso7816Medium(transmit)
        return self.meter.insert_card_medium(medium)
