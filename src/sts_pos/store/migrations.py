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
    # 2: the sales reports' covering index; IC cards and the meter readings from their write-backs
    #    (replacing the interim settings ``card_blocked`` and ``card:<meter number>``; the vault-sealed
    #    ``card_secret`` stays a setting). Schema-1 data is carried over: cards from the ``card.issue`` audit
    #    entries and the settings, readings from the ``card.write_back`` audit entries.
    """
    CREATE INDEX sales_report ON sales (created_at, status, user_id, tariff_id, meter_id, amount, energy, vat,
                                        fixed_charge, debt_recovered, units_kwh10, free_kwh10, customer_id);

    CREATE TABLE cards (
        serial TEXT PRIMARY KEY,
        meter_id INTEGER REFERENCES meters (id),  -- NULL only for a schema-1 blocked serial of unknown meter
        kind TEXT NOT NULL CHECK (kind IN ('customer', 'replacement', 'technician')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
        replaces TEXT,
        issued_at TEXT NOT NULL,
        issued_by INTEGER REFERENCES users (id),
        last_count_written INTEGER NOT NULL DEFAULT 0,
        last_count_accepted INTEGER NOT NULL DEFAULT 0,
        blocked_at TEXT
    );
    CREATE INDEX cards_meter ON cards (meter_id, issued_at);

    CREATE TABLE meter_readings (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        read_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'card' CHECK (source IN ('card')),
        card_serial TEXT,
        initial INTEGER NOT NULL DEFAULT 0 CHECK (initial IN (0, 1)),
        credit_kwh10 INTEGER NOT NULL,
        energy_used_kwh10 INTEGER NOT NULL,
        purchase_count_accepted INTEGER NOT NULL,
        tamper INTEGER NOT NULL DEFAULT 0,
        krn INTEGER,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users (id),
        UNIQUE (meter_id, card_serial, read_at, purchase_count_accepted, credit_kwh10, energy_used_kwh10, tamper)
    );
    CREATE INDEX meter_readings_time ON meter_readings (read_at);

    INSERT OR IGNORE INTO cards (serial, meter_id, kind, replaces, issued_at, issued_by)
        SELECT json_extract(a.detail, '$.card_serial'),
               (SELECT id FROM meters WHERE meter_number = json_extract(a.detail, '$.meter_number')),
               json_extract(a.detail, '$.kind'), json_extract(a.detail, '$.replaces'), a.at,
               (SELECT id FROM users WHERE username = a.username)
        FROM audit_log a WHERE a.action = 'card.issue'
          AND json_extract(a.detail, '$.kind') IN ('customer', 'replacement', 'technician')
        ORDER BY a.id;
    INSERT OR IGNORE INTO cards (serial, meter_id, kind, issued_at)
        SELECT json_extract(s.value, '$.serial'), m.id, 'customer', m.created_at
        FROM settings s JOIN meters m ON m.meter_number = substr(s.key, 6)
        WHERE s.key LIKE 'card:%' AND json_extract(s.value, '$.serial') IS NOT NULL;
    UPDATE cards SET
        last_count_written = coalesce((SELECT json_extract(s.value, '$.count') FROM settings s
                                       WHERE s.key LIKE 'card:%' AND json_extract(s.value, '$.serial') = cards.serial), 0),
        last_count_accepted = coalesce((SELECT json_extract(s.value, '$.accepted') FROM settings s
                                        WHERE s.key LIKE 'card:%' AND json_extract(s.value, '$.serial') = cards.serial), 0);
    INSERT OR IGNORE INTO cards (serial, meter_id, kind, issued_at)
        SELECT b.value, (SELECT meter_id FROM cards WHERE replaces = b.value), 'customer',
               strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
        FROM settings s, json_each(s.value) b WHERE s.key = 'card_blocked';
    UPDATE cards SET status = 'blocked', blocked_at = (SELECT r.issued_at FROM cards r WHERE r.replaces = cards.serial)
        WHERE serial IN (SELECT b.value FROM settings s, json_each(s.value) b WHERE s.key = 'card_blocked');

    INSERT OR IGNORE INTO meter_readings (meter_id, read_at, card_serial, initial, credit_kwh10, energy_used_kwh10,
                                          purchase_count_accepted, tamper, krn, recorded_at, recorded_by)
        SELECT m.id, strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', json_extract(a.detail, '$.time'), 'unixepoch'),
               json_extract(a.detail, '$.card_serial'), json_extract(a.detail, '$.time') = 0,
               json_extract(a.detail, '$.credit_tenths_kwh'), json_extract(a.detail, '$.energy_used_tenths_kwh'),
               json_extract(a.detail, '$.purchase_count_accepted'), coalesce(json_extract(a.detail, '$.tamper'), 0),
               json_extract(a.detail, '$.krn'), a.at, (SELECT id FROM users WHERE username = a.username)
        FROM audit_log a JOIN meters m ON m.meter_number = json_extract(a.detail, '$.meter_number')
        WHERE a.action = 'card.write_back' ORDER BY a.id;

    DELETE FROM settings WHERE key = 'card_blocked' OR key LIKE 'card:%';
    """,
    # 3: the payment method of each sale (``tender_type``: cash, card, mobile_money, cheque, ... as the office's
    #    ``tenders`` setting accepts; every earlier sale was cash) and the supply group (vending key revision)
    #    the sale's tokens were made under, so reports by supply group keep a sale where it was sold after a
    #    later key change. Earlier sales take it from their stored plan (the target key of a key-change sale,
    #    else the current one). The reports' covering index is rebuilt with both columns. IC-card sales record
    #    the card purchase number their tokens were written under (``card_purchase_count``, for the card
    #    purchase slip); earlier ones take it from the last card.purchase/rewrite/reissue audit entry.
    """
    ALTER TABLE sales ADD COLUMN tender_type TEXT NOT NULL DEFAULT 'cash';
    ALTER TABLE sales ADD COLUMN supply_group_id INTEGER REFERENCES supply_groups (id);
    ALTER TABLE sales ADD COLUMN card_purchase_count INTEGER;
    UPDATE sales SET supply_group_id = coalesce(json_extract(plan, '$.target.supply_group_id'),
                                                json_extract(plan, '$.current.supply_group_id'));
    UPDATE sales SET card_purchase_count = w.count
        FROM (SELECT json_extract(detail, '$.sale_id') AS sale_id, json_extract(detail, '$.count') AS count,
                     max(id) FROM audit_log WHERE action IN ('card.purchase', 'card.rewrite', 'card.reissue')
              GROUP BY 1) AS w
        WHERE sales.id = w.sale_id;
    DROP INDEX sales_report;
    CREATE INDEX sales_report ON sales (created_at, status, user_id, tariff_id, meter_id, amount, energy, vat,
                                        fixed_charge, debt_recovered, units_kwh10, free_kwh10, customer_id,
                                        tender_type, supply_group_id);
    """,
    # 4: the state of each card purchase, tied to the card serial and its purchase number: paid (sold, not
    #    yet written), writing, on_card, interrupted (the card left the reader mid-write). A retry for the
    #    card resumes the open purchase instead of selling a second one. Card sales made before this
    #    migration are taken as on the card (their card.purchase/rewrite/reissue audit entries).
    """
    CREATE TABLE card_purchases (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL UNIQUE REFERENCES sales (id),
        card_serial TEXT NOT NULL,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        purchase_count INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('paid', 'writing', 'on_card', 'interrupted')),
        request_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (card_serial, purchase_count)
    );
    CREATE INDEX card_purchases_open ON card_purchases (card_serial, state);
    INSERT OR IGNORE INTO card_purchases (sale_id, card_serial, meter_id, purchase_count, state, created_at,
                                          updated_at)
        SELECT s.id, c.serial, s.meter_id, s.card_purchase_count, 'on_card', s.created_at, s.created_at
        FROM sales s JOIN meters m ON m.id = s.meter_id JOIN cards c ON c.serial = m.card_serial
        WHERE s.card_purchase_count IS NOT NULL
        ORDER BY s.id;
    """,
    # 5: the remote channel (issue 16): GPRS collectors (registry, shared secret, SMS number, last seen, the
    #    identifiers that tried to register unknown), the meters behind a collector (meters.collector_id and
    #    their DL/T 645 bus address), the token delivery outbox (one row per token, in entry order), meter
    #    readings from collectors (meter_readings rebuilt: source 'card' or 'collector', relay state, meter
    #    clock, collector), alarms with acknowledgement, and relay commands.
    """
    CREATE TABLE collectors (
        id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
        name TEXT NOT NULL DEFAULT '',
        secret TEXT,
        sms_number TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        last_seen_at TEXT,
        last_peer TEXT,
        registered_at TEXT
    );
    CREATE TABLE collector_strangers (
        identifier TEXT PRIMARY KEY,
        peer TEXT NOT NULL,
        reason TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
    );
    ALTER TABLE meters ADD COLUMN collector_id TEXT REFERENCES collectors (id);
    ALTER TABLE meters ADD COLUMN bus_address TEXT;
    ALTER TABLE meters ADD COLUMN remote_since TEXT;
    CREATE INDEX meters_collector ON meters (collector_id) WHERE collector_id IS NOT NULL;

    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        token_id INTEGER NOT NULL UNIQUE REFERENCES tokens (id),
        sale_id INTEGER REFERENCES sales (id),
        job_id INTEGER REFERENCES engineering_jobs (id),
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        collector_id TEXT NOT NULL REFERENCES collectors (id),
        channel TEXT NOT NULL DEFAULT 'tcp' CHECK (channel IN ('tcp', 'sms')),
        status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'accepted', 'rejected', 'failed')),
        result_code INTEGER,
        result TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX deliveries_open ON deliveries (status, meter_id, id) WHERE status IN ('queued', 'sent');
    CREATE INDEX deliveries_sale ON deliveries (sale_id);

    CREATE TABLE meter_readings_new (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        read_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'card' CHECK (source IN ('card', 'collector')),
        card_serial TEXT,
        initial INTEGER NOT NULL DEFAULT 0 CHECK (initial IN (0, 1)),
        credit_kwh10 INTEGER NOT NULL,
        energy_used_kwh10 INTEGER NOT NULL,
        purchase_count_accepted INTEGER NOT NULL,
        tamper INTEGER NOT NULL DEFAULT 0,
        krn INTEGER,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users (id),
        relay_closed INTEGER,
        meter_clock TEXT,
        collector_id TEXT REFERENCES collectors (id),
        UNIQUE (meter_id, card_serial, read_at, purchase_count_accepted, credit_kwh10, energy_used_kwh10, tamper)
    );
    INSERT INTO meter_readings_new (id, meter_id, read_at, source, card_serial, initial, credit_kwh10,
                                    energy_used_kwh10, purchase_count_accepted, tamper, krn, recorded_at, recorded_by)
        SELECT id, meter_id, read_at, source, card_serial, initial, credit_kwh10, energy_used_kwh10,
               purchase_count_accepted, tamper, krn, recorded_at, recorded_by FROM meter_readings;
    DROP TABLE meter_readings;
    ALTER TABLE meter_readings_new RENAME TO meter_readings;
    CREATE INDEX meter_readings_time ON meter_readings (read_at);
    CREATE INDEX meter_readings_meter ON meter_readings (meter_id, read_at);

    CREATE TABLE meter_alarms (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        collector_id TEXT REFERENCES collectors (id),
        kind TEXT NOT NULL CHECK (kind IN ('tamper', 'low_credit', 'relay_open', 'silent', 'clock_off')),
        detail TEXT NOT NULL DEFAULT '',
        raised_at TEXT NOT NULL,
        cleared_at TEXT,
        acknowledged_at TEXT,
        acknowledged_by INTEGER REFERENCES users (id)
    );
    CREATE UNIQUE INDEX meter_alarms_open ON meter_alarms (meter_id, kind) WHERE cleared_at IS NULL;
    CREATE INDEX meter_alarms_raised ON meter_alarms (raised_at);

    CREATE TABLE relay_commands (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        collector_id TEXT NOT NULL REFERENCES collectors (id),
        action TEXT NOT NULL CHECK (action IN ('disconnect', 'reconnect')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        user_id INTEGER NOT NULL REFERENCES users (id),
        status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'done', 'refused', 'failed')),
        result TEXT,
        created_at TEXT NOT NULL,
        answered_at TEXT
    );
    CREATE TABLE read_requests (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        requested_at TEXT NOT NULL,
        done_at TEXT,
        result TEXT
    );
    """,
    # 6: "why was my token rejected?" (issue 19): the free replacement of a sale's credit that the meter refused
    #    for a key reason (an engineering job of kind 'replacement' with the credit under the meter's current
    #    key, linked to the original sale; once per original), the office's own meter error codes (what a
    #    meter model's code or display text means, on top of the built-in table of vending.diagnose), and
    #    tokens found by their number (which sale or job issued a token a customer brings).
    """
    CREATE TABLE replacements (
        id INTEGER PRIMARY KEY,
        original_sale_id INTEGER NOT NULL UNIQUE REFERENCES sales (id),
        job_id INTEGER NOT NULL UNIQUE REFERENCES engineering_jobs (id),
        cause TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        user_id INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
    );
    CREATE TABLE meter_codes (
        id INTEGER PRIMARY KEY,
        model TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        code TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(code)) > 0),
        means TEXT NOT NULL CHECK (means IN ('accepted', 'test', 'kct_pending', 'key_changed', 'used', 'old',
                                             'expired', 'crc', 'format', 'overflow', 'type')),
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (model, code)
    );
    CREATE INDEX tokens_number ON tokens (number);
    """,
    # 7: power cuts seen by the remote channel (issue 16): the meter's count of power-downs (DL/T 645-2007
    #    03110000) kept with each collector reading, and a 'power_off' alarm when it rose since the last one
    #    (meter_alarms rebuilt for the new kind; SQLite cannot change a CHECK in place).
    """
    ALTER TABLE meter_readings ADD COLUMN power_downs INTEGER;
    CREATE TABLE meter_alarms_new (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters (id),
        collector_id TEXT REFERENCES collectors (id),
        kind TEXT NOT NULL CHECK (kind IN ('tamper', 'low_credit', 'relay_open', 'silent', 'clock_off',
                                           'power_off')),
        detail TEXT NOT NULL DEFAULT '',
        raised_at TEXT NOT NULL,
        cleared_at TEXT,
        acknowledged_at TEXT,
        acknowledged_by INTEGER REFERENCES users (id)
    );
    INSERT INTO meter_alarms_new SELECT id, meter_id, collector_id, kind, detail, raised_at, cleared_at,
                                        acknowledged_at, acknowledged_by FROM meter_alarms;
    DROP TABLE meter_alarms;
    ALTER TABLE meter_alarms_new RENAME TO meter_alarms;
    CREATE UNIQUE INDEX meter_alarms_open ON meter_alarms (meter_id, kind) WHERE cleared_at IS NULL;
    CREATE INDEX meter_alarms_raised ON meter_alarms (raised_at);
    """,
    # 8: the last issued sale of each meter found by one index step (the report of meters not vended for N
    #    days over 100,000 meters: 0.2 s instead of 0.5-0.8 s, benchmarks/bench_reports.py).
    """
    CREATE INDEX sales_meter_issued ON sales (meter_id, created_at) WHERE status = 'ISSUED';
    """,
    # 9: the sales that carried free units, in time order (the free basic electricity list over a year of a
    #    million sales reads its ten thousand rows instead of every sale).
    """
    CREATE INDEX sales_free ON sales (created_at) WHERE status = 'ISSUED' AND free_kwh10 > 0;
    """,
    # 10: the sales reports' running sums, kept by triggers in the same transaction as each sale (so they never
    #     disagree with the sales rows, through voids and completions too): per stored UTC hour, payment method and
    #     status (sales by office day and month when the office's offset is whole hours) and per UTC day, cashier,
    #     tariff, supply group, payment method and status (by cashier, tariff, supply group; the two part days at
    #     the ends of a period are read from the sales). A year over a million sales reads some ten thousand rows
    #     instead of every sale (benchmarks/bench_reports.py). Filled from the existing sales.
    """
    CREATE TABLE sales_hours (
        hour TEXT NOT NULL,
        tender_type TEXT NOT NULL,
        status TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        amount INTEGER NOT NULL DEFAULT 0,
        energy INTEGER NOT NULL DEFAULT 0,
        vat INTEGER NOT NULL DEFAULT 0,
        fixed_charge INTEGER NOT NULL DEFAULT 0,
        debt_recovered INTEGER NOT NULL DEFAULT 0,
        units_kwh10 INTEGER NOT NULL DEFAULT 0,
        free_kwh10 INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (hour, tender_type, status)
    );
    CREATE TABLE sales_days (
        day TEXT NOT NULL,
        user_id INTEGER NOT NULL,
        tariff_id INTEGER NOT NULL,
        supply_group_id INTEGER NOT NULL,
        tender_type TEXT NOT NULL,
        status TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        amount INTEGER NOT NULL DEFAULT 0,
        energy INTEGER NOT NULL DEFAULT 0,
        vat INTEGER NOT NULL DEFAULT 0,
        fixed_charge INTEGER NOT NULL DEFAULT 0,
        debt_recovered INTEGER NOT NULL DEFAULT 0,
        units_kwh10 INTEGER NOT NULL DEFAULT 0,
        free_kwh10 INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, user_id, tariff_id, supply_group_id, tender_type, status)
    );
    INSERT INTO sales_hours (hour, tender_type, status, count, amount, energy, vat, fixed_charge, debt_recovered,
        units_kwh10, free_kwh10)
        SELECT substr(created_at, 1, 13), tender_type, status, count(*), sum(amount), sum(energy), sum(vat),
            sum(fixed_charge), sum(debt_recovered), sum(units_kwh10), sum(free_kwh10)
        FROM sales WHERE status IN ('ISSUED', 'VOIDED') GROUP BY 1, 2, 3;
    INSERT INTO sales_days (day, user_id, tariff_id, supply_group_id, tender_type, status, count, amount, energy,
        vat, fixed_charge, debt_recovered, units_kwh10, free_kwh10)
        SELECT substr(created_at, 1, 10), user_id, coalesce(tariff_id, 0), coalesce(sales.supply_group_id,
            (SELECT supply_group_id FROM meters WHERE id = sales.meter_id), 0), tender_type, status,
               count(*), sum(amount), sum(energy), sum(vat), sum(fixed_charge), sum(debt_recovered),
                   sum(units_kwh10), sum(free_kwh10)
        FROM sales WHERE status IN ('ISSUED', 'VOIDED') GROUP BY 1, 2, 3, 4, 5, 6;
    CREATE TRIGGER sales_sums_insert AFTER INSERT ON sales WHEN NEW.status IN ('ISSUED', 'VOIDED')
    BEGIN
        INSERT INTO sales_hours (hour, tender_type, status, count, amount, energy, vat, fixed_charge,
            debt_recovered, units_kwh10, free_kwh10)
        VALUES (substr(NEW.created_at, 1, 13), NEW.tender_type, NEW.status, 1, coalesce(NEW.amount, 0),
            coalesce(NEW.energy, 0), coalesce(NEW.vat, 0), coalesce(NEW.fixed_charge, 0),
            coalesce(NEW.debt_recovered, 0), coalesce(NEW.units_kwh10, 0), coalesce(NEW.free_kwh10, 0))
        ON CONFLICT (hour, tender_type, status) DO UPDATE SET count = count + excluded.count,
            amount = amount + excluded.amount, energy = energy + excluded.energy, vat = vat + excluded.vat,
            fixed_charge = fixed_charge + excluded.fixed_charge,
            debt_recovered = debt_recovered + excluded.debt_recovered,
            units_kwh10 = units_kwh10 + excluded.units_kwh10, free_kwh10 = free_kwh10 + excluded.free_kwh10;
        INSERT INTO sales_days (day, user_id, tariff_id, supply_group_id, tender_type, status, count, amount,
            energy, vat, fixed_charge, debt_recovered, units_kwh10, free_kwh10)
        VALUES (substr(NEW.created_at, 1, 10), NEW.user_id, coalesce(NEW.tariff_id, 0),
            coalesce(NEW.supply_group_id, (SELECT supply_group_id FROM meters WHERE id = NEW.meter_id), 0),
            NEW.tender_type,
                NEW.status, 1, coalesce(NEW.amount, 0), coalesce(NEW.energy, 0), coalesce(NEW.vat, 0),
                    coalesce(NEW.fixed_charge, 0), coalesce(NEW.debt_recovered, 0), coalesce(NEW.units_kwh10, 0),
                    coalesce(NEW.free_kwh10, 0))
        ON CONFLICT (day, user_id, tariff_id, supply_group_id, tender_type,
            status) DO UPDATE SET count = count + excluded.count, amount = amount + excluded.amount,
            energy = energy + excluded.energy, vat = vat + excluded.vat,
            fixed_charge = fixed_charge + excluded.fixed_charge,
            debt_recovered = debt_recovered + excluded.debt_recovered,
            units_kwh10 = units_kwh10 + excluded.units_kwh10, free_kwh10 = free_kwh10 + excluded.free_kwh10;
    END;
    CREATE TRIGGER sales_sums_update_old AFTER UPDATE OF status, created_at, tender_type, user_id, tariff_id,
        supply_group_id, meter_id, amount, energy, vat, fixed_charge, debt_recovered, units_kwh10,
        free_kwh10 ON sales
    WHEN OLD.status IN ('ISSUED', 'VOIDED')
    BEGIN
        UPDATE sales_hours SET count = count - 1, amount = amount - coalesce(OLD.amount, 0),
            energy = energy - coalesce(OLD.energy, 0), vat = vat - coalesce(OLD.vat, 0),
            fixed_charge = fixed_charge - coalesce(OLD.fixed_charge, 0),
            debt_recovered = debt_recovered - coalesce(OLD.debt_recovered, 0),
            units_kwh10 = units_kwh10 - coalesce(OLD.units_kwh10, 0),
            free_kwh10 = free_kwh10 - coalesce(OLD.free_kwh10, 0)
        WHERE hour = substr(OLD.created_at, 1, 13) AND tender_type = OLD.tender_type AND status = OLD.status;
        UPDATE sales_days SET count = count - 1, amount = amount - coalesce(OLD.amount, 0),
            energy = energy - coalesce(OLD.energy, 0), vat = vat - coalesce(OLD.vat, 0),
            fixed_charge = fixed_charge - coalesce(OLD.fixed_charge, 0),
            debt_recovered = debt_recovered - coalesce(OLD.debt_recovered, 0),
            units_kwh10 = units_kwh10 - coalesce(OLD.units_kwh10, 0),
            free_kwh10 = free_kwh10 - coalesce(OLD.free_kwh10, 0)
        WHERE day = substr(OLD.created_at, 1, 10) AND user_id = OLD.user_id AND tariff_id = coalesce(OLD.tariff_id,
            0)
          AND supply_group_id = coalesce(OLD.supply_group_id,
              (SELECT supply_group_id FROM meters WHERE id = OLD.meter_id),
              0) AND tender_type = OLD.tender_type AND status = OLD.status;
    END;
    CREATE TRIGGER sales_sums_update_new AFTER UPDATE OF status, created_at, tender_type, user_id, tariff_id,
        supply_group_id, meter_id, amount, energy, vat, fixed_charge, debt_recovered, units_kwh10,
        free_kwh10 ON sales
    WHEN NEW.status IN ('ISSUED', 'VOIDED')
    BEGIN
        INSERT INTO sales_hours (hour, tender_type, status, count, amount, energy, vat, fixed_charge,
            debt_recovered, units_kwh10, free_kwh10)
        VALUES (substr(NEW.created_at, 1, 13), NEW.tender_type, NEW.status, 1, coalesce(NEW.amount, 0),
            coalesce(NEW.energy, 0), coalesce(NEW.vat, 0), coalesce(NEW.fixed_charge, 0),
            coalesce(NEW.debt_recovered, 0), coalesce(NEW.units_kwh10, 0), coalesce(NEW.free_kwh10, 0))
        ON CONFLICT (hour, tender_type, status) DO UPDATE SET count = count + excluded.count,
            amount = amount + excluded.amount, energy = energy + excluded.energy, vat = vat + excluded.vat,
            fixed_charge = fixed_charge + excluded.fixed_charge,
            debt_recovered = debt_recovered + excluded.debt_recovered,
            units_kwh10 = units_kwh10 + excluded.units_kwh10, free_kwh10 = free_kwh10 + excluded.free_kwh10;
        INSERT INTO sales_days (day, user_id, tariff_id, supply_group_id, tender_type, status, count, amount,
            energy, vat, fixed_charge, debt_recovered, units_kwh10, free_kwh10)
        VALUES (substr(NEW.created_at, 1, 10), NEW.user_id, coalesce(NEW.tariff_id, 0),
            coalesce(NEW.supply_group_id, (SELECT supply_group_id FROM meters WHERE id = NEW.meter_id), 0),
            NEW.tender_type,
                NEW.status, 1, coalesce(NEW.amount, 0), coalesce(NEW.energy, 0), coalesce(NEW.vat, 0),
                    coalesce(NEW.fixed_charge, 0), coalesce(NEW.debt_recovered, 0), coalesce(NEW.units_kwh10, 0),
                    coalesce(NEW.free_kwh10, 0))
        ON CONFLICT (day, user_id, tariff_id, supply_group_id, tender_type,
            status) DO UPDATE SET count = count + excluded.count, amount = amount + excluded.amount,
            energy = energy + excluded.energy, vat = vat + excluded.vat,
            fixed_charge = fixed_charge + excluded.fixed_charge,
            debt_recovered = debt_recovered + excluded.debt_recovered,
            units_kwh10 = units_kwh10 + excluded.units_kwh10, free_kwh10 = free_kwh10 + excluded.free_kwh10;
    END;
    CREATE TRIGGER sales_sums_delete AFTER DELETE ON sales WHEN OLD.status IN ('ISSUED', 'VOIDED')
    BEGIN
        UPDATE sales_hours SET count = count - 1, amount = amount - coalesce(OLD.amount, 0),
            energy = energy - coalesce(OLD.energy, 0), vat = vat - coalesce(OLD.vat, 0),
            fixed_charge = fixed_charge - coalesce(OLD.fixed_charge, 0),
            debt_recovered = debt_recovered - coalesce(OLD.debt_recovered, 0),
            units_kwh10 = units_kwh10 - coalesce(OLD.units_kwh10, 0),
            free_kwh10 = free_kwh10 - coalesce(OLD.free_kwh10, 0)
        WHERE hour = substr(OLD.created_at, 1, 13) AND tender_type = OLD.tender_type AND status = OLD.status;
        UPDATE sales_days SET count = count - 1, amount = amount - coalesce(OLD.amount, 0),
            energy = energy - coalesce(OLD.energy, 0), vat = vat - coalesce(OLD.vat, 0),
            fixed_charge = fixed_charge - coalesce(OLD.fixed_charge, 0),
            debt_recovered = debt_recovered - coalesce(OLD.debt_recovered, 0),
            units_kwh10 = units_kwh10 - coalesce(OLD.units_kwh10, 0),
            free_kwh10 = free_kwh10 - coalesce(OLD.free_kwh10, 0)
        WHERE day = substr(OLD.created_at, 1, 10) AND user_id = OLD.user_id AND tariff_id = coalesce(OLD.tariff_id,
            0)
          AND supply_group_id = coalesce(OLD.supply_group_id,
              (SELECT supply_group_id FROM meters WHERE id = OLD.meter_id),
              0) AND tender_type = OLD.tender_type AND status = OLD.status;
    END;
    """,
    # 11: engineering and key change tokens in time order (the engineering tokens report over a year reads
    #     those tokens instead of every token).
    """
    CREATE INDEX tokens_engineering ON tokens (created_at) WHERE job_id IS NOT NULL OR kind LIKE 'key_change_%';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
