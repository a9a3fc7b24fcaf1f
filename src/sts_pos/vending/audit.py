"""The audit log as a hash chain: each entry holds the hash of the previous one.

``hash = SHA-256(prev_hash | id | at | username | action | detail)`` with the detail as canonical JSON
(sorted keys). The first entry's ``prev_hash`` is 64 zeros. :func:`first_broken_link` walks the entries in
order and returns the id of the first entry whose stored hash or link does not match, so an edited,
deleted or inserted entry is found. The store refuses UPDATE and DELETE on the table as well. A chain
cannot show its newest entries being cut off; the store anchors the head outside the log for that
(``sts_pos.store.anchor``) and reports it in ``ChainReport.anchor``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    username: str
    action: str
    detail: str  # canonical JSON text
    prev_hash: str
    hash: str


def canonical(detail: dict) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, entry_id: int, at: str, username: str, action: str, detail: str) -> str:
    text = "|".join([prev_hash, str(entry_id), at, username, action, detail])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""
    anchor: str = ""  # what the store's anchors outside the log (head file, backups) showed


def first_broken_link(entries: Iterable[AuditEntry]) -> ChainReport:
    prev = GENESIS
    count = 0
    for entry in entries:
        count += 1
        if entry.prev_hash != prev:
            return ChainReport(False, count, entry.id, "its link to the previous entry does not match "
                                                       "(an entry before it was removed or changed)")
        if entry_hash(entry.prev_hash, entry.id, entry.at, entry.username, entry.action, entry.detail) != entry.hash:
            return ChainReport(False, count, entry.id, "its content does not match its hash (it was edited)")
        prev = entry.hash
    return ChainReport(True, count)
