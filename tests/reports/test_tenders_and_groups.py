"""Payment methods and supply groups in the reports, on a real demo office file: the per-method figures of
the sales report and of the X/Z shift reports reconcile with the receipts, only cash is expected in the
drawer, and a sale stays in the supply group (key revision) it was sold under after a key change."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sts_pos.reports.receipt import receipt_text
from sts_pos.reports.sales import sales_report
from sts_pos.reports.shift import shift_layout, shift_report, stored_z_report, take_z_report, x_report
from sts_pos.reports.table import export
from sts_pos.store.demo import STA_KEY


def _receipt(office, sale_id):
    """The sale's receipt, as the vending service describes it for every renderer."""
    return office.sales.receipt(office.sales.result(office.repo.sale(sale_id)))


def _local_day(office, sale_id) -> date:
    return _receipt(office, sale_id).local_time.date()


def test_sales_report_per_payment_method_reconciles_with_the_receipts(demo_office):
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)]
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        office.sales.vend(cashier, meters[0], amount=20000, tender_type="cheque")
        office.sales.vend(cashier, meters[1], amount=15000, tender_type="card")
        ids = [r[0] for r in office.conn.execute("SELECT id FROM sales WHERE status = 'ISSUED' ORDER BY id")]
        money, count = Counter(), Counter()
        for sale_id in ids:  # what the customers' receipts say
            r = _receipt(office, sale_id)
            money[r.tender_label] += r.amount
            count[r.tender_label] += 1
            assert f"Paid by{' ' * (42 - 7 - len(r.tender_label))}{r.tender_label}" in receipt_text(r, 42)
        assert {"Cash", "Card", "Mobile money", "Cheque"} <= set(money)
        days = sorted({_local_day(office, i) for i in ids})
        for group in ("day", "month", "cashier"):
            report = sales_report(office.conn, days[0], days[-1], group)
            keys = [c.key for c in report.columns]
            totals = dict(zip(keys, report.totals))
            assert keys[:11] == ["label", "count", "amount", "energy", "vat", "fixed_charge", "debt_recovered",
                                 "units", "free_units", "voided_count", "voided_amount"]
            assert keys[11:13] == ["count_cash", "amount_cash"]  # the office's order: cash first
            for label, tender in (("Cash", "cash"), ("Card", "card"), ("Mobile money", "mobile_money"),
                                  ("Cheque", "cheque")):
                assert (totals[f"count_{tender}"], totals[f"amount_{tender}"]) == (count[label], money[label])
            for row in report.rows:  # per row too: the methods add up to the sales figures
                values = dict(zip(keys, row))
                assert sum(v for k, v in values.items() if k.startswith("amount_")) == values["amount"]
                assert sum(v for k, v in values.items() if k.startswith("count_")) == values["count"]
        assert b"Cheque paid" in export(report, "csv")


def test_shift_reports_count_each_payment_method_and_expect_only_cash_in_the_drawer(demo_office):
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)]
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier2")
        shift = office.staff.open_shift(cashier, 50000)
        sales = [office.sales.vend(cashier, meters[0], amount=30000),
                 office.sales.vend(cashier, meters[1], amount=25000, tender_type="card"),
                 office.sales.vend(cashier, meters[2], amount=21000, tender_type="mobile_money"),
                 office.sales.vend(cashier, meters[3], amount=12000)]
        by_receipt = Counter()
        for s in sales:
            by_receipt[s.sale.tender_type] += s.sale.amount
        x = x_report(office.conn, shift.id)
        assert {t: m for t, _, m in x.tenders()} == dict(by_receipt)
        assert [t for t, _, _ in x.tenders()][0] == "cash"
        assert dict((t, c) for t, c, _ in x.tenders()) == {"cash": 2, "card": 1, "mobile_money": 1}
        assert x.cash == by_receipt["cash"] and x.money_taken == sum(by_receipt.values())
        assert x.expected_cash == 50000 + by_receipt["cash"]
        lines = {line.left.strip(): line.right for line in shift_layout(x, office_header(office))}
        assert "Card (1)" in lines and "Mobile money (1)" in lines and "Cash (2)" in lines
        closed = office.staff.close_shift(cashier, 50000 + by_receipt["cash"] - 200)
        assert (closed.expected_cash, closed.variance) == (50000 + by_receipt["cash"], -200)
        z = take_z_report(office.conn, shift.id, "supervisor")
        assert (z.expected_cash, z.counted_cash, z.variance) == (closed.expected_cash, closed.counted_cash, -200)
        assert stored_z_report(office.conn, shift.id).tenders() == z.tenders() == x.tenders()
        rows = {r[0].strip(): r for r in shift_report(office.conn, z).rows}
        assert rows["Mobile money"][1] == by_receipt["mobile_money"] and rows["Mobile money"][3] == 1


def office_header(office):
    from sts_pos.reports.office import office_from_settings

    return office_from_settings(office.conn)


def test_sales_stay_in_the_supply_group_they_were_sold_under_after_a_key_change(demo_office):
    meter = demo_office.meters(pending_key_change=False, sgc="123456")[0]["meter_number"]
    with demo_office.open() as office:
        admin, supervisor = demo_office.login(office, "admin"), demo_office.login(office, "supervisor")
        cashier = demo_office.login(office, "cashier")
        office.records.add_supply_group(admin, "123456", 3, "02", "07", 2014, STA_KEY, name="KRN 3")
        first = office.sales.vend(cashier, meter, amount=20000)
        old_group = office.sales.find_meter(meter).supply_group.id
        office.engineering.set_pending_change(supervisor, meter, krn=3)
        second = office.sales.vend(cashier, meter, amount=20000)  # key change tokens, then credit under KRN 3
        assert [t.kind for t in second.tokens][:2] == ["key_change_1", "key_change_2"]
        new_group = office.sales.find_meter(meter).supply_group.id
        assert new_group != old_group
        assert (first.sale.supply_group_id, second.sale.supply_group_id) == (old_group, new_group)
        third = office.sales.vend(cashier, meter, amount=20000)
        day = _local_day(office, third.sale.id)
        rows = {r[0]: r for r in sales_report(office.conn, _local_day(office, first.sale.id), day,
                                             "supply_group").rows}
        krn3 = next(label for label in rows if label.startswith("123456 KRN 3"))
        assert rows[krn3][1] == 2 and rows[krn3][2] == second.sale.amount + third.sale.amount
        krn_old = next(label for label in rows if label.startswith(f"123456 KRN {first.meter['krn']}"))
        assert rows[krn_old][1] >= 1  # the first sale (and the day's earlier ones) stay where they were sold
        ids_old = [r[0] for r in office.conn.execute(
            "SELECT id FROM sales WHERE status = 'ISSUED' AND supply_group_id = ?", (old_group,))]
        assert first.sale.id in ids_old and second.sale.id not in ids_old
