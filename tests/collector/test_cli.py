"""The remote channel's commands: marking meters remote, the vend's delivery line, ``deliveries list`` JSON,
cancel (supervisor) and retry, a voided sale's delivery, and refusals in words."""

from __future__ import annotations

import json

from tests.cli.inproc import office_cli
from tests.collector.helpers import deliveries, make_remote

KEYS = {"sale_id", "meter_number", "collector", "status", "result", "attempts", "updated_at"}


def _number(demo_office):
    return demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]


def test_meters_edit_marks_a_meter_remote_and_local_again(demo_office):
    number = _number(demo_office)
    assert office_cli(demo_office, "collector", "add", "--id", "COL-9", "--secret", "pw", username="technician").returncode == 0
    cashier = office_cli(demo_office, "meters", "edit", "--meter", number, "--collector", "COL-9")
    assert cashier.returncode == 2 and "ask a supervisor" in cashier.stderr
    unknown = office_cli(demo_office, "meters", "edit", "--meter", number, "--collector", "COL-8", username="supervisor")
    assert unknown.returncode == 2 and "There is no collector COL-8" in unknown.stderr
    done = office_cli(demo_office, "meters", "edit", "--meter", number, "--collector", "COL-9", username="supervisor")
    assert done.returncode == 0, done.stderr
    listed = json.loads(office_cli(demo_office, "collector", "list", "--json").stdout)["collectors"]
    assert [(c["id"], c["meters"], c["secret"]) for c in listed] == [("COL-9", 1, True)]
    local = office_cli(demo_office, "meters", "edit", "--meter", number, "--collector", "", username="supervisor")
    assert local.returncode == 0
    assert json.loads(office_cli(demo_office, "collector", "list", "--json").stdout)["collectors"][0]["meters"] == 0
    with demo_office.open(unlock=False) as office:
        actions = [e.action for e in office.repo.audit_entries()]
    assert actions.count("meter.collector") == 2 and actions.count("collector.add") == 1


