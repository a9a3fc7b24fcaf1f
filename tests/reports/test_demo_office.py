"""End to end on the demo office (sales made by the real vending service): every renderer paints the one
receipt description the vending layer builds; the day report equals the day's receipts; the
``sts-pos report`` and ``sts-pos print`` commands write files whose content can be checked."""

from __future__ import annotations

import io
import json
import subprocess
from collections import Counter

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sts_pos.cli import main
from sts_pos.reports.sales import sales_rows
from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    info = create_demo(path)
    office = Office.open(path)
    office.users = {u["role"]: u for u in info["users"]}
    yield path, office
    office.close()


def as_role(monkeypatch, office, role):
    user = office.users[role]
    monkeypatch.setenv("STS_POS_USER", user["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", user["password"])
    return user


def _sale_ids(office):
    return [r[0] for r in office.conn.execute("SELECT id FROM sales WHERE status = 'ISSUED' ORDER BY id")]


def _receipt(office, sale_id):
    return office.sales.receipt(office.sales.result(office.repo.sale(sale_id)))


def test_every_renderer_paints_the_one_receipt_the_vending_service_builds(demo):
    """One description per sale: the PDF, the ESC/POS stream and the plain text all show its tokens in entry
    order and its receipt number; the demo's keypad sales and card purchases both come out."""
    from sts_pos.reports.receipt import receipt_text
    from sts_pos.reports.receipt_escpos import receipt_escpos
    from sts_pos.reports.receipt_pdf import receipt_pdf

    _, office = demo
    ids = _sale_ids(office)
    assert len(ids) >= 10
    for sale_id in ids[:: max(1, len(ids) // 6)]:
        r = _receipt(office, sale_id)
        grouped = [t.grouped for t in r.tokens]
        assert grouped
        text = "\n".join(receipt_text(r, 42))
        pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(receipt_pdf(r, "80mm"))).pages).split())
        escpos = receipt_escpos(r, columns=42, code_page="PC850")
        for painted in (text, pdf, escpos.decode("cp850")):
            assert r.receipt_no in painted
            assert [painted.index(g) for g in grouped] == sorted(painted.index(g) for g in grouped)
    kinds = {_receipt(office, i).is_card_purchase for i in ids}
    assert kinds == {True, False}  # the demo has keypad and IC card meters


def test_day_report_reconciles_with_demo_receipts(demo):
    _, office = demo
    per_day = Counter()
    count = Counter()
    for sale_id in _sale_ids(office):
        r = _receipt(office, sale_id)
        per_day[r.local_time.date().isoformat()] += r.amount
        count[r.local_time.date().isoformat()] += 1
    days = sorted(per_day)
    from datetime import date

    rows = sales_rows(office.conn, date.fromisoformat(days[0]), date.fromisoformat(days[-1]), "day")
    assert {r[0]: r[2] for r in rows} == dict(per_day)
    assert {r[0]: r[1] for r in rows} == dict(count)


def test_print_command_pdf_with_decodable_qr(demo, tmp_path, capsys, monkeypatch):
    path, office = demo
    as_role(monkeypatch, office, "cashier")
    sale_id = _sale_ids(office)[-1]
    receipt_no, = office.conn.execute("SELECT receipt_no FROM sales WHERE id = ?", (sale_id,)).fetchone()
    numbers = [r[0] for r in office.conn.execute("SELECT number FROM tokens WHERE sale_id = ? ORDER BY seq", (sale_id,))]
    out = tmp_path / "r.pdf"
    assert main(["--db", str(path), "--json", "print", "--receipt", receipt_no, "--copy", "--paper", "80mm",
                 "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["tokens"] == numbers and printed["copy"] is True
    reprints, = office.conn.execute("SELECT reprints FROM sales WHERE id = ?", (sale_id,)).fetchone()
    assert reprints == 1  # counted and audited by the vending service
    assert office.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'sale.reprint' AND "
                               "json_extract(detail, '$.sale_id') = ?", (sale_id,)).fetchone()[0] == 1
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "COPY" in text and receipt_no in text and "Demo Vending Office" in text
    for n in numbers:
        assert " ".join(n[i:i + 4] for i in range(0, 20, 4)) in text
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(out), str(tmp_path / "r")], check=True, timeout=30)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "r.png")], capture_output=True, timeout=30)
    assert decoded.stdout.decode().split() == numbers


