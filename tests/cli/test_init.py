"""``sts-pos init`` creates a new, empty office that an administrator can sign in to."""

import json
import os
import subprocess
import sys


def _run(db, *args, **env):
    full_env = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(db), *args], capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_init_creates_an_office_once(tmp_path):
    db = tmp_path / "office.sqlite3"
    secrets = dict(STS_POS_PASSWORD="adminpass1", STS_POS_VAULT_PASSPHRASE="correct horse battery")
    done = _run(db, "init", "--name", "Barangay Office", "--currency", "php", "--symbol", "₱", "--admin", "maria",
                "--json", **secrets)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["admin"] == "maria"
    again = _run(db, "init", "--name", "Other", "--currency", "PHP", "--admin", "xavier", **secrets)
    assert again.returncode == 2 and "already holds an office" in again.stderr
    shown = _run(db, "settings", "show", "--json", STS_POS_USER="maria", STS_POS_PASSWORD="adminpass1")
    assert shown.returncode == 0, shown.stderr
    assert "PHP" in shown.stdout and "Barangay Office" in shown.stdout


def test_init_refuses_a_short_passphrase(tmp_path):
    done = _run(tmp_path / "o.sqlite3", "init", "--name", "X", "--currency", "KES", "--admin", "admin",
                STS_POS_PASSWORD="adminpass1", STS_POS_VAULT_PASSPHRASE="short")
    assert done.returncode == 2 and "at least 12 characters" in done.stderr
