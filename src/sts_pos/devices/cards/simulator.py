"""A virtual IC card for the vsmartcard virtual reader (vpcd), stdlib only: the card simulator.

Two chips, each answering command APDUs as the real thing seen through a PC/SC reader does:

* :class:`Sle4442Chip`: a 256-byte SLE4442 memory card behind an ACS-style reader (pseudo-APDUs of
  class FF: select card type ``FF A4``, read ``FF B0``, write ``FF D0``, present PSC ``FF 20``, read
  error counter ``FF B1``, read protection bits ``FF B2``, write protection ``FF D1``, change PSC
  ``FF D2``). Semantics of the chip (Infineon SLE4442 data sheet): reads are free; writes need the PSC
  presented in this session, otherwise the chip ignores them silently (the reader still answers 9000);
  bytes 0-31 whose protection bit is cleared cannot be changed; the 3-bit error counter loses a bit
  *before* each PSC comparison and is restored to 0b111 on success; at 0 the card is locked for good.
  The reader answers a PSC presentation with SW 90 nn, nn = error counter (07 success, 00 locked).
* :class:`IsoFileChip`: an ISO 7816-4 CPU card with one transparent elementary file (FID 5354) that
  answers SELECT (``00 A4``), READ BINARY (``00 B0``) and UPDATE BINARY (``00 D6``). Its ATR is that of a
  real contact CPU card, the NXP JCOP 41 v2.4.1 (J3A080, T=1 only; historical bytes "JCOPv241", TCK B7
  checked): ``3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7``. SELECT by file identifier (P1 00)
  or by application name (P1 04, the sts-pos application ``F0 53 54 53 50 4F 53``, a proprietary AID of
  ISO/IEC 7816-5 category F) answers ``6A 82`` for what the card does not have; P2 ``00`` returns the
  FCI template (``6F``), ``04`` the FCP (``62``), ``0C`` no data.

The chip's memory persists in a JSON file after every change, so stopping the process ("pulling the
card") and starting it again ("re-inserting") keeps the data. ``pull_after_writes`` makes the card leave
the reader in the middle of the N+1-th write (half of its bytes written), to test torn writes;
``pull_after_steps`` counts every change of the card's memory (each write, each PIN counter bit, a PIN
change) and makes the card leave right after the N-th one (``tear``: in the middle of the next write), so
a test can pull the card after every single step of an operation.

One card state for the reader and the meter: the file also says where the card is (``location``,
"reader" or "meter"; :func:`move_card` moves it in one action). A chip serving the reader stops (the card
leaves the reader) as soon as the card was moved to the meter, and the meter simulator's slot
(``devices.meter.card_slot``) takes it; moving it back puts it in the reader again.

vpcd protocol (vsmartcard ``vpcd``): the card connects to TCP port PORT of the machine running pcscd;
each frame is a 2-byte big-endian length and a payload; a 1-byte payload is a control byte (0 power off,
1 power on, 2 reset, 4 send the ATR), anything else is a command APDU answered by the response APDU.

Run: ``python -m sts_pos.devices.cards.simulator --port 35963 --kind sle4442 --file card.json``.
"""

from __future__ import annotations

import argparse
import os
import socket
import struct
import sys
import time
from pathlib import Path

SLE4442_ATR = bytes.fromhex("3B04A2131091")  # ACS readers report the chip's 4-byte ATR after 3B 04
SW_OK = b"\x90\x00"
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


from sts_pos.devices.cards.chip import (  # noqa: E402,F401  (re-exported: the simulator's API)
    LOCATIONS,
    CardLeft,
    Chip,
    _locked,
    _read_state,
    card_location,
    mark_served,
    move_card,
)
from sts_pos.devices.cards.cpu_chip import ISO_AID, ISO_ATR, ISO_FID, IsoFileChip  # noqa: E402,F401