def test_print_command_escpos_to_a_printer_file(demo, tmp_path, monkeypatch):
    path, office = demo
    as_role(monkeypatch, office, "cashier")
    sale_id = _sale_ids(office)[0]
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    assert main(["--db", str(path), "print", "--sale", str(sale_id), "--paper", "58mm",
                 "--printer", f"file:{device}"]) == 0
    data = device.read_bytes()
    number, = office.conn.execute("SELECT number FROM tokens WHERE sale_id = ? AND kind = 'credit'", (sale_id,)).fetchone()
    assert " ".join(number[i:i + 4] for i in range(0, 20, 4)).encode() in data and b"\x1dV" in data
    assert main(["--db", str(path), "print", "--sale", "999999", "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["--db", str(path), "print", "--sale", str(sale_id), "--printer", "serial:/dev/ttyNOPRINTER"]) == 2


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx", "json"])
def test_report_command_writes_each_format(demo, tmp_path, fmt, capsys, monkeypatch):
    path, office = demo
    as_role(monkeypatch, office, "supervisor")
    first, last = office.conn.execute("SELECT substr(min(created_at), 1, 10), substr(max(created_at), 1, 10) "
                                      "FROM sales").fetchone()
    out = tmp_path / f"sales.{fmt}"
    assert main(["--db", str(path), "report", "sales-by-cashier", "--from", first, "--to", last, "--out", str(out)]) == 0
    total = office.conn.execute("SELECT sum(amount) FROM sales WHERE status = 'ISSUED'").fetchone()[0]
    total_text = f"{total // 100}.{total % 100:02d}"
    data = out.read_bytes()
    if fmt == "json":
        assert json.loads(data)["totals"]["amount"] == total_text
    elif fmt == "csv":
        assert data.decode("utf-8-sig").splitlines()[-1].split(",")[2] == total_text
    elif fmt == "xlsx":
        ws = load_workbook(io.BytesIO(data)).active
        assert any(row[0] == "Total" and round(row[2] * 100) == total for row in ws.iter_rows(values_only=True) if row)
    else:
        assert "Sales by cashier" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_report_command_errors(demo, tmp_path, monkeypatch):
    path, office = demo
    as_role(monkeypatch, office, "supervisor")
    assert main(["--db", str(path), "report", "no-such-report", "--out", str(tmp_path / "x.csv")]) == 2
    assert main(["--db", str(path), "report", "sales-by-day", "--format", "pdf"]) == 2  # PDF needs --out
    assert main(["--db", str(tmp_path / "missing.sqlite3"), "report", "sales-by-day"]) == 2
    assert main(["--db", str(path), "report", "--list"]) == 0


def test_report_command_roles(demo, tmp_path, monkeypatch, capsys):
    path, office = demo
    out = str(tmp_path / "r.csv")
    as_role(monkeypatch, office, "cashier")
    assert main(["--db", str(path), "report", "sales-by-day", "--out", out]) == 2
    assert "may not reports" in capsys.readouterr().err
    as_role(monkeypatch, office, "technician")
    assert main(["--db", str(path), "print", "--sale", "1", "--copy", "--out", str(tmp_path / "x.pdf")]) == 2
    cashier = as_role(monkeypatch, office, "cashier")
    user_id, = office.conn.execute("SELECT id FROM users WHERE username = ?", (cashier["username"],)).fetchone()
    own = office.conn.execute("SELECT id FROM shifts WHERE user_id = ?", (user_id,)).fetchone()
    other = office.conn.execute("SELECT id FROM shifts WHERE user_id != ?", (user_id,)).fetchone()
    if own:
        assert main(["--db", str(path), "report", "shift-x", "--shift", str(own[0]), "--out", out]) == 0
    if other:
        assert main(["--db", str(path), "report", "shift-x", "--shift", str(other[0]), "--out", out]) == 2
    assert own or other
    monkeypatch.setenv("STS_POS_PASSWORD", "wrong password")
    assert main(["--db", str(path), "report", "sales-by-day", "--out", out]) == 2


def test_shift_reports_agree_with_the_closed_shifts_and_keep_the_audit_chain(demo, tmp_path, monkeypatch):
    from sts_pos.reports.shift import x_report

    path, office = demo
    shifts = office.conn.execute("SELECT id, expected_cash, counted_cash, variance FROM shifts "
                                 "WHERE closed_at IS NOT NULL").fetchall()
    assert shifts
    for shift_id, expected, counted, variance in shifts:
        x = x_report(office.conn, shift_id)
        assert (x.expected_cash, x.counted_cash, x.variance) == (expected, counted, variance)
    shift_id = shifts[0][0]
    as_role(monkeypatch, office, "supervisor")
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    assert main(["--db", str(path), "print", "--shift", str(shift_id), "--z", "--paper", "58mm",
                 "--printer", f"file:{device}"]) == 0
    first = device.read_bytes()
    assert f"Z REPORT - SHIFT {shift_id}".encode() in first and b"\x1dV" in first
    assert office.verify_audit().ok  # the Z entry continues the store's hash chain
    device.write_bytes(b"")
    assert main(["--db", str(path), "print", "--shift", str(shift_id), "--z", "--printer", f"file:{device}",
                 "--paper", "58mm"]) == 0
    again = device.read_bytes()  # the same Z, marked COPY (two lines more: the mark and "This is a COPY.")
    assert b"*** COPY ***" in again and b"COPY" not in first
    assert again.replace(b"This is a COPY.", b"").count(b"\n") - first.count(b"\n") <= 2
    figures = [line for line in first.split(b"\n") if b"Expected cash" in line or b"Counted cash" in line]
    assert figures and all(line in again for line in figures)
    out = tmp_path / "x.pdf"
    assert main(["--db", str(path), "print", "--shift", str(shift_id), "--out", str(out)]) == 0
    assert "X REPORT" in PdfReader(str(out)).pages[0].extract_text()
