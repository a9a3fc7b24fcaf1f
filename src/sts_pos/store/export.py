"""``sts-pos export TABLE --format csv|json``: a supervisor's copy of one office table, never a key.

The table and its columns come from sqlite-utils' introspection of the open database (FTS shadow tables
are not offered). Left out, always:

* columns holding key material, secrets or hashes: a name with the word ``key`` (``vending_key_enc``;
  only the STS parameter ``key_type``/``pending_key_type`` is kept), ``secret``, ``hash``
  (``password_hash``, the audit chain's ``hash``/``prev_hash``), ``salt``, ``psc`` or ``enc``;
* in ``settings`` (whose ``key`` column is the setting's name, not key material) the rows of the key vault
  and the card secret: names containing ``vault``, ``secret``, ``salt``, ``key`` or ``psc``.

Rows are streamed (``Table.rows_where``), so a million sales export without loading them at once.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterator

from sts_pos.errors import UserFacingError
from sts_pos.store.db import utils_db

FORMATS = ("csv", "json")
_SENSITIVE_COLUMN = re.compile(r"(^|_)(key|secret|hash|salt|psc|enc)(_|$)", re.IGNORECASE)
_KEPT = frozenset({"key_type", "pending_key_type"})  # STS key type (0-3), a parameter, not key material
_SENSITIVE_SETTING = re.compile(r"vault|secret|salt|key|psc", re.IGNORECASE)
_FTS_SHADOW = re.compile(r"_fts(_\w+)?$")


class ExportError(UserFacingError):
    pass


def _server(conn) -> bool:
    return getattr(conn, "backend", "sqlite") == "postgresql"


def exportable_tables(conn: sqlite3.Connection) -> list[str]:
    if _server(conn):  # the network version (store.pg): the catalogue instead of sqlite-utils
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sorted(t for t in names if t != "sts_pos_schema")
    return sorted(t for t in utils_db(conn).table_names() if not _FTS_SHADOW.search(t) and not t.startswith("sqlite_"))


def _columns(conn, table: str) -> list[str]:
    if _server(conn):
        return [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position", (table,))]
    return [c.name for c in utils_db(conn)[table].columns]


def exported_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` an export carries (in table order), sensitive ones left out."""
    if table not in exportable_tables(conn):
        raise ExportError(f"There is no table {table!r} to export.",
                          "Tables: " + ", ".join(exportable_tables(conn)))
    columns = _columns(conn, table)
    if table == "settings":
        return columns  # key = the setting's name; secret rows are filtered in export_rows
    return [c for c in columns if c in _KEPT or not _SENSITIVE_COLUMN.search(c)]


def export_rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[dict]]:
    columns = exported_columns(conn, table)
    if _server(conn):  # exportable_tables() named the table; ordered by its key as SQLite's rowid orders
        order = next((c for c in ("id", "key", "serial", "identifier") if c in _columns(conn, table)), "1")
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
        rows = (dict(zip(columns, r, strict=True)) for r in cursor)
    else:
        rows = utils_db(conn)[table].rows_where(select=", ".join(f'"{c}"' for c in columns), order_by="rowid")
    if table == "settings":
        rows = (r for r in rows if not _SENSITIVE_SETTING.search(r["key"]))
    return columns, rows


def export_table(conn: sqlite3.Connection, table: str, fmt: str, out) -> int:
    """Write ``table`` to the text stream ``out`` as CSV (header row) or JSON (a list of objects); returns the
    number of rows."""
    if fmt not in FORMATS:
        raise ExportError(f"Export as csv or json, not {fmt!r}.")
    columns, rows = export_rows(conn, table)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: (v.hex() if isinstance(v, bytes) else v) for k, v in row.items()})
            count += 1
        return count
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + "\n" + json.dumps(
            {k: (v.hex() if isinstance(v, bytes) else v) for k, v in row.items()}, ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count


def export_text(conn: sqlite3.Connection, table: str, fmt: str) -> tuple[str, int]:
    buf = io.StringIO()
    count = export_table(conn, table, fmt, buf)
    return buf.getvalue(), count
