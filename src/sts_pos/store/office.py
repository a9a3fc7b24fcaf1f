"""The open office: the composition root the CLI and the GUI use.

``Office.open(path)`` connects (migrating), wires the SQLite repository to the vending services and holds
the key vault. Services: ``office.sales`` (quote, vend, reprint, void, receipts), ``office.engineering``
(engineering tokens, key changes, rollover), ``office.staff`` (log-in, users, shifts), ``office.records``
(customers, meters, tariffs, supply groups, search). One ``Office`` per thread (one SQLite connection).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sts_pos.errors import UserFacingError
from sts_pos.store import anchor
from sts_pos.store import backup as backups
from sts_pos.store.cards import CardRecords
from sts_pos.store.db import connect
from sts_pos.store.location import backup_dir, default_db_path
from sts_pos.store.records import Records
from sts_pos.store.repository import SqliteRepository
from sts_pos.store.vault import KeyVault, new_vault_settings, open_key_store
from sts_pos.vending.audit import ChainReport, first_broken_link
from sts_pos.vending.engineering import EngineeringService
from sts_pos.vending.roles import Permission, Session
from sts_pos.vending.sales import Clock, SalesService, utc_now
from sts_pos.vending.staff import StaffService

log = logging.getLogger(__name__)

# wrong vault passphrases in a row before unlocking pauses, and for how long (settings rows, never exported)
MAX_VAULT_FAILURES, VAULT_PAUSE_MINUTES = 5, 15
VAULT_FAILURES, VAULT_PAUSED_UNTIL = "vault_failed_unlocks", "vault_unlock_paused_until"


class VaultPaused(UserFacingError):
    pass


CLAIM, CLAIM_MINUTES = "auto_backup_claim", 10  # the process making the day's automatic backup
# pg_advisory_xact_lock keys (beside store.pg's): on a server, one counter at a time reads and writes these
# settings rows in a transaction (SQLite's BEGIN IMMEDIATE already holds the whole file)
CLAIM_LOCK, VAULT_LOCK = 0x53545350_0003, 0x53545350_0004  # the backup claim; the vault's failure count


def _backup_problem(exc: BaseException, folder: Path) -> str:
    from sts_pos.store.db import explain_os_error, explain_sqlite_error

    known = exc if isinstance(exc, UserFacingError) else (
        explain_os_error(exc) if isinstance(exc, OSError) else explain_sqlite_error(exc, folder))
    why = known.message if known is not None else str(exc)
    return f"Today's automatic backup into {folder} was not made: {why} Selling goes on; make a backup soon."


class Office:
    def __init__(self, path: str | os.PathLike, conn, clock: Clock = utc_now) -> None:
        self.server = getattr(conn, "url", None)  # the postgresql:// URL of a network office, else None
        if self.server:  # local files (audit-head anchor, backups) in this PC's folder for the office
            from sts_pos.store.pg import local_path

            path = local_path(conn)
        self.path = Path(path)
        self.conn = conn
        self.clock = clock
        self.repo = SqliteRepository(conn)
        self.repo.after_audit_commit = self._anchor_head
        self.repo.audit_seal_key = lambda: self.vault.audit_key()
        self.vault = self._make_vault()
        self.sales = SalesService(self.repo, self.vending_key, clock)
        self.engineering = EngineeringService(self.repo, self.vending_key, clock)
        self.staff = StaffService(self.repo, clock)
        self.records = Records(self.repo, self.vault, clock)
        self.cards = CardRecords(self.repo, clock)
        self.backup_problem: str | None = None  # why the day's automatic backup failed, if it did

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, create: bool = False, clock: Clock = utc_now) -> Office:
        path = path or default_db_path()
        return cls(path, connect(path, create=create), clock)

    @property
    def where(self) -> str:
        """The office database in a message: its file, or user@host:port/db on a server."""
        if self.server:
            from sts_pos.store.pg import describe

            return describe(self.server)
        return str(self.path)

    @classmethod
    def create(cls, path: str | os.PathLike, *, name: str, vat_number: str, currency_code: str,
               currency_symbol: str, decimals: int, admin_username: str, admin_full_name: str, admin_password: str,
               vault_passphrase: str, clock: Clock = utc_now, key_store=None) -> Office:
        """Create a new, empty office (the first-run wizard and ``sts-pos init``): settings, the first admin
        user and the key vault, in a new database file. Refuses a file that already holds an office.
        ``key_store``, a ``store.pkcs11.Pkcs11Config``, puts the vending keys in a secure module instead of the
        vault (no vault passphrase then)."""
        from sts_pos.vending.money import Currency
        from sts_pos.vending.passwords import hash_password

        Currency(code=currency_code, symbol=currency_symbol, decimals=decimals)  # validates the currency
        if not name.strip():
            raise UserFacingError("Enter the office name; it is printed on every receipt.")
        if len(admin_username.strip()) < 2:
            raise UserFacingError("Choose a user name of at least 2 characters for the administrator.")
        if len(admin_password) < 8:
            raise UserFacingError("Choose an administrator password of at least 8 characters.")
        if key_store is None and len(vault_passphrase) < 12:
            raise UserFacingError("Choose a vault passphrase of at least 12 characters (a few words).")
        if key_store is not None:
            from sts_pos.store.pkcs11 import check_config

            check_config(key_store)  # module, token and PIN, before the file is made
        from sts_pos.store.settings import stored_value

        initial = {key: stored_value(key, value) for key, value in {
            "office_name": name, "vat_number": vat_number, "currency_code": currency_code,
            "currency_symbol": currency_symbol, "currency_decimals": str(decimals)}.items()}
        office = cls.open(path, create=True, clock=clock)
        try:
            repo = office.repo
            if repo.list_users() or repo.setting("vault_check") or repo.setting("key_store"):
                raise UserFacingError(f"{office.where} already holds an office; open it, or choose another file.")
            now = clock()
            with repo.transaction():
                for key, value in initial.items():
                    repo.set_setting(key, value)
                repo.insert_user(admin_username.strip(), admin_full_name.strip(), "admin",
                                 hash_password(admin_password), now)
                repo.append_audit(now, admin_username.strip(), "office.create", {"name": name.strip()})
            if key_store is not None:
                office.create_key_store(key_store)
            else:
                office.create_vault(vault_passphrase)
        except BaseException:
            office.close()
            raise
        return office

    def close(self) -> None:
        self.vault.lock()
        self.conn.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _make_vault(self) -> KeyVault:
        """The office's key store (``vault.open_key_store``): the key vault, or the secure module."""
        return open_key_store(self.repo.setting)

    # ---- vault -------------------------------------------------------------------------------------
    def vending_key(self, supply_group_id: int) -> bytes:
        sg = self.repo.supply_group(supply_group_id)
        return self.vault.open_key(self.repo.vending_key_blob(supply_group_id), sg.sgc, sg.krn)

    def create_vault(self, passphrase: str, n: int | None = None) -> None:
        """First-run set-up: a new vault (refused when one exists)."""
        if self.repo.setting("vault_salt") or self.repo.setting("key_store"):
            from sts_pos.store.vault import VaultError
            raise VaultError("This office already has a key vault.")
        values = new_vault_settings(passphrase, **({"n": n} if n else {}))
        with self.repo.transaction():
            for key, value in values.items():
                self.repo.set_setting(key, value)
        self.vault = self._make_vault()
        self.records.vault = self.vault
        self.vault.unlock(passphrase)

    def create_key_store(self, config) -> None:
        """First-run set-up with the keys in a secure module (``store.pkcs11``): the module, token and PIN are
        checked and the office key is made inside the token; refused when the office has a key store."""
        from sts_pos.store import pkcs11
        from sts_pos.store.vault import VaultError

        if self.repo.setting("vault_salt") or self.repo.setting("key_store"):
            raise VaultError("This office already has a key store.")
        values = pkcs11.new_store_settings(config)
        with self.repo.transaction():
            for key, value in values.items():
                self.repo.set_setting(key, value)
            self.repo.append_audit(self.clock(), "system", "key_store.create",
                                   {"kind": "pkcs11", "token": config.token, "module": config.module})
        self.vault = self._make_vault()
        self.records.vault = self.vault
        self.vault.unlock(config.pin)

    def unlock_vault(self, session: Session | None, passphrase: str) -> None:
        """A supervisor unlocks the vault for this process. ``session`` None is the command line, where
        knowing the passphrase (``STS_POS_VAULT_PASSPHRASE``) is the authority."""
        from sts_pos.store.vault import WrongPassphrase

        if session is not None:
            session.require(Permission.UNLOCK_VAULT)
        who = session.username if session else "command-line"
        now = self.clock()
        paused = self.repo.setting(VAULT_PAUSED_UNTIL)
        if paused and datetime.fromisoformat(paused) > now:
            self.audit(session, "vault.unlock_refused", {"paused_until": paused})
            until = self.repo.settings().office_time.minute(datetime.fromisoformat(paused))
            raise VaultPaused(f"Unlocking the key vault is paused after {MAX_VAULT_FAILURES} wrong passphrases in a "
                              f"row; try again after {until} (office time). The attempts are in the audit log.")
        try:
            self.vault.unlock(passphrase)
        except WrongPassphrase:
            with self.repo.transaction():  # counted atomically: parallel guesses all count
                self._one_at_a_time(VAULT_LOCK)
                failed = int(self.repo.setting(VAULT_FAILURES, "0") or 0) + 1
                pause = failed >= MAX_VAULT_FAILURES
                self.repo.set_setting(VAULT_FAILURES, "0" if pause else str(failed))
                if pause:
                    self.repo.set_setting(VAULT_PAUSED_UNTIL,
                                          (now + timedelta(minutes=VAULT_PAUSE_MINUTES)).isoformat())
                self.repo.append_audit(now, who, "vault.unlock_failed", {"failed": failed, "paused": pause})
            raise
        with self.repo.transaction():
            if self.repo.setting(VAULT_FAILURES, "0") != "0":
                self.repo.set_setting(VAULT_FAILURES, "0")
            self.repo.append_audit(now, who, "vault.unlock", {})

    # ---- log-in with the daily automatic backup -----------------------------------------------------
    def login(self, username: str, password: str, auto_backup: bool = True) -> Session:
        session = self.staff.login(username, password)
        if auto_backup:
            self.daily_backup()
        return session

    def daily_backup(self) -> backups.BackupReport | None:
        """The day's first log-in makes the automatic backup. One process makes it: it claims the day in a
        transaction (``auto_backup_claim``; a claim older than ``CLAIM_MINUTES`` is taken over, as its process
        died), the others go on (on a network office: one counter of all, its ``pg_dump`` archive kept in that
        PC's folder for the office). A backup that fails never stops the log-in: ``backup_problem`` says why."""
        now = self.clock()
        today = self.repo.settings().office_time.day(now).isoformat()  # the office's day
        if self.repo.setting("last_auto_backup") == today:
            return None
        with self.repo.transaction():
            self._one_at_a_time(CLAIM_LOCK)  # counters logging in at once: one looks at the claim at a time
            if self.repo.setting("last_auto_backup") == today or self._claimed(today, now):
                return None
            self.repo.set_setting(CLAIM, f"{today} {now.astimezone(UTC).isoformat()}")
        try:
            if self.server:  # pg_dump into this PC's folder for the network office (store.pg_move)
                from sts_pos.store.pg_move import auto_dump

                report = auto_dump(self.conn, self.server, backup_dir(self.path), now)
            else:
                report = backups.auto_backup(self.conn, backup_dir(self.path), now)
        except (OSError, sqlite3.Error, UserFacingError) as exc:
            with contextlib.suppress(sqlite3.Error), self.repo.transaction():
                self.conn.execute("DELETE FROM settings WHERE key = ?", (CLAIM,))
            self.backup_problem = _backup_problem(exc, backup_dir(self.path))
            log.warning("%s", self.backup_problem)
            return None
        with self.repo.transaction():
            self.repo.set_setting("last_auto_backup", today)
            self.conn.execute("DELETE FROM settings WHERE key = ?", (CLAIM,))
            self.repo.append_audit(now, "system", "backup.auto", {"path": report.path})
        return report

    def _one_at_a_time(self, key: int) -> None:
        """In a transaction on a server: wait for any other counter in the same read-then-write of settings."""
        if self.server:
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (key,))

    def _claimed(self, today: str, now: datetime) -> bool:
        claim = (self.repo.setting(CLAIM) or "").split(" ")
        try:
            return claim[0] == today and datetime.fromisoformat(claim[1]) > now - timedelta(minutes=CLAIM_MINUTES)
        except (IndexError, ValueError):
            return False

    def backup(self, session: Session | None, dest: str | os.PathLike) -> backups.BackupReport:
        if session is not None:
            session.require(Permission.BACKUP)
        if self.server:  # pg_dump's custom format (store.pg_move)
            from sts_pos.store.pg_move import dump

            report = dump(self.server, dest)
        else:
            report = backups.backup(self.conn, dest)
        with self.repo.transaction():
            self.repo.append_audit(self.clock(), session.username if session else "command-line", "backup",
                                   {"path": report.path})
        return report

    def restore(self, session: Session, source: str | os.PathLike) -> int:
        session.require(Permission.RESTORE)
        if self.server:
            from sts_pos.store.backup import BackupError

            raise BackupError("A network office is restored into a new, empty database, never over the one the "
                              "counters use: create a database, run sts-pos --db <its address> restore with the "
                              "backup, then point the counters at it. Nothing was changed.")
        version = backups.restore(self.conn, source)
        self.repo.forget_cache()
        self.vault = self._make_vault()
        self.records.vault = self.vault
        with self.repo.transaction():
            self.repo.append_audit(self.clock(), session.username, "restore", {"source": str(source)})
        head = self.anchor_audit_head(force=True)  # the restored log legitimately ends earlier
        try:
            anchor.record_restore(backup_dir(self.path), str(source), self.clock(), head)
        except OSError as exc:  # pragma: no cover - a read-only backup folder
            log.warning("cannot record the restore in the backup manifest: %s", exc)
        return version

    # ---- audit -------------------------------------------------------------------------------------
    def verify_audit(self) -> ChainReport:
        """The hash chain from its first entry, then its anchors outside the database (``store.anchor``:
        the ``.audit-head`` file and the automatic backups' manifest), which reveal a cut-off tail."""
        entries = self.repo.audit_entries()
        chain = first_broken_link(entries)
        if not chain.ok:
            return chain
        found = anchor.check(self.conn, self.path, backup_dir(self.path))
        if not found.ok:
            return ChainReport(False, chain.checked, found.missing_id, found.reason, anchor=found.summary)
        seals = "seals checked" if self.vault.unlocked else "seals not checked (the vault is locked)"
        problems = self.tamper_findings(entries)
        if problems:
            first = next((f.entry_id for f in problems if f.entry_id is not None), None)
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            return ChainReport(False, chain.checked, first, "; ".join(f.text for f in problems[:5]) + more,
                               anchor=f"{found.summary}; {seals}")
        return ChainReport(True, chain.checked, anchor=f"{found.summary}; {seals}")

    def tamper_findings(self, entries=None) -> list:
        """The rows the audit log vouches for, its seals and triggers, checked (``store.tamper``)."""
        from sts_pos.store import tamper
        from sts_pos.store.backup import expected_triggers
        from sts_pos.store.db import schema_version

        entries = self.repo.audit_entries() if entries is None else entries
        triggers = expected_triggers(schema_version(self.conn))
        if self.server:  # no FTS5 index there (store.pg); the audit log's triggers keep their names
            triggers = frozenset(t for t in triggers if not t.startswith("customers_fts"))
        return tamper.findings(self.conn, entries, triggers, self.vault.audit_key())

    def _anchor_head(self, entry_id: int, digest: str) -> None:
        try:
            anchor.write_head(anchor.head_path(self.path), anchor.Head(entry_id, digest), self.conn)
        except OSError as exc:  # the entry is committed; a missing anchor only weakens truncation checks
            log.warning("cannot write the audit head beside %s: %s", self.path, exc)

    def anchor_audit_head(self, force: bool = False) -> anchor.Head | None:
        """Anchor the log's current head (after entries appended outside the repository, e.g. a Z report;
        ``force`` after a restore)."""
        head = anchor.chain_head(self.conn)
        if head is not None:
            try:
                anchor.write_head(anchor.head_path(self.path), head, self.conn, force=force)
            except OSError as exc:  # pragma: no cover
                log.warning("cannot write the audit head beside %s: %s", self.path, exc)
        return head

    # ---- the clock guard ---------------------------------------------------------------------------
    def clock_status(self):
        """The PC's clock against the office's last recorded instant (``vending.clock_guard``)."""
        from sts_pos.vending.clock_guard import check_clock

        return check_clock(self.repo, self.clock())

    def confirm_clock(self, session: Session):
        """A supervisor confirms that the PC's time is right (audited); returns the new verdict."""
        from sts_pos.vending.clock_guard import confirm_clock

        return confirm_clock(self.repo, session, self.clock())

    def audit(self, session: Session | None, action: str, detail: dict) -> None:
        with self.repo.transaction():
            self.repo.append_audit(self.clock(), session.username if session else "system", action, detail)


def now_utc() -> datetime:
    return datetime.now(UTC)