class Sle4442Chip(Chip):
    kind = "sle4442"
    atr = SLE4442_ATR

    def __init__(
        self, path: Path | None = None, pull_after_writes: int | None = None, state: dict | None = None
    ) -> None:
        super().__init__(path, pull_after_writes)
        if state is None:
            memory = bytearray(b"\xff" * 256)
            memory[0:4] = bytes.fromhex("A2131091")
            memory[4:32] = os.urandom(8) + bytes(20)  # manufacturer data, write-protected
            state = {
                "kind": self.kind,
                "memory": memory.hex(),
                "psc": "ffffff",
                "error_counter": 7,
                "protection": "00000000",
            }
        self.memory = bytearray.fromhex(state["memory"])
        self.psc = bytes.fromhex(state["psc"])
        self.error_counter = int(state["error_counter"])
        self.protection = int(state["protection"], 16)  # bit i set = byte i (0..31) still writable
        self.unlocked = False

    def state(self) -> dict:
        return {
            "kind": self.kind,
            "memory": self.memory.hex(),
            "psc": self.psc.hex(),
            "error_counter": self.error_counter,
            "protection": f"{self.protection:08x}",
        }

    def power_on(self) -> None:
        self.unlocked = False

    def _write(self, addr: int, data: bytes) -> None:
        for i, value in enumerate(data):
            where = addr + i
            if where >= 256:
                break
            if where < 32 and not (self.protection >> where) & 1:
                continue
            self.memory[where] = value

    def _apdu(self, command: bytes) -> bytes:
        if len(command) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = command[:4]
        if cla != 0xFF:
            return b"\x6e\x00"
        body = command[5 : 5 + command[4]] if len(command) > 5 else b""
        if ins == 0xA4:  # select card type
            return SW_OK if body == b"\x06" else b"\x6a\x81"
        if ins == 0xB0:  # read main memory
            length = command[4] if len(command) > 4 and command[4] else 256
            return bytes(self.memory[p2 : p2 + length]) + SW_OK
        if ins == 0xB1:  # read error counter (security memory)
            shown = self.psc if self.unlocked else bytes(3)
            return bytes([self.error_counter]) + shown + SW_OK
        if ins == 0xB2:  # read protection bits
            return self.protection.to_bytes(4, "little") + SW_OK
        if ins == 0x20:  # present PSC
            if len(body) != 3:
                return b"\x67\x00"
            if self.error_counter == 0:
                return b"\x90\x00"
            # one bit is written to 0 before comparing, and all three written back on success
            self._step(lambda: setattr(self, "error_counter", self.error_counter >> 1), what="PSC counter bit")
            if body == self.psc:
                self._step(lambda: setattr(self, "error_counter", 7), what="PSC counter restored")
                self.unlocked = True
            return bytes([0x90, self.error_counter])
        if ins == 0xD0:  # write main memory
            if self.unlocked:
                self._count_write(lambda: self._write(p2, body[: len(body) // 2]))
                self._step(
                    lambda: self._write(p2, body),
                    lambda: self._write(p2, body[: len(body) // 2]),
                    f"write {len(body)} bytes at {p2}",
                )
            return SW_OK  # a locked chip ignores writes silently
        if ins == 0xD1:  # write protection memory (compare and protect)
            if self.unlocked:

                def protect() -> None:
                    for i, value in enumerate(body):
                        if p2 + i < 32 and self.memory[p2 + i] == value:
                            self.protection &= ~(1 << (p2 + i))

                self._step(protect, what="protect")
            return SW_OK
        if ins == 0xD2:  # change PSC
            if self.unlocked and len(body) == 3:
                self._step(lambda: setattr(self, "psc", bytes(body)), what="change PSC")
            return SW_OK
        return b"\x6d\x00"


def chip_transmit(chip: Chip):
    """Use a chip in-process, without pcscd: a ``transmit(apdu) -> (data, sw)`` function for the media
    drivers; the card leaving the reader surfaces as ``CardPulled``."""
    from sts_pos.devices.cards.errors import CardPulled

    def transmit(apdu: bytes) -> tuple[bytes, int]:
        try:
            answer = chip.apdu(bytes(apdu))
        except CardLeft:
            raise CardPulled("simulated card left the reader") from None
        return answer[:-2], int.from_bytes(answer[-2:], "big")

    return transmit


def load_chip(
    path: Path,
    kind: str = "sle4442",
    pull_after_writes: int | None = None,
    *,
    home: str | None = None,
    pull_after_steps: int | None = None,
    tear: bool = False,
) -> Chip:
    """The chip stored in ``path`` (a new blank one of ``kind`` if the file does not exist yet).
    ``home`` ("reader" or "meter") is where this chip is used: it stops writing (leaves) once the card
    was moved elsewhere with :func:`move_card`."""
    path = Path(path)
    with _locked(path):
        state = _read_state(path)
    chip_kind = state["kind"] if state else kind
    cls = {"sle4442": Sle4442Chip, "iso7816": IsoFileChip}[chip_kind]
    chip = cls(path, pull_after_writes, state)
    if state is not None:
        chip.location = state.get("location", "reader")
        chip.served_at = state.get("served_at", "")
    chip.pull_after_steps, chip.tear = pull_after_steps, tear
    if state is None:
        chip.location = home or "reader"
        chip.save(create=True)
    chip.home = home
    return chip


def open_card_file(path, kind: str = "sle4442", home: str | None = None):
    """The card kept in ``path`` as a medium, in-process and without pcscd (a simulated meter's slot,
    tests): with ``home`` set the chip writes only while the card state says it is there."""
    from sts_pos.devices.cards.media import Iso7816Medium, Sle4442Medium

    chip = load_chip(Path(path), kind, home=home)
    chip.power_on()
    medium_cls = Sle4442Medium if chip.kind == "sle4442" else Iso7816Medium
    return medium_cls(chip_transmit(chip))


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        if _QUICKACK is not None:
            # vpcd writes a frame's length and payload in two sends: acknowledge at once, or Nagle on its
            # side waits for our delayed ACK (~40 ms per APDU)
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        part = sock.recv(n - len(data))
        if not part:
            raise ConnectionError("reader closed the connection")
        data += part
    return data


def serve(chip: Chip, port: int, host: str = "127.0.0.1", connect_timeout: float = 10.0) -> None:
    """Insert ``chip`` into the vpcd reader at host:port and answer until pulled or disconnected."""
    deadline = time.monotonic() + connect_timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    sock.settimeout(None)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    with sock:
        try:
            while True:
                (length,) = struct.unpack(">H", _recv_exact(sock, 2))
                payload = _recv_exact(sock, length)
                if length == 1:
                    if payload[0] in (1, 2):
                        chip.power_on()
                    if payload[0] != 4:
                        continue
                    answer = chip.atr
                else:
                    answer = chip.apdu(payload)
                sock.sendall(struct.pack(">H", len(answer)) + answer)
        except (CardLeft, ConnectionError):
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A virtual sts-pos card in the vpcd virtual reader.")
    parser.add_argument("--port", type=int, required=True, help="vpcd port of pcscd's virtual reader")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--file", required=True, help="where the card's memory is kept")
    parser.add_argument("--kind", choices=["sle4442", "iso7816"], default="sle4442")
    parser.add_argument(
        "--pull-after-writes",
        type=int,
        default=None,
        help="leave the reader in the middle of the next write after this many writes",
    )
    parser.add_argument(
        "--pull-after-steps",
        type=int,
        default=None,
        help="leave the reader after this many changes of the card's memory (writes, PIN counter, PIN)",
    )
    parser.add_argument("--tear", action="store_true", help="with --pull-after-steps: half-write the next one")
    args = parser.parse_args(argv)
    chip = load_chip(
        Path(args.file),
        args.kind,
        args.pull_after_writes,
        home="reader",
        pull_after_steps=args.pull_after_steps,
        tear=args.tear,
    )
    try:
        serve(chip, args.port, args.host)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(
            f"card simulator: cannot reach the virtual reader on {args.host}:{args.port}: {exc}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
