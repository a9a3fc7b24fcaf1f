"""The office settings: one rule per setting, the same when a setting is written and when it is read.

``stored_value(key, text)`` turns what an administrator typed into the text stored (or refuses it, saying
why); ``read_settings(rows)`` builds :class:`~sts_pos.vending.model.OfficeSettings` from the stored rows
with the same rules. A stored value that breaks its rule (written by an older version, or by hand) never
stops the office: it is read as the default and listed by ``problems(rows)`` (``sts-pos settings show``),
so ``settings set`` and log-in keep working and the administrator can correct it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from sts_pos.errors import UserFacingError

log = logging.getLogger(__name__)


class SettingError(UserFacingError):
    pass


def _text(limit: int, required: bool = False, lines: bool = False) -> Callable[[str], str]:
    def parse(value: str) -> str:
        value = str(value).strip()
        if required and not value:
            raise SettingError("cannot be empty")
        if len(value) > limit:
            raise SettingError(f"has {len(value)} characters; at most {limit}")
        if any(ord(c) < 32 and not (lines and c == "\n") for c in value):
            raise SettingError("holds control characters")
        return value
    return parse


def _int_between(low: int, high: int, unit: str = "") -> Callable[[str], int]:
    def parse(value: str) -> int:
        text = str(value).strip()
        if not re.fullmatch(r"[+-]?\d{1,6}", text):
            raise SettingError(f"must be a whole number between {low} and {high}{unit}")
        number = int(text)
        if not low <= number <= high:
            raise SettingError(f"must be between {low} and {high}{unit}")
        return number
    return parse


def _percent(value: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise SettingError("must be a percentage between 0 and 100") from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise SettingError("must be a percentage between 0 and 100")
    return number


def _currency_code(value: str) -> str:
    code = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise SettingError("must be a 3-letter ISO currency code, e.g. PHP, ZAR, KES")
    return code


def _decimal_mark(value: str) -> str:
    if value not in (".", ","):
        raise SettingError("must be '.' or ','")
    return value


def _thousands(value: str) -> str:
    if len(value) > 1 or (value and (value.isdigit() or value not in " ,.'\u00a0\u202f")):
        raise SettingError("must be a space, ',', '.', an apostrophe, or empty")
    return value


def _one_of(*choices: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        text = str(value).strip().lower()
        if text not in choices:
            raise SettingError(f"must be one of {', '.join(choices)}")
        return text
    return parse


def _dots(value: str) -> int:
    """A thermal head's width in dots: 0 (the paper's standard: 384 on 58 mm, 576 on 80 mm) or a multiple of 8
    (one raster byte) from 128 to 1024 (printers state it as "print width 48 mm / 384 dots")."""
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}", text) or not (text == "0" or (128 <= int(text) <= 1024 and int(text) % 8 == 0)):
        raise SettingError("must be 0 (the paper's standard) or the printer's dots per line, a multiple of 8 "
                           "from 128 to 1024 (384 on 58 mm paper, 576 on 80 mm)")
    return int(text)


CODE_PAGES = ("PC437", "PC850", "PC858", "WPC1252")  # reports.receipt_escpos.CODE_PAGES


def _code_page(value: str) -> str:
    text = str(value).strip().upper()
    if text not in CODE_PAGES:
        raise SettingError(f"must be one of {', '.join(CODE_PAGES)} (the code page set on the receipt printer)")
    return text


def _names(value: str) -> list[str]:
    text = str(value).strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            raise SettingError("is not a list") from None
        if not isinstance(items, list):
            raise SettingError("is not a list")
        return [str(v).strip() for v in items]
    return [v.strip() for v in text.split(",")]


def _deduction_order(value: str) -> tuple[str, ...]:
    from sts_pos.vending.tariff import QuoteError, check_order

    try:
        return check_order(_names(value))
    except QuoteError as exc:
        raise SettingError(exc.message) from None


def _tenders(value: str) -> tuple[str, ...]:
    from sts_pos.vending.tenders import TenderError, parse_tenders

    try:
        return parse_tenders(_names(value))
    except TenderError as exc:
        raise SettingError(exc.message) from None


_as_list = lambda v: json.dumps(list(v))  # noqa: E731

# key -> (parse typed or stored text into a value, store the value as text, default stored text)
RULES: dict[str, tuple[Callable[[str], object], Callable[[object], str], str]] = {
    "office_name": (_text(120, required=True), str, "sts-pos office"),
    "vat_number": (_text(40), str, ""),
    "office_address": (_text(300, lines=True), str, ""),
    "currency_code": (_currency_code, str, "ZAR"),
    "currency_symbol": (_text(8), str, "R"),
    "currency_decimals": (_int_between(0, 4), str, "2"),
    "decimal_mark": (_decimal_mark, str, "."),
    "thousands_separator": (_thousands, str, " "),
    "utc_offset_minutes": (_int_between(-720, 840, " minutes"), str, "0"),
    "debt_recovery_percent": (_percent, str, "20"),
    "deduction_order": (_deduction_order, _as_list, '["fixed_charge", "debt", "vat"]'),
    "tenders": (_tenders, _as_list, '["cash"]'),
    "clock_max_gap_days": (_int_between(1, 3650, " days"), str, "45"),
    # the receipt printer: its head's width (the printable width of the PDF and ESC/POS layouts) and code page
    "printer_dots": (_dots, str, "0"),
    "printer_code_page": (_code_page, str, "PC437"),
    # the remote channel (GPRS collectors, docs/collector-protocol.md)
    "collector_listen": (_text(80, required=True), str, "127.0.0.1:9645"),
    "collector_packet_format": (_one_of("ascii", "hex"), str, "ascii"),
    "collector_register_prefix": (_text(32), str, "REG:"),
    "collector_heartbeat": (_text(32, required=True), str, "HB"),
    "collector_id_bytes": (_int_between(1, 32, " bytes"), str, "6"),
    "collector_register_seconds": (_int_between(1, 120, " seconds"), str, "5"),
    "collector_heartbeat_seconds": (_int_between(5, 3600, " seconds"), str, "60"),
    "collector_answer_seconds": (_int_between(1, 120, " seconds"), str, "5"),
    "collector_retry_seconds": (_int_between(1, 3600, " seconds"), str, "30"),
    "collector_read_minutes": (_int_between(0, 10080, " minutes"), str, "60"),
    "collector_low_credit_kwh": (_int_between(0, 100000, " kWh"), str, "5"),
    "collector_silent_days": (_int_between(1, 365, " days"), str, "3"),
    "collector_clock_minutes": (_int_between(1, 1440, " minutes"), str, "10"),
    "collector_gui_listener": (_one_of("yes", "no"), str, "no"),
}


def parse(key: str, text: str) -> object:
    """The value of setting ``key`` from its text, by the setting's rule (raises SettingError)."""
    rule, _, _ = RULES[key]
    return rule(text)


