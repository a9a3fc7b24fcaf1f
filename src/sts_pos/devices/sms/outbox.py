"""A persistent SMS outbox that retries after failures and never sends a message twice.

The outbox is its own small SQLite file next to the office database (``sms-outbox.sqlite3``; WAL,
``synchronous=FULL``), so a crash can lose nothing that was committed and the office DB's migrations stay
the core's business. Each message moves through::

    queued --(attempt recorded, committed)--> sending --(+CMSS/+CMGS reference)--> sent --(+CDS)--> delivered
       ^                                         |                                     \\--(+CDS)--> undelivered
       +------- modem refused (no network...) --+  (retry with back-off; failed after max_attempts)

Store-then-send (the default, ``mode="stored"``): the text is first written into the modem's memory
(AT+CMGW) and its index recorded, then sent from there (AT+CMSS). The attempt is committed *before*
anything is written to the modem, so after a crash every row still in ``sending`` is checked, not resent
(:meth:`SmsOutbox.recover`):

* no index recorded: the crash came before or during AT+CMGW; an ``STO UNSENT`` copy with the same number
  and text in the modem is adopted, and if there is none the message never reached the modem and is
  queued again (a stored message is never sent without AT+CMSS);
* index recorded: the modem's own status of that copy decides: ``STO SENT`` -> sent (no second send),
  ``STO UNSENT`` -> sent now from the stored copy; a copy that vanished, or a slot that now holds another
  message -> ``uncertain``.

Before every AT+CMSS the slot is read (AT+CMGR) and the message is sent from it only if the slot holds
this very message (number and text); a slot emptied or reused meanwhile is never sent from: the message
is stored again. Status reports are matched on the message reference *and* the destination number.

``mode="direct"`` (AT+CMGS, for modems without message memory) cannot be checked after a crash, so such
rows become ``uncertain`` and wait for a person (:meth:`SmsOutbox.resolve`) instead of being resent.
A timeout or lost port in the middle of a send leaves the row in ``sending`` for the same check.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sts_pos.devices.sms.errors import ModemRefused, SmsError
from sts_pos.devices.sms.modem import DeliveryReport, GsmModem, StoredMessage, check_message, same_number

FILE_NAME = "sms-outbox.sqlite3"
STATES = ("queued", "sending", "sent", "delivered", "undelivered", "failed", "uncertain")
SCHEMA = """
CREATE TABLE IF NOT EXISTS sms_outbox (
    id INTEGER PRIMARY KEY,
    dedup_key TEXT UNIQUE,
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed',
                                         'uncertain')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    modem_index INTEGER,
    reference INTEGER,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS sms_outbox_due ON sms_outbox (state, next_attempt_at);
