"""What a PostgreSQL server's refusal means for the person at the counter: the conditions of the server a user
can meet (a read-only standby, a database user without the rights, two counters deadlocked on the same
records, a server out of room), in words, by their SQLSTATE codes (25006, 42501, 40001/40P01, class 53). Used by
``store.pg.PgConnection`` when a statement fails; anything else stays an error of the program.

Each says that nothing was changed: the statement's transaction is rolled back by the store
(``store.db.transaction``), as on SQLite.
"""

from __future__ import annotations

from sts_pos.errors import UserFacingError


class ServerRefused(UserFacingError):
    """The office database server refused a statement for a reason of the server, not of the program."""


def explain(where: str, exc: BaseException) -> ServerRefused | None:
    """``exc`` (a psycopg error) in words, for the office database at ``where`` (user@host:port/db); None when
    it is not one of the server's conditions."""
    state = getattr(exc, "sqlstate", None) or ""
    detail = str(exc).strip()
    user = where.split("@", 1)[0] if "@" in where else "the database user"
    if state == "25006":
        return ServerRefused(f"The office database server {where} only lets this counter read (it is a standby copy, "
                             "or the database was set to read-only). Nothing was changed. Point the counter at the "
                             "main server, or ask whoever looks after it, then try again.", detail=detail)
    if state == "42501":
        return ServerRefused(f"The database user {user} may not change the office's records in {where}. Nothing was "
                             "changed. Make that user the database's owner (the README's network version section "
                             "shows how), then try again.", detail=detail)
    if state in ("40001", "40P01"):
        return ServerRefused("Another counter was changing the same records at the same moment, and the server "
                             "stopped this one. Nothing was changed; try again.", detail=detail)
    if state.startswith("53"):  # disk full, out of memory, too many connections
        return ServerRefused(f"The office database server {where} has run out of room (disk space, memory or "
                             "connections). Nothing was changed. Ask whoever looks after the server to free room, "
                             "then try again.", detail=detail)
    return None
