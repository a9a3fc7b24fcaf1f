"""Issue 13, items 2 and 4: a bad setting never locks the office out; only ``init``/``demo`` make an office."""

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.store import settings as rules
from tests.cli.inproc import office_cli, run_main


def _meter(office) -> str:
    return office.meters(pending_key_change=False)[0]["meter_number"]


def test_a_bad_setting_is_refused_on_write(demo_office):
    for pair, words in (("decimal_mark=x", "decimal_mark must be '.' or ','"),
                        ("currency_decimals=7", "between 0 and 4"),
                        ("utc_offset_minutes=99999999999999999999", "whole number"),
                        ("debt_recovery_percent=NaN", "percentage"),
                        ("deduction_order=vat,vat,debt", "fixed_charge, debt and vat"),
                        ("tenders=cash,$$$", "payment method"),
                        ("currency_code=R$", "3-letter"),
                        ("thousands_separator=.", "cannot both be '.'")):
        result = office_cli(demo_office, "settings", "set", pair, username="admin")
        assert result.returncode == 2 and words in result.stderr, (pair, result.stderr)
    shown = json.loads(office_cli(demo_office, "settings", "show", "--json", username="admin").stdout)
    assert shown["decimal_mark"] is None and shown["currency_decimals"] == "2" and "problems" not in shown
    ok = office_cli(demo_office, "settings", "set", "decimal_mark=,", "thousands_separator=.", username="admin")
    assert ok.returncode == 0, ok.stderr


def test_a_bad_stored_setting_never_stops_login_vending_or_its_own_correction(demo_office):
    conn = sqlite3.connect(demo_office.path)
    with conn:
        for key, value in (("decimal_mark", "x"), ("utc_offset_minutes", "abc"), ("tenders", "{not json"),
                           ("currency_decimals", "9"), ("deduction_order", "[]")):
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
    conn.close()
    vend = office_cli(demo_office, "vend", "--meter", _meter(demo_office), "--amount", "300", "--json")
    assert vend.returncode == 0, vend.stdout + vend.stderr
    assert json.loads(vend.stdout)["sale"]["breakdown"]["tender"] == 30000  # read with the default 2 decimals
    shown = office_cli(demo_office, "settings", "show", "--json", username="admin")
    problems = json.loads(shown.stdout)["problems"]
    assert set(problems) == {"decimal_mark", "utc_offset_minutes", "tenders", "currency_decimals", "deduction_order"}
    assert "the stored value 'x' is not valid: decimal_mark must be '.' or ','" in problems["decimal_mark"]
    text = office_cli(demo_office, "settings", "show", username="admin").stdout
    assert "5 setting(s) to correct" in text
    fixed = office_cli(demo_office, "settings", "set", "decimal_mark=.", "utc_offset_minutes=120", "tenders=cash,card",
                       "currency_decimals=2", "deduction_order=fixed_charge,debt,vat", username="admin")
    assert fixed.returncode == 0, fixed.stderr
    assert "problems" not in json.loads(office_cli(demo_office, "settings", "show", "--json", username="admin").stdout)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(sorted(rules.RULES)), text=st.one_of(
    st.text(max_size=12), st.sampled_from([".", ",", " ", "", "0", "-720", "841", "100", "1e3", "NaN", "ZAR",
                                            "cash,card", "vat,debt,fixed_charge", '["cash"]', "2", "-1"])))
def test_what_the_writer_accepts_the_reader_reads_back_unchanged(key, text):
    try:
        stored = rules.stored_value(key, text)
    except rules.SettingError as exc:
        assert key in exc.message and "not saved" in exc.message
        return
    assert rules.problems({key: stored}) == {}
    assert rules.stored_value(key, stored) == stored  # the stored text passes the same rule again
    assert rules.parse(key, stored) == rules.parse(key, text)


# ---- item 4: only init and demo create an office ------------------------------------------------------------
ORDINARY = [["audit", "verify"], ["settings", "show"], ["users", "list"], ["vend", "--meter", "01400000004",
                                                                          "--amount", "10"], ["backup", "b.sqlite3"]]


@pytest.mark.parametrize("argv", ORDINARY, ids=lambda a: a[0])
def test_an_empty_or_missing_file_is_not_made_an_office(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    env = {"STS_POS_USER": "admin", "STS_POS_PASSWORD": "password1", "STS_POS_VAULT_PASSPHRASE": "x" * 12}
    empty = tmp_path / "e.db"
    empty.touch()
    result = run_main(["--db", str(empty), *argv], env)
    assert result.returncode == 2 and "is an empty file: it holds no office" in result.stderr
    assert "sts-pos init" in result.stderr and empty.stat().st_size == 0
    missing = tmp_path / "missing.db"
    result = run_main(["--db", str(missing), *argv], env)
    assert result.returncode == 2 and "There is no office database" in result.stderr and not missing.exists()
    blank = tmp_path / "blank.db"  # an SQLite file without tables (the office mark alone)
    conn = sqlite3.connect(blank)
    conn.execute("PRAGMA application_id = 1398035280")
    conn.close()
    result = run_main(["--db", str(blank), *argv], env)
    assert result.returncode == 2 and "empty database" in result.stderr
    assert sqlite3.connect(blank).execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    assert not (tmp_path / "b.sqlite3").exists() and not (tmp_path / "backups").exists()


def test_a_file_with_the_office_mark_but_no_tables_and_a_damaged_file(tmp_path, demo_office):
    marked = tmp_path / "marked.db"
    conn = sqlite3.connect(marked)
    conn.execute("PRAGMA application_id = 1398035280")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    result = run_main(["--db", str(marked), "--verbose", "audit", "verify"], {})
    assert result.returncode == 2 and "not a complete one" in result.stderr and "missing: audit_log" in result.stderr
    damaged = tmp_path / "damaged.db"
    data = bytearray(demo_office.path.read_bytes())
    for i in range(4096 * 2, len(data), 997):
        data[i] ^= 0xFF
    damaged.write_bytes(bytes(data))
    for argv in (["audit", "verify"], ["vend", "--meter", _meter(demo_office), "--amount", "300"]):
        result = run_main(["--db", str(damaged), *argv], {"STS_POS_USER": "cashier",
                                                          "STS_POS_PASSWORD": demo_office.password("cashier")})
        assert result.returncode == 2 and "is damaged" in result.stderr, result.stderr


def test_init_and_demo_still_create_an_office_in_an_empty_file(tmp_path):
    empty = tmp_path / "new.db"
    empty.touch()
    env = {"STS_POS_PASSWORD": "admin-password", "STS_POS_VAULT_PASSPHRASE": "a long vault passphrase"}
    made = run_main(["--db", str(empty), "init", "--name", "Office", "--currency", "php", "--admin", "maria"], env)
    assert made.returncode == 0, made.stderr
    refused = run_main(["--db", str(tmp_path / "x.db"), "init", "--name", "O", "--currency", "PESO", "--admin", "ma"],
                       env)
    assert refused.returncode == 2 and "3-letter" in refused.stderr
    listed = run_main(["--db", str(empty), "users", "list", "--json"],
                      {"STS_POS_USER": "maria", "STS_POS_PASSWORD": "admin-password"})
    assert listed.returncode == 0 and json.loads(listed.stdout)["users"][0]["username"] == "maria"