def test_a_vend_to_a_remote_meter_queues_its_token_and_the_list_shows_it(demo_office):
    number = _number(demo_office)
    make_remote(demo_office, [number])
    sold = office_cli(demo_office, "vend", "--meter", number, "--amount", "150")
    assert sold.returncode == 0, sold.stderr
    assert "Sent to the meter through collector COL-1: 1 token(s) queued" in sold.stdout
    data = json.loads(office_cli(demo_office, "vend", "--meter", number, "--amount", "120", "--json").stdout)
    assert [d["status"] for d in data["deliveries"]] == ["queued"]
    rows = json.loads(office_cli(demo_office, "--json", "deliveries", "list").stdout)
    assert isinstance(rows, list) and len(rows) == 2 and all(KEYS <= set(r) for r in rows)
    assert [(r["meter_number"], r["collector"], r["status"], r["attempts"]) for r in rows] == \
        [(number, "COL-1", "queued", 0)] * 2
    text = office_cli(demo_office, "deliveries", "list", "--status", "queued").stdout
    assert text.count(f"meter {number}") == 2 and "via COL-1" in text
    out = demo_office.path.parent / "receipt.txt"
    printed = office_cli(demo_office, "print", "--sale", str(rows[0]["sale_id"]), "--format", "text", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    receipt = " ".join(out.read_text().split())
    assert "BEING SENT TO THE METER through collector COL-1: the credit arrives by itself" in receipt


def test_cancel_is_a_supervisors_with_a_reason_and_retry_queues_again(demo_office):
    number = _number(demo_office)
    make_remote(demo_office, [number])
    assert office_cli(demo_office, "vend", "--meter", number, "--amount", "150").returncode == 0
    delivery = deliveries(demo_office)[0]["id"]
    refused = office_cli(demo_office, "deliveries", "cancel", "--id", str(delivery), "--reason", "typed in")
    assert refused.returncode == 2 and "ask a supervisor" in refused.stderr
    blank = office_cli(demo_office, "deliveries", "cancel", "--id", str(delivery), "--reason", " ", username="supervisor")
    assert blank.returncode == 2 and "reason" in blank.stderr
    done = office_cli(demo_office, "deliveries", "cancel", "--id", str(delivery), "--reason", "customer typed it in",
                           username="supervisor")
    assert done.returncode == 0 and "still on the receipt" in done.stdout
    row = deliveries(demo_office)[0]
    assert row["status"] == "failed" and row["result"] == "cancelled by supervisor: customer typed it in"
    again = office_cli(demo_office, "deliveries", "cancel", "--id", str(delivery), "--reason", "x", username="supervisor")
    assert again.returncode == 2 and "already failed" in again.stderr
    assert office_cli(demo_office, "deliveries", "retry", "--id", str(delivery)).returncode == 0
    assert deliveries(demo_office)[0]["status"] == "queued"
    missing = office_cli(demo_office, "deliveries", "retry", "--id", "999")
    assert missing.returncode == 2 and "There is no delivery 999" in missing.stderr


def test_a_voided_sale_is_not_delivered(demo_office):
    number = _number(demo_office)
    make_remote(demo_office, [number])
    sale = json.loads(office_cli(demo_office, "vend", "--meter", number, "--amount", "150", "--json").stdout)["sale"]["id"]
    assert office_cli(demo_office, "void", "--sale", str(sale), "--reason", "wrong meter", username="supervisor").returncode == 0
    from sts_pos.store.deliveries import Deliveries

    with demo_office.open(unlock=False) as office:
        Deliveries(office.repo, office.clock).sweep()
    row = deliveries(demo_office)[0]
    assert row["status"] == "failed" and row["result"] == "sale voided before delivery"


def test_a_sale_whose_enqueue_was_lost_is_still_queued_by_the_sweep(demo_office):
    """A crash between ISSUED and the enqueue: the collector server's sweep queues it (tokens made since the
    meter became remote only)."""
    number = _number(demo_office)
    with demo_office.open() as office:
        session = demo_office.login(office, "cashier")
        before = office.sales.vend(session, number, amount=30000).sale.id  # still a local meter
    make_remote(demo_office, [number])
    with demo_office.open() as office:
        session = demo_office.login(office, "cashier")
        after = office.sales.vend(session, number, amount=30000).sale.id  # no enqueue: as if killed here
    from sts_pos.store.deliveries import Deliveries

    with demo_office.open(unlock=False) as office:
        assert Deliveries(office.repo, office.clock).sweep() == 1
        assert Deliveries(office.repo, office.clock).sweep() == 0
    assert [d["sale_id"] for d in deliveries(demo_office)] == [after] and before != after


def test_collector_edit_changes_the_secret_and_a_disabled_collector_is_refused(demo_office):
    from sts_pos.devices.collector import Station
    from sts_pos.store.collectors import CollectorRecords, StationDb

    assert office_cli(demo_office, "collector", "add", "--id", "COL-9", username="technician").returncode == 0
    again = office_cli(demo_office, "collector", "add", "--id", "COL-9", username="technician")
    assert again.returncode == 2 and "already registered" in again.stderr
    st = Station(lambda: StationDb(demo_office.path))

    def verdict(secret):
        with demo_office.open(unlock=False) as office:
            st._known = CollectorRecords(office.repo, office.clock).known()
        return st._authorize("COL-9", secret)
    assert verdict(None) is None and verdict("anything") is None  # no secret set: the identifier is enough
    assert office_cli(demo_office, "collector", "edit", "--id", "COL-9", "--secret", "pw-1",
                      username="technician").returncode == 0
    assert verdict(None) == verdict("pw-2") == "wrong or missing shared secret" and verdict("pw-1") is None
    assert office_cli(demo_office, "collector", "edit", "--id", "COL-9", "--active", "no",
                      username="technician").returncode == 0
    assert verdict("pw-1") == "collector disabled"
    assert verdict is not None and st._authorize("COL-10", None) == "unknown identifier"
    nothing = office_cli(demo_office, "collector", "edit", "--id", "COL-9", username="technician")
    assert nothing.returncode == 2 and "Nothing to change" in nothing.stderr
    listed = office_cli(demo_office, "collector", "list", username="technician").stdout
    assert "COL-9" in listed and "DISABLED" in listed and "never" in listed
