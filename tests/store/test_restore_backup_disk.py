"""Issue 13, items 3, 5 and 6: restore refuses offices nobody can use; one process makes the day's automatic
backup while the others go on vending; a full disk is said in words and loses nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.inproc import office_cli


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _flip_in_audit_detail(path: Path) -> None:
    """Flip one byte inside an audit entry's text: the file stays intact for SQLite, the chain does not."""
    data = bytearray(path.read_bytes())
    at = data.find(b'"receipt_no":"')
    assert at > 0
    data[at + 15] ^= 0x01
    path.write_bytes(bytes(data))


UNUSABLE = {
    "no users": (["DELETE FROM users"], "no active administrator"),
    "no admin": (["UPDATE users SET role = 'cashier' WHERE role = 'admin'"], "no active administrator"),
    "no vault": (["DELETE FROM settings WHERE key IN ('vault_salt', 'vault_check')"], "no key vault"),
    "no triggers": (["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"],
                    "append-only were removed (audit_log_no_delete, audit_log_no_update)"),
    "rehashed detail": (["DROP TRIGGER audit_log_no_update",
                         "UPDATE audit_log SET detail = '{\"forged\":1}' WHERE id = 5",
                         "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                         "SELECT RAISE(ABORT, 'append-only'); END"], "audit log is broken at entry 5"),
    "flipped byte": ([], "audit log is broken at entry"),
}


@pytest.mark.parametrize("case", sorted(UNUSABLE))
def test_restore_refuses_an_office_nobody_can_use(demo_office, tmp_path, case):
    statements, words = UNUSABLE[case]
    backup = tmp_path / f"{case.replace(' ', '-')}.sqlite3"
    made = office_cli(demo_office, "backup", str(backup), username="admin")
    assert made.returncode == 0, made.stderr
    _edit(backup, *statements) if statements else _flip_in_audit_detail(backup)
    before = demo_office.path.read_bytes()
    refused = office_cli(demo_office, "restore", str(backup), username="admin")
    assert refused.returncode == 2 and "was not restored" in refused.stderr and words in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    verify = office_cli(demo_office, "audit", "verify", username="supervisor")
    assert verify.returncode == 0 and "intact" in verify.stdout
    with demo_office.open(unlock=False) as office:
        assert office.repo.user_by_name("admin") is not None  # the office was not replaced
    assert len(demo_office.path.read_bytes()) >= len(before) - 4096


def test_a_good_backup_still_restores(demo_office, tmp_path):
    backup = tmp_path / "good.sqlite3"
    assert office_cli(demo_office, "backup", str(backup), username="admin").returncode == 0
    restored = office_cli(demo_office, "restore", str(backup), username="admin")
    assert restored.returncode == 0, restored.stderr


# ---- item 5: the day's first automatic backup, many processes at once ----------------------------------
def test_concurrent_first_logins_make_one_backup_and_all_vend(demo_office):
    _edit(demo_office.path, "DELETE FROM settings WHERE key IN ('last_auto_backup', 'auto_backup_claim')")
    folder = demo_office.path.parent / "backups"
    before = set(folder.glob("auto-*.sqlite3")) if folder.exists() else set()
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)][:8]
    with ThreadPoolExecutor(len(meters)) as pool:
        runs = list(pool.map(lambda m: demo_office.cli("vend", "--meter", m, "--amount", "300", "--json"), meters))
    assert [r.returncode for r in runs] == [0] * len(meters), [r.stdout + r.stderr for r in runs if r.returncode]
    assert not any("Traceback" in r.stderr or "warning" in r.stderr for r in runs)
    made = set(folder.glob("auto-*.sqlite3")) - before
    assert len(made) == 1 and not list(folder.glob("*.part"))
    with demo_office.open(unlock=False) as office:
        assert len([e for e in office.repo.audit_entries() if e.action == "backup.auto"]) == 1
        assert office.repo.setting("auto_backup_claim") is None


def test_a_fresh_claim_is_left_to_its_process_and_a_stale_one_taken_over(demo_office):
    now = datetime.now(UTC)
    with demo_office.open(unlock=False, clock=lambda: now) as office:
        today = f"{now + timedelta(minutes=office.repo.settings().utc_offset_minutes):%Y-%m-%d}"
    _edit(demo_office.path, "DELETE FROM settings WHERE key = 'last_auto_backup'",
          f"INSERT OR REPLACE INTO settings VALUES ('auto_backup_claim', '{today} {now.isoformat()}')")
    with demo_office.open(unlock=False, clock=lambda: now) as office:
        demo_office.login(office, "cashier")
        assert office.daily_backup() is None  # another process is making it
        stale = (now - timedelta(minutes=11)).isoformat()
        office.conn.execute("UPDATE settings SET value = ? WHERE key = 'auto_backup_claim'", (f"{today} {stale}",))
        report = office.daily_backup()
        assert report is not None and Path(report.path).exists()
        assert office.repo.setting("last_auto_backup") == today and office.repo.setting("auto_backup_claim") is None


