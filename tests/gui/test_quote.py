"""The Vend screen's live quote: every line adds up, and the change handed back reads as a positive amount."""

from __future__ import annotations

from sts_pos.gui import errors


def quote_rows(vend) -> list[tuple[str, str, str]]:
    tree = vend.quoteTree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def money(text: str) -> int:
    """``R -1 234.56`` -> -123456 (the demo office has two decimals; money is written as on the receipt)."""
    sign = -1 if "-" in text else 1
    digits = "".join(ch for ch in text if ch.isdigit())
    return sign * int(digits)


def test_change_is_a_positive_amount_and_the_quote_adds_up(gui):
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    assert vend.meter is not None, errors.shown[-1:]
    for tender in range(500, 520):  # energy is rounded down to 0.1 kWh: most tenders leave some change
        vend.amountEdit.setText(str(tender))
        vend.refresh_quote()
        rows = quote_rows(vend)
        change = [r for r in rows if r[0] == "Change"]
        if change:
            break
    else:
        raise AssertionError(f"no tender between 500 and 519 left change: {rows}")
    assert not change[0][2].startswith("-") and money(change[0][2]) > 0
    assert rows[0][0] == "Tendered" and money(rows[0][2]) == tender * 100
    taken = sum(money(r[2]) for r in rows[1:] if r[2] and r[0] != "Change")
    assert taken < 0  # deductions, VAT and energy are what the sale takes
    assert money(rows[0][2]) + taken == money(change[0][2])
    assert vend.quoteTree.topLevelItem(len(rows) - 1).font(2).bold()
    blocks = [r for r in rows if r[0].startswith("Block")]
    assert blocks and all(" at R " in r[1] and r[1].endswith("/kWh") for r in blocks), blocks
