"""The program as a user starts it: ``python -m sts_pos.app --db PATH`` in its own process."""

from __future__ import annotations

import os
import subprocess
import sys


def run_app(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "sts_pos.app", *args], capture_output=True, text=True,
                          timeout=60, env=env)


def test_app_starts_on_the_demo_office(demo_office):
    path, _ = demo_office
    done = run_app("--db", str(path), "--check", env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "sts-pos GUI ok: sts-pos — Demo Vending Office (sign-in page, offscreen)" in done.stdout


def test_app_starts_the_wizard_on_a_new_file(tmp_path):
    done = run_app("--db", str(tmp_path / "new.sqlite3"), "--check", env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "(first-run wizard, offscreen)" in done.stdout
    assert not (tmp_path / "new.sqlite3").exists()


def test_no_display_is_a_clear_message_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "sts_pos.app", "--db", str(tmp_path / "x.sqlite3")],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2
    assert "no graphical display" in done.stderr and "Traceback" not in done.stderr
