"""The audit log in words: each entry's action as a sentence (``Sale 261201-0000030 to meter 01400000749:
R 150.00``) and its other details as ``name: value`` pairs, money in the office's money (the receipt's rule,
:meth:`sts_pos.gui.i18n.Formats.money`), energy in kWh and stored instants in office time. The seals and
content hashes that make the log tamper-evident are left out of the view (``Verify the audit chain`` checks
them). Written here because the log stores machine data (JSON in minor units) that only the GUI words."""

from __future__ import annotations

import json
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# detail fields holding money in minor units, energy in tenths of a kWh, and stored instants
MONEY = {"amount", "float", "counted", "expected", "variance", "written_off", "tender", "change", "debt", "fixed_charge",
         "min_purchase", "max_purchase", "opening_float", "debt_recovered"}
ENERGY = {"units_kwh10", "free_kwh10", "kwh10"}
TIMES = {"at", "pc_time", "last_at", "created_at", "issued_at", "until"}
HIDDEN = {"seal", "content", "tokens"}

ACTIONS = {  # action: the sentence (fields of the entry in braces)
    "sale.issued": QT_TRANSLATE_NOOP("AuditLog", "Sale {receipt_no} to meter {meter}: {amount}"),
    "sale.void": QT_TRANSLATE_NOOP("AuditLog", "Sale {receipt_no} voided ({written_off} written off): {reason}"),
    "sale.reprint": QT_TRANSLATE_NOOP("AuditLog", "Receipt {receipt_no} reprinted (COPY)"),
    "sale.abandoned": QT_TRANSLATE_NOOP("AuditLog", "Sale {receipt_no} abandoned: no token was made"),
    "shift.open": QT_TRANSLATE_NOOP("AuditLog", "Shift {shift_id} opened with a float of {float}"),
    "shift.close": QT_TRANSLATE_NOOP("AuditLog", "Shift {shift_id} closed: counted {counted}, expected {expected}, "
                                                 "variance {variance}"),
    "user.login": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "user.login_failed": QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused"),
    "user.add": QT_TRANSLATE_NOOP("AuditLog", "User {username} added ({role})"),
    "user.edit": QT_TRANSLATE_NOOP("AuditLog", "User {username} changed"),
    "user.password": QT_TRANSLATE_NOOP("AuditLog", "Password of {username} changed"),
    "vault.unlock": QT_TRANSLATE_NOOP("AuditLog", "Vending keys unlocked"),
    "vault.unlock_failed": QT_TRANSLATE_NOOP("AuditLog", "Wrong vault passphrase"),
    "vault.unlock_refused": QT_TRANSLATE_NOOP("AuditLog", "Unlocking the vending keys refused"),
    "customer.add": QT_TRANSLATE_NOOP("AuditLog", "Customer {account_no} added"),
    "customer.edit": QT_TRANSLATE_NOOP("AuditLog", "Customer {account_no} changed"),
    "meter.add": QT_TRANSLATE_NOOP("AuditLog", "Meter {meter} added"),
    "meter.edit": QT_TRANSLATE_NOOP("AuditLog", "Meter {meter} changed"),
    "meter.pending_key_change": QT_TRANSLATE_NOOP("AuditLog", "Key change set for meter {meter}: SGC {sgc}, KRN {krn}, "
                                                              "TI {ti}"),
    "tariff.save": QT_TRANSLATE_NOOP("AuditLog", "Tariff {ti} {name} saved"),
    "supply_group.add": QT_TRANSLATE_NOOP("AuditLog", "Supply group {sgc} (KRN {krn}) added"),
    "token.replacement": QT_TRANSLATE_NOOP("AuditLog", "Replacement tokens for receipt {receipt_no}, meter {meter}"),
    "card.issue": QT_TRANSLATE_NOOP("AuditLog", "Card {card_serial} issued for meter {meter_number}"),
    "card.write_back": QT_TRANSLATE_NOOP("AuditLog", "Meter {meter_number}'s write-back read from its card"),
    "card.psc_set": QT_TRANSLATE_NOOP("AuditLog", "Card PIN (PSC) set"),
    "clock.confirm": QT_TRANSLATE_NOOP("AuditLog", "The computer's clock confirmed by a supervisor ({pc_time})"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "Backup made"),
    "backup.auto": QT_TRANSLATE_NOOP("AuditLog", "Daily backup made"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "Office restored from a backup"),
    "office.create": QT_TRANSLATE_NOOP("AuditLog", "Office {name} created"),
    "demo.create": QT_TRANSLATE_NOOP("AuditLog", "Demo office created"),
    "key_store.create": QT_TRANSLATE_NOOP("AuditLog", "Key store created"),
    "settings.change": QT_TRANSLATE_NOOP("AuditLog", "Office settings changed"),
    "delivery.retry": QT_TRANSLATE_NOOP("AuditLog", "Token delivery to the meter tried again"),
    "delivery.cancel": QT_TRANSLATE_NOOP("AuditLog", "Token delivery to the meter cancelled"),
    "engineering.": QT_TRANSLATE_NOOP("AuditLog", "Engineering token ({kind}) for meter {meter}: {reason}"),
}
FIELDS = {  # detail field names in words
    "receipt_no": QT_TRANSLATE_NOOP("AuditLog", "receipt"), "meter": QT_TRANSLATE_NOOP("AuditLog", "meter"),
    "meter_number": QT_TRANSLATE_NOOP("AuditLog", "meter"), "amount": QT_TRANSLATE_NOOP("AuditLog", "amount"),
    "sale_id": QT_TRANSLATE_NOOP("AuditLog", "sale number"), "shift_id": QT_TRANSLATE_NOOP("AuditLog", "shift"),
    "job_id": QT_TRANSLATE_NOOP("AuditLog", "engineering job"), "reason": QT_TRANSLATE_NOOP("AuditLog", "reason"),
    "units_kwh10": QT_TRANSLATE_NOOP("AuditLog", "units"), "free_kwh10": QT_TRANSLATE_NOOP("AuditLog", "free units"),
    "tender": QT_TRANSLATE_NOOP("AuditLog", "tendered"), "tender_type": QT_TRANSLATE_NOOP("AuditLog", "paid by"),
    "pc_time": QT_TRANSLATE_NOOP("AuditLog", "computer's time"), "last_at": QT_TRANSLATE_NOOP("AuditLog", "last record"),
    "failed": QT_TRANSLATE_NOOP("AuditLog", "failed tries"), "path": QT_TRANSLATE_NOOP("AuditLog", "file"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("AuditLog", text)


class _Fields(string.Formatter):
    """Fills a sentence from the entry's fields, written in words; a field the entry lacks reads ``—``."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def get_value(self, key, args, kwargs):  # noqa: D102 - string.Formatter override
        return self.values.get(key, "—")


def value_text(key: str, value, formats) -> str:
    """One detail value in the office's words (money, kWh, office time, yes/no)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("yes") if value else translate("no")
    if key in MONEY and isinstance(value, int):
        return formats.money(value)
    if key in ENERGY and isinstance(value, int):
        return formats.energy(value)
    if key in TIMES and isinstance(value, str):
        return formats.when(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(k, v, formats)}" for k, v in value.items() if k not in HIDDEN)
    return str(value)


def field_name(key: str) -> str:
    return translate(FIELDS[key]) if key in FIELDS else key.replace("_", " ")


def describe(action: str, detail: str | dict | None, formats) -> tuple[str, str]:
    """(the event in words, the other details in words) of one audit entry."""
    try:
        data = json.loads(detail) if isinstance(detail, str) else dict(detail or {})
    except (ValueError, TypeError):
        data = {}
    if not isinstance(data, dict):
        data = {"detail": data}
    values = {k: value_text(k, v, formats) for k, v in data.items() if k not in HIDDEN}
    if action.startswith("engineering."):
        values.setdefault("kind", action.partition(".")[2].replace("_", " "))
        template = ACTIONS["engineering."]
    else:
        template = ACTIONS.get(action)
    if template is None:
        event = action.replace(".", ": ").replace("_", " ").capitalize()
    else:
        event = _Fields(values).format(translate(template))
    used = set(string.Formatter().parse(template or "")) if template else set()
    shown = {name for _, name, _, _ in used if name}
    rest = "; ".join(f"{field_name(k)}: {v}" for k, v in values.items() if k not in shown and k != "kind")
    return event, rest
