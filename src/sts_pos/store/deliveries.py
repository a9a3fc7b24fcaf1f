"""The token delivery outbox for remote meters and the relay commands (migration 5: ``deliveries``,
``relay_commands``).

One ``deliveries`` row per token (unique on the token), in the token's entry order: key change tokens before
the credit token, a sale's tokens before the next sale's. The collector server works it:

1. :meth:`Deliveries.sweep` queues every token of an ISSUED sale or engineering job for a meter behind a
   collector, made since the meter became remote, that has no row yet (so a sale whose enqueue was cut
   short by a crash is still delivered; :meth:`enqueue_sale` is the same for one sale, at once).
2. :meth:`claim` takes, per meter, only its oldest open delivery, for collectors online now, and marks it
   ``sent`` (attempts + 1) **in a committed transaction before a byte goes out**.
3. :meth:`record` stores the meter's answer: ``accepted`` (result codes 1-3; and USED after an earlier
   send whose answer was lost: the meter has it), ``rejected`` (any other result, with its label), back to
   ``queued`` when the request never left, or stays ``sent`` with a back-off when the answer was lost (the
   next try resends; the meter answers USED if it has the token). A token is never sent while an earlier one
   of the same meter is open, and never sent at all once accepted, rejected or failed.

A delivery of a voided sale that has not been accepted yet ends ``failed`` ("sale voided"). A supervisor may
cancel an open delivery (``failed``, the reason kept) and anyone may retry a rejected or failed one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.store.repository import SqliteRepository, iso
from sts_pos.vending.roles import Permission, Role, Session

STATUSES = ("queued", "sent", "accepted", "rejected", "failed")
MAX_ATTEMPTS = 20
MAX_BACKOFF_S = 3600


class DeliveryError(UserFacingError):
    pass


@dataclass(frozen=True)
class Claim:
    delivery_id: int
    meter_id: int
    meter_number: str
    collector_id: str
    address: str
    token: str
    kind: str
    sent_before: bool  # a previous send's answer was lost: a USED answer now means delivered


@dataclass(frozen=True)
class Outcome:
    delivery_id: int
    status: str              # accepted, rejected, queued/sent (never left, or answer lost), failed
    result: str
    code: int | None = None
    never_left: bool = False  # the request never went out: the attempt is not counted


_CANDIDATES = """
    FROM tokens t JOIN meters m ON m.id = t.meter_id LEFT JOIN sales s ON s.id = t.sale_id
    WHERE m.collector_id IS NOT NULL AND t.created_at >= m.remote_since
      AND (t.job_id IS NOT NULL OR s.status = 'ISSUED') {extra}
      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.token_id = t.id)"""
_SWEEP = """
    INSERT OR IGNORE INTO deliveries (token_id, sale_id, job_id, meter_id, collector_id, status, next_attempt_at,
                                      created_at, updated_at)
    SELECT t.id, t.sale_id, t.job_id, t.meter_id, m.collector_id, 'queued', :now, :now, :now""" + _CANDIDATES + """
    ORDER BY t.id"""


class Deliveries:
    def __init__(self, repo: SqliteRepository, clock) -> None:
        self.repo = repo
        self.conn = repo.conn
        self.clock = clock

    # ---- queueing ------------------------------------------------------------------------------------
    def enqueue_sale(self, sale_id: int) -> list[dict]:
        """Queue an ISSUED sale's tokens if its meter is remote; returns its deliveries (empty: not remote)."""
        if not self._remote("sale_id", sale_id):
            return []  # a meter on its own: nothing to queue, no write
        now = iso(self.clock())
        with self.repo.transaction():
            self.conn.execute(_SWEEP.format(extra="AND t.sale_id = :sale"), {"now": now, "sale": sale_id})
        return self.list(sale_id=sale_id)

    def _remote(self, column: str, value: int) -> bool:
        return self.repo.one(f"SELECT EXISTS (SELECT 1 FROM tokens t JOIN meters m ON m.id = t.meter_id "
                             f"WHERE t.{column} = ? AND m.collector_id IS NOT NULL)", value)[0] == 1

    def enqueue_job(self, job_id: int) -> list[dict]:
        if not self._remote("job_id", job_id):
            return []
        now = iso(self.clock())
        with self.repo.transaction():
            self.conn.execute(_SWEEP.format(extra="AND t.job_id = :job"), {"now": now, "job": job_id})
        return self.list(job_id=job_id)

    def sweep(self) -> int:
        """Queue what is missing; reads first, so an idle office writes nothing (and holds no lock)."""
        missing = self.repo.one("SELECT EXISTS (SELECT 1" + _CANDIDATES.format(extra="") + ")")[0]
        voided = self.repo.one("SELECT EXISTS (SELECT 1 FROM deliveries d JOIN sales s ON s.id = d.sale_id "
                               "WHERE d.status IN ('queued', 'sent') AND s.status = 'VOIDED')")[0]
        if not missing and not voided:
            return 0
        now = iso(self.clock())
        with self.repo.transaction():
            cur = self.conn.execute(_SWEEP.format(extra=""), {"now": now})
            voided = self.conn.execute(
                "UPDATE deliveries SET status = 'failed', result = 'sale voided before delivery', updated_at = ? "
                "WHERE status IN ('queued', 'sent') AND sale_id IN (SELECT id FROM sales WHERE status = 'VOIDED')",
                (now,))
        return cur.rowcount + voided.rowcount

    # ---- the worker's side ---------------------------------------------------------------------------
    def claim(self, online: set[str], busy: set[int], limit: int = 2000) -> list[Claim]:
        """Each idle meter's oldest open delivery (collectors online), marked sent before it goes out."""
        if not online:
            return []
        now = self.clock()
        marks = ",".join("?" * len(online))
        if not self.repo.one(f"SELECT EXISTS (SELECT 1 FROM deliveries WHERE status IN ('queued', 'sent') "
                             f"AND collector_id IN ({marks}))", *online)[0]:
            return []
        with self.repo.transaction():
            rows = self.repo.q(
                f"SELECT d.id, d.meter_id, m.meter_number, d.collector_id, m.bus_address, t.number, t.kind, "
                f"d.status, d.attempts, d.next_attempt_at FROM deliveries d JOIN tokens t ON t.id = d.token_id "
                f"JOIN meters m ON m.id = d.meter_id WHERE d.id IN (SELECT min(id) FROM deliveries "
                f"WHERE status IN ('queued', 'sent') GROUP BY meter_id) AND d.collector_id IN ({marks}) "
                f"ORDER BY d.id LIMIT ?", *online, limit + len(busy))
            claims = []
            for r in rows:
                if r[1] in busy or (r[8] and r[9] > iso(now)):
                    continue  # in flight, or waiting for its back-off after a lost answer
                if r[8] >= MAX_ATTEMPTS:
                    self.conn.execute("UPDATE deliveries SET status = 'failed', result = ?, updated_at = ? WHERE id = ?",
                                      (f"no answer from the meter after {r[8]} tries", iso(now), r[0]))
                    continue
                backoff = min(MAX_BACKOFF_S, self.retry_seconds() * 2 ** min(r[8], 12))
                self.conn.execute("UPDATE deliveries SET status = 'sent', attempts = attempts + 1, sent_at = ?, "
                                  "next_attempt_at = ?, updated_at = ? WHERE id = ?",
                                  (iso(now), iso(now + timedelta(seconds=backoff)), iso(now), r[0]))
                claims.append(Claim(r[0], r[1], r[2], r[3], r[4], r[5], r[6], sent_before=r[7] == "sent"))
                if len(claims) >= limit:
                    break
        return claims

    def open_delivery(self, meter_number: str, token: str) -> Claim | None:
        """The delivery on its way (``sent``) of ``token`` to ``meter_number``, as its claim (a reply that
        comes later, by SMS), or None when there is none (settled already, or never sent)."""
        row = self.repo.one(
            "SELECT d.id, d.meter_id, m.meter_number, d.collector_id, m.bus_address, t.number, t.kind, d.attempts "
            "FROM deliveries d JOIN tokens t ON t.id = d.token_id JOIN meters m ON m.id = d.meter_id "
            "WHERE m.meter_number = ? AND t.number = ? AND d.status = 'sent'", meter_number, token)
        if row is None:
            return None
        return Claim(row[0], row[1], row[2], row[3], row[4], row[5], row[6], sent_before=row[7] > 1)

    def retry_seconds(self) -> int:
        try:
            return max(1, int(self.repo.setting("collector_retry_seconds", "30") or 30))
        except ValueError:
            return 30

    def record(self, outcomes: Iterable[Outcome]) -> None:
        outcomes = list(outcomes)
        if not outcomes:
            return
        now = iso(self.clock())
        with self.repo.transaction():
            for o in outcomes:
                if o.never_left:  # the request never left the office: not an attempt
                    self.conn.execute("UPDATE deliveries SET status = ?, attempts = max(0, attempts - 1), result = ?, "
                                      "updated_at = ? WHERE id = ? AND status = 'sent'",
                                      (o.status, o.result, now, o.delivery_id))
                else:
                    # a delivery cancelled while its token was on the way still records that the meter took it
                    self.conn.execute("UPDATE deliveries SET status = ?, result = ?, result_code = coalesce(?, result_code),"
                                      " updated_at = ? WHERE id = ? AND (status = 'sent' OR (status = 'failed' "
                                      "AND ? = 'accepted'))", (o.status, o.result, o.code, now, o.delivery_id, o.status))

    # ---- people's side -------------------------------------------------------------------------------
    def list(self, *, sale_id: int | None = None, job_id: int | None = None, status: str | None = None,
             meter_number: str | None = None, limit: int = 200) -> list[dict]:
        where, args = [], []
        for column, value in (("d.sale_id", sale_id), ("d.job_id", job_id), ("d.status", status),
                              ("m.meter_number", meter_number)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = ("SELECT d.id, d.sale_id, d.job_id, m.meter_number, d.collector_id AS collector, d.status, d.result, "
               "d.result_code, d.attempts, d.updated_at, t.kind, t.seq FROM deliveries d JOIN meters m ON m.id = d.meter_id "
               "JOIN tokens t ON t.id = d.token_id" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY d.id DESC LIMIT ?")
        rows = self.repo.q(sql, *args, limit)
        return [{"id": r[0], "sale_id": r[1], "job_id": r[2], "meter_number": r[3], "collector": r[4],
                 "status": r[5], "result": r[6], "result_code": r[7], "attempts": r[8], "updated_at": r[9],
                 "token_kind": r[10], "seq": r[11]} for r in reversed(rows)]

    def retry(self, session: Session, delivery_id: int) -> None:
        session.require(Permission.LOOKUP)
        row = self._row(delivery_id)
        if row["status"] not in ("rejected", "failed"):
            raise DeliveryError(f"Delivery {delivery_id} is {row['status']}; only a rejected or failed delivery is "
                                "tried again.")
        with self.repo.transaction():
            self.conn.execute("UPDATE deliveries SET status = 'queued', next_attempt_at = ?, updated_at = ? "
                              "WHERE id = ?", (iso(self.clock()), iso(self.clock()), delivery_id))
            self.repo.append_audit(self.clock(), session.username, "delivery.retry",
                                   {"delivery": delivery_id, "was": row["status"], "result": row["result"]})

    def cancel(self, session: Session, delivery_id: int, reason: str) -> None:
        if Role(session.role) not in (Role.SUPERVISOR, Role.ADMIN):
            raise DeliveryError(f"{session.username} ({session.role}) may not cancel a delivery; ask a supervisor.")
        if not reason.strip():
            raise DeliveryError("Give the reason for cancelling the delivery (--reason).")
        row = self._row(delivery_id)
        if row["status"] not in ("queued", "sent"):
            raise DeliveryError(f"Delivery {delivery_id} is already {row['status']}; nothing to cancel.")
        with self.repo.transaction():
            self.conn.execute("UPDATE deliveries SET status = 'failed', result = ?, updated_at = ? WHERE id = ? "
                              "AND status IN ('queued', 'sent')",
                              (f"cancelled by {session.username}: {reason.strip()}", iso(self.clock()), delivery_id))
            self.repo.append_audit(self.clock(), session.username, "delivery.cancel",
                                   {"delivery": delivery_id, "reason": reason.strip(), "was": row["status"]})

    def _row(self, delivery_id: int):
        row = self.repo.one("SELECT * FROM deliveries WHERE id = ?", delivery_id)
        if row is None:
            raise DeliveryError(f"There is no delivery {delivery_id}; 'sts-pos deliveries list' shows them.")
        return row

    # ---- relay commands ------------------------------------------------------------------------------
    def request_relay(self, session: Session, meter_id: int, meter_number: str, collector_id: str, action: str,
                      reason: str) -> int:
        if Role(session.role) not in (Role.SUPERVISOR, Role.ADMIN):
            raise DeliveryError(f"{session.username} ({session.role}) may not switch a meter's relay; ask a "
                                "supervisor.")
        if not reason.strip():
            raise DeliveryError("Give the reason for switching the relay (--reason): it goes in the audit log.")
        now = self.clock()
        with self.repo.transaction():
            command_id = self.conn.execute(
                "INSERT INTO relay_commands (meter_id, collector_id, action, reason, user_id, status, created_at) "
                "VALUES (?, ?, ?, ?, ?, 'queued', ?)",
                (meter_id, collector_id, action, reason.strip(), session.user_id, iso(now))).lastrowid
            self.repo.append_audit(now, session.username, f"relay.{action}",
                                   {"meter": meter_number, "collector": collector_id, "reason": reason.strip(),
                                    "command": command_id})
        return command_id

    def open_relay_commands(self, online: set[str]) -> list[tuple[int, int, str, str, str, str]]:
        """(command id, meter id, meter number, collector, address, action) queued for online collectors; also
        those left ``sent`` by an office that stopped before the answer (switching a relay again is harmless)."""
        rows = self.repo.q("SELECT c.id, m.id, m.meter_number, c.collector_id, m.bus_address, c.action "
                           "FROM relay_commands c JOIN meters m ON m.id = c.meter_id WHERE c.status IN ('queued', 'sent') "
                           "ORDER BY c.id")
        return [tuple(r) for r in rows if r[3] in online]

    def mark_relay(self, command_id: int, status: str, result: str = "") -> None:
        now = self.clock()
        with self.repo.transaction():
            row = self.repo.one("SELECT c.action, m.meter_number FROM relay_commands c JOIN meters m "
                                "ON m.id = c.meter_id WHERE c.id = ?", command_id)
            self.conn.execute("UPDATE relay_commands SET status = ?, result = ?, answered_at = ? WHERE id = ?",
                              (status, result, iso(now) if status != "sent" else None, command_id))
            if status != "sent" and row is not None:
                self.repo.append_audit(now, "system", f"relay.{status}",
                                       {"command": command_id, "meter": row[1], "action": row[0], "result": result})

    def relay_command(self, command_id: int):
        return self.repo.one("SELECT * FROM relay_commands WHERE id = ?", command_id)


def when_text(moment: datetime) -> str:
    return iso(moment) or ""
