"""A counter that loses the PostgreSQL server mid-sale: the server is stopped (``pg_ctl -m immediate``, as a
power cut of the server PC would) while ``sts-pos vend`` has its PENDING sale written and is about to record
the tokens. The counter says so in words, and once the server is back the sale is completed, not lost and not
doubled; a counter that cannot reach the server at all sells nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psycopg

from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office


def _pending(url: str, request_id: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2) as raw:
            row = raw.execute("SELECT status FROM sales WHERE request_id = %s", (request_id,)).fetchone()
    except psycopg.OperationalError:
        return False
    return row is not None and row[0] == "PENDING"


def test_server_lost_mid_sale_then_the_sale_is_completed(pg_url, pg_cluster):
    info = create_demo(pg_url, days_of_sales=0)
    cashier = next(u["password"] for u in info["users"] if u["username"] == "cashier")
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    env = dict(os.environ, STS_POS_USER="cashier", STS_POS_PASSWORD=cashier,
               STS_POS_VAULT_PASSPHRASE=info["vault_passphrase"], STS_POS_CRASH_STALL="1.5")
    proc = subprocess.Popen([sys.executable, "-m", "sts_pos", "--db", pg_url, "vend", "--meter", meter, "--amount",
                             "300", "--request-id", "lost-1"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not _pending(pg_url, "lost-1"):  # paid and written, the counter pauses before its tokens
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        pg_cluster.stop_server("immediate")
        out, err = proc.communicate(timeout=60)
    finally:
        if not pg_cluster.running:
            pg_cluster.start_server()
    assert proc.returncode != 0
    said = out + err
    assert "connection to the office database server" in said and "was lost" in said
    assert "finished when sts-pos starts again" in said
    assert "Traceback" not in err

    with psycopg.connect(pg_url) as raw:  # the server is back: the paid sale is there, still PENDING
        assert raw.execute("SELECT status FROM sales WHERE request_id = 'lost-1'").fetchone()[0] == "PENDING"
    with Office.open(pg_url) as office:
        office.vault.unlock(info["vault_passphrase"])
        done = office.sales.complete_pending()
        assert [r.sale.status for r in done] == ["ISSUED"] and done[0].tokens
        assert office.verify_audit().ok
    again = subprocess.run([sys.executable, "-m", "sts_pos", "--db", pg_url, "vend", "--meter", meter, "--amount",
                            "300", "--request-id", "lost-1", "--json"], env=dict(env, STS_POS_CRASH_STALL=""),
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr  # the cashier's retry is the same sale, not a second one
    with psycopg.connect(pg_url) as raw:
        assert raw.execute("SELECT count(*) FROM sales WHERE request_id = 'lost-1'").fetchone()[0] == 1


def test_a_counter_that_cannot_reach_the_server_sells_nothing(pg_url, pg_cluster):
    info = create_demo(pg_url, days_of_sales=0)
    cashier = next(u["password"] for u in info["users"] if u["username"] == "cashier")
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad")
    pg_cluster.stop_server("fast")
    try:
        out = subprocess.run([sys.executable, "-m", "sts_pos", "--db", pg_url, "vend", "--meter", meter, "--amount",
                              "300", "--request-id", "down-1"],
                             env=dict(os.environ, STS_POS_USER="cashier", STS_POS_PASSWORD=cashier,
                                      STS_POS_VAULT_PASSPHRASE=info["vault_passphrase"]),
                             capture_output=True, text=True, timeout=60)
    finally:
        pg_cluster.start_server()
    assert out.returncode != 0 and "cannot reach the office database server" in out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    with psycopg.connect(pg_url) as raw:
        assert raw.execute("SELECT count(*) FROM sales WHERE request_id = 'down-1'").fetchone()[0] == 0
