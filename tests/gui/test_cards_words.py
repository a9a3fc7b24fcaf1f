"""The IC cards screen in the technician's and supervisor's words, by keys and mouse on a virtual card (pcscd's
virtual reader): a technician card is written with a job chosen by its slip number (the list shows only for a
technician card), a supervisor writes a sale onto the card again by its receipt number (a row nobody else sees),
and each issue or rewrite says what was done and what to do next."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from sts_pos.gui import errors


def card_meter(gui) -> str:
    return next(m["meter_number"] for m in gui.info["meters"]
                if m["kind"] == "ic_card" and not m["pending_key_change"] and m["dkga"] == "02")


def choose(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` with the arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, (data, [combo.itemText(i) for i in range(combo.count())])


def type_meter(qtbot, cards, meter: str) -> None:
    cards.issueMeter.clear()
    qtbot.keyClicks(cards.issueMeter, meter)
    qtbot.keyClick(cards.issueMeter, Qt.Key.Key_Return)


def test_only_a_technician_card_asks_for_a_job_and_only_a_supervisor_sees_the_sale_row(qtbot, gui):
    gui.sign_in("technician")
    cards = gui.screen("cards")
    assert cards.issueKind.currentData() == "customer" and not cards.issueJob.isVisible()
    assert not cards.reissueSale.isVisible() and not cards.reissueButton.isVisible()
    choose(qtbot, cards.issueKind, "technician")
    assert cards.issueJob.isVisible()
    gui.sign_in("supervisor")
    cards = gui.screen("cards")
    assert cards.reissueSale.isVisible() and cards.reissueButton.isVisible()


@pytest.mark.pcsc
def test_a_technician_card_carries_the_job_picked_by_its_slip_number(qtbot, gui, virtual_cards):
    gui.unlock_vault()
    gui.sign_in("technician")
    meter = card_meter(gui)
    cards = gui.screen("cards")
    choose(qtbot, cards.issueKind, "technician")
    type_meter(qtbot, cards, meter)
    assert cards.issueJob.currentData() is None and "Engineering screen" in cards.issueJob.currentText()
    before = len(errors.shown)
    qtbot.mouseClick(cards.issueButton, Qt.MouseButton.LeftButton)  # no job yet: said, nothing written
    assert len(errors.shown) == before + 1 and "Engineering screen" in errors.shown[-1][0]
    eng = gui.screen("engineering")
    qtbot.keyClicks(eng.meterEdit, meter)
    eng.kindCombo.setCurrentIndex(eng.kindCombo.findData("clear_tamper"))
    qtbot.keyClicks(eng.reasonEdit, "Work order 31")
    qtbot.mouseClick(eng.issueButton, Qt.MouseButton.LeftButton)
    job = eng.job
    assert job is not None, errors.shown[-1:]
    cards = gui.screen("cards")
    type_meter(qtbot, cards, meter)
    assert cards.issueJob.currentData() == job.id and cards.issueJob.currentText().startswith(job.number)
    assert "Clear tamper" in cards.issueJob.currentText()
    virtual_cards.insert("tech")
    qtbot.mouseClick(cards.issueButton, Qt.MouseButton.LeftButton)
    assert len(errors.shown) == before + 1, errors.shown[-1:]
    done = cards.doneLabel.text()
    assert cards.doneLabel.isVisible() and "Technician card" in done and job.number in done and meter in done
    assert [n for _, n in cards.card_tokens()] == [t.number for t in job.tokens]


@pytest.mark.pcsc
def test_issue_says_what_was_done_and_a_supervisor_writes_a_sale_again_by_receipt(qtbot, gui, virtual_cards):
    gui.unlock_vault()
    gui.sign_in("supervisor")
    meter = card_meter(gui)
    cards = gui.screen("cards")
    virtual_cards.insert("customer")
    type_meter(qtbot, cards, meter)
    qtbot.mouseClick(cards.issueButton, Qt.MouseButton.LeftButton)
    assert not errors.shown, errors.shown
    serial = cards.field("serial").text(1)
    done = cards.doneLabel.text()
    assert cards.doneLabel.isVisible() and "Customer card" in done and serial in done and meter in done
    vend = gui.screen("vend")  # a purchase on the card, then the card is "damaged": written again
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_F3)
    qtbot.keyClicks(vend.amountEdit, "150")
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    sale = vend.sale
    assert sale is not None, errors.shown[-1:]
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        receipt = conn.execute("SELECT receipt_no FROM sales WHERE id = ?", (sale.id,)).fetchone()[0]
    cards = gui.screen("cards")
    type_meter(qtbot, cards, meter)
    assert cards.reissueSale.currentText().startswith(receipt)  # the newest sale first, by its receipt
    choose(qtbot, cards.reissueSale, sale.id)
    qtbot.mouseClick(cards.reissueButton, Qt.MouseButton.LeftButton)
    assert not errors.shown, errors.shown
    done = cards.doneLabel.text()
    assert receipt in done and "again" in done
    assert [n for _, n in cards.card_tokens()] == [t.number for t in sale.tokens]
