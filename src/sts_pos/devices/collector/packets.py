"""The collector link's own packets (registration, heartbeat) and the stream after registration, sans I/O.

A GPRS DTU dials the office, sends one **registration packet** carrying its identifier, then a
**heartbeat** whenever the line is idle; everything else on the connection is transparent DL/T 645-2007
(requests from the office, answers from the meters on the collector's RS-485 bus). How the two packets
look is configured on the DTU, so here they are settings (``docs/collector-protocol.md``):

* ``ascii`` (default): ``<prefix><identifier>[;<secret>]`` then CR LF, e.g. ``REG:COL-0001;s3cret\\r\\n``;
  heartbeat ``<heartbeat>`` then CR LF (``HB\\r\\n``). Identifiers are 1-64 of ``A-Z a-z 0-9 _ - .``.
* ``hex``: the prefix and the heartbeat are hex bytes (``7E01``, ``7E02``); the registration is
  ``prefix | identifier (collector_id_bytes bytes, written as hex digits) | secret length (1 byte) | secret``.

:class:`RegistrationReader` takes bytes until a whole registration packet is there (or refuses them with a
:class:`PacketError` that says why); :class:`LinkStream` splits what follows into heartbeats, DL/T 645
frames and noise, with bounded buffers (a flood only ever costs its own connection).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sts_pos.devices.meter import dlt645
from sts_pos.devices.meter.dlt645 import Frame
from sts_pos.errors import UserFacingError

MAX_REGISTRATION = 200   # bytes: a registration packet longer than this is no registration
MAX_NOISE = 4096         # bytes of noise in a row after which the connection is closed
ASCII_ID = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
SECRET = re.compile(r"[\x21-\x7e]{1,64}")


class PacketError(Exception):
    """Bytes that are not what the link format expects (the reason is logged and listed, never raised to a
    user: the other end is a machine)."""


class LinkFormatError(UserFacingError):
    pass


@dataclass(frozen=True)
class Registration:
    identifier: str
    secret: str | None = None


@dataclass(frozen=True)
class LinkFormat:
    """How the office's DTUs are configured: registration prefix, heartbeat, ASCII or hex."""

    packet_format: str = "ascii"
    register_prefix: str = "REG:"
    heartbeat: str = "HB"
    id_bytes: int = 6

    def __post_init__(self) -> None:
        if self.packet_format not in ("ascii", "hex"):
            raise LinkFormatError(f"The collector packet format is ascii or hex, not {self.packet_format!r}.")
        if self.packet_format == "hex":
            for name, text in (("collector_register_prefix", self.register_prefix),
                               ("collector_heartbeat", self.heartbeat)):
                if not re.fullmatch(r"([0-9A-Fa-f]{2})*", text):
                    raise LinkFormatError(f"With collector_packet_format hex, {name} is hex bytes such as 7E01; "
                                          f"'{text}' is not. Change the setting.")
        if not self._heartbeat_bytes:
            raise LinkFormatError("collector_heartbeat cannot be empty; set the heartbeat the DTUs send.")

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> LinkFormat:
        from sts_pos.store.settings import RULES, SettingError, parse

        def get(key: str):
            try:
                return parse(key, values.get(key, RULES[key][2]))
            except SettingError:
                return parse(key, RULES[key][2])
        return cls(get("collector_packet_format"), get("collector_register_prefix"), get("collector_heartbeat"),
                   get("collector_id_bytes"))

    @property
    def _prefix_bytes(self) -> bytes:
        return self.register_prefix.encode("ascii", "replace") if self.packet_format == "ascii" else \
            bytes.fromhex(self.register_prefix)

    @property
    def _heartbeat_bytes(self) -> bytes:
        return (self.heartbeat.encode("ascii", "replace") + b"\r\n") if self.packet_format == "ascii" else \
            bytes.fromhex(self.heartbeat)

    def heartbeat_packet(self) -> bytes:
        return self._heartbeat_bytes

    def check_identifier(self, identifier: str) -> str:
        """The identifier as stored (hex upper case), or a clear refusal."""
        identifier = identifier.strip()
        if self.packet_format == "hex":
            if not re.fullmatch(r"[0-9A-Fa-f]+", identifier) or len(identifier) != 2 * self.id_bytes:
                raise LinkFormatError(f"A collector identifier is {2 * self.id_bytes} hex digits with the hex packet "
                                      f"format (collector_id_bytes {self.id_bytes}); '{identifier}' is not.")
            return identifier.upper()
        if not ASCII_ID.fullmatch(identifier):
            raise LinkFormatError(f"A collector identifier is 1 to 64 letters, digits, '-', '_' or '.'; "
                                  f"'{identifier}' is not.")
        return identifier

    def registration_packet(self, identifier: str, secret: str | None = None) -> bytes:
        """What a DTU with this identifier sends first (the simulator uses it)."""
        if self.packet_format == "hex":
            raw = bytes.fromhex(identifier)
            tail = (secret or "").encode("ascii")
            return self._prefix_bytes + raw + bytes([len(tail)]) + tail
        return self._prefix_bytes + identifier.encode("ascii") + (b";" + secret.encode("ascii") if secret else b"") \
            + b"\r\n"


