"""Rows and cursors of the PostgreSQL connection (``store.pg``): rows read like ``sqlite3.Row`` and the cursor
``execute`` returns, over psycopg 3 results."""

from __future__ import annotations


class Row(tuple):
    """A result row read like ``sqlite3.Row``: by position, by column name, ``keys()`` and ``dict(row)``."""

    def __new__(cls, values, names, index):
        row = tuple.__new__(cls, values)
        row._names, row._index = names, index
        return row

    def __getitem__(self, key):
        if key.__class__ is str:  # a vend reads some 150 columns by name: the common case first
            index = self._index.get(key)
            return tuple.__getitem__(self, self._index[key.lower()] if index is None else index)
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _field_names(cursor) -> tuple[str, ...] | None:
    """The result's column names, read from libpq's result (``cursor.description`` builds objects per call)."""
    from psycopg.pq import ExecStatus

    res = cursor.pgresult
    if res is None or res.status != ExecStatus.TUPLES_OK:  # a command, or COPY (no named columns)
        return None
    return tuple(res.fname(i).decode() for i in range(res.nfields))


class _Rows:
    """The row factory of one statement: its column names read from the first result, then kept."""

    def __init__(self) -> None:
        self.names: tuple[str, ...] | None = None
        self.index: dict[str, int] = {}

    def __call__(self, cursor):
        if self.names is None:
            names = _field_names(cursor)
            if names is None:
                return tuple
            for i, name in enumerate(names):  # as written and in lower case (SQLite's names ignore case)
                self.index.setdefault(name, i)
                self.index.setdefault(name.lower(), i)
            self.names = names
        names, index = self.names, self.index
        return lambda values: Row(values, names, index)


def _row_factory(cursor):
    return _Rows()(cursor)


_TUPLES_OK = 2  # psycopg.pq.ExecStatus.TUPLES_OK


class Cursor:
    """What ``execute`` returns. A small result (up to ``EAGER_ROWS`` rows: every statement of a vend) is
    read at once, so the connection reuses one psycopg cursor for the next statement instead of building
    a cursor per statement (a quarter of the client's cost of a statement); a large one (an export) keeps
    its own cursor and is read as the caller asks."""

    EAGER_ROWS = 64

    def __init__(self, cursor, lastrowid=None) -> None:
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount
        res = cursor.pgresult
        self._cursor = cursor
        self._rows = res is not None and res.status == _TUPLES_OK
        self._eager: list | None = None
        self._at = 0
        if not self._rows or res.ntuples <= self.EAGER_ROWS:
            self._eager = cursor.fetchall() if self._rows else []
            self._cursor = None

    @property
    def reusable(self) -> bool:
        return self._cursor is None

    @property
    def description(self):
        return self._cursor.description if self._cursor is not None else None

    def fetchone(self):
        if self._eager is None:
            return self._cursor.fetchone() if self._rows else None
        if self._at < len(self._eager):
            self._at += 1
            return self._eager[self._at - 1]
        return None

    def fetchall(self):
        if self._eager is None:
            return self._cursor.fetchall() if self._rows else []
        rest, self._at = self._eager[self._at:], len(self._eager)
        return rest

    def fetchmany(self, size: int = 1):
        if self._eager is None:
            return self._cursor.fetchmany(size) if self._rows else []
        rows = self._eager[self._at:self._at + size]
        self._at += len(rows)
        return rows

    def __iter__(self):
        return iter(self.fetchall())
