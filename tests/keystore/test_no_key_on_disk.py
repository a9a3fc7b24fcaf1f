"""No vending key bytes anywhere on disk: an office made with ``sts-pos demo --key-store pkcs11``, used by the
command line and by a program logging to its log file (vend, key change, backup, export of every table, a
wrong PIN with ``--verbose``), leaves the published demo keys in none of its files: the database, its WAL
(copied while the office was open), the backups, the exports, the log files, what the commands printed, and
SoftHSM2's own token files (it encrypts private objects under the PIN)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sts_pos.store.demo import MISTY1_KEY, STA_KEY
from tests.keystore.conftest import MODULE, PIN, TOKEN

TABLES = ("supply_groups", "settings", "sales", "tokens", "audit_log", "key_changes")


def needles() -> dict[str, bytes]:
    """Each form a vending key could be written in: its bytes, as stored in the module (DES3 three times, the
    HMAC key padded), in hex either case, in base64."""
    out = {}
    for name, hex_key in (("STA", STA_KEY), ("MISTY1", MISTY1_KEY)):
        raw = bytes.fromhex(hex_key)
        forms = {"raw": raw, "des3": raw * 3, "padded": raw + bytes(32 - len(raw)),
                 "hex": hex_key.encode(), "HEX": hex_key.upper().encode(), "b64": base64.b64encode(raw)}
        for form, value in forms.items():
            if len(value) >= 8 and not (form == "padded" and len(raw) == 8):
                out[f"{name} {form}"] = value
    return out


def scan(folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits = [name for name, needle in needles().items() if needle in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


PROGRAM = """
import logging, shutil, sys
from pathlib import Path
from sts_pos.logging_setup import configure_logging
from sts_pos.store.office import Office

log = configure_logging()
logging.getLogger().setLevel(logging.DEBUG)
db, snapshot = Path(sys.argv[1]), Path(sys.argv[2])
office = Office.open(db)
office.unlock_vault(None, sys.argv[3])
session = office.login("cashier", sys.argv[4], auto_backup=False)
for number in sys.argv[5:]:
    result = office.sales.vend(session, number, amount=25000)
    logging.getLogger("sts_pos.test").info("sold %s: %s", number, [(t.kind, t.number) for t in result.tokens])
snapshot.mkdir()
for suffix in ("", "-wal", "-shm"):
    if Path(str(db) + suffix).exists():
        shutil.copyfile(str(db) + suffix, snapshot / (db.name + suffix))
office.close()
print(log)
"""


def test_no_vending_key_bytes_in_the_database_wal_backups_exports_and_logs(softhsm, tmp_path):
    home = tmp_path / "home"
    office_dir = tmp_path / "office"
    office_dir.mkdir()
    db = office_dir / "office.sqlite3"
    env = dict(os.environ, HOME=str(home), XDG_STATE_HOME=str(home / "state"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), STS_POS_HSM_PIN=PIN)
    env.pop("STS_POS_VAULT_PASSPHRASE", None)
    printed = []

    def cli(*args: str, user: str | None = None, ok: bool = True, **extra: str) -> str:
        run_env = dict(env, **extra)
        if user:
            run_env.update(STS_POS_USER=user, STS_POS_PASSWORD=password[user])
        done = subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(db), *args], env=run_env,
                              capture_output=True, text=True, timeout=120)
        printed.append(done.stdout + done.stderr)
        assert (done.returncode == 0) == ok, done.stderr
        return done.stdout

    password: dict[str, str] = {}
    made = json.loads(cli("demo", "--days", "1", "--key-store", "pkcs11", "--pkcs11-module", MODULE,
                          "--pkcs11-token", TOKEN, "--json"))
    password.update({u["username"]: u["password"] for u in made["users"]})
    assert made["key_store"] == "pkcs11" and made["vault_passphrase"] is None
    pending = next(m["meter_number"] for m in made["meters"] if m["pending_key_change"])
    misty = next(m["meter_number"] for m in made["meters"] if m["ea"] == "11")
    cli("vend", "--meter", pending, "--amount", "200", user="cashier")
    cli("--verbose", "vend", "--meter", misty, "--amount", "200", user="cashier", ok=False, STS_POS_HSM_PIN="1-2-3-4")
    cli("backup", str(office_dir / "backups" / "by-hand.sqlite3"), user="admin")
    (office_dir / "exports").mkdir()
    for table in TABLES:
        cli("export", table, "--format", "json", "--out", str(office_dir / "exports" / f"{table}.json"),
            user="supervisor")
    others = [m["meter_number"] for m in made["meters"] if not m["pending_key_change"]][:2]
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(db), str(office_dir / "open-copy"), PIN,
                           password["cashier"], misty, *others], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    log_file = Path(done.stdout.strip().splitlines()[-1])
    assert log_file.is_file() and "sold" in log_file.read_text()
    assert (office_dir / "open-copy" / "office.sqlite3-wal").stat().st_size > 0
    (office_dir / "printed.txt").write_text("\n".join(printed) + done.stdout + done.stderr)
    shutil.copytree(home, office_dir / "home")
    assert any((office_dir / "backups").iterdir()) and len(list((office_dir / "exports").iterdir())) == len(TABLES)
    assert scan(office_dir) == {}
    assert scan(softhsm.folder) == {}
    # the scan itself finds a key where there is one
    (office_dir / "planted.bin").write_bytes(b"..." + bytes.fromhex(MISTY1_KEY) + b"...")
    assert scan(office_dir) == {"planted.bin": ["STA raw", "MISTY1 raw"]}  # the MISTY1 key starts with the STA key
