"""The virtual card's chip base and its one card state on disk, shared by the reader and the meter.

A chip keeps its memory in a JSON file and saves it after every change (a *step*: each write, each PIN
counter bit, a PIN change), so a test can make the card leave the reader after any single step
(``pull_after_steps``; ``tear``: in the middle of the next write). The file also says where the card is
(``location``: "reader" or "meter"; :func:`move_card` moves it in one action, under a lock beside the
file): a chip whose card was moved elsewhere leaves (:class:`CardLeft`) instead of writing.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


class CardLeft(Exception):
    """The simulated card leaves the reader (pull_after_writes / pull_after_steps reached, or the card
    was moved to the meter's slot)."""


LOCATIONS = ("reader", "meter")


@contextmanager
def _locked(path: Path):
    """An exclusive lock beside the card file: the reader's chip, the meter's slot and ``move_card``
    read and write the one card state in turn."""
    try:
        import fcntl
    except ImportError:  # not on Linux: one process at a time is the user's business
        yield
        return
    with open(f"{path}.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_state(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return None


def _write_state(path: Path, state: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".card-")
    with os.fdopen(fd, "w") as handle:
        json.dump(state, handle)
    os.replace(tmp, path)


def card_location(path: Path) -> str | None:
    """Where the card kept in ``path`` is: "reader", "meter", or None when there is no such file."""
    state = _read_state(Path(path))
    return None if state is None else state.get("location", "reader")


def move_card(path: Path, to: str) -> dict:
    """Take the card out of where it is and put it into ``to`` ("reader" or "meter"): one action, as a
    hand moves a card. The card simulator serving the reader and the meter simulator's slot both watch
    this state; a chip still holding the card in the other place can no longer write to it."""
    if to not in LOCATIONS:
        raise ValueError(f"a card is in the reader or the meter, not {to!r}")
    path = Path(path)
    with _locked(path):
        state = _read_state(path)
        if state is None:
            raise FileNotFoundError(path)
        state["location"] = to
        _write_state(path, state)
    return state


def mark_served(path: Path) -> None:
    """The card simulator serves the card kept in ``path`` from there (the slot tells a moved file)."""
    path = Path(path)
    with _locked(path):
        state = _read_state(path)
        if state is not None:
            state["served_at"] = str(path.resolve())
            _write_state(path, state)


class Chip:
    kind = ""
    atr = b""

    def __init__(self, path: Path | None = None, pull_after_writes: int | None = None) -> None:
        self.path = path
        self.pull_after_writes = pull_after_writes
        self.writes = 0
        self.home: str | None = None  # where this chip is ("reader"/"meter"); saving elsewhere = it left
        self.location = "reader"
        self.served_at = ""
        self.pull_after_steps: int | None = None  # leave after this many changes of the card's memory
        self.tear = False  # ... in the middle of the next write (half of it written) instead of before it
        self.steps = 0
        self.step_log: list[str] = []  # what each step changed, in order (for the tests' pull tables)
        self.leaving = False

    def _count_write(self, apply_half) -> None:
        if self.pull_after_writes is not None and self.writes >= self.pull_after_writes:
            apply_half()
            self.save()
            raise CardLeft()
        self.writes += 1

    def _step(self, apply, half=None, what: str = "") -> None:
        """One change of the card's memory (a write, a PIN counter bit, a PIN change), saved at once."""
        if self.pull_after_steps is not None and self.steps >= self.pull_after_steps:
            if self.tear and half is not None:
                half()
                self.save()
            raise CardLeft()
        apply()
        self.steps += 1
        self.step_log.append(what)
        self.save()
        self.leaving = self.pull_after_steps == self.steps and not self.tear

    def apdu(self, command: bytes) -> bytes:
        """Answer one command APDU; the card leaves at the next command once its steps are used up."""
        if self.leaving:
            raise CardLeft()
        return self._apdu(command)

    def _apdu(self, command: bytes) -> bytes:
        raise NotImplementedError

    def state(self) -> dict:
        raise NotImplementedError

    def _full_state(self) -> dict:
        where = str(Path(self.path).resolve()) if self.path is not None else ""
        return {**self.state(), "location": self.location, "served_at": self.served_at, "path": where}

    def save(self, create: bool = False) -> None:
        if self.path is None:
            return
        with _locked(self.path):
            if not create and self.home is not None:
                on_disk = _read_state(self.path)
                if on_disk is None or on_disk.get("location", "reader") != self.home:
                    raise CardLeft()  # moved to the other place (or away): this chip no longer holds it
            _write_state(self.path, self._full_state())

    def power_on(self) -> None:
        """Power up / reset: a new session (the SLE4442 forgets a presented PSC)."""
