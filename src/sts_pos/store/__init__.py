"""The office database: one SQLite file (WAL, foreign keys, numbered migrations), or for the network
version a PostgreSQL database several counters share; the key vault, backups, and the composition root
that wires the vending services to it.

Two stores, one program: ``--db PATH`` keeps SQLite; ``--db postgresql://USER@HOST:PORT/DBNAME`` (or
``STS_POS_DB``; the password from ``PGPASSWORD`` or ``~/.pgpass`` as libpq reads them) opens the office on
the server through psycopg 3 (``store.pg``). The layer is psycopg 3 behind the existing repository
boundary, not SQLAlchemy Core for both: every repository, record module and report already speaks the
small ``sqlite3.Connection`` surface (``execute`` -> rows by name, ``lastrowid``, ``BEGIN IMMEDIATE``), so a
connection with that surface over psycopg (each statement translated once from the store's SQLite dialect)
moves the whole store, its hand-ordered crash-safe vend and its tests without rewriting a statement;
SQLAlchemy Core would mean rewriting the ~400 statements as expressions and putting a second layer under
the SQLite vend the docstring below measures. Where the two servers differ in what a statement must say
to stay correct with several writers, the repository says it per backend (``repository``: row locks on the
meter, one atomic receipt counter, the audit head under an advisory lock). The same numbered migrations
build the same tables and columns on both (``store.pg.migration_statements``; a test compares them).

Public API::

    from sts_pos.store.office import Office
    office = Office.open(path)             # path None -> store.location.default_db_path(); create=False
    session = office.login(user, password) # lockout; first log-in of the day makes an automatic backup
    office.unlock_vault(session, passphrase)   # supervisor; keys stay in this process's memory
    office.sales / office.engineering / office.staff   # vending services (see sts_pos.vending)
    office.records                          # store.records.Records: add/edit/list customers and meters,
                                            #   save_tariff/tariffs, add_supply_group/list_supply_groups,
                                            #   set_settings (admin), search(text) by meter number/account/
                                            #   phone/name/address prefix -> rows with customer and meter
    office.backup(session, path) / office.restore(session, path)
    office.verify_audit()                   # hash chain + its anchors outside the log (store.anchor: the
                                            #   <db>.audit-head file, backups/manifest.json): a cut-off tail
                                            #   is reported; office.anchor_audit_head() after entries
                                            #   appended outside the repository (reports.shift Z report)
    office.repo                             # store.repository.SqliteRepository (read helpers, settings())
    office.cards                            # store.cards.CardRecords: record_issue (Permission.CARDS; sets
                                            #   meters.card_serial, blocks the replaced card), active_card,
                                            #   blocked_serials, note_counts, record_reading, readings(meter)
    office.close()                          # also a context manager

Modules: ``pg`` (the PostgreSQL connection: rows, errors in words, the schema version, this PC's
local folder for a network office), ``pg_sql`` (statement and migration translation, the compatibility
functions, the trigram search indexes), ``pg_move`` (``migrate --to``, ``pg_dump``/``pg_restore`` backups),
``location`` (default_db_path, backup_dir), ``db`` (connect, migrate, transaction, StoreError,
NewerSchemaError, NotAnOfficeFile), ``migrations`` (MIGRATIONS, SCHEMA_VERSION, APPLICATION_ID),
``repository`` (the vending ports in SQL), ``anchor`` (audit head outside the log), ``tamper`` (content
hashes of sales and engineering jobs in their audit entries, entries sealed under a vault-derived key,
the append-only triggers: checked by ``verify_audit``), ``settings`` (one rule per office setting for
writing and reading it), ``outfile`` (files the user names: never over the office, atomic), ``cards`` (IC cards and meter readings), ``export``, ``vault`` (AES-GCM + scrypt key vault), ``backup`` (online backup
API, integrity check, restore, daily backups keeping 14), ``records``, ``demo`` (create_demo).

sqlite-utils (``db.utils_db(conn)`` wraps the office's own connection: no pragma changes, no plugins) is
used where it is the natural tool: schema introspection in the backup/restore check (``backup``: table
names and columns against the schema the migrations build, so a foreign or incomplete file is refused
naming what it lacks), the supervisor's ``sts-pos export TABLE`` (``export``: tables, columns and streamed
rows, keys/secrets/hashes left out) and the bulk inserts of the generated benchmark and report-test data
(``insert_all`` with ``batch_size``). The vending path (``repository``, ``db.transaction``) keeps raw
sqlite3 on purpose: a vend is a handful of hand-written statements inside one explicit ``BEGIN IMMEDIATE``
whose order is the crash-safety argument (reserve the TID, PENDING sale, tokens, ISSUED), measured at a
few ms p95; a wrapper's per-call introspection and savepoints would add cost and hide that order. Migration
2 is plain SQL too (``json_each``/``json_extract`` move the settings-based card data in one statement each).

Tables (see ``migrations``): settings, users, supply_groups, tariffs, customers (+ customers_fts), meters,
shifts, sales (status PENDING/ISSUED/VOIDED/ABANDONED; money columns tender, amount, change, energy, vat,
fixed_charge, debt_recovered; units_kwh10, free_kwh10; breakdown and plan JSON), tokens (per sale or
engineering job, entry order ``seq``), engineering_jobs, key_changes, meter_months, audit_log; schema 2:
the reports' covering index ``sales_report``, cards (IC cards issued, active/blocked, purchase counts) and
meter_readings (card write-backs; ``initial = 1`` marks a blank card's write-back, not a reading); schema 3:
sales.tender_type (payment method, default cash), sales.supply_group_id (the key revision the sale's tokens
were made under: reports by supply group use it), sales.card_purchase_count (set by
``office.cards.note_counts(..., sale_id=)``), and the covering index rebuilt with the first two.
Schema 5 (the GPRS collector link, ``collectors`` and ``deliveries`` modules): collectors and
collector_strangers, meters.collector_id/bus_address/remote_since, deliveries (the token outbox to remote
meters), meter_readings rebuilt with ``source`` 'collector' (relay, meter clock, collector), meter_alarms,
relay_commands and read_requests.
Reports read these tables directly: count only ``status = 'ISSUED'`` sales as money taken.
"""
