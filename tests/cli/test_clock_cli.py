"""``sts-pos`` under a wrong PC clock (libfaketime in the child process, as a user's PC would be): a clock a
day behind the last sale or 400 days ahead makes ``vend`` exit non-zero, say "clock" and write no sale, until
a supervisor runs ``sts-pos clock confirm``. Instants are placed relative to the office's last sale."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from tests.support.fake_clock import clock_env


def last_sale(path) -> tuple[int, datetime]:
    with sqlite3.connect(path) as conn:
        count, last = conn.execute("SELECT count(*), max(created_at) FROM sales").fetchone()
    return count, datetime.fromisoformat(last)


def vend(demo_office, meter: str, at: datetime):
    return demo_office.cli("vend", "--meter", meter, "--amount", "200", **clock_env(at))


def test_vend_with_the_clock_a_day_behind_the_last_sale(demo_office):
    meter = demo_office.meters(pending_key_change=False, kind="keypad")[0]["meter_number"]
    count, last = last_sale(demo_office.path)
    # Mid-minute, so the child's clock (an offset from the real one, rounded to the second, plus the start-up
    # time) reads the same office minute that the assertion below expects.
    behind = (last - timedelta(days=1)).replace(second=20, microsecond=0)
    out = vend(demo_office, meter, behind)
    assert out.returncode != 0
    assert "clock" in out.stderr and "Nothing was sold" in out.stderr and "Traceback" not in out.stderr
    assert f"{behind + timedelta(hours=2):%Y-%m-%d %H:%M}" in out.stderr  # the PC's time, in office time (UTC+2)
    assert last_sale(demo_office.path)[0] == count
    status = demo_office.cli("clock", "status", "--json", **clock_env(behind))
    assert status.returncode == 1
    verdict = json.loads(status.stdout)
    assert verdict["verdict"] == "behind" and verdict["last_kind"] == "sale"
    assert datetime.fromisoformat(verdict["last_at"]) == last


def test_vend_400_days_ahead_waits_for_a_supervisor(demo_office):
    meter = demo_office.meters(pending_key_change=False, kind="keypad")[1]["meter_number"]
    count, last = last_sale(demo_office.path)
    ahead = last + timedelta(days=400)
    out = vend(demo_office, meter, ahead)
    assert out.returncode != 0 and "clock" in out.stderr and "400 days" in out.stderr
    assert last_sale(demo_office.path)[0] == count
    refused = demo_office.cli("clock", "confirm", username="cashier", **clock_env(ahead))
    assert refused.returncode != 0 and "supervisor" in refused.stderr
    confirmed = demo_office.cli("clock", "confirm", username="supervisor", **clock_env(ahead))
    assert confirmed.returncode == 0, confirmed.stderr
    assert "confirmed by supervisor" in confirmed.stdout
    sold = vend(demo_office, meter, ahead + timedelta(minutes=1))
    assert sold.returncode == 0, sold.stderr
    new_count, new_last = last_sale(demo_office.path)
    assert new_count == count + 1 and abs(new_last - ahead - timedelta(minutes=1)) < timedelta(minutes=1)
    status = demo_office.cli("clock", "status", **clock_env(ahead + timedelta(minutes=2)))
    assert status.returncode == 0 and "agrees" in status.stdout
    audit = demo_office.cli("audit", "verify", username="supervisor", **clock_env(ahead + timedelta(minutes=2)))
    assert audit.returncode == 0, audit.stdout + audit.stderr
