"""The vending services on a real demo office file: vend, idempotency, TIDs, key changes, rollover, free
units, debt, engineering jobs, reprint, void, roles, shifts, and the tokens in the virtual meter."""

from datetime import UTC, datetime, timedelta

import pytest

from sts_pos.sts.codec import decode
from sts_pos.sts.keys import derive_decoder_key
from sts_pos.sts.meter import MeterResult, VirtualMeter
from sts_pos.sts.tokens import ClearTamper, CreditToken, SetMaxPowerLimit
from sts_pos.vending.engineering import EngineeringError
from sts_pos.vending.roles import PermissionDenied
from sts_pos.vending.sales import DuplicateRequest


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def virtual_meter(office, meter_number):
    meter = office.sales.find_meter(meter_number)
    return VirtualMeter.with_vending_key(meter.meter_number, meter.params, office.vending_key(meter.supply_group.id))


def test_vend_tokens_decode_and_the_virtual_meter_accepts_them(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        for m in (demo_office.meters(ea="07", pending_key_change=False)[0], demo_office.meters(ea="11")[0]):
            vm = virtual_meter(office, m["meter_number"])
            # whether free units are due this office month depends on the day: the quote says, the sale follows
            quote, _ = office.sales.quote(cashier, m["meter_number"], amount=30000)
            result = office.sales.vend(cashier, m["meter_number"], amount=30000)
            assert result.sale.status == "ISSUED"
            assert [t.kind for t in result.tokens] == ["credit"] + (["free"] if quote.free_kwh10 else [])
            assert result.sale.free_kwh10 == quote.free_kwh10
            credit = result.tokens[0]
            meter = office.sales.find_meter(m["meter_number"])
            key = derive_decoder_key(office.vending_key(meter.supply_group.id), meter.meter_number, meter.params)
            token = decode(credit.number, key)
            assert isinstance(token, CreditToken) and token.amount == result.sale.units_kwh10 == credit.units_kwh10
            assert token.tid == credit.tid
            before = vm.credit
            assert vm.enter(credit.number).result is MeterResult.ACCEPTED
            assert vm.credit - before == result.sale.units_kwh10
            assert vm.enter(credit.number).result is MeterResult.USED


def test_retry_with_the_same_request_id_returns_the_same_sale(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        meter = demo_office.meters(pending_key_change=False)[1]["meter_number"]
        first = office.sales.vend(cashier, meter, amount=30000, request_id="req-1")
        again = office.sales.vend(cashier, meter, amount=30000, request_id="req-1")
        assert again.sale.id == first.sale.id and again.tokens == first.tokens
        with pytest.raises(DuplicateRequest):
            office.sales.vend(cashier, meter, amount=40000, request_id="req-1")
        count = office.repo.one("SELECT count(*) FROM sales WHERE request_id = 'req-1'")[0]
        assert count == 1


def test_tids_never_repeat_within_a_minute_and_follow_the_office_offset(demo_office):
    now = datetime.now(UTC).replace(second=5, microsecond=0)
    clock = Clock(now)
    with demo_office.open(clock=clock) as office:
        cashier = demo_office.login(office, "cashier")
        meter = demo_office.meters(pending_key_change=False, ea="07")[2]["meter_number"]
        tids = [office.sales.vend(cashier, meter, amount=30000).tokens[-1].tid for _ in range(4)]
        assert tids == sorted(set(tids)) and tids[-1] - tids[0] == 3
        from sts_pos.sts.tid import BaseDate, tid_from_datetime
        expected = tid_from_datetime(now + timedelta(minutes=120), BaseDate.Y2014)  # demo office: UTC+02:00
        assert tids[0] == max(expected, tids[0]) and tids[0] - expected < 5
        vm = virtual_meter(office, meter)
        rows = office.repo.q("SELECT number FROM tokens t JOIN meters m ON m.id = t.meter_id "
                             "WHERE m.meter_number = ? ORDER BY t.tid", meter)
        assert all(vm.enter(r[0]).result is MeterResult.ACCEPTED for r in rows)


def test_pending_rollover_gives_key_change_tokens_first_and_is_applied(demo_office):
    m = demo_office.meters(pending_key_change=True)[0]
    assert m["base_date"] == 1993
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        vm = virtual_meter(office, m["meter_number"])
        result = office.sales.vend(cashier, m["meter_number"], amount=20000)
        kinds = [t.kind for t in result.tokens]
        assert kinds[:3] == ["key_change_1", "key_change_2", "credit"] and kinds[3:] in ([], ["free"])
        assert result.meter["base_date"] == 2014 and result.meter["krn"] == 2
        results = [vm.enter(t.number).result for t in result.tokens]
        assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
        assert set(results[3:]) <= {MeterResult.ACCEPTED}
        meter = office.sales.find_meter(m["meter_number"])
        assert meter.pending is None and meter.base_date.year == 2014
        applied = office.repo.q("SELECT rollover, sale_id FROM key_changes WHERE meter_id = ?", meter.id)
        assert [(r[0], r[1]) for r in applied] == [(1, result.sale.id)]
        second = office.sales.vend(cashier, m["meter_number"], amount=30000)
        assert [t.kind for t in second.tokens] == ["credit"]
        assert vm.enter(second.tokens[0].number).result is MeterResult.ACCEPTED


def test_rollover_job_for_a_whole_supply_group(demo_office):
    with demo_office.open() as office:
        tech = demo_office.login(office, "technician")
        seen = []
        results = office.engineering.rollover_supply_group(tech, "123456", "TID rollover programme",
                                                           progress=lambda i, n: seen.append((i, n)))
        assert len(results) == len(demo_office.meters(pending_key_change=True)) == seen[-1][1]
        for r in results:
            assert [t.kind for t in r.tokens] == ["key_change_1", "key_change_2"]
            assert r.meter["base_date"] == 2014
        assert office.engineering.rollover_supply_group(tech, "123456", "again") == []
        cashier = demo_office.login(office, "cashier")
        sale = office.sales.vend(cashier, results[0].meter_number, amount=30000)
        assert [t.kind for t in sale.tokens if t.kind != "free"] == ["credit"]


def test_supervisor_key_change_of_tariff_index_gives_kcts_on_next_vend(demo_office):
    m = demo_office.meters(ea="11", kind="keypad")[0]
    with demo_office.open() as office:
        supervisor = demo_office.login(office, "supervisor")
        vm = virtual_meter(office, m["meter_number"])
        office.engineering.set_pending_change(supervisor, m["meter_number"], ti=2)
        result = office.sales.vend(supervisor, m["meter_number"], amount=30000)
        assert [t.kind for t in result.tokens] == [f"key_change_{i}" for i in range(1, 5)] + ["credit"]
        assert [vm.enter(t.number).result for t in result.tokens][-2:] == [MeterResult.KEY_CHANGED,
                                                                          MeterResult.ACCEPTED]
        assert vm.params.ti == 2 and result.meter["ti"] == 2


def test_free_basic_electricity_once_per_month_for_indigent_customers(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        row = office.repo.one(
            "SELECT m.meter_number FROM meters m JOIN customers c ON c.id = m.customer_id "
            "WHERE c.indigent <> 0 AND m.pending_supply_group_id IS NULL AND m.ti = 1 AND NOT EXISTS "
            "(SELECT 1 FROM meter_months mm WHERE mm.meter_id = m.id AND mm.fbe_sale_id IS NOT NULL)")
        vm = virtual_meter(office, row[0])
        free = office.sales.vend(cashier, row[0], amount=0)
        assert [t.kind for t in free.tokens] == ["free"] and free.sale.amount == 0
        assert vm.enter(free.tokens[0].number).result is MeterResult.ACCEPTED and vm.credit == 500
        paid = office.sales.vend(cashier, row[0], amount=20000)
        assert [t.kind for t in paid.tokens] == ["credit"]
        from sts_pos.vending.tariff import AmountTooLow
        with pytest.raises(AmountTooLow):
            office.sales.vend(cashier, row[0], amount=0)


def test_debt_recovery_reduces_the_balance_and_void_restores_it(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        row = office.repo.one("SELECT m.meter_number, c.id, c.debt_balance FROM meters m JOIN customers c "
                              "ON c.id = m.customer_id WHERE c.debt_balance > 0 AND m.pending_supply_group_id IS NULL")
        sale = office.sales.vend(cashier, row[0], amount=50000)
        recovered = sale.quote.debt_recovered
        assert recovered == min(10000, row[2])  # 20 % of the tender
        assert office.repo.customer(row[1]).debt_balance == row[2] - recovered
        with pytest.raises(PermissionDenied):
            office.sales.void(cashier, sale.sale.id, "wrong meter")
        supervisor = demo_office.login(office, "supervisor")
        with pytest.raises(Exception, match="reason"):
            office.sales.void(supervisor, sale.sale.id, "  ")
        voided = office.sales.void(supervisor, sale.sale.id, "customer bought for the wrong meter")
        assert voided.sale.status == "VOIDED"
        assert office.repo.customer(row[1]).debt_balance == row[2]
        receipt = office.sales.reprint(cashier, sale.sale.id)
        assert receipt.copy and receipt.status == "VOIDED" and receipt.tokens[0].number == sale.tokens[0].number
        actions = [e.action for e in office.repo.audit_entries() if e.action.startswith("sale.")][-3:]
        assert actions == ["sale.issued", "sale.void", "sale.reprint"]
        assert office.verify_audit().ok


def test_engineering_tokens_need_a_technician_and_a_reason(demo_office):
    m = demo_office.meters(pending_key_change=False, ea="07")[0]["meter_number"]
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        with pytest.raises(PermissionDenied):
            office.engineering.issue(cashier, m, "clear_tamper", "tamper after storm")
        tech = demo_office.login(office, "technician")
        with pytest.raises(EngineeringError):
            office.engineering.issue(tech, m, "clear_tamper", "")
        with pytest.raises(PermissionDenied):
            office.sales.vend(tech, m, amount=30000)
        vm = virtual_meter(office, m)
        vm.tamper = True
        job = office.engineering.issue(tech, m, "clear_tamper", "tamper after storm", request_id="job-1")
        meter = office.sales.find_meter(m)
        key = derive_decoder_key(office.vending_key(meter.supply_group.id), meter.meter_number, meter.params)
        assert isinstance(decode(job.tokens[0].number, key), ClearTamper)
        assert vm.enter(job.tokens[0].number).result is MeterResult.ACCEPTED and not vm.tamper
        assert office.engineering.issue(tech, m, "clear_tamper", "tamper after storm", request_id="job-1") == job
        power = office.engineering.issue(tech, m, "set_max_power", "fuse 20 A", watts=4600)
        assert isinstance(decode(power.tokens[0].number, key), SetMaxPowerLimit)
        assert vm.enter(power.tokens[0].number).result is MeterResult.ACCEPTED and vm.max_power_w == 4600
        test = office.engineering.issue(tech, m, "test", "display check")
        assert vm.enter(test.tokens[0].number).result is MeterResult.TEST_OK
        assert power.tokens[0].tid > job.tokens[0].tid
        reasons = office.repo.q("SELECT kind, reason FROM engineering_jobs ORDER BY id")
        assert [tuple(r) for r in reasons] == [("clear_tamper", "tamper after storm"),
                                               ("set_max_power", "fuse 20 A"), ("test", "display check")]


def test_shift_float_count_and_variance(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier2")
        shift = office.staff.open_shift(cashier, 20000)
        a = office.sales.vend(cashier, demo_office.meters(pending_key_change=False)[0]["meter_number"], amount=30000)
        b = office.sales.vend(cashier, demo_office.meters(pending_key_change=False)[1]["meter_number"], amount=32000)
        assert a.sale.shift_id == b.sale.shift_id == shift.id
        closed = office.staff.close_shift(cashier, 20000 + a.sale.amount + b.sale.amount - 150)
        assert (closed.expected_cash, closed.variance) == (20000 + a.sale.amount + b.sale.amount, -150)
        with pytest.raises(Exception, match="no open shift"):
            office.staff.close_shift(cashier, 0)


def test_login_lockout_after_repeated_failures(demo_office):
    from sts_pos.vending.staff import AccountLocked, LoginFailed
    with demo_office.open(unlock=False) as office:
        for _ in range(4):
            with pytest.raises(LoginFailed):
                office.staff.login("cashier", "wrong")
        with pytest.raises(AccountLocked):
            office.staff.login("cashier", "wrong")
        with pytest.raises(AccountLocked):  # even the right password, while locked
            office.staff.login("cashier", demo_office.password("cashier"))
        admin = demo_office.login(office, "admin")
        office.staff.set_user(admin, "cashier", unlock=True)
        assert office.staff.login("cashier", demo_office.password("cashier")).role == "cashier"


def test_receipt_holds_everything_the_receipt_shows(demo_office):
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        m = demo_office.meters(pending_key_change=True)[1]
        result = office.sales.vend(cashier, m["meter_number"], amount=25000)
        r = office.sales.receipt(result)
        assert (r.office_name, r.office_vat_number) == ("Demo Vending Office", "4123456789")
        assert r.meter_number == m["meter_number"] and r.customer_name == m["customer"]
        assert (r.sgc, r.krn, r.ti) == ("123456", 2, m["ti"]) and not r.copy
        assert [t.label for t in r.tokens] == ["Key change 1", "Key change 2", "Credit"]
        assert r.tokens[0].grouped.count(" ") == 4
        assert r.tender == 25000 and r.amount + r.change == r.tender
        assert r.units_kwh10 == sum(b.kwh10 for b in r.blocks)
        assert r.money(r.tender) == "R 250.00"
        assert "abab" not in repr(r).lower()


def test_engineering_slip_and_sale_history(demo_office):
    m = demo_office.meters(pending_key_change=False, ea="11")[0]["meter_number"]
    with demo_office.open() as office:
        tech = demo_office.login(office, "technician")
        job = office.engineering.issue(tech, m, "clear_credit", "meter replaced", register=0)
        slip = office.engineering.receipt(job)
        assert (slip.kind, slip.reason, slip.meter_number, slip.amount) == ("engineering", "meter replaced", m, 0)
        assert [t.label for t in slip.tokens] == ["Clear credit"] and slip.operator == "Tom Technician"
        cashier = demo_office.login(office, "cashier")
        before = office.sales.history(cashier, m)
        sale = office.sales.vend(cashier, m, amount=30000)
        after = office.sales.history(cashier, m)
        assert after[0].id == sale.sale.id and len(after) == len(before) + 1


def test_payment_method_is_recorded_validated_and_only_cash_reaches_the_drawer(demo_office):
    from sts_pos.store.records import RecordError
    from sts_pos.vending.tenders import TenderError
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)]
    with demo_office.open() as office:
        admin, cashier = demo_office.login(office, "admin"), demo_office.login(office, "cashier2")
        office.records.set_settings(admin, tenders="cash, card")
        assert office.repo.settings().tenders == ("cash", "card")
        with pytest.raises(RecordError, match="payment method"):
            office.records.set_settings(admin, tenders="cash, b@d")
        shift = office.staff.open_shift(cashier, 10000)
        cash = office.sales.vend(cashier, meters[0], amount=30000)
        card = office.sales.vend(cashier, meters[1], amount=32000, tender_type="card", request_id="card-1")
        assert (cash.sale.tender_type, card.sale.tender_type) == ("cash", "card")
        assert card.as_json(office.repo.settings().currency)["sale"]["tender_type"] == "card"
        with pytest.raises(TenderError, match="does not accept payment by mobile money"):
            office.sales.vend(cashier, meters[2], amount=30000, tender_type="mobile_money")
        with pytest.raises(TenderError):
            office.sales.quote(cashier, meters[2], amount=30000, tender_type="cheque")
        with pytest.raises(DuplicateRequest):  # the same request id paid another way is another sale
            office.sales.vend(cashier, meters[1], amount=32000, tender_type="cash", request_id="card-1")
        assert office.repo.one("SELECT count(*) FROM sales WHERE shift_id = ?", shift.id)[0] == 2  # nothing refused
        assert office.sales.receipt(card).tender_label == "Card"
        summary = office.staff.shift_summary(cashier, shift)
        assert summary["by_tender"] == {"cash": {"count": 1, "amount": cash.sale.amount},
                                        "card": {"count": 1, "amount": card.sale.amount}}
        assert summary["expected_cash"] == 10000 + cash.sale.amount
        closed = office.staff.close_shift(cashier, 10000 + cash.sale.amount + 100)
        assert (closed.expected_cash, closed.variance) == (10000 + cash.sale.amount, 100)
