"""``sts-pos card psc set``: the office PSC a technician types (the meters' card PSC), sealed in the vault, is
the PSC the next card issued gets (checked in the virtual card's chip, through pcscd + vpcd)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.devices.test_card_cli import demo, login_as, meter_for, run  # noqa: F401  (the module's demo office)

pytestmark = pytest.mark.pcsc


def test_the_office_psc_typed_is_the_psc_cards_are_issued_with(demo, virtual_cards, capsys, monkeypatch):  # noqa: F811
    db, info = demo
    login_as(monkeypatch, info, "cashier")
    monkeypatch.setenv("STS_POS_CARD_PSC", "4A7C21")
    refused = run(capsys, db, "card", "psc", "set", expect=2)
    assert "permission" in json.dumps(refused).lower() or "not allowed" in json.dumps(refused).lower()
    login_as(monkeypatch, info, "admin")
    monkeypatch.setenv("STS_POS_CARD_PSC", "FFFFFF")
    assert "cannot be FFFFFF" in run(capsys, db, "card", "psc", "set", expect=2)["error"]
    monkeypatch.setenv("STS_POS_CARD_PSC", "4a7c21")
    assert run(capsys, db, "card", "psc", "set") == {"psc_set": True}
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT value FROM settings WHERE key = 'card_psc'").fetchone()[0]
    assert "4a7c21" not in stored.lower()  # sealed, never in clear
    login_as(monkeypatch, info, "cashier")
    number, _meter = meter_for(info, 0)
    virtual_cards.insert("customer")
    run(capsys, db, "card", "issue", "--meter", number)
    chip = json.loads(virtual_cards.file("customer").read_text())
    assert chip["psc"] == "4a7c21"  # the simulator's card image: the chip's PSC, in clear as in the chip
    login_as(monkeypatch, info, "admin")
    again = run(capsys, db, "card", "psc", "set", expect=2)
    assert "issued 1 card(s) with its present PSC" in again["error"]
