"""Issue 13, item 9: ``audit verify`` finds a changed sale amount or token number, a deleted or an added sale,
a chain re-hashed together with a rewritten ``.audit-head`` (and backups manifest), a forged appended entry
and dropped triggers, and says which rows differ. It needs a supervisor."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sts_pos.store import anchor
from sts_pos.vending.audit import canonical, entry_hash
from tests.cli.inproc import office_cli

TRIGGERS = ("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")


def _sale(demo_office) -> dict:
    meter = demo_office.meters(pending_key_change=False)[0]["meter_number"]
    result = office_cli(demo_office, "vend", "--meter", meter, "--amount", "300", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["sale"]


def _raw(demo_office, *statements, params=()) -> None:
    """Change the database behind sts-pos's back (on SQLite or, with STS_POS_TEST_BACKEND=postgresql, on the
    server: no PRAGMA there, and a trigger is dropped from its table)."""
    conn = demo_office.raw()
    server = getattr(conn, "backend", "") == "postgresql"
    try:
        for sql in statements:
            if server and sql.startswith("PRAGMA"):
                continue
            if server and sql.startswith("DROP TRIGGER"):
                sql += " ON audit_log"
            conn.execute(sql, params) if "?" in sql else conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _verify(demo_office, unlock: bool = True) -> dict:
    extra = {} if unlock else {"STS_POS_VAULT_PASSPHRASE": ""}
    result = office_cli(demo_office, "audit", "verify", "--json", username="supervisor", **extra)
    data = json.loads(result.stdout)
    assert result.returncode == (0 if data["ok"] else 1)
    return data


def _rehash_from(conn: sqlite3.Connection, first_id: int) -> None:
    """What a forger with the file does: recompute every hash from ``first_id`` on."""
    rows = conn.execute("SELECT id, at, username, action, detail, prev_hash FROM audit_log WHERE id >= ? "
                        "ORDER BY id", (first_id,)).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (first_id - 1,)).fetchone()[0]
    for entry_id, at, username, action, detail, _ in rows:
        digest = entry_hash(prev, entry_id, at, username, action, detail)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id))
        prev = digest


def _rewrite_anchors(demo_office, conn: sqlite3.Connection) -> None:
    head = anchor.chain_head(conn)
    anchor.write_head(anchor.head_path(demo_office.path), head, force=True)
    folder = demo_office.path.parent / "backups"
    manifest = anchor.read_manifest(folder)
    for entry in manifest["backups"]:
        entry["audit_head"] = head.as_dict()
    (folder / anchor.MANIFEST).write_text(json.dumps(manifest))


def test_an_untouched_office_verifies_with_its_seals(demo_office):
    _sale(demo_office)
    data = _verify(demo_office)
    assert data["ok"] and "seals checked" in data["anchor"]
    assert "seals not checked" in _verify(demo_office, unlock=False)["anchor"]


def test_audit_verify_needs_a_supervisor(demo_office):
    refused = office_cli(demo_office, "audit", "verify")
    assert refused.returncode == 2 and "supervisor" in refused.stderr.lower()


@pytest.mark.parametrize("case", ["amount", "token", "deleted", "added"])
def test_changed_deleted_and_added_sales_are_named(demo_office, case):
    sale = _sale(demo_office)
    sid = sale["id"]
    if case == "amount":
        _raw(demo_office, "UPDATE sales SET amount = amount - 10000 WHERE id = ?", params=(sid,))
        words = f"sale {sid} (receipt {sale['receipt_no']}) differs from audit entry"
        also = "its amounts were changed"
    elif case == "token":
        _raw(demo_office, "UPDATE tokens SET number = '11111111111111111111' WHERE sale_id = ?", params=(sid,))
        words, also = f"sale {sid}", "its tokens were changed"
    elif case == "deleted":
        _raw(demo_office, "PRAGMA foreign_keys = OFF", "DELETE FROM tokens WHERE sale_id = ?", params=(sid,))
        _raw(demo_office, "PRAGMA foreign_keys = OFF", "DELETE FROM sales WHERE id = ?", params=(sid,))
        words, also = f"sale {sid} (receipt {sale['receipt_no']}), recorded by audit entry", "it was deleted"
    else:
        _raw(demo_office, "INSERT INTO sales (request_id, receipt_no, status, created_at, meter_id, user_id, month, "
                          "mode, tender, amount, change, energy, vat, fixed_charge, debt_recovered, units_kwh10, "
                          "free_kwh10, breakdown, plan, shift_id, tariff_id) SELECT 'forged', 'FORGED-1', 'ISSUED', "
                          "created_at, meter_id, user_id, month, mode, tender, amount, change, energy, vat, fixed_charge, debt_recovered, "
                          "units_kwh10, free_kwh10, breakdown, plan, shift_id, tariff_id FROM sales WHERE id = ?",
             params=(sid,))
        words, also = "(receipt FORGED-1) has no audit entry", "outside sts-pos"
    for unlock in (False, True):  # no passphrase needed for these
        data = _verify(demo_office, unlock=unlock)
        assert not data["ok"] and words in data["reason"] and also in data["reason"], data["reason"]


def test_a_chain_rehashed_with_its_anchors_rewritten_is_found_by_the_seals(demo_office):
    sale = _sale(demo_office)
    conn = sqlite3.connect(demo_office.path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE sales SET amount = amount - 10000 WHERE id = ?", (sale["id"],))
    entry_id, detail = conn.execute("SELECT id, detail FROM audit_log WHERE action = 'sale.issued' "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
    from sts_pos.store.tamper import sale_content

    conn.row_factory = None
    recorded = json.loads(detail)  # the forger keeps the entry consistent with the changed row (not its seal)
    changed = dict(recorded, content=sale_content(conn, sale["id"]), amount=recorded["amount"] - 10000)
    conn.execute("UPDATE audit_log SET detail = ? WHERE id = ?", (canonical(changed), entry_id))
    _rehash_from(conn, entry_id)
    for sql in TRIGGERS[:1]:
        conn.execute(sql)
    conn.commit()
    _rewrite_anchors(demo_office, conn)
    conn.close()
    assert _verify(demo_office, unlock=False)["ok"]  # the forgery is complete without the vault's key ...
    data = _verify(demo_office)  # ... but not with it
    assert not data["ok"] and f"audit entry {entry_id} (sale.issued) has a seal that does not match" in data["reason"]
    assert data["first_broken_id"] == entry_id


def test_a_forged_appended_entry_is_found_by_the_seals(demo_office):
    _sale(demo_office)
    conn = sqlite3.connect(demo_office.path)
    last_id, last_hash = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    at = conn.execute("SELECT at FROM audit_log WHERE id = ?", (last_id,)).fetchone()[0]
    detail = canonical({"sale_id": 999999, "receipt_no": "X", "amount": 1})
    digest = entry_hash(last_hash, last_id + 1, at, "cashier", "sale.issued", detail)
    conn.execute("INSERT INTO audit_log (id, at, username, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (last_id + 1, at, "cashier", "sale.issued", detail, last_hash, digest))
    conn.commit()
    _rewrite_anchors(demo_office, conn)
    conn.close()
    data = _verify(demo_office)
    assert not data["ok"] and f"audit entry {last_id + 1} (sale.issued) carries no seal" in data["reason"]


def test_dropped_triggers_are_found(demo_office):
    _raw(demo_office, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
    data = _verify(demo_office, unlock=False)
    assert not data["ok"] and "append-only were removed: audit_log_no_delete, audit_log_no_update" in data["reason"]
