"""IC customer cards and the meter readings their write-backs carry (tables ``cards``, ``meter_readings``).

``office.cards`` (:class:`CardRecords`) is what ``devices.cards.office_link`` calls (duck-typed) after it
has written or read a card:

* :meth:`CardRecords.record_issue` is the card-issuing service method: it needs ``Permission.CARDS`` (a
  cashier, technician or supervisor; editing customers stays a supervisor's), and in one transaction adds
  the card, blocks the card it replaces, sets ``meters.card_serial`` (customer and replacement cards) and
  appends ``card.issue`` to the audit log.
* :meth:`CardRecords.record_reading` stores one write-back as a ``meter_readings`` row (``source`` 'card').
  A write-back already recorded (same meter, card, meter time and values) is not stored twice, so reading
  the same card again adds nothing. The blank card's initial write-back (meter time 0: the meter has not
  read the card yet) is kept with ``initial = 1`` and ``read_at`` the epoch; settlement statistics and the
  consumption report skip those rows.
* :meth:`CardRecords.note_counts` remembers the last purchase count written to a card and the last count
  the meter accepted (the purchase-count interlock reads them back with :meth:`active_card`).
* ``card_purchases`` (migration 4): each card sale's purchase, tied to the card serial and its purchase
  number, in state ``paid`` (sold, not yet written), ``writing``, ``on_card`` or ``interrupted`` (the card
  left the reader). :meth:`CardRecords.open_purchase` finds the one a retry must resume; the pair (card
  serial, purchase number) is unique, so no second sale can take the same purchase number of a card.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from sts_pos.store.repository import SqliteRepository, iso
from sts_pos.vending.roles import Permission, Session

CARD_KINDS = ("customer", "replacement", "technician")


@dataclass(frozen=True)
class CardRow:
    serial: str
    meter_number: str | None
    kind: str
    status: str
    replaces: str | None
    issued_at: str
    issued_by: str | None
    last_count_written: int
    last_count_accepted: int


@dataclass(frozen=True)
class ReadingRow:
    id: int
    meter_number: str
    read_at: str
    source: str
    card_serial: str | None
    initial: bool
    credit_kwh10: int
    energy_used_kwh10: int
    purchase_count_accepted: int
    tamper: int
    krn: int | None
    recorded_at: str
    recorded_by: str | None


PURCHASE_STATES = ("paid", "writing", "on_card", "interrupted")
OPEN_STATES = ("paid", "writing", "interrupted")


@dataclass(frozen=True)
class CardPurchaseRow:
    sale_id: int
    card_serial: str
    meter_number: str
    purchase_count: int
    state: str
    request_id: str | None
    created_at: str
    updated_at: str


_CARD_SQL = """SELECT c.serial, m.meter_number, c.kind, c.status, c.replaces, c.issued_at, u.username,
                      c.last_count_written, c.last_count_accepted
               FROM cards c LEFT JOIN meters m ON m.id = c.meter_id LEFT JOIN users u ON u.id = c.issued_by"""
_PURCHASE_SQL = """SELECT p.sale_id, p.card_serial, m.meter_number, p.purchase_count, p.state, p.request_id,
                          p.created_at, p.updated_at
                   FROM card_purchases p JOIN meters m ON m.id = p.meter_id"""
_READING_SQL = """SELECT r.id, m.meter_number, r.read_at, r.source, r.card_serial, r.initial, r.credit_kwh10,
                         r.energy_used_kwh10, r.purchase_count_accepted, r.tamper, r.krn, r.recorded_at, u.username
                  FROM meter_readings r JOIN meters m ON m.id = r.meter_id LEFT JOIN users u ON u.id = r.recorded_by"""


def meter_time_iso(unix_seconds: int) -> str:
    """The meter's clock (unix seconds) as stored UTC ISO text (0, a blank card, is the epoch)."""
    return iso(datetime.fromtimestamp(int(unix_seconds), UTC))


