"""Anchors of the audit chain outside the audit table, so a cut-off tail is seen.

The hash chain (``vending.audit``) finds an edited, removed or inserted entry, but not its newest entries
being cut off: what is left is still a valid chain. So the chain's head (entry id + hash) is also kept
where the database cannot rewrite it together with the log:

* ``<db>.audit-head`` beside the database: after each committed transaction that appended to the log,
  the newest head is written to a temporary file, flushed and renamed over it (atomic). It never moves
  back to an older entry (two processes committing close together cannot make it regress), and an
  anchor no longer found in the chain is left in place as evidence; only a restore, which legitimately
  replaces the log, rewrites it with ``force``. A process killed after its
  commit and before the write leaves the file one step behind, which verification accepts.
* ``backups/manifest.json``: every automatic daily backup records the head the backup holds; a restore
  is recorded there too, and backups older than the last restore are no longer expected in the chain.

:func:`check` (``sts-pos audit verify``, ``Office.verify_audit``) reports a truncation when an anchored
head is missing from the chain or differs from the entry with its id.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "sts-pos-backups/1"


@dataclass(frozen=True)
class Head:
    id: int
    hash: str

    def as_dict(self) -> dict:
        return {"id": self.id, "hash": self.hash}


@dataclass(frozen=True)
class AnchorReport:
    ok: bool
    summary: str
    missing_id: int | None = None
    reason: str = ""


def head_path(db_path: str | os.PathLike) -> Path:
    return Path(f"{db_path}.audit-head")


def chain_head(conn: sqlite3.Connection) -> Head | None:
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Head(row[0], row[1]) if row else None


def _write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, sort_keys=True) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:  # a failed write (a full disk) leaves no temporary file behind
        tmp.unlink(missing_ok=True)


def read_head(path: Path) -> Head | None:
    """The head recorded in an ``.audit-head`` file (None when there is none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Head(int(data["id"]), str(data["hash"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        return Head(-1, "unreadable")


def write_head(path: Path, head: Head, conn: sqlite3.Connection | None = None, force: bool = False) -> bool:
    """Record ``head``. Unless ``force``, the anchor never moves back to an older entry, and an anchor that
    is no longer in the chain (``conn``) is kept as the evidence of a cut: new entries written after a
    truncation do not paper over it."""
    if not force:
        current = read_head(path)
        if current is not None and (current.id > head.id or (conn is not None and _missing(conn, current))):
            return False
    _write_json_atomically(path, {**head.as_dict(), "written_at": _now()})
    return True


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---- the backups' manifest ----------------------------------------------------------------------------
def read_manifest(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    data.setdefault("format", MANIFEST_FORMAT)
    data.setdefault("backups", [])
    data.setdefault("restores", [])
    return data


def record_backup(folder: Path, file: Path, at: datetime, head: Head | None, kept: list[Path]) -> None:
    """Add a backup (with the audit head it holds) to the manifest; drop entries of removed backups."""
    data = read_manifest(folder)
    names = {p.name for p in kept}
    data["backups"] = [b for b in data["backups"] if b.get("file") in names and b.get("file") != file.name]
    data["backups"].append({"file": file.name, "at": at.astimezone(UTC).isoformat(),
                            "audit_head": head.as_dict() if head else None})
    _write_json_atomically(folder / MANIFEST, data)


def record_restore(folder: Path, source: str, at: datetime, head: Head | None) -> None:
    data = read_manifest(folder)
    data["restores"] = data["restores"][-13:] + [{"source": source, "at": at.astimezone(UTC).isoformat(),
                                                   "audit_head": head.as_dict() if head else None}]
    folder.mkdir(parents=True, exist_ok=True)
    _write_json_atomically(folder / MANIFEST, data)


# ---- verification -------------------------------------------------------------------------------------
def _missing(conn: sqlite3.Connection, head: Head) -> str:
    """Why ``head`` is not in the chain ('' when it is)."""
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (head.id,)).fetchone()
    if row is None:
        return "is missing from the log: its newest entries were cut off"
    if row[0] != head.hash:
        return "has a different hash in the log: the log was cut off and rewritten from there"
    return ""


def check(conn: sqlite3.Connection, db_path: str | os.PathLike, backup_folder: Path | None = None) -> AnchorReport:
    """Compare the anchored heads with the chain (run after the chain itself verified)."""
    checked = []
    path = head_path(db_path)
    head = read_head(path)
    if head is not None:
        if head.id < 0:
            return AnchorReport(False, f"{path.name} unreadable", None,
                                f"the audit-head file {path} cannot be read; it was damaged or replaced")
        why = _missing(conn, head)
        if why:
            return AnchorReport(False, f"{path.name}: entry {head.id}", head.id,
                                f"entry {head.id} recorded in {path.name} {why}")
        checked.append(f"{path.name} (entry {head.id})")
    if backup_folder is not None:
        manifest = read_manifest(backup_folder)
        since = max((r.get("at", "") for r in manifest["restores"]), default="")
        for entry in reversed(manifest["backups"]):
            mark = entry.get("audit_head")
            if not mark or entry.get("at", "") <= since:
                continue
            backup_head = Head(int(mark["id"]), str(mark["hash"]))
            why = _missing(conn, backup_head)
            if why:
                return AnchorReport(False, f"backup {entry.get('file')}: entry {backup_head.id}", backup_head.id,
                                    f"entry {backup_head.id} held by the automatic backup {entry.get('file')} {why}")
            checked.append(f"backup {entry.get('file')} (entry {backup_head.id})")
            break  # the newest backup since the last restore is enough: older heads precede it in the chain
    if not checked:
        return AnchorReport(True, "no anchor yet (no audit-head file, no automatic backup): a cut-off tail "
                                  "cannot be detected")
    return AnchorReport(True, "anchors present in the chain: " + ", ".join(checked))
