"""Tamper evidence beyond the hash chain: the rows that carry money and tokens, keyed seals, the triggers.

The chain (``vending.audit``) shows an edited audit entry; this module covers what it cannot:

* **Content hashes.** When ``sale.issued`` or an ``engineering.*`` entry is appended, the repository adds
  ``content`` to its detail: SHA-256 of the sale's money columns and of its tokens (or of the engineering
  job and its tokens), read in the same transaction. :func:`findings` recomputes them from the rows, so a
  changed amount or token number, a deleted sale and a sale that no entry records are found and named.
* **Seals.** An entry appended while the key vault is unlocked (every sale and engineering token needs it
  unlocked) carries ``seal``: HMAC-SHA256, under a key derived from the vault's key (never stored), of the
  entry's link, id, time, user, action and detail. A chain re-hashed from an edit onwards (even with the
  ``.audit-head`` file rewritten to match) or a forged entry appended at the end cannot carry valid seals
  without the vault passphrase. With the vault unlocked, :func:`findings` checks every seal and that sale
  and engineering entries after the first seal are sealed.
* **Triggers.** The triggers that keep the audit log append-only must all be there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass

from sts_pos.vending.audit import AuditEntry, canonical

SALE_COLUMNS = ("id", "receipt_no", "meter_id", "customer_id", "user_id", "created_at", "mode", "tender", "amount",
                "change", "energy", "vat", "fixed_charge", "debt_recovered", "units_kwh10", "free_kwh10",
                "tender_type")
JOB_COLUMNS = ("id", "meter_id", "user_id", "kind", "created_at")
TOKEN_COLUMNS = ("seq", "kind", "token_class", "subclass", "tid", "base_date", "units_kwh10", "number")
SEALED_ACTIONS = ("sale.issued", "engineering.")


@dataclass(frozen=True)
class Finding:
    entry_id: int | None  # the audit entry that shows it (None: a row no entry records, a trigger)
    text: str


def _digest(value) -> str:
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()


def _row(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row_id: int) -> list | None:
    names = ", ".join(f'"{c}"' for c in columns)
    row = conn.execute(f"SELECT {names} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else list(row)


def _tokens(conn: sqlite3.Connection, column: str, row_id: int) -> list[list]:
    names = ", ".join(TOKEN_COLUMNS)
    return [list(r) for r in conn.execute(f"SELECT {names} FROM tokens WHERE {column} = ? ORDER BY seq", (row_id,))]


def sale_content(conn: sqlite3.Connection, sale_id: int) -> dict | None:
    row = _row(conn, "sales", SALE_COLUMNS, sale_id)
    return None if row is None else {"sale": _digest(row), "tokens": _digest(_tokens(conn, "sale_id", sale_id))}


def job_content(conn: sqlite3.Connection, job_id: int) -> dict | None:
    row = _row(conn, "engineering_jobs", JOB_COLUMNS, job_id)
    return None if row is None else {"job": _digest(row), "tokens": _digest(_tokens(conn, "job_id", job_id))}


def with_content(conn: sqlite3.Connection, action: str, detail: dict) -> dict:
    """``detail`` with the content hash of the sale or engineering job it records (others unchanged)."""
    if action == "sale.issued" and isinstance(detail.get("sale_id"), int):
        content = sale_content(conn, detail["sale_id"])
    elif action.startswith("engineering.") and isinstance(detail.get("job_id"), int):
        content = job_content(conn, detail["job_id"])
    else:
        return detail
    return detail if content is None else {**detail, "content": content}


def seal(key: bytes, prev_hash: str, entry_id: int, at: str, username: str, action: str, detail_text: str) -> str:
    text = "|".join([prev_hash, str(entry_id), at, username, action, detail_text])
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def sealed_detail(key: bytes, prev_hash: str, entry_id: int, at: str, username: str, action: str,
                  detail: dict) -> dict:
    return {**detail, "seal": seal(key, prev_hash, entry_id, at, username, action, canonical(detail))}


def findings(conn: sqlite3.Connection, entries: list[AuditEntry], expected_triggers: frozenset[str],
             seal_key: bytes | None) -> list[Finding]:
    """What differs between the audit log and the rows it vouches for (empty: nothing)."""
    found: list[Finding] = []
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = sorted(expected_triggers - triggers)
    if missing:
        found.append(Finding(None, "the triggers that keep the audit log append-only were removed: "
                                   + ", ".join(missing)))
    recorded: set[int] = set()
    sealing = False
    for entry in entries:
        try:
            detail = json.loads(entry.detail)
        except ValueError:
            continue  # the chain check reports an unreadable entry
        if not isinstance(detail, dict):
            continue
        if seal_key is not None:
            sealing = _check_seal(found, entry, detail, seal_key, sealing)
        if entry.action == "sale.issued" and isinstance(detail.get("sale_id"), int):
            recorded.add(detail["sale_id"])
            _check_content(found, entry, detail, sale_content(conn, detail["sale_id"]), "sale", detail["sale_id"])
        elif entry.action.startswith("engineering.") and isinstance(detail.get("job_id"), int):
            _check_content(found, entry, detail, job_content(conn, detail["job_id"]), "engineering job",
                           detail["job_id"])
    for sale_id, receipt in conn.execute("SELECT id, receipt_no FROM sales WHERE status IN ('ISSUED', 'VOIDED') "
                                         "ORDER BY id"):
        if sale_id not in recorded:
            found.append(Finding(None, f"sale {sale_id} (receipt {receipt}) has no audit entry: it was added "
                                       "outside sts-pos"))
    return found


def _check_content(found: list[Finding], entry: AuditEntry, detail: dict, now: dict | None, what: str,
                   row_id: int) -> None:
    then = detail.get("content")
    label = f"{what} {row_id}" + (f" (receipt {detail['receipt_no']})" if detail.get("receipt_no") else "")
    if now is None:
        found.append(Finding(entry.id, f"{label}, recorded by audit entry {entry.id}, is missing: it was deleted"))
        return
    if not isinstance(then, dict):
        return  # recorded before content hashes existed
    changed = ["its tokens" if part == "tokens" else "its amounts" for part in sorted(then)
               if then.get(part) != now.get(part)]
    if changed:
        parts = " and ".join(changed)
        found.append(Finding(entry.id, f"{label} differs from audit entry {entry.id}: {parts} were changed"))


def _check_seal(found: list[Finding], entry: AuditEntry, detail: dict, key: bytes, sealing: bool) -> bool:
    """Check the entry's seal; returns whether sealing has begun (entries before the first seal are older)."""
    mark = detail.pop("seal", None)
    if mark is None:
        if sealing and entry.action.startswith(SEALED_ACTIONS):
            found.append(Finding(entry.id, f"audit entry {entry.id} ({entry.action}) carries no seal though such "
                                           "entries are always sealed: it was forged or rewritten"))
        return sealing
    expected = seal(key, entry.prev_hash, entry.id, entry.at, entry.username, entry.action, canonical(detail))
    if not hmac.compare_digest(str(mark), expected):
        found.append(Finding(entry.id, f"audit entry {entry.id} ({entry.action}) has a seal that does not match: "
                                       "the log was rewritten from there (re-hashed) or the entry was forged"))
    return True