def stored_value(key: str, text: str) -> str:
    """What to store for ``key`` when an administrator types ``text``; refuses a value the reader would."""
    if key not in RULES:
        raise SettingError(f"Unknown setting '{key}'; settings are {', '.join(RULES)}.")
    try:
        value = parse(key, text)
    except SettingError as exc:
        raise SettingError(f"{_why(key, exc.message)} ('{text}' was not saved).") from None
    return RULES[key][1](value)


def _why(key: str, message: str) -> str:
    """``key must be ...`` for this module's rules; ``key: Sentence`` for a rule of another layer."""
    message = message.rstrip(".")
    return f"{key}: {message}" if message[:1].isupper() else f"{key} {message}"


def check_together(values: Mapping[str, str]) -> None:
    """Rules across settings (on the stored texts after a change)."""
    mark, thousands = _value(values, "decimal_mark"), _value(values, "thousands_separator")
    if mark == thousands:
        raise SettingError(f"The decimal mark and the thousands separator cannot both be '{mark}'; change "
                           "one of them in the same command (e.g. decimal_mark=, thousands_separator=.).")


def _value(values: Mapping[str, str], key: str):
    """The value of ``key`` in the stored ``values``; its default when missing or breaking its rule."""
    text = values.get(key)
    if text is not None:
        try:
            return parse(key, text)
        except SettingError:
            pass
    return parse(key, RULES[key][2])


def problems(values: Mapping[str, str]) -> dict[str, str]:
    """Stored settings that break their rule: key -> why (each is read as its default)."""
    found = {}
    for key in RULES:
        text = values.get(key)
        if text is None:
            continue
        try:
            parse(key, text)
        except SettingError as exc:
            found[key] = (f"the stored value '{text}' is not valid: {_why(key, exc.message)}; the default "
                          f"'{RULES[key][2]}' is used")
    return found


def read_settings(values: Mapping[str, str]):
    """OfficeSettings from the settings rows, every value read by its rule (a bad one as the default)."""
    from sts_pos.vending.model import OfficeSettings
    from sts_pos.vending.money import Currency

    bad = problems(values)
    for key, why in bad.items():
        log.warning("office setting %s: %s", key, why)
    get = lambda key: _value(values, key)  # noqa: E731
    mark, thousands = get("decimal_mark"), get("thousands_separator")
    if mark == thousands:
        thousands = " "
    currency = Currency(code=get("currency_code"), symbol=get("currency_symbol"), decimals=get("currency_decimals"),
                        decimal_mark=mark, thousands_separator=thousands)
    fields = {f.name for f in dataclasses.fields(OfficeSettings)}
    extra = {key: get(key) for key in ("clock_max_gap_days", "printer_dots", "printer_code_page") if key in fields}
    return OfficeSettings(
        name=get("office_name"), vat_number=get("vat_number"), address=get("office_address"), currency=currency,
        utc_offset_minutes=get("utc_offset_minutes"), deduction_order=get("deduction_order"),
        debt_recovery_percent=get("debt_recovery_percent"), tenders=get("tenders"), **extra)