class RegistrationReader:
    """Bytes in until a registration packet is complete: ``feed`` returns it (and keeps what followed in
    ``rest``) or None for more; bytes that cannot become one raise :class:`PacketError`."""

    def __init__(self, fmt: LinkFormat) -> None:
        self.fmt = fmt
        self.buffer = bytearray()
        self.rest = b""

    def feed(self, data: bytes) -> Registration | None:
        self.buffer += data
        prefix = self.fmt._prefix_bytes
        head = bytes(self.buffer[:len(prefix)])
        if not prefix.startswith(head):
            raise PacketError(f"does not start with the registration prefix ({bytes(self.buffer[:16])!r})")
        if self.fmt.packet_format == "hex":
            return self._hex(prefix)
        end = self.buffer.find(b"\n")
        if end < 0:
            if len(self.buffer) > MAX_REGISTRATION:
                raise PacketError(f"registration longer than {MAX_REGISTRATION} bytes")
            return None
        line, self.rest = bytes(self.buffer[:end]).rstrip(b"\r"), bytes(self.buffer[end + 1:])
        try:
            text = line[len(prefix):].decode("ascii")
        except UnicodeDecodeError:
            raise PacketError("registration is not ASCII text") from None
        identifier, _, secret = text.partition(";")
        if not ASCII_ID.fullmatch(identifier):
            raise PacketError(f"identifier {identifier[:70]!r} is not 1-64 letters, digits, '-', '_' or '.'")
        if secret and not SECRET.fullmatch(secret):
            raise PacketError("secret holds characters that are not printable ASCII")
        return Registration(identifier, secret or None)

    def _hex(self, prefix: bytes) -> Registration | None:
        size = len(prefix) + self.fmt.id_bytes + 1
        if len(self.buffer) < size:
            return None
        secret_length = self.buffer[size - 1]
        if secret_length > 64:
            raise PacketError(f"secret length {secret_length} is more than 64")
        if len(self.buffer) < size + secret_length:
            return None
        identifier = bytes(self.buffer[len(prefix):size - 1]).hex().upper()
        secret = bytes(self.buffer[size:size + secret_length])
        self.rest = bytes(self.buffer[size + secret_length:])
        if secret and not SECRET.fullmatch(secret.decode("latin-1")):
            raise PacketError("secret holds bytes that are not printable ASCII")
        return Registration(identifier, secret.decode("ascii") or None)


class LinkStream:
    """After registration: heartbeats, DL/T 645 frames and noise. ``feed`` returns the events in order:
    ``("heartbeat", None)``, ``("frame", Frame)``; noise is counted in ``noise`` (bytes since the last good
    packet) and ``noise_total``; more than :data:`MAX_NOISE` in a row raises :class:`PacketError`."""

    def __init__(self, fmt: LinkFormat) -> None:
        self.heartbeat = fmt.heartbeat_packet()
        self.buffer = bytearray()
        self.noise = 0
        self.noise_total = 0
        self.frames = 0
        self.heartbeats = 0

    def feed(self, data: bytes) -> list[tuple[str, Frame | None]]:
        self.buffer += data
        buf, beat = self.buffer, self.heartbeat
        events: list[tuple[str, Frame | None]] = []
        while buf:
            if buf[:len(beat)] == beat:
                del buf[:len(beat)]
                self.noise = 0
                self.heartbeats += 1
                events.append(("heartbeat", None))
                continue
            if beat.startswith(bytes(buf)):
                break  # the start of a heartbeat: wait for the rest
            if buf[0] == dlt645.START:
                frame, used = dlt645.decode_at(buf)
                if not used:
                    break  # at most 12 + 255 bytes are ever waited for
                del buf[:used]
                if frame is None:
                    self._noise(used)
                    continue
                self.noise = 0
                self.frames += 1
                events.append(("frame", frame))
                continue
            if buf[0] != 0xFE:  # FE is the DL/T 645 wake-up preamble, not noise
                self._noise(1)
            del buf[:1]
        return events

    def _noise(self, count: int) -> None:
        self.noise += count
        self.noise_total += count
        if self.noise > MAX_NOISE:
            raise PacketError(f"{self.noise} bytes in a row that are neither heartbeats nor DL/T 645 frames")
