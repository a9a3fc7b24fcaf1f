"""Printing through a real CUPS (tests/support/cups.py, shared ci-recipe 8c): the receipt PDF comes out of a
cups-pdf queue at the printable width, ESC/POS bytes come out of a raw ``socket://`` queue to a TCP listener
unchanged, and ``sts-pos print --printer cups:QUEUE`` picks the right one by the queue's kind."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from sts_pos.cli import main
from sts_pos.devices.printers import PrinterNotFound, PrinterSettings, send_bytes
from sts_pos.devices.printers import cups as cups_client
from sts_pos.reports.receipt_escpos import receipt_escpos
from sts_pos.reports.receipt_pdf import receipt_pdf
from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office
from tests.devices.test_escpos_bytes import parse, printed
from tests.reports.samples import CREDIT, KCT1, sale_receipt
from tests.support.cups import cups  # noqa: F401  (the session fixture)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def page_width_mm(path) -> float:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width) * 25.4 / 72


def test_the_queues_and_their_kinds(cups):  # noqa: F811
    assert {cups.pdf_queue, cups.raw_queue} <= set(cups_client.queue_names())
    assert cups_client.queue(cups.raw_queue).raw
    pdf = cups_client.queue(cups.pdf_queue)
    assert not pdf.raw and "pdf" in pdf.make_and_model.lower()


@pytest.mark.parametrize("paper, limit", [("58mm", 48.0), ("80mm", 72.0)])
def test_a_receipt_pdf_comes_out_of_cups_pdf_at_the_printable_width(cups, paper, limit):  # noqa: F811
    job = cups_client.print_pdf(cups.pdf_queue, receipt_pdf(sale_receipt(), paper), "Receipt R-000123")
    assert job.startswith(cups.pdf_queue + "-")
    out = cups.pdf_of_job(job)
    assert limit - 0.5 <= page_width_mm(out) <= limit + 0.01  # not scaled onto A4
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())  # cups-pdf re-sets the text (gs)
    assert KCT1.replace(" ", "") in text and CREDIT.replace(" ", "") in text and "R-000123" in text


def test_escpos_reaches_the_printer_behind_a_raw_queue_unchanged(cups):  # noqa: F811
    stream = receipt_escpos(sale_receipt(customer_name="Señora Peña"), columns=32, code_page="PC850")
    seen = len(cups.listener.jobs)
    job = send_bytes(PrinterSettings(kind="cups", target=cups.raw_queue), stream)
    assert job.startswith(cups.raw_queue + "-")
    got = cups.listener.next_job(seen)
    assert got == stream  # CUPS passed every byte (FS ., ESC t 2, the raster and the cut) as sent
    assert "Señora Peña" in printed(parse(got))


def test_a_queue_that_is_not_there(cups):  # noqa: F811
    with pytest.raises(PrinterNotFound) as info:
        cups_client.submit("no_such_queue_42", b"x")
    assert "no_such_queue_42" in info.value.message and "Administration" in info.value.message
    with pytest.raises(PrinterNotFound):
        cups_client.queue("no_such_queue_42")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    path = tmp_path_factory.mktemp("cups-demo") / "office.sqlite3"
    info = create_demo(path, now=NOW, days_of_sales=1)
    office = Office.open(path)
    cashier = next(u for u in info["users"] if u["role"] == "cashier")
    row = office.conn.execute("SELECT s.receipt_no, t.number FROM sales s JOIN tokens t ON t.sale_id = s.id "
                              "WHERE s.status = 'ISSUED' AND t.kind = 'credit' ORDER BY s.id LIMIT 1").fetchone()
    office.close()
    return path, cashier, row[0], row[1]


def test_the_print_command_sends_the_pdf_to_a_driver_queue_and_escpos_to_a_raw_one(cups, office, monkeypatch,  # noqa: F811
                                                                                   capsys):
    path, cashier, receipt_no, credit = office
    monkeypatch.setenv("STS_POS_USER", cashier["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", cashier["password"])
    grouped = " ".join(credit[i:i + 4] for i in range(0, 20, 4))
    before = set(cups.pdf_dir.glob("*.pdf"))
    assert main(["--db", str(path), "print", "--receipt", receipt_no, "--paper", "58mm",
                 "--printer", cups.pdf_queue]) == 0  # the queue's bare name, as lpstat lists it
    assert "(pdf)" in capsys.readouterr().out
    (pdf,) = cups.new_pdfs(before)
    assert page_width_mm(pdf) <= 48.01
    assert credit in "".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    seen = len(cups.listener.jobs)
    assert main(["--db", str(path), "print", "--receipt", receipt_no, "--paper", "80mm", "--code-page", "WPC1252",
                 "--printer", f"cups:{cups.raw_queue}"]) == 0
    got = cups.listener.next_job(seen)
    stream = parse(got)
    assert grouped in printed(stream) and [c for c, _ in stream.commands[:2]] == ["ESC @", "FS ."]
    assert b"\x1bt\x10" in got  # ESC t 16: WPC1252, as asked
    assert main(["--db", str(path), "print", "--receipt", receipt_no, "--printer", "cups:no_such_queue_42"]) == 2
    assert "not on this computer" in capsys.readouterr().err


def test_lp_sees_the_same_queues_qt_lists(cups, qapp):  # noqa: F811
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    assert cups.pdf_queue in names and cups.raw_queue in names
    listed = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=30).stdout.split()
    assert set(names) == set(listed)
