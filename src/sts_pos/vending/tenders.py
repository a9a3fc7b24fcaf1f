"""Payment methods ("tenders"): what a customer pays with, recorded on every sale.

The office accepts a list of tenders (setting ``tenders``, a JSON list; default ``["cash"]``). Cash is
always accepted: the cash drawer is reconciled at shift close (expected cash = opening float + cash sales
only; card, mobile money and cheque payments are settled elsewhere). Tender names are short identifiers
(lower-case letters, digits, underscore); the well-known ones have labels, the GUI translates them.
"""

from __future__ import annotations

import re

from sts_pos.errors import UserFacingError

CASH = "cash"
LABELS = {"cash": "Cash", "card": "Card", "mobile_money": "Mobile money", "cheque": "Cheque"}
KNOWN_TENDERS = tuple(LABELS)
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,23}$")


class TenderError(UserFacingError):
    """A payment method that cannot be used."""


def tender_label(tender: str) -> str:
    """The English label of a tender ("mobile_money" -> "Mobile money"); GUIs translate the known ones."""
    return LABELS.get(tender) or tender.replace("_", " ").capitalize()


def parse_tenders(values) -> tuple[str, ...]:
    """The office's accepted tenders from a list or a comma list: validated, de-duplicated, cash first."""
    if isinstance(values, str):
        values = values.split(",")
    out: list[str] = [CASH]
    for value in values:
        name = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        if not name:
            continue
        if not _NAME.match(name):
            raise TenderError(f"'{value}' is not a payment method name; use letters, digits and '_' "
                              f"(for example {', '.join(KNOWN_TENDERS)}).")
        if name not in out:
            out.append(name)
    return tuple(out)


def check_tender(tender: str | None, accepted: tuple[str, ...]) -> str:
    """The tender to record (``None`` -> cash); refuses one the office does not accept."""
    name = CASH if tender is None else str(tender).strip().lower()
    if name not in accepted:
        raise TenderError(
            f"This office does not accept payment by {tender_label(name).lower()}. "
            f"Accepted: {', '.join(tender_label(t).lower() for t in accepted)}; an administrator can change "
            "the list in the office settings.")
    return name
