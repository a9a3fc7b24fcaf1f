"""The daily automatic backup of a network office (issue 17): at the day's first log-in of any counter, one
``pg_dump`` archive into that counter PC's folder for the office, made by one counter of several (the claim
in the server's settings), another the next office day, the newest 14 kept; the archive restores with
``sts-pos restore`` into an empty database and the restored office verifies. Real processes on two "PCs"
(each its own per-user data folder) with their clocks pinned by libfaketime."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from tests.cli.inproc import run_main
from tests.support.fake_clock import clock_env


def _day_after_the_demo(days: int) -> datetime:
    """An instant ``days`` office days after the session's demo office (made on the PC's clock), mid-morning in
    the office (UTC+2) so that the office day is that UTC date."""
    return (datetime.now(UTC) + timedelta(days=days)).replace(hour=8, minute=0, second=0, microsecond=0)


def _counter(office, home: Path, at: datetime, *args: str, user: str = "cashier", db: str | None = None):
    """A counter PC (its own data folder) running ``sts-pos ARGS`` as ``user`` with its clock at ``at``."""
    env = dict(office.env(user), XDG_DATA_HOME=str(home), **clock_env(at))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[2] / "src"),
                                                    env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen([sys.executable, "-m", "sts_pos", "--db", db or office.path, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen) -> str:
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "warning" not in err, err  # no failed-backup warning either
    return out


def _dumps(home: Path) -> list[Path]:
    return sorted(home.rglob("auto-*.dump"))


def _auto_entries(url: str) -> list[dict]:
    """The automatic backups made on the server (not those of the office file it was copied from)."""
    with psycopg.connect(url) as raw:
        return [d for r in raw.execute("SELECT detail FROM audit_log WHERE action = 'backup.auto' ORDER BY id")
                if (d := json.loads(r[0]))["path"].endswith(".dump")]


def test_one_counter_of_two_makes_the_days_backup_and_it_restores_into_an_empty_database(pg_demo_office, pg_cluster,
                                                                                          demo_template, tmp_path):
    office, url = pg_demo_office, pg_demo_office.path
    pc_a, pc_b = tmp_path / "pc-a", tmp_path / "pc-b"
    day1 = _day_after_the_demo(1)
    both = [_counter(office, pc_a, day1, "customers", "list", "--json"),
            _counter(office, pc_b, day1 + timedelta(seconds=1), "customers", "list", "--json")]
    for proc in both:
        assert json.loads(_finish(proc))  # the command itself did its work
    made = _dumps(pc_a) + _dumps(pc_b)
    assert len(made) == 1, made  # one counter of the two made it, on its own PC
    assert made[0].name.startswith(f"auto-{day1:%Y%m%d}-") and made[0].stat().st_size > 10_000
    entries = _auto_entries(url)
    assert [Path(e["path"]).name for e in entries] == [made[0].name]
    with psycopg.connect(url) as raw:
        settings = dict(raw.execute("SELECT key, value FROM settings WHERE key IN ('last_auto_backup', "
                                    "'auto_backup_claim')").fetchall())
    assert settings == {"last_auto_backup": day1.date().isoformat()}  # the claim released
    maker = pc_a if _dumps(pc_a) else pc_b
    manifest = json.loads(next(maker.rglob("manifest.json")).read_text())
    assert [b["file"] for b in manifest["backups"]] == [made[0].name] and manifest["backups"][0]["audit_head"]

    later = _finish(_counter(office, pc_a, day1 + timedelta(hours=3), "shift", "open", "--json"))  # same day
    assert later and len(_auto_entries(url)) == 1
    with psycopg.connect(url) as raw:
        sales = raw.execute("SELECT count(*) FROM sales").fetchone()[0]
        shifts = raw.execute("SELECT count(*) FROM shifts").fetchone()[0]

    _finish(_counter(office, pc_b, _day_after_the_demo(2), "customers", "list", "--json"))  # the next day
    day2 = _day_after_the_demo(2)
    assert len(_auto_entries(url)) == 2 and len(_dumps(pc_a) + _dumps(pc_b)) == 2
    assert [p.name[:13] for p in _dumps(pc_b)][-1] == f"auto-{day2:%Y%m%d}"  # made by the PC logging in

    # the first day's archive, restored into an empty database with sts-pos restore on the PC that made the
    # second day's (whose manifest lists it), is the office of then, and verifies there
    target = pg_cluster.new_database()
    later = day2 + timedelta(hours=1)
    done = json.loads(_finish(_counter(office, pc_b, later, "restore", str(made[0]), "--json", user="admin",
                                       db=target)))
    assert done["restored"] == str(made[0])
    with psycopg.connect(target) as raw:
        assert raw.execute("SELECT count(*) FROM sales").fetchone()[0] == sales
        assert raw.execute("SELECT count(*) FROM shifts").fetchone()[0] == shifts - 1  # opened after it
        head = manifest["backups"][0]["audit_head"]  # the head the manifest says the archive holds
        assert raw.execute("SELECT hash FROM audit_log WHERE id = %s", (head["id"],)).fetchone()[0] == head["hash"]
        assert raw.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "restore"
    verified = _finish(_counter(office, pc_b, later, "audit", "verify", user="admin", db=target))
    assert "Audit log intact" in verified, verified
    restores = json.loads(next(pc_b.rglob("manifest.json")).read_text())["restores"]
    assert [r["source"] for r in restores] == [str(made[0])]  # the earlier backups no longer anchor the chain

    admin = {"STS_POS_USER": "admin", "STS_POS_PASSWORD": office.password("admin"),
             "STS_POS_VAULT_PASSPHRASE": office.passphrase}

    office_file = tmp_path / "office.sqlite3"  # given to a stand-alone office by mistake: said, nothing changed
    shutil.copyfile(demo_template.path, office_file)
    wrong = run_main(["--db", str(office_file), "restore", str(made[0])], admin)
    assert wrong.returncode == 2 and "is the backup of a network office" in wrong.stderr, wrong.stderr
    assert "Traceback" not in wrong.stderr
    import sqlite3

    with sqlite3.connect(office_file) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 0


def test_the_newest_14_are_kept_and_a_failed_dump_is_said_in_words(pg_demo_office, monkeypatch, tmp_path):
    from sts_pos.store.location import backup_dir
    from sts_pos.store.office import Office

    day = _day_after_the_demo(1)
    with Office.open(pg_demo_office.path, clock=lambda: day) as office:
        folder = backup_dir(office.path)
        folder.mkdir(parents=True)
        old = [folder / f"auto-{day - timedelta(days=n):%Y%m%d}-080000.dump" for n in range(20, 6, -1)]
        for path in old:
            path.write_bytes(b"an older archive")
        office.login("cashier", pg_demo_office.password("cashier"))
        assert office.backup_problem is None
        kept = sorted(folder.glob("auto-*.dump"))
        assert len(kept) == 14 and kept[0] == old[1] and kept[-1].name.startswith(f"auto-{day:%Y%m%d}-")

    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))  # a counter PC without the PostgreSQL client programs
    next_day = day + timedelta(days=1)
    with Office.open(pg_demo_office.path, clock=lambda: next_day) as office:
        office.login("cashier", pg_demo_office.password("cashier"))  # the log-in goes on
        problem = office.backup_problem
        assert problem and "pg_dump is not installed" in problem and "Selling goes on" in problem
        assert "Traceback" not in problem and "PATH" not in problem and "Error" not in problem
        assert office.repo.setting("last_auto_backup") == day.date().isoformat()  # tried again next log-in
        assert office.repo.setting("auto_backup_claim") is None


def test_counters_logging_in_at_the_same_moment_make_one_backup(pg_demo_office, monkeypatch):
    """Both counters read the claim in the same instant: the second waits for the first's decision (a row of
    settings read without a lock would let both claim the day on PostgreSQL)."""
    import threading

    from sts_pos.store.location import backup_dir
    from sts_pos.store.office import Office

    day = _day_after_the_demo(1)
    counters = [Office.open(pg_demo_office.path, clock=lambda s=s: day + timedelta(seconds=s)) for s in (0, 1)]
    together = threading.Barrier(2, timeout=1.5)
    looked = Office._claimed

    def claimed_when_both_look(self, today, now):
        try:
            together.wait()  # both counters here at once, unless the first one's claim holds the other back
        except threading.BrokenBarrierError:
            pass
        return looked(self, today, now)

    monkeypatch.setattr(Office, "_claimed", claimed_when_both_look)
    try:
        reports: list = []
        threads = [threading.Thread(target=lambda o=o: reports.append(o.daily_backup())) for o in counters]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert [o.backup_problem for o in counters] == [None, None]
        assert len([r for r in reports if r is not None]) == 1 and len(reports) == 2
        assert len(list(backup_dir(counters[0].path).glob("auto-*.dump"))) == 1
    finally:
        for o in counters:
            o.close()
    assert len(_auto_entries(pg_demo_office.path)) == 1