# ---- item 6: a full disk ------------------------------------------------------------------------------
def _counts(path: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM sales").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
                conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_full_disk_injected_at_the_sqlite_file_layer(demo_office, monkeypatch):
    """SQLite's own page limit makes every write that grows the file fail as a full disk does
    (SQLITE_FULL, 'database or disk is full')."""
    from sts_pos.store import db as db_module
    from sts_pos.store import office as office_module

    meter = demo_office.meters(pending_key_change=False)[0]["meter_number"]
    assert office_cli(demo_office, "vend", "--meter", meter, "--amount", "300").returncode == 0  # day's backup
    _edit(demo_office.path, "PRAGMA wal_checkpoint(TRUNCATE)")
    before = _counts(demo_office.path)
    real_connect = db_module.connect

    def full(path, create=True):
        conn = real_connect(path, create)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(office_module, "connect", full)
    for _ in range(3):  # enough sales to need a new page
        result = office_cli(demo_office, "vend", "--meter", meter, "--amount", "300", "--json")
        if result.returncode:
            break
    assert result.returncode == 2, result.stdout
    error = json.loads(result.stdout)["error"]
    assert "The disk is full" in error and "nothing already saved was lost" in error and "damaged" not in error
    monkeypatch.undo()
    after = _counts(demo_office.path)
    assert after[2] == "ok" and after[0] >= before[0]
    assert office_cli(demo_office, "audit", "verify", username="supervisor").returncode == 0
    assert office_cli(demo_office, "vend", "--meter", meter, "--amount", "300").returncode == 0


DISK_FULL_SCRIPT = textwrap.dedent("""
    set -u
    mount -t tmpfs -o size=1m tmpfs "$DISK" || exit 77
    cp "$OFFICE" "$DISK/office.sqlite3"
    dd if=/dev/zero of="$DISK/fill" bs=4096 2>/dev/null
    "$PY" -m sts_pos --db "$DISK/office.sqlite3" audit verify > "$OUT/first.out" 2> "$OUT/first.err"
    echo $? > "$OUT/first.rc"
    rm "$DISK/fill"
    "$PY" -m sts_pos --db "$DISK/office.sqlite3" audit verify > /dev/null 2>&1
    "$PY" -c "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM settings');
    open(sys.argv[2], 'w').close(); time.sleep(60)" "$DISK/office.sqlite3" "$OUT/holding" &
    HOLDER=$!
    while [ ! -e "$OUT/holding" ]; do sleep 0.05; done
    dd if=/dev/zero of="$DISK/fill" bs=4096 2>/dev/null
    "$PY" -m sts_pos --db "$DISK/office.sqlite3" vend --meter "$METER" --amount 300 > "$OUT/vend.out" 2> "$OUT/vend.err"
    echo $? > "$OUT/vend.rc"
    kill $HOLDER
    "$PY" -m sts_pos --db "$DISK/demo.sqlite3" demo --days 1 > "$OUT/demo.out" 2> "$OUT/demo.err"
    echo $? > "$OUT/demo.rc"
    rm "$DISK/fill"
    cp "$DISK/office.sqlite3" "$OUT/after.sqlite3"
    cp "$DISK/office.sqlite3-wal" "$OUT/after.sqlite3-wal" 2>/dev/null || true
""")


def test_a_full_disk_on_a_small_tmpfs(demo_office, tmp_path):
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a private tmpfs")
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    before = _counts(demo_office.path)
    env = dict(demo_office.env("cashier"), DISK=str(disk), OUT=str(out), OFFICE=str(demo_office.path),
               PY=sys.executable, METER=demo_office.meters(pending_key_change=False)[0]["meter_number"])
    env.pop("STS_POS_DB")
    ran = subprocess.run(["unshare", "-rm", "sh", "-c", DISK_FULL_SCRIPT], env=env, capture_output=True, text=True,
                         timeout=300)
    if ran.returncode == 77 or "Operation not permitted" in ran.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {ran.stderr.strip()}")
    read = lambda name: (out / name).read_text()  # noqa: E731
    for step in ("first", "vend", "demo"):
        assert read(f"{step}.rc").strip() == "2", (step, read(f"{step}.err"), read(f"{step}.out"))
        assert "Traceback" not in read(f"{step}.err"), read(f"{step}.err")
    assert "damaged" not in read("first.err") and "full" in read("first.err")
    assert "The disk is full" in read("vend.err") and "nothing already saved was lost" in read("vend.err")
    assert "The disk is full" in read("demo.err")
    after = _counts(out / "after.sqlite3")
    assert after[2] == "ok" and after[0] == before[0] and after[1] >= before[1]


def test_processes_opening_an_older_office_at_once_migrate_it_once(tmp_path):
    from sts_pos.store.db import connect, schema_version
    from sts_pos.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:-1]:
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()

    def open_it(_):
        opened = connect(path, create=False)
        try:
            return schema_version(opened)
        finally:
            opened.close()

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(open_it, range(6))) == [SCHEMA_VERSION] * 6
