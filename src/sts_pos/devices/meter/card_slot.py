"""The simulated meter's card slot: one card state shared with the card simulator.

The card simulator (``devices.cards.simulator``) keeps a card's chip memory in a JSON file that also says
where the card is (``location``: "reader" or "meter"). A card is in one place at a time:
``sts-pos card-sim --file card.json --move-to meter`` takes it out of the virtual reader and puts it into
the meter in one action (the running ``card-sim`` sees it and empties its reader; a chip still serving
the reader can no longer write to it), and ``--move-to reader`` puts it back. Give the meter simulator the
same file (``--card-slot card.json``). Moving the file itself into the slot's path (``mv``) still works:
a card file that arrives at the slot from elsewhere is taken into the meter. :meth:`CardSlot.poll` is
called from the simulator's loop; the meter reads the card once per insertion, enters its tokens and
writes its data back (with its MAC) into the same file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sts_pos.devices.meter.simulated import SimulatedMeter


class CardSlot:
    def __init__(self, meter: SimulatedMeter, path: str | Path) -> None:
        self.meter = meter
        self.path = Path(path)
        self._inserted = False

    def _in_slot(self) -> bool:
        from sts_pos.devices.cards.simulator import move_card

        try:
            state = json.loads(self.path.read_text())
        except (FileNotFoundError, ValueError):
            return False
        location = state.get("location")
        if location == "meter" or location is None:  # location None: a card file of an older sts-pos
            return True
        kept_at = state.get("path") or state.get("served_at", "")  # where the card file was last written
        if kept_at and Path(kept_at).resolve() != self.path.resolve():
            move_card(self.path, "meter")  # the card file was moved here from the reader's place
            return True
        return False

    def poll(self) -> Any:
        """Insert the card if it has just arrived in the slot; returns the ``CardLoad`` or None."""
        if not self._in_slot():
            self._inserted = False
            return None
        if self._inserted:
            return None
        from sts_pos.devices.cards.simulator import open_card_file

        self._inserted = True
        return self.meter.insert_card_medium(open_card_file(self.path, home="meter"))
