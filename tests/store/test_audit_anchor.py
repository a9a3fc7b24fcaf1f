"""The audit chain's anchors outside the log: a cut-off tail is reported, a lagging anchor is not."""

import json
import sqlite3

from sts_pos.store import anchor


def _cut_tail(path, keep_below: int) -> None:
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("DELETE FROM audit_log WHERE id >= ?", (keep_below,))
    raw.commit()
    raw.close()


def _head_file(demo_office):
    return json.loads(anchor.head_path(demo_office.path).read_text())


def _vend(demo_office, office):
    cashier = demo_office.login(office, "cashier")
    meter = demo_office.meters(pending_key_change=False)[0]["meter_number"]
    return office.sales.vend(cashier, meter, amount=30000)


def test_each_commit_that_appends_to_the_log_anchors_its_head(demo_office):
    with demo_office.open() as office:
        _vend(demo_office, office)
        newest = office.repo.audit_entries()[-1]
        assert _head_file(demo_office)["id"] == newest.id and _head_file(demo_office)["hash"] == newest.hash
        report = office.verify_audit()
        assert report.ok and f"entry {newest.id}" in report.anchor


def test_a_cut_off_tail_is_reported_as_a_truncation(demo_office):
    with demo_office.open() as office:
        for _ in range(3):
            _vend(demo_office, office)
        entries = office.repo.audit_entries()
    head = _head_file(demo_office)["id"]
    _cut_tail(demo_office.path, entries[-4].id)  # the last vend's entries are gone; the rest still chains
    with demo_office.open() as office:
        report = office.verify_audit()
        assert not report.ok and report.first_broken_id == head and "cut off" in report.reason
        # new entries written after the cut do not move the anchor over the evidence
        for _ in range(4):
            _vend(demo_office, office)
        assert office.repo.audit_entries()[-1].id > head
        assert _head_file(demo_office)["id"] == head
        report = office.verify_audit()
        assert not report.ok and "rewritten" in report.reason
    out = demo_office.cli("audit", "verify", "--json", username="supervisor")
    data = json.loads(out.stdout)
    assert out.returncode == 1 and data["truncated"] and data["first_broken_id"] == head
    text = demo_office.cli("audit", "verify", username="supervisor")
    assert text.returncode == 1 and "TRUNCATED" in text.stdout


def test_an_anchor_one_step_behind_is_accepted_and_never_moves_back(demo_office):
    with demo_office.open() as office:
        _vend(demo_office, office)
        entries = office.repo.audit_entries()
        path = anchor.head_path(demo_office.path)
        # a process killed after its commit, before writing the anchor: the file is behind the log
        anchor.write_head(path, anchor.Head(entries[-3].id, entries[-3].hash), force=True)
        assert office.verify_audit().ok
        assert not anchor.write_head(path, anchor.Head(entries[-5].id, entries[-5].hash), office.conn)
        assert _head_file(demo_office)["id"] == entries[-3].id
        path.write_text("garbage")  # a damaged or replaced anchor file is reported, not trusted
        report = office.verify_audit()
        assert not report.ok and "cannot be read" in report.reason


def test_the_daily_backup_manifest_anchors_the_head_and_a_restore_resets_the_anchors(demo_office, tmp_path):
    with demo_office.open() as office:
        _vend(demo_office, office)
        office.login("cashier", demo_office.password("cashier"))  # first log-in of the day: automatic backup
        manifest = anchor.read_manifest(demo_office.path.parent / "backups")
        mark = manifest["backups"][-1]["audit_head"]
        in_backup = [e for e in office.repo.audit_entries() if e.id == mark["id"]][0]
        assert in_backup.hash == mark["hash"]
        admin = demo_office.login(office, "admin")
        office.backup(admin, tmp_path / "before.sqlite3")
        _vend(demo_office, office)
    # cut the log back to the backup's head and delete the head file: the manifest still tells
    _cut_tail(demo_office.path, mark["id"])
    anchor.head_path(demo_office.path).unlink()
    with demo_office.open(unlock=False) as office:
        report = office.verify_audit()
        assert not report.ok and report.first_broken_id == mark["id"] and "automatic backup" in report.reason
        admin = demo_office.login(office, "admin")
        office.restore(admin, tmp_path / "before.sqlite3")  # a restore legitimately ends the log earlier
        report = office.verify_audit()
        assert report.ok, report
        assert _head_file(demo_office)["id"] == office.repo.audit_entries()[-1].id
