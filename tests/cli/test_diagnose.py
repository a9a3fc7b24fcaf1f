"""``sts-pos diagnose`` (issue 19): each cause of a rejected token made real through the virtual meter
(``sts.meter``), then named by the diagnosis with the sale that issued the token and the remedy; what a meter's
code means is data (the office's table); single-digit corrections of mistyped tokens."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from sts_pos.store.demo import STA_KEY
from sts_pos.store.diagnosis import add_code, diagnose_token
from sts_pos.sts.codec import encode
from sts_pos.sts.keys import derive_decoder_key
from sts_pos.sts.meter import MeterResult, VirtualMeter
from sts_pos.sts.tid import tid_from_datetime
from sts_pos.sts.tokens import CreditToken
from sts_pos.vending.diagnose import DiagnoseError
from tests.cli.inproc import office_cli


def virtual_meter(office, number, **change):
    meter = office.sales.find_meter(number)
    params = replace(meter.params, **change) if change else meter.params
    return VirtualMeter.with_vending_key(meter.meter_number, params, office.vending_key(meter.supply_group.id))


def credit(result):
    return next(t for t in result.tokens if t.kind == "credit")


def meter_of(demo_office, index=0) -> str:
    return demo_office.meters(ea="07", pending_key_change=False)[index]["meter_number"]


def diagnose(demo_office, *args, user="technician") -> dict:
    done = office_cli(demo_office, "diagnose", *args, "--json", username=user)
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert {"cause", "explanation", "sale", "job", "remedy"} <= set(data)
    return data


def printed(demo_office, *which: str) -> str:
    """A receipt or slip as printed (text, 80 mm), its lines joined."""
    out = demo_office.path.parent / "printed.txt"
    done = office_cli(demo_office, "print", *which, "--format", "text", "--out", str(out), "--force")
    assert done.returncode == 0, done.stderr
    return " ".join(out.read_text().split())


def key_change_to_krn3(office, technician, number):
    if office.repo.one("SELECT 1 FROM supply_groups WHERE sgc = '123456' AND krn = 3") is None:
        office.records.add_supply_group(None, "123456", 3, "02", "07", 2014, STA_KEY, name="KRN 3")
    office.engineering.set_pending_change(technician, number, krn=3)


def test_ok_and_used(demo_office):
    number = meter_of(demo_office)
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        vm = virtual_meter(office, number)
        sale = office.sales.vend(cashier, number, amount=50000)
    token = credit(sale).number
    data = diagnose(demo_office, "--meter", number, "--token", token)
    assert data["cause"] == "ok" and data["sale"] == {"id": sale.sale.id, "receipt_no": sale.sale.receipt_no}
    assert data["job"] is None and data["decoded"]["kwh"] * 10 == credit(sale).units_kwh10
    assert vm.enter(token).result is MeterResult.ACCEPTED  # the meter agrees: the token is fine
    said = vm.enter(token).result
    assert said is MeterResult.USED
    data = diagnose(demo_office, "--meter", number, "--token", token, "--meter-says", said.display)
    assert data["cause"] == "used" and data["meter_says"]["means"] == "used"
    assert data["sale"]["receipt_no"] == sale.sale.receipt_no and "already entered" in data["explanation"]


def test_made_for_another_meter(demo_office):
    mine, other = meter_of(demo_office, 0), meter_of(demo_office, 2)
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        sale = office.sales.vend(cashier, other, amount=50000)
        vm = virtual_meter(office, mine)
    token = credit(sale).number
    said = vm.enter(token).result
    assert said is MeterResult.CRC_ERROR
    data = diagnose(demo_office, "--meter", mine, "--token", token, "--meter-says", said.display)
    assert data["cause"] == "other_meter" and other in data["explanation"] and other in data["remedy"]
    assert data["sale"]["id"] == sale.sale.id


def test_old_key_after_the_key_change_then_the_free_replacement(demo_office):
    number = meter_of(demo_office, 3)
    with demo_office.open() as office:
        cashier, tech = demo_office.login(office, "cashier"), demo_office.login(office, "technician")
        vm = virtual_meter(office, number)
        first = office.sales.vend(cashier, number, amount=60000)  # the customer keeps this token for later
        key_change_to_krn3(office, tech, number)
        second = office.sales.vend(cashier, number, amount=50000)
    assert [t.kind for t in second.tokens][:3] == ["key_change_1", "key_change_2", "credit"]
    results = [vm.enter(t.number).result for t in second.tokens]
    assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
    said = vm.enter(credit(first).number).result
    assert said is MeterResult.CRC_ERROR  # the meter has the new key: the old-key token is refused

    data = diagnose(demo_office, "--meter", number, "--token", credit(first).number, "--meter-says", said.display)
    assert data["cause"] == "old_key" and data["replaceable"] is True
    assert data["sale"] == {"id": first.sale.id, "receipt_no": first.sale.receipt_no}
    assert "KRN 2" in data["key"] and second.sale.receipt_no in data["explanation"]
    assert f"sts-pos replace --sale {first.sale.id}" in data["remedy"]
    assert diagnose(demo_office, "--meter", number, "--token", second.tokens[0].number)["cause"] == "old_key"

    cashier_try = office_cli(demo_office, "replace", "--sale", str(first.sale.id), "--reason", "old key",
                             username="cashier")
    assert cashier_try.returncode == 2 and "supervisor" in cashier_try.stderr
    same_key = office_cli(demo_office, "replace", "--sale", str(second.sale.id), "--reason", "x", username="supervisor")
    assert same_key.returncode == 2 and "not refused for a key reason" in same_key.stderr
    done = office_cli(demo_office, "replace", "--receipt", first.sale.receipt_no, "--reason",
                      "customer's token refused after the key change", "--json", username="supervisor")
    assert done.returncode == 0, done.stderr
    replaced = json.loads(done.stdout)
    assert replaced["title"] == f"Replacement for receipt {first.sale.receipt_no}"
    assert replaced["replaces"] == {"sale_id": first.sale.id, "receipt_no": first.sale.receipt_no}
    tokens = [t["number"] for t in replaced["tokens"] if t["kind"] == "credit"]
    before = vm.credit
    assert vm.enter(tokens[0]).result is MeterResult.ACCEPTED
    assert vm.credit - before == first.sale.units_kwh10  # the same credit, under the new key

    again = office_cli(demo_office, "replace", "--sale", str(first.sale.id), "--reason", "again", "--request-id",
                       "another", username="supervisor")
    assert again.returncode == 2 and "already replaced" in again.stderr
    retry = office_cli(demo_office, "replace", "--sale", str(first.sale.id), "--reason", "again", "--json",
                       username="supervisor")
    assert retry.returncode == 0 and json.loads(retry.stdout)["job"] == replaced["job"]  # the same request: same job
    slip = printed(demo_office, "--job", str(replaced["job"]["id"]))
    assert f"Replacement for receipt {first.sale.receipt_no}" in slip and "at no charge" in slip
    original = printed(demo_office, "--sale", str(first.sale.id))
    assert "REPLACED" in original and replaced["job"]["slip"] in original
    report = office_cli(demo_office, "report", "replacements", "--from", "2000-01-01", "--to", "9998-12-30",
                        "--format", "json", username="supervisor")
    assert report.returncode == 0 and first.sale.receipt_no in report.stdout, report.stderr
    with demo_office.open() as office:
        entry = office.repo.one("SELECT detail FROM audit_log WHERE action = 'token.replacement'")
        assert json.loads(entry[0])["sale_id"] == first.sale.id
        amount = office.repo.one("SELECT count(*) FROM sales")[0]
    data = diagnose(demo_office, "--meter", number, "--token", credit(first).number)
    assert data["cause"] == "old_key" and data["replaceable"] is False and "already replaced" in data["remedy"]
    with demo_office.open() as office:
        assert office.repo.one("SELECT count(*) FROM sales")[0] == amount  # a replacement is no sale


def test_new_key_token_entered_before_the_key_change_tokens(demo_office):
    number = meter_of(demo_office, 4)
    with demo_office.open() as office:
        cashier, tech = demo_office.login(office, "cashier"), demo_office.login(office, "technician")
        vm = virtual_meter(office, number)
        key_change_to_krn3(office, tech, number)
        sale = office.sales.vend(cashier, number, amount=50000)
    token = credit(sale).number
    said = vm.enter(token).result  # the customer skipped the two key change tokens
    assert said is MeterResult.CRC_ERROR
    for extra in ([], ["--meter-says", said.display]):
        data = diagnose(demo_office, "--meter", number, "--token", token, *extra)
        assert data["cause"] == "new_key_before_key_change", data
        assert sale.sale.receipt_no in data["remedy"] and "key change tokens" in data["remedy"]
    for t in sale.tokens:  # the remedy works: key change tokens first, then the credit
        assert vm.enter(t.number).result in (MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED)


def test_a_tid_older_than_the_meters_window(demo_office):
    number = meter_of(demo_office, 5)
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        vm = virtual_meter(office, number)
        kept = office.sales.vend(cashier, number, amount=50000)
        for _ in range(50):
            for t in office.sales.vend(cashier, number, amount=2000).tokens:
                assert vm.enter(t.number).result is MeterResult.ACCEPTED
    said = vm.enter(credit(kept).number).result
    assert said is MeterResult.OLD
    for extra in ([], ["--meter-says", said.display]):
        data = diagnose(demo_office, "--meter", number, "--token", credit(kept).number, *extra)
        assert data["cause"] == "old_tid" and "50" in data["explanation"]
        assert data["sale"]["id"] == kept.sale.id


def test_key_expired(demo_office):
    number = meter_of(demo_office, 6)
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        sale = office.sales.vend(cashier, number, amount=50000)
        tid = credit(sale).tid
        vm = virtual_meter(office, number, ken=(tid >> 16) - 1)  # the meter holds a lower KEN than on record
    said = vm.enter(credit(sale).number).result
    assert said is MeterResult.KEY_EXPIRED
    data = diagnose(demo_office, "--meter", number, "--token", credit(sale).number, "--meter-says", said.display)
    assert data["cause"] == "key_expired" and "key change" in data["remedy"]
    with demo_office.open() as office:  # and when the office's own record of the KEN is lower than the TID
        meter = office.sales.find_meter(number)
        office.conn.execute("UPDATE supply_groups SET ken = ? WHERE id = ?", ((tid >> 16) - 1, meter.supply_group.id))
    data = diagnose(demo_office, "--meter", number, "--token", credit(sale).number)
    assert data["cause"] == "key_expired" and f"KEN {(tid >> 16) - 1}" in data["explanation"]


def test_mistyped_tokens_are_corrected(demo_office):
    number = meter_of(demo_office, 7)
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        vm = virtual_meter(office, number)
        sale = office.sales.vend(cashier, number, amount=50000)
        meter = office.sales.find_meter(number)
        key = derive_decoder_key(office.vending_key(meter.supply_group.id), meter.meter_number, meter.params)
        now = office.clock()
    right = credit(sale).number
    wrong = right[:6] + str((int(right[6]) + 3) % 10) + right[7:]
    assert vm.enter(wrong).result is MeterResult.CRC_ERROR
    data = diagnose(demo_office, "--meter", number, "--token", wrong)
    assert data["cause"] == "mistyped" and data["correction"]["position"] == 7
    assert data["correction"]["token"] == right and data["correction"]["likely"] == right[6]
    assert data["sale"]["id"] == sale.sale.id and "digit 7" in data["explanation"]
    assert vm.enter(data["correction"]["token"]).result is MeterResult.ACCEPTED

    swapped = next(right[:i] + right[i + 1] + right[i] + right[i + 2:] for i in range(19) if right[i] != right[i + 1])
    assert diagnose(demo_office, "--meter", number, "--token", swapped)["correction"]["slip"] == "swap"
    short = diagnose(demo_office, "--meter", number, "--token", right[:10] + right[11:])
    assert short["cause"] == "mistyped" and short["correction"]["token"] == right

    # a token the office has no record of (another vending point): the correction is found by its CRC alone
    tid = tid_from_datetime(now, meter.params.base_date) - 600
    foreign = encode(CreditToken(tid, 5, 123), key, ken=meter.params.ken)
    typo = foreign[:12] + str((int(foreign[12]) + 1) % 10) + foreign[13:]
    data = diagnose(demo_office, "--meter", number, "--token", typo)
    assert data["cause"] == "mistyped" and data["correction"]["token"] == foreign and data["sale"] is None
    assert "no record" in data["explanation"]


def test_unknown_and_bad_input(demo_office):
    number = meter_of(demo_office, 0)
    data = diagnose(demo_office, "--meter", number, "--token", "1234 5678 9012 3456 7890")
    assert data["cause"] == "unknown" and data["sale"] is None and data["job"] is None
    letters = diagnose(demo_office, "--meter", number, "--token", "1234 5678 9O12 3456 7890")
    assert letters["cause"] == "mistyped" and "digits only" in letters["explanation"]
    for args, words in ((["--meter", "12345", "--token", "1" * 20], "11 or 13 digits"),
                        (["--meter", number, "--token", "1" * 20, "--meter-says", "Zzz9"], "does not know what 'Zzz9'")):
        done = office_cli(demo_office, "diagnose", *args, username="technician")
        assert done.returncode == 2 and words in done.stderr, done.stderr


def test_meter_codes_are_data_the_office_extends(demo_office):
    number = meter_of(demo_office, 1)
    with demo_office.open() as office:
        cashier, supervisor = demo_office.login(office, "cashier"), demo_office.login(office, "supervisor")
        sale = office.sales.vend(cashier, number, amount=60000)
        with pytest.raises(DiagnoseError):
            diagnose_token(office, cashier, number, credit(sale).number, "E07", "Hexing HXE110")
        add_code(office, supervisor, "E07", "used", "Token already used", model="Hexing HXE110")
        result = diagnose_token(office, cashier, number, credit(sale).number, "e07", "hexing hxe110")
        assert result.cause == "used" and result.meter_says["text"] == "Token already used"
    added = office_cli(demo_office, "meter-codes", "add", "--code", "Err 3", "--means", "crc", "--text", "CRC",
                       username="supervisor")
    assert added.returncode == 0, added.stderr
    listed = json.loads(office_cli(demo_office, "meter-codes", "list", "--json").stdout)["codes"]
    assert {"model": "", "code": "Err 3", "means": "crc", "text": "CRC", "office": True} in listed
    assert any(c["code"] == "Used" and not c["office"] for c in listed)
    assert office_cli(demo_office, "meter-codes", "add", "--code", "X", "--means", "crc").returncode == 2  # cashier
    assert office_cli(demo_office, "meter-codes", "remove", "--code", "err 3", username="supervisor").returncode == 0
    gone = office_cli(demo_office, "meter-codes", "remove", "--code", "err 3", username="supervisor")
    assert gone.returncode == 2 and "has no code" in gone.stderr


def test_sales_possibly_unentered_before_a_key_change_and_on_its_slip(demo_office):
    number = meter_of(demo_office, 8)
    with demo_office.open() as office:
        cashier, tech = demo_office.login(office, "cashier"), demo_office.login(office, "technician")
        entered = office.sales.vend(cashier, number, amount=50000)
        waiting = office.sales.vend(cashier, number, amount=40000)  # no later token: maybe not entered
        key_change_to_krn3(office, tech, number)
    listed = json.loads(office_cli(demo_office, "unentered", "--meter", number, "--json").stdout)["sales"]
    receipts = [s["receipt_no"] for s in listed]
    assert waiting.sale.receipt_no in receipts and entered.sale.receipt_no not in receipts
    group = json.loads(office_cli(demo_office, "unentered", "--supply-group", "123456", "--json").stdout)["sales"]
    assert waiting.sale.receipt_no in [s["receipt_no"] for s in group]
    job = office_cli(demo_office, "token", "key-change", "--meter", number, "--reason", "KRN 3 programme", "--json",
                     username="technician")
    assert job.returncode == 0, job.stderr
    job_id = json.loads(job.stdout)["job"]["id"]
    slip = printed(demo_office, "--job", str(job_id))
    assert "Enter these earlier tokens first" in slip and waiting.sale.receipt_no in slip
    assert entered.sale.receipt_no not in slip
    after = json.loads(office_cli(demo_office, "unentered", "--meter", number, "--json").stdout)["sales"]
    assert after == []  # the key change job is a later token


def test_a_receipt_with_key_change_tokens_lists_the_earlier_tokens_to_enter_first(demo_office):
    number = meter_of(demo_office, 9)
    with demo_office.open() as office:
        cashier, tech = demo_office.login(office, "cashier"), demo_office.login(office, "technician")
        waiting = office.sales.vend(cashier, number, amount=50000)
        key_change_to_krn3(office, tech, number)
        changed = office.sales.vend(cashier, number, amount=50000)
        from sts_pos.reports.receipt_notes import sale_notes

        assert any(waiting.sale.receipt_no in note for note in sale_notes(office.conn, changed.sale.id))
        assert sale_notes(office.conn, waiting.sale.id) == ()
    receipt = printed(demo_office, "--sale", str(changed.sale.id))
    assert "Enter these earlier tokens first" in receipt and waiting.sale.receipt_no in receipt
