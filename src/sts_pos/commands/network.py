"""``sts-pos --db office.sqlite3 migrate --to postgresql://USER@HOST:PORT/DBNAME``: the network version's move
of an office onto a PostgreSQL server; and ``restore`` of a network office's backup into an empty database
(``store.pg_move``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sts_pos.commands._common import ask, db_path, emit, json_flag, login, open_office


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("migrate", help="copy this office (an SQLite file) into an empty PostgreSQL database "
                              "and check the copy (admin; the network version)")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://USER@HOST:PORT/DBNAME (password from "
                   "PGPASSWORD or ~/.pgpass)")
    json_flag(p).set_defaults(func=cmd_migrate)


def _open_keys(office) -> int:
    """Unlock the copy's key store and open every supply group's vending key; returns how many."""
    env, prompt = office.vault.credential
    office.vault.unlock(ask(env, prompt, secret=True))
    groups = office.repo.supply_groups()
    for group in groups:
        office.vending_key(group.id)
    return len(groups)


def cmd_migrate(args: argparse.Namespace) -> int:
    from sts_pos.store.db import StoreError
    from sts_pos.store.pg import describe, server_url
    from sts_pos.store.pg_move import move_to_server
    from sts_pos.vending.roles import Permission

    url = server_url(args.to)
    if not url:
        raise StoreError(f"--to takes the address of a PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME), "
                         f"not {args.to}.")
    source = db_path(args)
    if server_url(source):
        raise StoreError("This office is already on a database server; migrate --to copies an office file there. "
                         "To copy a network office, back it up and restore it into the new database.")
    with open_office(args) as office:  # an administrator of the office being moved
        session = login(office)
        session.require(Permission.RESTORE)
    report = move_to_server(Path(source), url, _open_keys)
    emit(args, {"from": source, "to": describe(url), "tables": report.tables, "rows": report.rows,
                "audit_entries": report.audit_entries, "keys_opened": report.keys_opened,
                "seconds": round(report.seconds, 2)},
         f"Office moved from {source} to {describe(url)}: {report.rows} rows in {report.tables} tables, the same "
         f"counts on both; audit log verified ({report.audit_entries} entries); the key store opened "
         f"{report.keys_opened} vending keys ({report.seconds:.1f} s). Point every counter at it with "
         f"--db {url}, and keep {source} as it is, unused.")
    return 0


def restore_network(args: argparse.Namespace, url: str) -> int:
    from sts_pos.store.office import Office
    from sts_pos.store.pg import describe
    from sts_pos.store.pg_move import _wipe, restore_into_empty
    from sts_pos.vending.roles import Permission

    version = restore_into_empty(args.path, url)
    try:  # the one restoring is an administrator of the restored office
        with Office.open(url) as office:
            session = login(office)
            session.require(Permission.RESTORE)
            office.audit(session, "restore", {"source": str(args.path)})
            head = office.anchor_audit_head(force=True)  # the restored log legitimately ends earlier
            _record_restore(office, str(args.path), head)
    except BaseException:
        _wipe(url)
        raise
    emit(args, {"restored": str(args.path), "to": describe(url), "schema_version": version},
         f"Office restored from {args.path} into {describe(url)}. Point the counters at it.")
    return 0


def _record_restore(office, source: str, head) -> None:
    """In this PC's backup manifest for the office, as a restored office file's: the automatic backups made
    before the restore no longer anchor the audit chain (``store.anchor``)."""
    import logging

    from sts_pos.store import anchor
    from sts_pos.store.location import backup_dir

    try:
        anchor.record_restore(backup_dir(office.path), source, office.clock(), head)
    except OSError as exc:  # a read-only folder: the restore stands, the anchors only weaken
        logging.getLogger(__name__).warning("cannot record the restore in the backup manifest: %s", exc)
