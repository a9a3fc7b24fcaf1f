"""GPRS collectors, the meters behind them, their readings and alarms (migration 5).

* ``collectors``: identifier (as the DTU registers), name, optional shared secret, SMS number, last seen;
  ``collector_strangers``: identifiers that tried to register and were refused (unknown, wrong secret,
  disabled), for the technician to add; connections that sent no valid registration are listed under
  their peer address.
* ``meters.collector_id`` / ``bus_address`` / ``remote_since``: a remote meter, its DL/T 645 address on the
  collector's bus (default: the last 12 digits of its number, as the meter simulator uses), and since when
  its tokens go through the collector (tokens made before are not sent).
* ``meter_readings`` rows with ``source = 'collector'``: energy, credit, tamper, relay and the meter's clock.
* ``meter_alarms``: one open alarm per meter and kind (tamper, low_credit, relay_open, silent, clock_off),
  cleared when the condition goes, acknowledged by a technician.
* ``read_requests``: ``sts-pos collector read`` asks the running collector server to read a meter now.

Every time stored is UTC ISO text; what a person reads goes through the office clock (``office_time``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.store.repository import SqliteRepository, iso
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.vending.office_time import OfficeTime
from sts_pos.vending.roles import Permission, Session

ALARM_KINDS = ("tamper", "low_credit", "relay_open", "silent", "clock_off")


class CollectorError(UserFacingError):
    pass


@dataclass(frozen=True)
class RemoteMeterRow:
    meter_id: int
    meter_number: str
    collector_id: str
    address: str


def default_bus_address(meter_number: str) -> str:
    return meter_number[-12:].rjust(12, "0")


class CollectorRecords:
    def __init__(self, repo: SqliteRepository, clock) -> None:
        self.repo = repo
        self.conn = repo.conn
        self.clock = clock

    def _audit(self, session: Session | None, action: str, detail: dict) -> None:
        self.repo.append_audit(self.clock(), session.username if session else "system", action, detail)

    # ---- the registry --------------------------------------------------------------------------------
    def add_collector(self, session: Session, identifier: str, *, name: str = "", secret: str | None = None,
                      sms_number: str | None = None) -> None:
        session.require(Permission.ENGINEERING)
        if self.collector(identifier) is not None:
            raise CollectorError(f"Collector {identifier} is already registered; use 'sts-pos collector edit' to "
                                 "change it.")
        with self.repo.transaction():
            self.conn.execute("INSERT INTO collectors (id, name, secret, sms_number, created_at) VALUES (?, ?, ?, ?, ?)",
                              (identifier, name, secret or None, sms_number or None, iso(self.clock())))
            self.conn.execute("DELETE FROM collector_strangers WHERE identifier = ?", (identifier,))
            self._audit(session, "collector.add", {"collector": identifier, "name": name, "secret": bool(secret)})

    def edit_collector(self, session: Session, identifier: str, *, name: str | None = None,
                       secret: str | None = None, sms_number: str | None = None, active: bool | None = None) -> None:
        session.require(Permission.ENGINEERING)
        if self.collector(identifier) is None:
            raise CollectorError(f"There is no collector {identifier}; 'sts-pos collector list' shows them.")
        fields = {k: v for k, v in {"name": name, "secret": secret, "sms_number": sms_number,
                                    "active": None if active is None else int(active)}.items() if v is not None}
        if "secret" in fields and fields["secret"] == "":
            fields["secret"] = None
        if not fields:
            raise CollectorError("Nothing to change; give a field to edit.")
        with self.repo.transaction():
            sets = ", ".join(f"{k} = ?" for k in fields)
            self.conn.execute(f"UPDATE collectors SET {sets} WHERE id = ?", (*fields.values(), identifier))
            self._audit(session, "collector.edit", {"collector": identifier,
                                                    **{k: (bool(v) if k == "secret" else v) for k, v in fields.items()}})

    def collector(self, identifier: str):
        return self.repo.one("SELECT * FROM collectors WHERE id = ?", identifier)

    def list_collectors(self) -> list[dict]:
        rows = self.repo.q("SELECT c.*, (SELECT count(*) FROM meters m WHERE m.collector_id = c.id) AS meters "
                           "FROM collectors c ORDER BY c.id")
        return [{"id": r["id"], "name": r["name"], "active": bool(r["active"]), "secret": r["secret"] is not None,
                 "sms_number": r["sms_number"], "meters": r["meters"], "last_seen_at": r["last_seen_at"],
                 "last_peer": r["last_peer"]} for r in rows]

    def known(self) -> dict[str, tuple[bool, str | None]]:
        """identifier -> (active, secret): what the listener checks a registration against."""
        return {r[0]: (bool(r[1]), r[2]) for r in self.repo.q("SELECT id, active, secret FROM collectors")}

    def note_events(self, seen: Iterable[tuple[str, str, datetime]],
                    strangers: Iterable[tuple[str, str, str, datetime]]) -> None:
        """Registrations/heartbeats (identifier, peer, when) and refusals (identifier, peer, reason, when)."""
        seen, strangers = list(seen), list(strangers)
        if not seen and not strangers:
            return
        with self.repo.transaction():
            for identifier, peer, when in seen:
                self.conn.execute("UPDATE collectors SET last_seen_at = ?, last_peer = ? WHERE id = ?",
                                  (iso(when), peer, identifier))
            for identifier, peer, reason, when in strangers:
                key = identifier or f"(no identifier) {peer.rsplit(':', 1)[0]}"
                self.conn.execute(
                    "INSERT INTO collector_strangers (identifier, peer, reason, first_seen_at, last_seen_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (identifier) DO UPDATE SET attempts = attempts + 1, "
                    "peer = excluded.peer, reason = excluded.reason, last_seen_at = excluded.last_seen_at",
                    (key[:120], peer[:80], reason[:200], iso(when), iso(when)))

    def strangers(self) -> list[dict]:
        return [dict(r) for r in self.repo.q("SELECT * FROM collector_strangers ORDER BY last_seen_at DESC")]

    # ---- remote meters -------------------------------------------------------------------------------
    def set_meter_collector(self, session: Session, meter_number: str, collector_id: str | None,
                            bus_address: str | None = None) -> RemoteMeterRow | None:
        """Mark a meter remote (behind ``collector_id``) or local again (None); audited."""
        session.require(Permission.CUSTOMERS)
        drn = parse_meter_number(meter_number).drn
        meter = self.repo.meter_by_number(drn)
        if meter is None:
            raise CollectorError(f"Meter {meter_number} is not registered.")
        if collector_id and self.collector(collector_id) is None:
            raise CollectorError(f"There is no collector {collector_id}; add it first with 'sts-pos collector add "
                                 f"--id {collector_id}'.")
        address = None
        if collector_id:
            address = (bus_address or default_bus_address(drn)).strip()
            if len(address) != 12 or not address.isdigit():
                raise CollectorError(f"A meter's bus address is the 12 digits of its DL/T 645 address; '{address}' "
                                     "is not.")
        with self.repo.transaction():
            self.conn.execute("UPDATE meters SET collector_id = ?, bus_address = ?, remote_since = ? WHERE id = ?",
                              (collector_id or None, address, iso(self.clock()) if collector_id else None, meter.id))
            self._audit(session, "meter.collector", {"meter": drn, "collector": collector_id, "address": address})
        return RemoteMeterRow(meter.id, drn, collector_id, address) if collector_id else None

    def remote_meter(self, meter_number: str) -> RemoteMeterRow | None:
        drn = parse_meter_number(meter_number).drn
        row = self.repo.one("SELECT id, meter_number, collector_id, bus_address FROM meters WHERE meter_number = ? "
                            "AND collector_id IS NOT NULL", drn)
        return RemoteMeterRow(*row) if row else None

    def remote_meters(self, collectors: Iterable[str] | None = None) -> list[RemoteMeterRow]:
        rows = self.repo.q("SELECT id, meter_number, collector_id, bus_address FROM meters "
                           "WHERE collector_id IS NOT NULL AND active = 1 ORDER BY id")
        wanted = None if collectors is None else set(collectors)
        return [RemoteMeterRow(*r) for r in rows if wanted is None or r[2] in wanted]

    # ---- readings ------------------------------------------------------------------------------------
    def due_reads(self, online: set[str], interval_minutes: int, now: datetime, limit: int = 5000) -> list[RemoteMeterRow]:
        """Remote meters behind online collectors with no collector reading in the last ``interval_minutes``."""
        if not online or interval_minutes <= 0:
            return []
        since = iso(now - timedelta(minutes=interval_minutes))
        marks = ",".join("?" * len(online))
        rows = self.repo.q(
            f"SELECT m.id, m.meter_number, m.collector_id, m.bus_address FROM meters m "
            f"WHERE m.collector_id IN ({marks}) AND m.active = 1 AND NOT EXISTS (SELECT 1 FROM meter_readings r "
            f"WHERE r.meter_id = m.id AND r.source = 'collector' AND r.recorded_at >= ?) ORDER BY m.id LIMIT ?",
            *online, since, limit)
        return [RemoteMeterRow(*r) for r in rows]

    def record_readings(self, readings: Iterable[tuple[RemoteMeterRow, object]], *, low_credit_kwh10: int,
                        clock_minutes: int, utc_offset_minutes: int) -> int:
        """Store collector readings (``meter_ops.RemoteReading``) and raise or clear alarms; one transaction."""
        now = self.clock()
        count = 0
        with self.repo.transaction():
            for meter, r in readings:
                clock_text = r.meter_clock.isoformat(timespec="seconds") if r.meter_clock else None
                power_downs = r.power_downs
                before = self.conn.execute(
                    "SELECT power_downs FROM meter_readings WHERE meter_id = ? AND source = 'collector' "
                    "AND power_downs IS NOT NULL ORDER BY id DESC LIMIT 1", (meter.meter_id,)).fetchone()
                self.conn.execute(
                    "INSERT OR IGNORE INTO meter_readings (meter_id, read_at, source, credit_kwh10, energy_used_kwh10, "
                    "purchase_count_accepted, tamper, recorded_at, relay_closed, meter_clock, collector_id, "
                    "power_downs) VALUES (?, ?, 'collector', ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                    (meter.meter_id, iso(now), r.credit_tenths_kwh, r.energy_tenths_kwh, int(r.tamper), iso(now),
                     int(r.relay_closed), clock_text, meter.collector_id, power_downs))
                if power_downs is not None and before is not None and power_downs > before[0]:
                    # a power cut since the last reading: an event, kept open until a technician acknowledges it
                    cuts = power_downs - before[0]
                    self._alarm(meter, "power_off", True,
                                f"power cut {cuts} time{'s' if cuts > 1 else ''} since the last reading", now)
                count += 1
                office_now = OfficeTime(utc_offset_minutes).local(now).replace(tzinfo=None)
                skew = abs((r.meter_clock - office_now).total_seconds()) / 60 if r.meter_clock else 0
                conditions = {
                    "tamper": (r.tamper, "tamper detected"),
                    "low_credit": (r.credit_tenths_kwh < low_credit_kwh10,
                                   f"{r.credit_tenths_kwh / 10:.1f} kWh left"),
                    "relay_open": (not r.relay_closed, f"relay open, {r.credit_tenths_kwh / 10:.1f} kWh left"),
                    "clock_off": (skew > clock_minutes, f"meter clock {clock_text}, {skew:.0f} minutes off"),
                    "silent": (False, ""),
                }
                for kind, (on, detail) in conditions.items():
                    self._alarm(meter, kind, on, detail, now)
        return count

    def _alarm(self, meter: RemoteMeterRow, kind: str, on: bool, detail: str, now: datetime) -> None:
        if on:
            self.conn.execute("INSERT OR IGNORE INTO meter_alarms (meter_id, collector_id, kind, detail, raised_at) "
                              "VALUES (?, ?, ?, ?, ?)", (meter.meter_id, meter.collector_id, kind, detail, iso(now)))
        else:
            self.conn.execute("UPDATE meter_alarms SET cleared_at = ? WHERE meter_id = ? AND kind = ? "
                              "AND cleared_at IS NULL", (iso(now), meter.meter_id, kind))

    def check_silent(self, days: int) -> int:
        """Raise 'silent' for remote meters without a collector reading for ``days`` (since they became remote)."""
        now = self.clock()
        since = iso(now - timedelta(days=days))
        rows = self.repo.q(
            "SELECT m.id, m.meter_number, m.collector_id, m.bus_address, "
            "(SELECT max(r.recorded_at) FROM meter_readings r WHERE r.meter_id = m.id AND r.source = 'collector') "
            "FROM meters m WHERE m.collector_id IS NOT NULL AND m.active = 1 AND m.remote_since < ?", since)
        silent = [r for r in rows if r[4] is None or r[4] < since]
        if not silent:
            return 0
        with self.repo.transaction():
            for r in silent:
                meter = RemoteMeterRow(*r[:4])
                self._alarm(meter, "silent", True, f"no reading since {r[4] or 'it became remote'}", now)
        return len(silent)

    def readings(self, meter_number: str, limit: int = 20) -> list[dict]:
        drn = parse_meter_number(meter_number).drn
        return [dict(r) for r in self.repo.q(
            "SELECT r.read_at, r.source, r.credit_kwh10, r.energy_used_kwh10, r.tamper, r.relay_closed, r.meter_clock, "
            "r.collector_id, r.power_downs FROM meter_readings r JOIN meters m ON m.id = r.meter_id WHERE m.meter_number = ? "
            "ORDER BY r.read_at DESC, r.id DESC LIMIT ?", drn, limit)]

    # ---- alarms --------------------------------------------------------------------------------------
    def alarms(self, *, open_only: bool = True, limit: int = 500) -> list[dict]:
        where = "WHERE a.acknowledged_at IS NULL" if open_only else ""
        return [dict(r) for r in self.repo.q(
            f"SELECT a.id, m.meter_number, a.collector_id AS collector, a.kind, a.detail, a.raised_at, a.cleared_at, "
            f"a.acknowledged_at, u.username AS acknowledged_by FROM meter_alarms a JOIN meters m ON m.id = a.meter_id "
            f"LEFT JOIN users u ON u.id = a.acknowledged_by {where} ORDER BY a.raised_at DESC, a.id DESC LIMIT ?",
            limit)]

    def acknowledge(self, session: Session, alarm_id: int, note: str = "") -> None:
        session.require(Permission.ENGINEERING)
        row = self.repo.one("SELECT a.id, a.kind, a.acknowledged_at, m.meter_number FROM meter_alarms a "
                            "JOIN meters m ON m.id = a.meter_id WHERE a.id = ?", alarm_id)
        if row is None:
            raise CollectorError(f"There is no alarm {alarm_id}; 'sts-pos alarms list' shows the open ones.")
        if row["acknowledged_at"]:
            raise CollectorError(f"Alarm {alarm_id} ({row['kind']}, meter {row['meter_number']}) was already "
                                 "acknowledged.")
        with self.repo.transaction():
            now = iso(self.clock())
            # a power cut is an event, not a condition: acknowledged, it is over (the next cut raises a new one)
            self.conn.execute("UPDATE meter_alarms SET acknowledged_at = ?, acknowledged_by = ?, cleared_at = "
                              "CASE WHEN kind = 'power_off' THEN coalesce(cleared_at, ?) ELSE cleared_at END "
                              "WHERE id = ?", (now, session.user_id, now, alarm_id))
            self._audit(session, "alarm.acknowledge", {"alarm": alarm_id, "kind": row["kind"],
                                                        "meter": row["meter_number"], "note": note})

    # ---- read on demand ------------------------------------------------------------------------------
    def request_read(self, session: Session, meter_number: str) -> int:
        session.require(Permission.LOOKUP)
        meter = self.remote_meter(meter_number)
        if meter is None:
            raise CollectorError(f"Meter {meter_number} is not behind a collector; mark it with 'sts-pos meters edit "
                                 f"--meter {meter_number} --collector ID' first.")
        with self.repo.transaction():
            return self.conn.execute("INSERT INTO read_requests (meter_id, requested_at) VALUES (?, ?)",
                                     (meter.meter_id, iso(self.clock()))).lastrowid

    def open_read_requests(self, online: set[str]) -> list[tuple[int, RemoteMeterRow]]:
        rows = self.repo.q("SELECT q.id, m.id, m.meter_number, m.collector_id, m.bus_address FROM read_requests q "
                           "JOIN meters m ON m.id = q.meter_id WHERE q.done_at IS NULL ORDER BY q.id")
        return [(r[0], RemoteMeterRow(*r[1:])) for r in rows if r[3] in online]

    def finish_read_requests(self, done: Iterable[tuple[int, str]]) -> None:
        done = list(done)
        if done:
            with self.repo.transaction():
                for request_id, result in done:
                    self.conn.execute("UPDATE read_requests SET done_at = ?, result = ? WHERE id = ?",
                                      (iso(self.clock()), result, request_id))

    def read_request(self, request_id: int):
        return self.repo.one("SELECT * FROM read_requests WHERE id = ?", request_id)


class StationDb:
    """What the collector station needs from the office, opened on the station's database thread."""

    def __init__(self, path, clock=None) -> None:
        from sts_pos.store.deliveries import Deliveries
        from sts_pos.store.office import Office

        self.office = Office.open(path, create=False, **({"clock": clock} if clock else {}))
        self.clock = self.office.clock
        self.collectors = CollectorRecords(self.office.repo, self.clock)
        self.deliveries = Deliveries(self.office.repo, self.clock)

    def settings(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.office.repo.q("SELECT key, value FROM settings")}

    def close(self) -> None:
        self.office.close()
