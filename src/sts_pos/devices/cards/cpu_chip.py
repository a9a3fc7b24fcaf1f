"""The ISO 7816-4 CPU card of the card simulator (see :mod:`sts_pos.devices.cards.simulator`).

ATR: that of a real contact CPU card, the NXP JCOP 41 v2.4.1 (J3A080; T=1 only, TA1 13, IFSC 254;
historical bytes "JCOPv241"; TCK B7, the XOR of T0 to the last historical byte), as pcsc-tools'
smartcard list names it: ``3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7``. T=1 carries
response data directly (no ``61 xx`` / GET RESPONSE as T=0 would need).

Files: the MF (3F00) holding transparent EF 5354 (the card image, 256 bytes) and the sts-pos application
DF, selected by its name ``F0 53 54 53 50 4F 53`` (a proprietary AID, ISO/IEC 7816-5 category F).
"""

from __future__ import annotations

from pathlib import Path

from sts_pos.devices.cards.chip import Chip

ISO_ATR = bytes.fromhex("3BF81300008131FE454A434F5076323431B7")  # NXP JCOP 41 v2.4.1, T=1
ISO_FID = 0x5354
ISO_AID = bytes.fromhex("F0535453504F53")  # proprietary AID (category F): "\xF0STSPOS"
SW_OK = b"\x90\x00"


class IsoFileChip(Chip):
    """A CPU card with one transparent EF (5354) whose UPDATE BINARY needs the PIN (reference 80)
    presented with VERIFY in this session; 3 wrong presentations block the PIN (6983)."""

    kind = "iso7816"
    atr = ISO_ATR
    size = 256

    def __init__(
        self, path: Path | None = None, pull_after_writes: int | None = None, state: dict | None = None
    ) -> None:
        super().__init__(path, pull_after_writes)
        state = state or {}
        self.data = bytearray.fromhex(state["file"]) if "file" in state else bytearray(self.size)
        self.pin = bytes.fromhex(state.get("pin", "ffffff"))  # the transport PIN until the office changes it
        self.pin_tries = int(state.get("pin_tries", 3))
        self.selected: int | None = None
        self.verified = False

    def state(self) -> dict:
        return {"kind": self.kind, "file": self.data.hex(), "pin": self.pin.hex(), "pin_tries": self.pin_tries}

    def power_on(self) -> None:
        self.selected = None
        self.verified = False

    def _select(self, p1: int, p2: int, name: bytes | None) -> bytes:
        """SELECT (ISO/IEC 7816-4 7.1.1): by file identifier (P1 00; MF 3F00 or EF 5354) or by DF name (P1 04)."""
        if name is None:
            return b"\x67\x00"
        if p2 not in (0x00, 0x04, 0x0C):
            return b"\x6a\x86"  # incorrect P1-P2: no other file occurrence or answer kind
        if p1 == 0x04:
            if name != ISO_AID:
                return b"\x6a\x82"
            self.selected = None
            fcp = bytes([0x82, 0x01, 0x38]) + bytes([0x84, len(ISO_AID)]) + ISO_AID  # a DF, and its name
        elif p1 == 0x00 and len(name) == 2:
            fid = int.from_bytes(name, "big")
            if fid == 0x3F00:
                self.selected = None
                fcp = bytes([0x82, 0x01, 0x38, 0x83, 0x02, 0x3F, 0x00])
            elif fid == ISO_FID:
                self.selected = fid
                fcp = (bytes([0x82, 0x01, 0x01, 0x83, 0x02]) + fid.to_bytes(2, "big")  # transparent EF
                       + bytes([0x80, 0x02]) + self.size.to_bytes(2, "big"))
            else:
                return b"\x6a\x82"
        elif p1 == 0x00:
            return b"\x67\x00"
        else:
            return b"\x6a\x86"
        if p2 == 0x0C:
            return SW_OK
        return bytes([0x6F if p2 == 0x00 else 0x62, len(fcp)]) + fcp + SW_OK

    def _refuse_pin(self) -> bytes:
        self._step(lambda: setattr(self, "pin_tries", self.pin_tries - 1), what="PIN try used")
        self.verified = False
        return b"\x69\x83" if self.pin_tries == 0 else bytes([0x63, 0xC0 | self.pin_tries])

    def _verify(self, p2: int, body: bytes) -> bytes:
        if p2 != 0x80:
            return b"\x6a\x88"
        if not body:  # how many tries are left
            return SW_OK if self.verified else bytes([0x63, 0xC0 | self.pin_tries])
        if self.pin_tries == 0:
            return b"\x69\x83"
        if body != self.pin:
            return self._refuse_pin()
        if self.pin_tries < 3:
            self._step(lambda: setattr(self, "pin_tries", 3), what="PIN tries restored")
        self.verified = True
        return SW_OK

    def _change_pin(self, p2: int, body: bytes) -> bytes:
        if p2 != 0x80 or len(body) != 2 * len(self.pin):
            return b"\x67\x00"
        if self.pin_tries == 0:
            return b"\x69\x83"
        old, new = body[: len(self.pin)], body[len(self.pin) :]
        if old != self.pin:
            return self._refuse_pin()
        self._step(lambda: setattr(self, "pin", bytes(new)), what="change PIN")
        self.verified = True
        return SW_OK

    def _apdu(self, command: bytes) -> bytes:
        if len(command) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = command[:4]
        if cla != 0x00:
            return b"\x6e\x00"
        body = command[5 : 5 + command[4]] if len(command) > 5 else b""
        if ins == 0xA4:
            return self._select(p1, p2, body if len(command) > 5 and len(body) == command[4] else None)
        if ins == 0x20:
            return self._verify(p2, body)
        if ins == 0x24:
            return self._change_pin(p2, body)
        if ins in (0xB0, 0xD6) and self.selected is None:
            return b"\x69\x86"
        offset = (p1 & 0x7F) << 8 | p2
        if ins == 0xB0:
            length = command[4] if len(command) > 4 and command[4] else 256
            if offset >= self.size:
                return b"\x6b\x00"
            chunk = bytes(self.data[offset : offset + length])
            return chunk + (SW_OK if len(chunk) == length else b"\x62\x82")
        if ins == 0xD6:
            if not body or offset + len(body) > self.size:
                return b"\x6b\x00" if offset >= self.size else b"\x67\x00"
            if not self.verified:
                return b"\x69\x82"  # security status not satisfied: VERIFY first

            def half() -> None:
                self.data[offset : offset + len(body) // 2] = body[: len(body) // 2]

            def full() -> None:
                self.data[offset : offset + len(body)] = body

            self._count_write(half)
            self._step(full, half, f"write {len(body)} bytes at {offset}")
            return SW_OK
        return b"\x6d\x00"
