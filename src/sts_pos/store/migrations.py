"""Numbered schema migrations. ``PRAGMA user_version`` holds the schema version of a file;
``PRAGMA application_id`` marks the file as an sts-pos office (restore refuses foreign files).

Append new migrations at the end, never edit a released one. Opening a file whose version is newer than
the last migration here is refused (a newer sts-pos wrote it).

Money columns are integer minor units, energy columns integer tenths of kWh (``*_kwh10``), times ISO 8601
UTC text. The audit log refuses UPDATE and DELETE by trigger and is hash-chained.
"""

from __future__ import annotations

APPLICATION_ID = 0x5354_5350  # "STSP"

MIGRATIONS: list[str] = [
    # 1: the whole office
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('cashier', 'technician', 'supervisor', 'admin')),
        password_hash TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    );

    CREATE TABLE supply_groups (
        id INTEGER PRIMARY KEY,
        sgc TEXT NOT NULL CHECK (length(sgc) = 6),
        krn INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        key_type INTEGER NOT NULL DEFAULT 2,
        dkga TEXT NOT NULL CHECK (dkga IN ('02', '04')),
        ea TEXT NOT NULL CHECK (ea IN ('07', '09', '11')),
        base_date TEXT NOT NULL CHECK (base_date IN ('93', '14', '35')),
        ken INTEGER NOT NULL DEFAULT 255,
        vending_key_enc BLOB NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        UNIQUE (sgc, krn)
    );

    CREATE TABLE tariffs (
        id INTEGER PRIMARY KEY,
        ti INTEGER NOT NULL UNIQUE CHECK (ti BETWEEN 0 AND 99),
        name TEXT NOT NULL,
        blocks TEXT NOT NULL,
        vat_percent TEXT NOT NULL DEFAULT '0',
        fixed_monthly_charge INTEGER NOT NULL DEFAULT 0,
        min_purchase INTEGER NOT NULL DEFAULT 0,
        max_purchase INTEGER,
        fbe_kwh10 INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        account_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL COLLATE NOCASE,
        address TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        phone TEXT NOT NULL DEFAULT '',
        indigent INTEGER NOT NULL DEFAULT 0,
        debt_balance INTEGER NOT NULL DEFAULT 0 CHECK (debt_balance >= 0),
        debt_recovery_percent TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX customers_name ON customers (name);
    CREATE INDEX customers_address ON customers (address);
    CREATE INDEX customers_phone ON customers (phone);
    CREATE VIRTUAL TABLE customers_fts USING fts5 (
        name, address, content='customers', content_rowid='id', tokenize='unicode61', prefix='2 3'
    );
    CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts (rowid, name, address) VALUES (new.id, new.name, new.address);
    END;
    CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, address) VALUES ('delete', old.id, old.name, old.address);
    END;
    CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, address ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name, address) VALUES ('delete', old.id, old.name, old.address);
        INSERT INTO customers_fts (rowid, name, address) VALUES (new.id, new.name, new.address);
    END;

    CREATE TABLE meters (
        id INTEGER PRIMARY KEY,
        meter_number TEXT NOT NULL UNIQUE,
        iin TEXT NOT NULL,
        customer_id INTEGER REFERENCES customers (id),
        supply_group_id INTEGER NOT NULL REFERENCES supply_groups (id),
        ti INTEGER NOT NULL,
        key_type INTEGER NOT NULL DEFAULT 2,
        base_date TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'keypad' CHECK (kind IN ('keypad', 'ic_card')),
        card_serial TEXT,
        pending_supply_group_id INTEGER REFERENCES supply_groups (id),
        pending_ti INTEGER,
        pending_key_type INTEGER,
        pending_base_date TEXT,
        pending_since TEXT,
        last_tid INTEGER,
        last_tid_base TEXT,
        last_rnd INTEGER,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    );
    CREATE INDEX meters_customer ON meters (customer_id);
    CREATE INDEX meters_supply_group ON meters (supply_group_id);

    CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        opened_at TEXT NOT NULL,
        opening_float INTEGER NOT NULL DEFAULT 0,
        closed_at TEXT,
        counted_cash INTEGER,
        expected_cash INTEGER,
        variance INTEGER
    );
    CREATE UNIQUE INDEX shifts_one_open ON shifts (user_id) WHERE closed_at IS NULL;

    CREATE TABLE sales (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL UNIQUE,
        receipt_no TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('PENDING', 'ISSUED', 'VOIDED', 'ABANDONED')),
        created_at TEXT NOT NULL,
        issued_at TEXT,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        customer_id INTEGER REFERENCES customers (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        shift_id INTEGER NOT NULL REFERENCES shifts (id),
        tariff_id INTEGER REFERENCES tariffs (id),
        month TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('money', 'kwh')),
        tender INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        change INTEGER NOT NULL,
        energy INTEGER NOT NULL,
        vat INTEGER NOT NULL,
        fixed_charge INTEGER NOT NULL,
        debt_recovered INTEGER NOT NULL,
        units_kwh10 INTEGER NOT NULL,
        free_kwh10 INTEGER NOT NULL DEFAULT 0,
        breakdown TEXT NOT NULL,
        plan TEXT NOT NULL,
        reprints INTEGER NOT NULL DEFAULT 0,
        void_reason TEXT,
        voided_by INTEGER REFERENCES users (id),
        voided_at TEXT
    );
    CREATE INDEX sales_meter ON sales (meter_id, created_at);
    CREATE INDEX sales_created ON sales (created_at);
    CREATE INDEX sales_shift ON sales (shift_id);
    CREATE INDEX sales_pending ON sales (status) WHERE status = 'PENDING';

    CREATE TABLE engineering_jobs (
        id INTEGER PRIMARY KEY,
        request_id TEXT UNIQUE,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        kind TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        params TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE INDEX engineering_jobs_meter ON engineering_jobs (meter_id);

    CREATE TABLE tokens (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER REFERENCES sales (id),
        job_id INTEGER REFERENCES engineering_jobs (id),
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        token_class INTEGER NOT NULL,
        subclass INTEGER NOT NULL,
        tid INTEGER,
        base_date TEXT,
        units_kwh10 INTEGER,
        number TEXT NOT NULL CHECK (length(number) = 20),
        created_at TEXT NOT NULL,
        CHECK ((sale_id IS NULL) != (job_id IS NULL))
    );
    CREATE INDEX tokens_sale ON tokens (sale_id);
    CREATE INDEX tokens_job ON tokens (job_id);
    CREATE UNIQUE INDEX tokens_meter_tid ON tokens (meter_id, base_date, tid) WHERE tid IS NOT NULL;

    CREATE TABLE key_changes (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        sale_id INTEGER REFERENCES sales (id),
        job_id INTEGER REFERENCES engineering_jobs (id),
        old_params TEXT NOT NULL,
        new_params TEXT NOT NULL,
        rollover INTEGER NOT NULL,
        applied_at TEXT NOT NULL
    );

    CREATE TABLE meter_months (
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        month TEXT NOT NULL,
        purchased_kwh10 INTEGER NOT NULL DEFAULT 0,
        fixed_charge_paid INTEGER NOT NULL DEFAULT 0,
        fbe_sale_id INTEGER REFERENCES sales (id),
        PRIMARY KEY (meter_id, month)
    );

    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        username TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
