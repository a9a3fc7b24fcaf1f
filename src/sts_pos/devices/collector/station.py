"""The master station's side of the remote channel: the listener plus the work it does for the office.

:class:`Station` owns a :class:`~.server.CollectorServer` and, on one database thread of its own, the
office's collector records (``open_db()`` is called on that thread and returns an object with
``collectors`` (``store.collectors.CollectorRecords``), ``deliveries`` (``store.deliveries.Deliveries``),
``settings()`` (the raw settings rows) and ``close()``; the CLI and the GUI build it from an ``Office``).
The loop (:meth:`Station.cycle`, every ``tick`` seconds) does, in this order:

1. store what the last cycle's requests brought back (deliveries, readings and alarms, relay answers);
2. note registrations, heartbeats and refused strangers; reload the known collectors and their secrets;
3. queue new tokens for remote meters (``sweep``), then claim each idle meter's next delivery (marked sent
   and committed before it goes out), queued relay commands, read requests and scheduled reads;
4. start those requests as tasks, at most one per meter at a time (one per collector bus at a time is the
   server's rule), so a slow collector never holds up the others.

Database work never runs on the loop thread: the loop keeps answering heartbeats and registrations while
SQLite commits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sts_pos.devices.collector import meter_ops
from sts_pos.devices.collector.meter_ops import CollectorOffline, TokenAnswer
from sts_pos.devices.collector.packets import LinkFormat
from sts_pos.devices.collector.server import CollectorServer
from sts_pos.devices.meter.errors import MeterError, MeterRefused
from sts_pos.devices.meter.registers import TokenResult
from sts_pos.vending.crashpoints import crash_point

log = logging.getLogger(__name__)

SEEN_EVERY_S = 30.0  # how often a connected collector's "last seen" is written
KEY_CHANGE_KINDS = ("key_change_1", "key_change_2", "key_change_3", "key_change_4")


@dataclass
class StationSettings:
    register_seconds: float = 5.0
    heartbeat_seconds: float = 60.0
    answer_seconds: float = 5.0
    read_minutes: int = 60
    low_credit_kwh: int = 5
    silent_days: int = 3
    clock_minutes: int = 10
    utc_offset_minutes: int = 0
    retry_seconds: float = 30.0

    @classmethod
    def from_settings(cls, values: dict[str, str], **override: Any) -> StationSettings:
        from sts_pos.store.settings import RULES, SettingError, parse

        def get(key: str):
            try:
                return parse(key, values.get(key, RULES[key][2]))
            except SettingError:
                return parse(key, RULES[key][2])
        made = cls(get("collector_register_seconds"), get("collector_heartbeat_seconds"),
                   get("collector_answer_seconds"), get("collector_read_minutes"), get("collector_low_credit_kwh"),
                   get("collector_silent_days"), get("collector_clock_minutes"), get("utc_offset_minutes"),
                   get("collector_retry_seconds"))
        for key, value in override.items():
            if value is not None:
                setattr(made, key, value)
        return made


def delivery_outcome(claim, answer: TokenAnswer | None, error: BaseException | None):
    """What a delivery attempt means for the outbox (``store.deliveries.Outcome``)."""
    from sts_pos.store.deliveries import Outcome  # the outcome shape lives with the outbox

    if isinstance(error, CollectorOffline) and not error.written:
        return Outcome(claim.delivery_id, "sent" if claim.sent_before else "queued",
                       "collector offline: not sent yet", never_left=True)
    if isinstance(error, MeterRefused):
        return Outcome(claim.delivery_id, "rejected", f"the meter refused the token entry: {error.message}")
    if error is not None:
        why = error.message if isinstance(error, MeterError) else str(error)
        return Outcome(claim.delivery_id, "sent", f"no answer yet ({why}); trying again")
    result: TokenResult | None = answer.result if answer else None
    if result is None:
        return Outcome(claim.delivery_id, "sent", "the meter took the token but its result could not be read; "
                                                  "checking again")
    if result.accepted:
        return Outcome(claim.delivery_id, "accepted", result.label, result.code)
    if result.code == 10:  # USED: the meter has this token (an earlier answer was lost, or it was typed in)
        return Outcome(claim.delivery_id, "accepted", "Used: already in the meter", result.code)
    if result.code == 13 and claim.sent_before and claim.kind in KEY_CHANGE_KINDS:
        # a key change token the meter no longer decodes after an earlier send whose answer was lost: the
        # meter already took it and has the new key
        return Outcome(claim.delivery_id, "accepted", "KCT: already applied (the meter has the new key)", result.code)
    if result.code == 16:
        return Outcome(claim.delivery_id, "sent", "the meter was not ready; trying again", result.code)
    return Outcome(claim.delivery_id, "rejected", f"{result.label}: {result.help_text}", result.code)


class Station:
    def __init__(self, open_db: Callable[[], Any], fmt: LinkFormat | None = None,
                 settings: StationSettings | None = None, *, tick: float = 0.2, batch: int = 2000,
                 on_event: Callable[[str, str, dict], None] | None = None) -> None:
        self._open_db = open_db
        self.on_event = on_event  # (kind, identifier, detail): registered / refused / closed, in the loop thread
        self.fmt = fmt
        self.settings = settings
        self.tick = tick
        self.batch = batch
        self.db: Any = None
        self.server: CollectorServer | None = None
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="collector-db")
        self._known: dict[str, tuple[bool, str | None]] = {}
        self._seen: dict[str, tuple[str, datetime]] = {}
        self._seen_written: dict[str, float] = {}
        self._strangers: list[tuple[str, str, str, datetime]] = []
        self._busy: set[int] = set()
        self._outcomes: list[Any] = []
        self._readings: list[tuple[Any, Any]] = []
        self._read_done: list[tuple[int, str]] = []
        self._relay_done: list[tuple[int, str, str]] = []
        self._read_tried: dict[int, float] = {}
        self._tasks: set[asyncio.Task] = set()
        self._last_silent_check = 0.0
        self.stats = {"delivered": 0, "rejected": 0, "readings": 0, "cycles": 0}

    async def _db(self, fn: Callable, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def start(self, host: str, port: int) -> tuple[str, int]:
        self.db = await self._db(self._open_db)
        raw = await self._db(self.db.settings)
        self.fmt = self.fmt or LinkFormat.from_settings(raw)
        self.settings = self.settings or StationSettings.from_settings(raw)
        self._known = await self._db(self.db.collectors.known)
        s = self.settings
        self.server = CollectorServer(self.fmt, self._authorize, register_timeout=s.register_seconds,
                                      heartbeat_seconds=s.heartbeat_seconds, on_event=self._event)
        return await self.server.start(host, port)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.server is not None:
            await self.server.close()
        if self.db is not None:
            with contextlib.suppress(Exception):
                await self._db(self._flush)
            await self._db(self.db.close)
        self._executor.shutdown(wait=True)

    async def run(self, until: float | None = None, stop: asyncio.Event | None = None) -> None:
        loop = asyncio.get_running_loop()
        while (until is None or loop.time() < until) and not (stop and stop.is_set()):
            try:
                await self.cycle()
            except Exception as exc:  # noqa: BLE001 - e.g. the database busy or the disk full: the link keeps
                self.stats["errors"] = self.stats.get("errors", 0) + 1  # running and the next cycle tries again
                log.warning("collector station cycle failed (tried again in %.1f s): %s", self.tick, exc)
            await asyncio.sleep(self.tick)

    # -- the listener's callbacks (loop thread, never blocking) ----------------------------------------
    def _authorize(self, identifier: str, secret: str | None) -> str | None:
        known = self._known.get(identifier)
        if known is None:
            return "unknown identifier"
        active, expected = known
        if not active:
            return "collector disabled"
        if expected is not None and secret != expected:
            return "wrong or missing shared secret"
        return None

    def _event(self, kind: str, identifier: str, detail: dict) -> None:
        if self.on_event is not None:
            self.on_event(kind, identifier, detail)
        now = datetime.now(UTC)
        if kind == "registered":
            self._seen[identifier] = (detail["peer"], now)
        elif kind == "refused":
            self._strangers.append((identifier, detail["peer"], detail["reason"], now))

    # -- one cycle -------------------------------------------------------------------------------------
    async def cycle(self) -> None:
        assert self.server is not None and self.settings is not None
        self.stats["cycles"] += 1
        now = time.monotonic()
        for conn in self.server.connections.values():  # heartbeats: last seen, written at most every 30 s
            if now - self._seen_written.get(conn.identifier, -1e9) >= SEEN_EVERY_S:
                self._seen_written[conn.identifier] = now
                self._seen[conn.identifier] = (conn.peer, datetime.now(UTC))
        online = self.server.online()
        work = await self._db(self._exchange, online, set(self._busy))
        claims, relays, reads = work
        for claim in claims:
            self._start(claim.meter_id, self._deliver(claim))
        for command in relays:
            self._start(command[1], self._relay(command))
        for request_id, meter in reads:
            self._start(meter.meter_id, self._read(meter, request_id))

    def _start(self, meter_id: int, coro) -> None:
        self._busy.add(meter_id)
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            self._busy.discard(meter_id)
        task.add_done_callback(done)

    def _flush(self) -> None:
        """(DB thread) store what came back and what was seen."""
        db, s = self.db, self.settings
        outcomes, self._outcomes = self._outcomes, []
        readings, self._readings = self._readings, []
        read_done, self._read_done = self._read_done, []
        relay_done, self._relay_done = self._relay_done, []
        seen, self._seen = self._seen, {}
        strangers, self._strangers = self._strangers, []
        db.deliveries.record(outcomes)
        if readings:
            db.collectors.record_readings(readings, low_credit_kwh10=s.low_credit_kwh * 10,
                                          clock_minutes=s.clock_minutes, utc_offset_minutes=s.utc_offset_minutes)
        db.collectors.finish_read_requests(read_done)
        for command_id, status, result in relay_done:
            db.deliveries.mark_relay(command_id, status, result)
        db.collectors.note_events(((i, p, w) for i, (p, w) in seen.items()), strangers)

    def _exchange(self, online: set[str], busy: set[int]):
        """(DB thread) one cycle's database work; returns the new requests to make."""
        db, s = self.db, self.settings
        self._flush()
        self._known = db.collectors.known()
        db.deliveries.sweep()
        now_m = time.monotonic()
        if now_m - self._last_silent_check > 60:
            self._last_silent_check = now_m
            db.collectors.check_silent(s.silent_days)
        claims = db.deliveries.claim(online, busy, self.batch)
        if claims:
            crash_point("collector_after_claim")  # marked sent and committed, nothing sent yet
        taken = busy | {c.meter_id for c in claims}
        relays = [c for c in db.deliveries.open_relay_commands(online) if c[1] not in taken]
        for command in relays:
            db.deliveries.mark_relay(command[0], "sent")
            taken.add(command[1])
        reads: list[tuple[int | None, Any]] = []
        for request_id, meter in db.collectors.open_read_requests(online):
            if meter.meter_id not in taken:
                reads.append((request_id, meter))
                taken.add(meter.meter_id)
        db.collectors.finish_read_requests((r, "reading") for r, _ in reads)  # taken: not handed out twice
        for meter in db.collectors.due_reads(online, s.read_minutes, db.clock(), self.batch):
            if meter.meter_id in taken or now_m - self._read_tried.get(meter.meter_id, -1e9) < s.retry_seconds:
                continue
            self._read_tried[meter.meter_id] = now_m
            reads.append((None, meter))
            taken.add(meter.meter_id)
        return claims, relays, reads

    def _transact(self, collector_id: str):
        server, timeout = self.server, self.settings.answer_seconds
        return lambda frame: server.transact(collector_id, frame, timeout)

    async def _deliver(self, claim) -> None:
        answer, error = None, None
        try:
            answer = await meter_ops.send_token(self._transact(claim.collector_id), claim.address, claim.token)
        except (MeterError, OSError) as exc:
            error = exc
        outcome = delivery_outcome(claim, answer, error)
        if outcome.status == "accepted":
            self.stats["delivered"] += 1
        elif outcome.status == "rejected":
            self.stats["rejected"] += 1
        self._outcomes.append(outcome)

    async def _read(self, meter, request_id: int | None) -> None:
        try:
            reading = await meter_ops.read_meter(self._transact(meter.collector_id), meter.address)
        except (MeterError, OSError) as exc:
            why = exc.message if isinstance(exc, MeterError) else str(exc)
            if request_id is not None:
                self._read_done.append((request_id, f"failed: {why}"))
            return
        self.stats["readings"] += 1
        self._readings.append((meter, reading))
        if request_id is not None:
            self._read_done.append((request_id, "done"))

    async def _relay(self, command) -> None:
        command_id, _, _, collector_id, address, action = command
        local = datetime.now(UTC) + timedelta(minutes=self.settings.utc_offset_minutes)
        try:
            await meter_ops.relay_control(self._transact(collector_id), address, action == "reconnect",
                                          local.replace(tzinfo=None))
        except MeterRefused as exc:
            self._relay_done.append((command_id, "refused", exc.message))
        except (MeterError, OSError) as exc:
            self._relay_done.append((command_id, "failed", exc.message if isinstance(exc, MeterError) else str(exc)))
        else:
            self._relay_done.append((command_id, "done", "the meter confirmed"))
