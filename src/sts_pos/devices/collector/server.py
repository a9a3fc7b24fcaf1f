"""The office's listener for GPRS collectors (asyncio, stdlib only).

Each connection must send a registration packet within ``register_timeout`` seconds; ``authorize(identifier,
secret)`` says whether that collector is known (None) or why it is refused (the reason is handed to
``on_event`` and the connection closed at once). A registered collector then sends heartbeats; a line
silent for three heartbeat intervals is closed. :meth:`CollectorServer.transact` sends one DL/T 645 request
to a collector and waits for the answer from the same address and function; one request at a time per
collector (its RS-485 bus is half duplex). Answers nobody waits for (late, or for a meter that is not the
one asked) are counted and dropped, never handed on. A second registration with the same identifier
replaces the older connection (a DTU that reconnected).

:class:`ServerThread` runs the loop in a background thread for the GUI and the CLI; nothing here touches
the database: events go to ``on_event(kind, identifier, detail)`` (called in the loop thread, must not
block).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sts_pos.devices.collector.meter_ops import CollectorOffline, MeterNoAnswer
from sts_pos.devices.collector.packets import LinkFormat, LinkStream, PacketError, RegistrationReader
from sts_pos.devices.meter import dlt645
from sts_pos.devices.meter.dlt645 import Frame

log = logging.getLogger(__name__)

Authorize = Callable[[str, str | None], str | None]
OnEvent = Callable[[str, str, dict], None]


@dataclass
class Connection:
    identifier: str
    peer: str
    writer: asyncio.StreamWriter
    stream: LinkStream
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    pending: tuple[Frame, asyncio.Future] | None = None
    last_heard: float = field(default_factory=time.monotonic)
    connected_at: float = field(default_factory=time.time)
    stray: int = 0
    closed: bool = False


class CollectorServer:
    def __init__(self, fmt: LinkFormat, authorize: Authorize, *, register_timeout: float = 5.0,
                 heartbeat_seconds: float = 60.0, on_event: OnEvent | None = None) -> None:
        self.fmt = fmt
        self.authorize = authorize
        self.register_timeout = register_timeout
        self.heartbeat_seconds = heartbeat_seconds
        self.on_event = on_event or (lambda kind, ident, detail: None)
        self.connections: dict[str, Connection] = {}
        self.address: tuple[str, int] | None = None
        self._server: asyncio.base_events.Server | None = None
        self.refused = 0

    async def start(self, host: str, port: int) -> tuple[str, int]:
        self._server = await asyncio.start_server(self._handle, host, port, limit=2 ** 16, backlog=1024)
        self.address = self._server.sockets[0].getsockname()[:2]
        return self.address

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for conn in list(self.connections.values()):
            self._drop(conn, "office stopped")
        if self._server is not None:
            await self._server.wait_closed()

    def online(self) -> set[str]:
        return {ident for ident, conn in self.connections.items() if not conn.closed}

    # -- one connection --------------------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer_info = writer.get_extra_info("peername") or ("?", 0)
        peer = f"{peer_info[0]}:{peer_info[1]}"
        try:
            registration, rest = await asyncio.wait_for(self._registration(reader), self.register_timeout)
        except TimeoutError:
            self._refuse(writer, "", peer, f"did not register within {self.register_timeout:g} s")
            return
        except PacketError as exc:
            self._refuse(writer, "", peer, f"sent no valid registration: {exc}")
            return
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            self._refuse(writer, "", peer, "closed before registering")
            return
        try:
            identifier = self.fmt.check_identifier(registration.identifier)
        except Exception:  # noqa: BLE001 - LinkFormatError: an identifier of the wrong shape
            self._refuse(writer, registration.identifier, peer, "identifier of the wrong form")
            return
        why = self.authorize(identifier, registration.secret)
        if why is not None:
            self._refuse(writer, identifier, peer, why)
            return
        conn = Connection(identifier, peer, writer, LinkStream(self.fmt))
        old = self.connections.get(identifier)
        if old is not None:
            self._drop(old, "the collector connected again")
        self.connections[identifier] = conn
        self.on_event("registered", identifier, {"peer": peer})
        try:
            if rest:
                self._receive(conn, rest)
            await self._serve(conn, reader)
        except PacketError as exc:
            self._drop(conn, f"sent too much noise: {exc}")
        except (ConnectionError, OSError):
            self._drop(conn, "connection lost")
        finally:
            self._drop(conn, "connection closed")

    async def _registration(self, reader: asyncio.StreamReader):
        parser = RegistrationReader(self.fmt)
        while True:
            data = await reader.read(512)
            if not data:
                raise ConnectionError("closed")
            found = parser.feed(data)
            if found is not None:
                return found, parser.rest

    def _refuse(self, writer: asyncio.StreamWriter, identifier: str, peer: str, why: str) -> None:
        self.refused += 1
        log.warning("collector connection from %s refused (%s): %s", peer, identifier or "no identifier", why)
        self.on_event("refused", identifier, {"peer": peer, "reason": why})
        writer.close()

    async def _serve(self, conn: Connection, reader: asyncio.StreamReader) -> None:
        idle = 3 * self.heartbeat_seconds
        while not conn.closed:
            try:
                data = await asyncio.wait_for(reader.read(4096), idle)
            except TimeoutError:
                self._drop(conn, f"silent for {idle:g} s (no heartbeat)")
                return
            if not data:
                return
            self._receive(conn, data)

    def _receive(self, conn: Connection, data: bytes) -> None:
        conn.last_heard = time.monotonic()
        for kind, frame in conn.stream.feed(data):
            if kind == "heartbeat":
                continue
            pending = conn.pending
            if pending is not None and frame is not None and _answers(pending[0], frame) and not pending[1].done():
                pending[1].set_result(frame)
            else:
                conn.stray += 1
                log.info("collector %s: a frame nobody asked for (address %s, control %02X) dropped",
                         conn.identifier, frame.address if frame else "?", frame.control if frame else 0)

    def _drop(self, conn: Connection, why: str) -> None:
        if conn.closed:
            return
        conn.closed = True
        if self.connections.get(conn.identifier) is conn:
            del self.connections[conn.identifier]
        if conn.pending is not None and not conn.pending[1].done():
            conn.pending[1].set_exception(CollectorOffline(f"Collector {conn.identifier} went offline ({why}).",
                                                           written=True))
        conn.writer.close()
        self.on_event("closed", conn.identifier, {"peer": conn.peer, "reason": why})

    # -- requests --------------------------------------------------------------------------------------
    async def transact(self, identifier: str, request: Frame, timeout: float) -> Frame:
        """Send one request to a meter behind ``identifier``; the answer frame, or MeterNoAnswer/CollectorOffline."""
        conn = self.connections.get(identifier)
        if conn is None or conn.closed:
            raise CollectorOffline(f"Collector {identifier} is not connected.")
        async with conn.lock:
            if conn.closed:
                raise CollectorOffline(f"Collector {identifier} is not connected.")
            future: asyncio.Future = asyncio.get_running_loop().create_future()
            conn.pending = (request, future)
            try:
                conn.writer.write(request.encode())
                try:
                    return await asyncio.wait_for(future, timeout)
                except TimeoutError:
                    raise MeterNoAnswer(f"Meter {request.address} did not answer through collector {identifier} "
                                        f"within {timeout:g} s.") from None
            finally:
                conn.pending = None


def _answers(request: Frame, answer: Frame) -> bool:
    """Whether ``answer`` is the meter's answer to ``request`` (same meter, same function, same register)."""
    if not answer.is_answer or answer.function != request.function:
        return False
    if not dlt645.address_matches(request.address, answer.address):
        return False
    if request.function == dlt645.READ_DATA and not answer.is_abnormal:
        return answer.data[:4] == request.data[:4]
    return True


class ServerThread:
    """An asyncio loop in a daemon thread: ``submit(coro)`` from any thread returns a concurrent Future."""

    def __init__(self, name: str = "collector-link") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, Any]) -> Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float | None = 30.0) -> Any:
        return self.submit(coro).result(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        async def _cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        if self.loop.is_running():
            try:
                self.run(_cancel_all(), timeout)
            except Exception:  # noqa: BLE001 - stopping anyway
                pass
            self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self.loop.is_running():
            self.loop.close()