"""


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    dedup_key: str | None
    phone: str
    text: str
    state: str
    attempts: int
    next_attempt_at: float
    modem_index: int | None
    reference: int | None
    last_error: str | None
    created_at: str
    sent_at: str | None
    delivered_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def default_path(db_path: str | None) -> Path:
    """The outbox file next to the office database (or in the per-user data folder without one)."""
    if db_path:
        return Path(db_path).resolve().parent / FILE_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("sts-pos", appauthor=False)) / FILE_NAME


def _holds(stored: StoredMessage, message: OutboxMessage) -> bool:
    """Whether a modem slot holds this outbox message (same number, same text, one of ours)."""
    return stored.status.startswith("STO") and same_number(stored.number, message.phone) and \
        stored.text == message.text


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SmsOutbox:
    """The outbox on one SQLite file; one instance per process (thread-safe enough for one worker)."""

    def __init__(self, path: str | Path, *, mode: str = "stored", max_attempts: int = 8, base_delay: float = 30.0,
                 clock: Callable[[], float] = time.time, crash_point: Callable[[str], None] | None = None) -> None:
        if mode not in ("stored", "direct"):
            raise ValueError("mode is 'stored' or 'direct'")
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.mode = mode
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.clock = clock
        self._crash_point = crash_point or (lambda point: None)
        self._lock = threading.RLock()  # the GUI may queue while its device worker sends
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=10, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SmsOutbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queue -----------------------------------------------------------------------------------------
    def enqueue(self, phone: str, text: str, key: str | None = None) -> OutboxMessage:
        """Queue a message; with ``key`` (e.g. ``"sale:42:+2782..."``) queuing the same one again is a no-op."""
        phone = phone.replace(" ", "")
        check_message(phone, text)
        with self._lock:
            cursor = self.db.execute("INSERT OR IGNORE INTO sms_outbox (dedup_key, phone, text, state, "
                                     "next_attempt_at, created_at) VALUES (?, ?, ?, 'queued', 0, ?)",
                                     (key, phone, text, _utc_now()))
            if key is not None:
                return self._row("SELECT * FROM sms_outbox WHERE dedup_key = ?", key)
            return self._row("SELECT * FROM sms_outbox WHERE id = ?", cursor.lastrowid)

    def get(self, message_id: int) -> OutboxMessage:
        return self._row("SELECT * FROM sms_outbox WHERE id = ?", message_id)

    def messages(self, state: str | None = None) -> list[OutboxMessage]:
        with self._lock:
            if state is None:
                rows = self.db.execute("SELECT * FROM sms_outbox ORDER BY id").fetchall()
            else:
                rows = self.db.execute("SELECT * FROM sms_outbox WHERE state = ? ORDER BY id", (state,)).fetchall()
        return [OutboxMessage(**dict(row)) for row in rows]

    # -- sending ---------------------------------------------------------------------------------------
    def deliver_due(self, modem: GsmModem) -> dict[str, int]:
        """Check interrupted attempts, then send every due message once; returns counts by outcome."""
        counts = {"sent": 0, "retry": 0, "failed": 0}
        self.recover(modem)
        with self._lock:
            due = self.db.execute("SELECT id FROM sms_outbox WHERE state = 'queued' AND next_attempt_at <= ? "
                                  "ORDER BY id", (self.clock(),)).fetchall()
        for (message_id,) in due:
            counts[self._send(modem, self.get(message_id))] += 1
        self.apply_reports(modem.poll_reports())
        return counts

    def _send(self, modem: GsmModem, message: OutboxMessage) -> str:
        self._update(message.id, state="sending", attempts=message.attempts + 1, last_error=None)
        self._crash_point("attempt-recorded")
        index: int | None = None
        try:
            if self.mode == "direct":
                reference = modem.send_direct(message.phone, message.text)
            else:
                index, reference = self._send_from_memory(modem, message)
                if reference is None:  # the slot says it went out already (its answer was lost): no resend
                    self._update(message.id, state="sent", sent_at=_utc_now())
                    return "sent"
            self._crash_point("sent")
        except ModemRefused as exc:
            return self._refused(message, exc)
        self._update(message.id, state="sent", reference=reference, sent_at=_utc_now())
        if index is not None:
            try:
                modem.delete(index)
            except SmsError:
                pass  # a leftover STO SENT copy is harmless: recovery only adopts STO UNSENT copies
        return "sent"

    def _send_from_memory(self, modem: GsmModem, message: OutboxMessage) -> tuple[int, int | None]:
        """AT+CMSS only from a slot that holds this very message (AT+CMGR first: same number, same text,
        STO UNSENT). A slot that now holds another message is left alone and the message stored again."""
        index = message.modem_index
        for _ in range(2):
            if index is None:
                index = modem.store(message.phone, message.text)
                self._crash_point("stored")
                self._update(message.id, modem_index=index)
            stored = modem.read_stored(index)
            if stored is not None and _holds(stored, message):
                if stored.status == "STO SENT":
                    return index, None
                return index, modem.send_stored(index)
            index = None  # emptied or reused by someone else: never send what is there
            self._update(message.id, modem_index=None)
        raise ModemRefused("The modem did not keep the message in its memory; it will be tried again.")

    def _refused(self, message: OutboxMessage, exc: ModemRefused) -> str:
        attempts = message.attempts + 1
        if attempts >= self.max_attempts:
            self._update(message.id, state="failed", last_error=exc.message)
            return "failed"
        delay = min(self.base_delay * 2 ** (attempts - 1), 3600.0)
        extra = {"modem_index": None} if exc.code == 321 else {}  # the stored copy is gone: store it again
        self._update(message.id, state="queued", next_attempt_at=self.clock() + delay, last_error=exc.message,
                     **extra)
        return "retry"

    def recover(self, modem: GsmModem) -> list[OutboxMessage]:
        """Settle every attempt a crash (or a timeout) left in ``sending`` by asking the modem; never resends."""
        settled = []
        for message in self.messages("sending"):
            if self.mode == "direct":
                self._update(message.id, state="uncertain",
                             last_error="sts-pos stopped while the modem was sending; it may or may not have "
                                        "gone out. Ask the customer, then resend or mark it sent.")
            else:
                self._recover_stored(modem, message)
            settled.append(self.get(message.id))
        return settled

    def _recover_stored(self, modem: GsmModem, message: OutboxMessage) -> None:
        index = message.modem_index
        if index is None:
            copies = [m for m in modem.list_stored()
                      if m.status == "STO UNSENT" and _holds(m, message)]
            if not copies:
                self._update(message.id, state="queued", next_attempt_at=0)  # never reached the modem
                return
            index = copies[0].index
            self._update(message.id, modem_index=index)
        stored = modem.read_stored(index)
        if stored is None or not _holds(stored, message):
            self._update(message.id, state="uncertain",
                         last_error="The modem no longer holds this message where it was stored (its memory "
                                    "was cleared or reused); it may or may not have gone out. Ask the customer, "
                                    "then resend or mark it sent.")
        elif stored.status == "STO SENT":
            self._update(message.id, state="sent", sent_at=_utc_now())
        else:
            self._update(message.id, state="queued", next_attempt_at=0)  # sent from the stored copy next

    def resolve(self, message_id: int, *, resend: bool) -> OutboxMessage:
        """A person settles an ``uncertain`` message: queue it again, or record that it arrived."""
        message = self.get(message_id)
        if message.state != "uncertain":
            raise SmsError(f"SMS {message_id} is {message.state}, not uncertain; there is nothing to settle.")
        if resend:
            self._update(message_id, state="queued", modem_index=None, next_attempt_at=0)
        else:
            self._update(message_id, state="sent", sent_at=_utc_now())
        return self.get(message_id)

    def apply_reports(self, reports: list[DeliveryReport]) -> int:
        """Mark sent messages delivered/undelivered from status reports, matched on the message reference
        and the destination (a report for another number with the same reference is not ours)."""
        changed = 0
        for report in reports:
            if not report.final:
                continue
            with self._lock:
                rows = self.db.execute("SELECT id, phone FROM sms_outbox WHERE reference = ? AND state = 'sent' "
                                       "ORDER BY sent_at DESC, id DESC", (report.reference,)).fetchall()
            row = next((r for r in rows if same_number(r[1], report.recipient)), None)
            if row is not None:
                if report.delivered:
                    self._update(row[0], state="delivered", delivered_at=_utc_now())
                else:
                    self._update(row[0], state="undelivered",
                                 last_error=f"The network could not deliver the SMS (status {report.status}).")
                changed += 1
        return changed

    # -- rows ------------------------------------------------------------------------------------------
    def _update(self, message_id: int, **values: Any) -> None:
        columns = ", ".join(f"{name} = ?" for name in values)
        with self._lock:
            self.db.execute(f"UPDATE sms_outbox SET {columns} WHERE id = ?", (*values.values(), message_id))

    def _row(self, sql: str, *params: Any) -> OutboxMessage:
        with self._lock:
            row = self.db.execute(sql, params).fetchone()
        if row is None:
            raise SmsError("There is no such SMS in the outbox.", f"{sql} {params}")
        return OutboxMessage(**dict(row))