class CardRecords:
    def __init__(self, repo: SqliteRepository, clock) -> None:
        self.repo = repo
        self.clock = clock

    @property
    def conn(self) -> sqlite3.Connection:
        return self.repo.conn

    def _meter_id(self, meter_number: str) -> int:
        row = self.repo.one("SELECT id FROM meters WHERE meter_number = ?", meter_number)
        if row is None:
            raise KeyError(meter_number)
        return row[0]

    # ---- cards --------------------------------------------------------------------------------------
    def card(self, serial: str) -> CardRow | None:
        row = self.repo.one(f"{_CARD_SQL} WHERE c.serial = ?", serial)
        return CardRow(*row) if row else None

    @property
    def _newest_first(self) -> str:
        """Newest card first: by issue time, then (the same instant) the later written; the cards table has no
        row id on PostgreSQL (its key is the serial), where the serial decides such a tie."""
        return "c.issued_at DESC, " + ("c.serial DESC" if self.repo.backend == "postgresql" else "c.rowid DESC")

    def cards_for_meter(self, meter_number: str) -> list[CardRow]:
        return [CardRow(*r) for r in self.repo.q(
            f"{_CARD_SQL} WHERE m.meter_number = ? ORDER BY {self._newest_first}", meter_number)]

    def active_card(self, meter_number: str) -> CardRow | None:
        """The meter's current customer (or replacement) card: the newest one not blocked."""
        row = self.repo.one(f"{_CARD_SQL} WHERE m.meter_number = ? AND c.kind != 'technician' "
                            f"AND c.status = 'active' ORDER BY {self._newest_first} LIMIT 1", meter_number)
        return CardRow(*row) if row else None

    def blocked_serials(self) -> set[str]:
        return {r[0] for r in self.repo.q("SELECT serial FROM cards WHERE status = 'blocked'")}

    def record_issue(self, session: Session, meter_number: str, serial: str, kind: str,
                     replaces: str | None = None, count: int = 0) -> CardRow:
        """A card was written for the meter: record it (and block the card it replaces)."""
        session.require(Permission.CARDS)
        if kind not in CARD_KINDS:
            raise ValueError(kind)
        now = iso(self.clock())
        with self.repo.transaction():
            meter_id = self._meter_id(meter_number)
            self.conn.execute(
                "INSERT INTO cards (serial, meter_id, kind, replaces, issued_at, issued_by, last_count_written, "
                "last_count_accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (serial, meter_id, kind, replaces or None, now, session.user_id, count, count))
            if replaces:
                self.conn.execute(
                    "INSERT INTO cards (serial, meter_id, kind, status, issued_at, blocked_at) "
                    "VALUES (?, ?, 'customer', 'blocked', ?, ?) ON CONFLICT (serial) DO UPDATE SET "
                    "status = 'blocked', blocked_at = excluded.blocked_at", (replaces, meter_id, now, now))
            if kind != "technician":
                self.conn.execute("UPDATE meters SET card_serial = ? WHERE id = ?", (serial, meter_id))
            self.repo.append_audit(self.clock(), session.username, "card.issue",
                                   {"meter_number": meter_number, "card_serial": serial, "kind": kind,
                                    "replaces": replaces or None})
        return self.card(serial)

    def note_counts(self, meter_number: str, serial: str, kind: str = "customer", written: int | None = None,
                    accepted: int | None = None, sale_id: int | None = None) -> None:
        """Remember the counts seen on one of our cards (a card unknown here, e.g. issued before a restore,
        is added). With ``sale_id`` the purchase number ``written`` is also recorded on that sale
        (``sales.card_purchase_count``, printed on its card purchase slip)."""
        with self.repo.transaction():
            self._note_counts(self._meter_id(meter_number), serial, kind, written, accepted)
            if sale_id is not None and written is not None:
                self.conn.execute("UPDATE sales SET card_purchase_count = ? WHERE id = ?", (written, sale_id))

    def _note_counts(self, meter_id: int, serial: str, kind: str, written: int | None, accepted: int | None) -> None:
        self.conn.execute(
            "INSERT INTO cards (serial, meter_id, kind, issued_at, last_count_written, last_count_accepted) "
            "VALUES (?, ?, ?, ?, coalesce(?, 0), coalesce(?, 0)) ON CONFLICT (serial) DO UPDATE SET "
            "last_count_written = coalesce(?, last_count_written), "
            "last_count_accepted = coalesce(?, last_count_accepted)",
            (serial, meter_id, kind if kind in CARD_KINDS else "customer", iso(self.clock()), written, accepted,
             written, accepted))

    # ---- card purchases ---------------------------------------------------------------------------
    def open_purchase(self, serial: str) -> CardPurchaseRow | None:
        """The card's purchase that was paid but is not on the card yet (at most one: a card takes one
        purchase at a time)."""
        row = self.repo.one(f"{_PURCHASE_SQL} WHERE p.card_serial = ? AND p.state IN ('paid', 'writing', "
                            "'interrupted') ORDER BY p.purchase_count DESC LIMIT 1", serial)
        return CardPurchaseRow(*row) if row else None

    def purchase_for_sale(self, sale_id: int) -> CardPurchaseRow | None:
        row = self.repo.one(f"{_PURCHASE_SQL} WHERE p.sale_id = ?", sale_id)
        return CardPurchaseRow(*row) if row else None

    def purchase_by_request(self, request_id: str) -> CardPurchaseRow | None:
        row = self.repo.one(f"{_PURCHASE_SQL} WHERE p.request_id = ? ORDER BY p.id DESC LIMIT 1", request_id)
        return CardPurchaseRow(*row) if row else None

    def purchases(self, meter_number: str) -> list[CardPurchaseRow]:
        return [CardPurchaseRow(*r) for r in self.repo.q(
            f"{_PURCHASE_SQL} WHERE m.meter_number = ? ORDER BY p.id", meter_number)]

    def record_paid(self, sale_id: int, serial: str, meter_number: str, count: int,
                    request_id: str | None = None) -> CardPurchaseRow:
        """A card sale was paid: its purchase ``count`` of card ``serial`` waits to be written (a sale
        recorded already keeps its row)."""
        now = iso(self.clock())
        with self.repo.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO card_purchases (sale_id, card_serial, meter_id, purchase_count, state, "
                "request_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'paid', ?, ?, ?)",
                (sale_id, serial, self._meter_id(meter_number), count, request_id, now, now))
        return self.purchase_for_sale(sale_id)

    def set_purchase_state(self, sale_id: int, state: str, serial: str | None = None,
                           count: int | None = None) -> None:
        """Move a card purchase on (``serial``/``count``: a supervisor wrote it onto another card)."""
        if state not in PURCHASE_STATES:
            raise ValueError(state)
        with self.repo.transaction():
            self.conn.execute(
                "UPDATE card_purchases SET state = ?, card_serial = coalesce(?, card_serial), "
                "purchase_count = coalesce(?, purchase_count), updated_at = ? WHERE sale_id = ?",
                (state, serial, count, iso(self.clock()), sale_id))

    def move_purchase(self, sale_id: int, serial: str, meter_number: str, count: int) -> None:
        """A supervisor writes a sale's purchase onto a card (again): the row follows the card."""
        now = iso(self.clock())
        with self.repo.transaction():
            self.conn.execute(
                "INSERT INTO card_purchases (sale_id, card_serial, meter_id, purchase_count, state, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 'writing', ?, ?) ON CONFLICT (sale_id) DO UPDATE SET "
                "card_serial = excluded.card_serial, purchase_count = excluded.purchase_count, "
                "state = 'writing', updated_at = excluded.updated_at",
                (sale_id, serial, self._meter_id(meter_number), count, now, now))

    # ---- readings -----------------------------------------------------------------------------------
    def record_reading(self, session: Session | None, meter_number: str, serial: str, kind: str, *,
                       meter_time: int, credit_kwh10: int, energy_used_kwh10: int, accepted_count: int,
                       tamper: int = 0, krn: int | None = None, count_written: int | None = None,
                       audit_detail: dict | None = None) -> bool:
        """Store one write-back; True when it is new (then also appended to the audit log as
        ``card.write_back``). The card's counts are updated in the same transaction."""
        with self.repo.transaction():
            meter_id = self._meter_id(meter_number)
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO meter_readings (meter_id, read_at, source, card_serial, initial, credit_kwh10, "
                "energy_used_kwh10, purchase_count_accepted, tamper, krn, recorded_at, recorded_by) "
                "VALUES (?, ?, 'card', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meter_id, meter_time_iso(meter_time), serial, int(meter_time == 0), credit_kwh10,
                 energy_used_kwh10, accepted_count, tamper, krn, iso(self.clock()),
                 session.user_id if session else None))
            new = cur.rowcount == 1
            if new:
                self.repo.append_audit(self.clock(), session.username if session else "system",
                                       "card.write_back", audit_detail or {"meter_number": meter_number,
                                                                           "card_serial": serial})
            self._note_counts(meter_id, serial, kind, count_written, accepted_count)
        return new

    def readings(self, meter_number: str, limit: int = 100, include_initial: bool = True) -> list[ReadingRow]:
        """The meter's recorded write-backs, newest first."""
        where = "" if include_initial else " AND r.initial = 0"
        rows = self.repo.q(f"{_READING_SQL} WHERE m.meter_number = ?{where} ORDER BY r.read_at DESC, r.id DESC "
                           "LIMIT ?", meter_number, limit)
        return [ReadingRow(*r[:5], bool(r[5]), *r[6:]) for r in rows]
