"""Importing an office's existing register: customers, meters (each with its customer) and tariffs, from a CSV
or Excel (.xlsx) file (``sts-pos import``, the import wizard in Administration).

Every row is checked the way vending will use it, and every problem of a row is named (not only the first):

* meters: the meter number's length and check digit (``sts.meter_number``); the supply group and key revision
  exist in the office; TI 00-99 with a tariff, KRN 1-9, key type 0-3 and the combination the engine accepts
  (``Records.check_meter``, the same check as ``sts-pos meters add``); base date 1993, 2014 or 2035, meters
  on 1993 flagged as needing the TID rollover; kind ``keypad`` or ``ic_card``; card serials unique;
* customers: account number and name (``records.check_customer``), phone numbers in E.164 (``+`` and the
  country code, what SMS needs), ``indigent`` yes/no, debt in the office's money (its decimals, never
  negative);
* duplicates within the file (every row sharing a meter number, account or card serial is named) and
  against the office (meter numbers, accounts, card serials, tariff indexes already there); in a meters
  file one account may own several meters, but its rows must agree on the customer, and an account already
  in the office is linked to (its rows must agree with the office);
* Excel number cells: a meter number, SGC or account that Excel keeps as a number has lost its leading
  zeros. They are restored when that is certain (the cell's ``000...`` number format, the fixed width of an
  SGC, a 12-digit meter number that can only be a 13-digit one) and otherwise refused with the reason; a
  phone number kept as a number (its ``+`` or leading 0 gone) is refused.

All or nothing by default: the good rows are written in one transaction, audited with the file's SHA-256
and the counts, only when no row was refused. ``skip_bad`` writes the good rows and leaves the refused ones
(for a rejects file: the file's own columns plus ``file_row`` and ``reasons``, which an import of the
corrected rejects file ignores). A dry run checks and reports without writing. Row numbers are the
spreadsheet's: the header is row 1.

Rows are inserted in bulk (``executemany``); 100,000 meters with their customers take a few seconds
(``benchmarks/bench_import.py``).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sts_pos.errors import UserFacingError
from sts_pos.store.records import RecordError, Records, check_customer, parse_percent, tariff_from_spec
from sts_pos.store.repository import blocks_json, iso
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.money import Currency, InvalidMoney, format_money, parse_kwh, parse_money
from sts_pos.vending.roles import Permission, Session

KINDS = ("customers", "meters", "tariffs")

COLUMNS: dict[str, tuple[str, ...]] = {
    "meters": ("meter_number", "account_no", "customer_name", "address", "phone", "sgc", "krn", "ti", "key_type",
               "base_date", "kind", "card_serial", "indigent", "debt"),
    "customers": ("account_no", "customer_name", "address", "phone", "indigent", "debt", "debt_recovery_percent"),
    "tariffs": ("ti", "name", "blocks", "vat_percent", "fixed_charge", "min_purchase", "max_purchase", "fbe_kwh"),
}
REQUIRED: dict[str, frozenset[str]] = {
    "meters": frozenset({"meter_number", "account_no", "sgc", "krn", "ti"}),
    "customers": frozenset({"account_no", "customer_name"}),
    "tariffs": frozenset({"ti", "name", "blocks"}),
}
REJECT_COLUMNS = ("file_row", "reasons")  # what a rejects file adds; an import of it ignores them
ALIASES = {  # other headers registers use, as normalised by _header_key
    "meter": "meter_number", "meter_no": "meter_number", "meter_num": "meter_number", "drn": "meter_number",
    "meter_id": "meter_number", "account": "account_no", "account_number": "account_no", "acc_no": "account_no",
    "name": "customer_name", "customer": "customer_name", "phone_number": "phone", "mobile": "phone",
    "cell": "phone", "msisdn": "phone", "supply_group": "sgc", "supply_group_code": "sgc",
    "key_revision": "krn", "key_revision_number": "krn", "tariff_index": "ti", "tariff": "ti", "kt": "key_type",
    "base": "base_date", "tid_base_date": "base_date", "meter_kind": "kind", "type": "kind",
    "card": "card_serial", "card_no": "card_serial", "debt_balance": "debt", "fbe": "fbe_kwh",
    "vat": "vat_percent", "fixed_monthly_charge": "fixed_charge", "tariff_name": "name",
}
MAX_ROWS = 1_000_000
MAX_BYTES = 256 * 1024 * 1024
LIMITS = {"account_no": 40, "customer_name": 200, "address": 300, "card_serial": 40, "name": 100}

_SQLITE = b"SQLite format 3\x00"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003)
_E164 = re.compile(r"\+[1-9]\d{7,14}")
_PHONE_MARKS = re.compile(r"[\s\-.()/]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # Cc, and the bidi overrides
_BLOCK_SPLIT = re.compile(r"[\s;|]+")


class ImportRefused(UserFacingError):
    """The file as a whole cannot be imported (not readable, wrong columns)."""


# ---- reading ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Number:
    """A number cell of an Excel file; ``width`` is the digit count its ``000...`` number format shows."""

    value: int | float
    width: int | None = None

    @property
    def integral(self) -> bool:
        return isinstance(self.value, int) or (self.value == self.value and float(self.value).is_integer())

    def text(self) -> str:
        if isinstance(self.value, float):
            if self.value.is_integer() and abs(self.value) < 1e16:
                return str(int(self.value))
            return repr(self.value)
        return str(self.value)


Cell = str | Number | bool | datetime | date | None


@dataclass
class Table:
    """A file as read: its header, the field each column feeds (None: ignored), and the data rows with their
    spreadsheet row numbers."""

    kind: str
    path: str
    sha256: str
    header: list[str]
    fields: list[str | None]
    rows: list[tuple[int, list[Cell]]]
    source: str  # "csv" | "xlsx"

    @property
    def name(self) -> str:
        return Path(self.path).name

    def preview(self, count: int = 10) -> list[list[str]]:
        return [[cell_text(c) for c in cells] for _, cells in self.rows[:count]]


def cell_text(cell: Cell) -> str:
    """A cell as the text a person would read in it."""
    if cell is None:
        return ""
    if isinstance(cell, Number):
        return cell.text()
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, datetime):
        return cell.date().isoformat() if not (cell.hour or cell.minute or cell.second) else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _header_key(text: str) -> str:
    key = re.sub(r"[^0-9a-z]+", "_", unicodedata.normalize("NFKC", text).strip().lower()).strip("_")
    return key


def template(kind: str) -> str:
    """The documented header of an import file (one line, CSV)."""
    if kind not in KINDS:
        raise ImportRefused(f"There is no template '{kind}'; choose one of {', '.join(KINDS)}.")
    return ",".join(COLUMNS[kind]) + "\n"


def parse_mapping(text: str | None) -> dict[str, str | None]:
    """``"Meter No=meter_number, Remarks=-"`` -> {"meter no": "meter_number", "remarks": None}."""
    mapping: dict[str, str | None] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportRefused(f"'{part.strip()}' in --columns is not FILE_COLUMN=FIELD (FIELD '-' ignores the "
                                "column).")
        column, _, target = part.partition("=")
        target = target.strip()
        mapping[_header_key(column)] = None if target in ("-", "") else target
    return mapping


def read_table(path: str | os.PathLike, kind: str, mapping: dict[str, str | None] | None = None,
               sheet: str | None = None, strict: bool = True) -> Table:
    """Read ``path`` (CSV or .xlsx, told apart by content) as an import file of ``kind``. ``strict=False``
    (the wizard's preview) ignores unknown columns and missing fields instead of refusing the file."""
    if kind not in KINDS:
        raise ImportRefused(f"Import customers, meters or tariffs, not '{kind}'.")
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportRefused(f"{path} is a folder; give the file to import.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefused(f"{path} is {size // (1024 * 1024)} MB; sts-pos imports files up to "
                                f"{MAX_BYTES // (1024 * 1024)} MB. Split it into several files.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"There is no file {path}; check the name and the folder.") from None
    except OSError as exc:
        raise ImportRefused(f"sts-pos cannot read {path}: {exc.strerror or exc}.", detail=str(exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(_SQLITE):
        raise ImportRefused(f"{path} is a database, not a CSV or Excel file; export the register as CSV or .xlsx.")
    if data.startswith(_OLE):
        raise ImportRefused(f"{path} is an old Excel file (.xls); open it in Excel or LibreOffice and save it as "
                            ".xlsx or as CSV UTF-8.")
    if data.startswith(_ZIP):
        header, raw_rows = _read_xlsx(data, path, kind, sheet)
        source = "xlsx"
    else:
        header, raw_rows = _read_csv(data, path)
        source = "csv"
    fields = _map_header(header, kind, mapping or {}, path, strict)
    rows = []
    for number, cells in raw_rows:
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue  # blank rows (a spreadsheet's trailing ones) are no rows
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise ImportRefused(f"{path} has more than {MAX_ROWS:,} rows; split it into several files.")
    return Table(kind, str(path), digest, header, fields, rows, source)


def _read_csv(data: bytes, path: Path) -> tuple[list[str], list[tuple[int, list[Cell]]]]:
    if b"\x00" in data:
        raise ImportRefused(f"{path} is not a text file (it holds NUL bytes); export the register as CSV or .xlsx.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportRefused(f"{path} is not UTF-8 text (line {line} holds bytes that are not UTF-8). In Excel save "
                            "it as 'CSV UTF-8'; in LibreOffice choose the character set UTF-8.") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Cell]]] = []
    header: list[str] | None = None
    try:
        for cells in reader:
            line = reader.line_num
            if header is None:
                if not any(c.strip() for c in cells):
                    continue
                header = cells
                continue
            rows.append((line, list(cells)))
    except csv.Error as exc:
        raise ImportRefused(f"{path} is not a readable CSV file near line {reader.line_num}: {exc}.") from None
    if header is None:
        raise ImportRefused(f"{path} is empty: it has no header row.")
    return header, rows


def _zeros_width(number_format: str | None) -> int | None:
    fmt = (number_format or "").strip()
    return len(fmt) if fmt and set(fmt) == {"0"} else None


def _read_xlsx(data: bytes, path: Path, kind: str, sheet: str | None) -> tuple[list[str], list[tuple[int, list[Cell]]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign zip file: any of openpyxl's errors
        raise ImportRefused(f"{path} is not a readable Excel (.xlsx) file; open it in Excel or LibreOffice and "
                            "save it again, or export it as CSV UTF-8.", detail=repr(exc)) from None
    try:
        names = book.sheetnames
        if sheet is not None:
            if sheet not in names:
                raise ImportRefused(f"{path} has no sheet '{sheet}'; its sheets are {', '.join(names)}.")
            ws = book[sheet]
        else:
            ws = next((book[n] for n in names if n.strip().lower() == kind), None) or book.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[Cell]]] = []
        for number, cells in enumerate(ws.iter_rows(), start=1):
            values = [_xlsx_cell(c) for c in cells]
            if header is None:
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                header = [cell_text(v) for v in values]
                continue
            row_number = getattr(cells[0], "row", None) if cells else None
            rows.append((row_number or number, values))
            if len(rows) > MAX_ROWS + 1:
                break
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged sheet XML
        raise ImportRefused(f"{path} is a damaged Excel file (a sheet cannot be read); save it again from Excel "
                            "or LibreOffice, or export it as CSV UTF-8.", detail=repr(exc)) from None
    finally:
        book.close()
    if header is None:
        raise ImportRefused(f"{path} is empty: its first sheet has no header row.")
    while header and not header[-1].strip():
        header.pop()
    return header, rows


def _xlsx_cell(cell) -> Cell:
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, (str, bool, datetime, date)):
        return value
    if isinstance(value, (int, float)):
        return Number(value, _zeros_width(getattr(cell, "number_format", None)))
    return str(value)


def _map_header(header: list[str], kind: str, mapping: dict[str, str | None], path: Path,
                strict: bool = True) -> list[str | None]:
    known = set(COLUMNS[kind])
    fields: list[str | None] = []
    unknown: list[str] = []
    for title in header:
        key = _header_key(title)
        if key in mapping:
            target = mapping[key]
            if target is not None and target not in known:
                raise ImportRefused(f"--columns maps '{title}' to '{target}', which is not a {kind} field; the fields "
                                    f"are {', '.join(COLUMNS[kind])}.")
            fields.append(target)
        elif key in known:
            fields.append(key)
        elif ALIASES.get(key) in known:
            fields.append(ALIASES[key])
        elif key in REJECT_COLUMNS or not key:
            fields.append(None)
        else:
            fields.append(None)
            unknown.append(title.strip())
    if unknown and strict:
        raise ImportRefused(f"{path.name}: the column(s) {', '.join(repr(u) for u in unknown)} are not {kind} "
                            f"fields. The fields are {', '.join(COLUMNS[kind])}; rename the columns, or map them "
                            "with --columns 'FILE COLUMN=field' ('=-' ignores a column).")
    seen: dict[str, str] = {}
    for title, target in zip(header, fields):
        if target is None:
            continue
        if target in seen and strict:
            raise ImportRefused(f"{path.name}: the columns '{seen[target]}' and '{title.strip()}' both give "
                                f"{target}; keep one of them (or map one to '-' with --columns).")
        seen[target] = title.strip()
    missing = [f for f in COLUMNS[kind] if f in REQUIRED[kind] and f not in seen]
    if missing and strict:
        raise ImportRefused(f"{path.name} has no column for {', '.join(missing)}; a {kind} file needs "
                            f"{', '.join(f for f in COLUMNS[kind] if f in REQUIRED[kind])} "
                            f"(the template: sts-pos import --template {kind}).")
    return fields


# ---- checking ---------------------------------------------------------------------------------------------
class Bad(Exception):
    """One reason a cell is refused."""


@dataclass
class RowResult:
    row: int
    cells: list[Cell]
    values: dict = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass
class ImportPlan:
    """What checking a file found: the rows to write and the refused rows with their reasons."""

    table: Table
    results: list[RowResult]
    new_customers: dict[str, dict]  # account key -> customer values (meters and customers files)
    needs_rollover: list[str]  # meter numbers on base date 1993
    rollover_targets: dict[str, int]  # SGC -> the supply group id of its newest base-2014 revision

    @property
    def good(self) -> list[RowResult]:
        return [r for r in self.results if r.ok]

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.results if not r.ok]


@dataclass
class ImportReport:
    kind: str
    file: str
    sha256: str
    rows: int
    imported: int
    rejected: list[dict]
    dry_run: bool
    skip_bad: bool
    written: bool
    customers_added: int = 0
    needs_rollover: list[str] = field(default_factory=list)
    pending_rollover: int = 0
    notes: list[dict] = field(default_factory=list)
    rejects_file: str | None = None

    def as_json(self) -> dict:
        return {"imported": self.imported, "rejected": self.rejected, "dry_run": self.dry_run,
                "kind": self.kind, "file": self.file, "sha256": self.sha256, "rows": self.rows,
                "written": self.written, "skip_bad": self.skip_bad, "customers_added": self.customers_added,
                "needs_rollover": self.needs_rollover, "pending_rollover": self.pending_rollover,
                "notes": self.notes, "rejects_file": self.rejects_file}

    def text(self) -> str:
        lines = []
        mode = "Dry run: nothing was written. " if self.dry_run else ""
        if self.written:
            lines.append(f"{mode}Imported {self.imported} {self.kind} from {self.file} ({self.rows} rows"
                         + (f", {self.customers_added} new customers" if self.kind == "meters" else "") + ").")
        elif self.dry_run:
            lines.append(f"{mode}{self.imported} of {self.rows} rows of {self.file} would be imported.")
        else:
            lines.append(f"Nothing was imported from {self.file}: {len(self.rejected)} of {self.rows} rows were "
                         "refused. Correct them (or use --skip-bad to import the others) and run the import again.")
        for item in self.rejected:
            lines.append(f"  row {item['row']}: " + "; ".join(item["reasons"]))
        for item in self.notes:
            lines.append(f"  row {item['row']} (note): " + "; ".join(item["notes"]))
        if self.needs_rollover:
            lines.append(f"{len(self.needs_rollover)} meter(s) are on base date 1993 and need the TID rollover "
                         "before they can take credit"
                         + (f"; their rollover key change is pending ({self.pending_rollover})." if self.pending_rollover
                            else " (sts-pos token rollover --supply-group SGC, or import with --pending-rollover)."))
        if self.rejects_file:
            lines.append(f"The refused rows and their reasons are in {self.rejects_file}.")
        return "\n".join(lines)


def _text(cell: Cell, what: str, limit: int | None = None) -> str:
    text = cell_text(cell)
    text = " ".join(text.split())  # line breaks and tabs inside a cell become spaces
    if _CONTROL.search(text):
        raise Bad(f"the {what} holds control characters; retype it")
    if limit is not None and len(text) > limit:
        raise Bad(f"the {what} has {len(text)} characters; at most {limit}")
    return text


def _whole(cell: Cell, what: str, low: int, high: int) -> int | None:
    if isinstance(cell, Number):
        if not cell.integral:
            raise Bad(f"the {what} is {cell.text()}, not a whole number")
        value = int(cell.value)
    else:
        text = cell_text(cell).strip()
        if not text:
            return None
        if not re.fullmatch(r"[+-]?\d{1,6}", text):
            raise Bad(f"the {what} is '{text[:40]}', not a whole number")
        value = int(text)
    if not low <= value <= high:
        raise Bad(f"the {what} is {low} to {high}, not {value}")
    return value


def _money(cell: Cell, what: str, currency: Currency) -> int:
    try:
        if isinstance(cell, Number):
            if cell.value != cell.value or cell.value in (float("inf"), float("-inf")):
                raise Bad(f"the {what} is not an amount of money")
            return parse_money(Decimal(cell.text()), currency)
        text = cell_text(cell).strip()
        return parse_money(text, currency) if text else 0
    except (InvalidMoney, InvalidOperation) as exc:
        message = getattr(exc, "message", str(exc)).rstrip(".")
        raise Bad(f"the {what} '{cell_text(cell)[:40]}': {message[0].lower()}{message[1:]}") from None


def normalise_phone(cell: Cell) -> str:
    """A phone number for SMS in E.164 (``+27821234567``); blank stays blank."""
    if isinstance(cell, Number):
        raise Bad(f"the phone number is a number cell ({cell.text()}): Excel dropped its '+' or leading 0; format "
                  "the column as Text and type the number as +country code and number")
    text = _text(cell, "phone number")
    text = text.replace("(0)", "")  # +27 (0)82 ...: the national 0 written beside the country code
    if not text:
        return ""
    digits = _PHONE_MARKS.sub("", text)
    if digits.startswith("00") and digits[2:].isdigit():
        digits = "+" + digits[2:]
    if not _E164.fullmatch(digits):
        if re.fullmatch(r"0\d{6,14}", digits):
            raise Bad(f"the phone number {text} is in national form; SMS needs it with the country code "
                      "(e.g. +27 82 123 4567)")
        raise Bad(f"'{text[:40]}' is not a phone number in international form (+ country code and number, "
                  "e.g. +27821234567)")
    return digits


def _yes_no(cell: Cell, what: str) -> bool:
    if isinstance(cell, bool):
        return cell
    text = cell_text(cell).strip().lower()
    if text in ("", "no", "n", "false", "0"):
        return False
    if text in ("yes", "y", "true", "1"):
        return True
    raise Bad(f"{what} is yes or no, not '{text[:40]}'")


def _restore_meter_number(cell: Cell) -> tuple[str, str | None]:
    """The meter number of a cell, with a note when its lost leading zeros were put back."""
    if isinstance(cell, Number):
        if not cell.integral or cell.value < 0:
            raise Bad(f"the meter number {cell.text()} is not a whole number")
        digits = cell.text()
        if len(digits) > 15:
            raise Bad(f"the meter number {digits} is a number cell with more digits than Excel keeps exactly; "
                      "format the column as Text and type it again")
        width = cell.width
        candidates = [width] if width in (11, 13, 18) and width > len(digits) else \
            [n for n in (11, 13) if n > len(digits)] if len(digits) not in (11, 13) else []
    else:
        digits = _text(cell, "meter number").replace(" ", "").replace("-", "")
        candidates = [13] if len(digits) == 12 and digits.isdigit() else []
        if not digits:
            raise Bad("the meter number is missing")
    if not candidates or not digits.isdigit():
        return digits, None
    if len(candidates) > 1:
        options = " or ".join(digits.rjust(n, "0") for n in candidates)
        try:
            parse_meter_number(digits.rjust(candidates[0], "0"))
        except UserFacingError:
            return digits, None  # its check digit is wrong anyway: the ordinary reason says so
        raise Bad(f"the meter number {digits} lost its leading zeros (Excel keeps it as a number): it may be "
                  f"{options}. Format the column as Text in Excel and type the numbers again, or export the "
                  "register as CSV")
    restored = digits.rjust(candidates[0], "0")
    try:
        parse_meter_number(restored)
    except UserFacingError:
        return digits, None
    return restored, f"meter number {digits} read as {restored} (leading zeros restored)"


def _sgc(cell: Cell) -> tuple[str, str | None]:
    if isinstance(cell, Number):
        if not cell.integral or not 0 <= cell.value < 1_000_000:
            raise Bad(f"the supply group code {cell.text()} is not 6 digits")
        digits = cell.text()
    else:
        digits = _text(cell, "supply group code")
    if not digits:
        raise Bad("the supply group code (sgc) is missing")
    if not digits.isdigit() or len(digits) > 6:
        raise Bad(f"the supply group code '{digits[:40]}' is not 6 digits")
    if len(digits) < 6:
        return digits.rjust(6, "0"), f"SGC {digits} read as {digits.rjust(6, '0')} (leading zeros restored)"
    return digits, None


def _base_date(cell: Cell) -> BaseDate | None:
    if isinstance(cell, (datetime, date)):
        if (cell.month, cell.day) != (1, 1):
            raise Bad(f"the base date {cell_text(cell)} is not 1993, 2014 or 2035")
        cell = str(cell.year)
    text = cell_text(cell).strip()
    if not text:
        return None
    try:
        return BaseDate.parse(text)
    except UserFacingError:
        raise Bad(f"the base date is 1993, 2014 or 2035, not '{text[:40]}'") from None


def _kind(cell: Cell) -> str:
    text = re.sub(r"[\s\-]+", "_", cell_text(cell).strip().lower())
    if text in ("", "keypad"):
        return "keypad"
    if text in ("ic_card", "iccard", "card"):
        return "ic_card"
    raise Bad(f"the kind is keypad or ic_card, not '{cell_text(cell)[:40]}'")


def _account(cell: Cell) -> tuple[str, str | None]:
    if isinstance(cell, Number) and cell.integral and cell.width and cell.width > len(cell.text()):
        text = cell.text().rjust(cell.width, "0")
        return text, f"account {cell.text()} read as {text} (leading zeros restored)"
    return _text(cell, "account number", LIMITS["account_no"]), None


class _Checker:
    """Checks the rows of one table against one office (the office's data read once)."""

    def __init__(self, records: Records, table: Table) -> None:
        self.records = records
        self.repo = records.repo
        self.table = table
        self.currency = self.repo.settings().currency
        self.groups = {(sg.sgc, sg.krn): sg for sg in self.repo.supply_groups()}
        self.tariffs = {r[0] for r in self.repo.q("SELECT ti FROM tariffs")}

    def run(self) -> ImportPlan:
        kind = self.table.kind
        results = []
        for number, cells in self.table.rows:
            result = RowResult(number, cells)
            values = self._values(result)
            check = {"meters": self._meter, "customers": self._customer, "tariffs": self._tariff}[kind]
            check(result, values)
            results.append(result)
        new_customers: dict[str, dict] = {}
        needs_rollover: list[str] = []
        targets: dict[str, int] = {}
        if kind == "meters":
            self._duplicates(results, "meter_number", "meter {} is also on row(s) {}")
            self._duplicates(results, "card_serial", "card serial {} is also on row(s) {}")
            self._against_office_meters(results)
            new_customers = self._customers_of_meters(results)
            for r in results:
                if r.ok and r.values["base_date"] == BaseDate.Y1993:
                    needs_rollover.append(r.values["meter_number"])
            for (sgc, _krn), sg in self.groups.items():
                if sg.base_date == BaseDate.Y2014 and (sgc not in targets or
                                                       self.repo.supply_group(targets[sgc]).krn < sg.krn):
                    targets[sgc] = sg.id
        elif kind == "customers":
            self._duplicates(results, "account_key", "account {} is also on row(s) {}", shown="account_no")
            existing = self._office_accounts({r.values.get("account_key") for r in results} - {None})
            for r in results:
                row = existing.get(r.values.get("account_key"))
                if row is not None:
                    r.reasons.append(f"account {r.values['account_no']} is already in the office ({row['name']})")
            new_customers = {r.values["account_key"]: r.values for r in results if r.ok}
        else:
            self._duplicates(results, "ti", "tariff index {} is also on row(s) {}")
            for r in results:
                if r.values.get("ti") in self.tariffs:
                    r.reasons.append(f"the office already has a tariff with index {r.values['ti']:02d}; change it "
                                     "with sts-pos tariffs set")
        return ImportPlan(self.table, results, new_customers, needs_rollover, targets)

    def _values(self, result: RowResult) -> dict[str, Cell]:
        header = self.table.fields
        cells = result.cells
        if len(cells) > len(header) and any(cell_text(c).strip() for c in cells[len(header):]):
            result.reasons.append(f"the row has {len(cells)} cells but the header has {len(header)} columns "
                                  "(a separator inside a value? put such values in quotes)")
        values: dict[str, Cell] = {}
        for target, cell in zip(header, cells):
            if target is not None:
                values[target] = cell
        return values

    def _field(self, result: RowResult, parse: Callable, *args):
        try:
            return parse(*args)
        except Bad as exc:
            result.reasons.append(str(exc))
            return None

    # -- customers' fields (customers files and the customer part of meters files) -------------------------
    def _customer_fields(self, result: RowResult, raw: dict[str, Cell], name_required: bool) -> dict:
        v = result.values
        account = self._field(result, _account, raw.get("account_no"))
        if account is not None:
            text, note = account
            if note:
                result.notes.append(note)
            if not text:
                result.reasons.append("the account number is missing")
            v["account_no"] = text
            v["account_key"] = text.casefold() if text else None
        name = self._field(result, _text, raw.get("customer_name"), "customer name", LIMITS["customer_name"])
        if name is not None:
            v["customer_name"] = name
            if name_required and not name:
                result.reasons.append("the customer name is missing")
        address = self._field(result, _text, raw.get("address"), "address", LIMITS["address"])
        v["address"] = address
        v["phone"] = self._field(result, normalise_phone, raw.get("phone"))
        v["indigent"] = self._field(result, _yes_no, raw.get("indigent"), "indigent")
        v["debt"] = self._field(result, _money, raw.get("debt"), "debt", self.currency)
        v["given"] = {k for k in ("customer_name", "address", "phone", "indigent", "debt")
                      if cell_text(raw.get(k)).strip()}
        if account is not None and v.get("account_no") and name:
            try:
                check_customer(v["account_no"], name)
            except RecordError as exc:
                result.reasons.append(exc.message)
        return v

    def _customer(self, result: RowResult, raw: dict[str, Cell]) -> None:
        self._customer_fields(result, raw, name_required=True)
        percent = cell_text(raw.get("debt_recovery_percent")).strip()
        try:
            result.values["debt_recovery_percent"] = parse_percent(percent) if percent else None
        except RecordError as exc:
            result.reasons.append(f"debt recovery percent: {exc.message[0].lower()}{exc.message[1:]}")

    # -- meters ---------------------------------------------------------------------------------------------
    def _meter(self, result: RowResult, raw: dict[str, Cell]) -> None:
        v = result.values
        restored = self._field(result, _restore_meter_number, raw.get("meter_number"))
        if restored is not None:
            digits, note = restored
            try:
                v["meter_number"] = parse_meter_number(digits).drn
                if note:
                    result.notes.append(note)
            except UserFacingError as exc:
                result.reasons.append(exc.message.rstrip("."))
        self._customer_fields(result, raw, name_required=False)
        sgc = self._field(result, _sgc, raw.get("sgc"))
        krn = self._field(result, _whole, raw.get("krn"), "key revision number (krn)", 1, 9)
        if krn is None and not cell_text(raw.get("krn")).strip():
            result.reasons.append("the key revision number (krn) is missing")
        ti = self._field(result, _whole, raw.get("ti"), "tariff index (ti)", 0, 99)
        if ti is None and not cell_text(raw.get("ti")).strip():
            result.reasons.append("the tariff index (ti) is missing")
        key_type = self._field(result, _whole, raw.get("key_type"), "key type", 0, 3)
        base = self._field(result, _base_date, raw.get("base_date"))
        kind = self._field(result, _kind, raw.get("kind"))
        serial = self._field(result, _account, raw.get("card_serial"))
        if serial is not None:
            serial = serial[0] or None
            if serial and kind == "keypad":
                result.reasons.append(f"a keypad meter has no card serial ({serial}); make the kind ic_card or "
                                      "leave the serial out")
        v["card_serial"] = serial
        v["kind"] = kind
        sg = None
        if sgc is not None:
            code, note = sgc
            if note:
                result.notes.append(note)
            revisions = sorted(k for s, k in self.groups if s == code)
            if not revisions:
                result.reasons.append(f"there is no supply group {code} in this office (an administrator enters "
                                      "its vending key first)")
            elif krn is not None:
                sg = self.groups.get((code, krn))
                if sg is None:
                    result.reasons.append(f"supply group {code} has no key revision {krn} in this office "
                                          f"(it has {', '.join(map(str, revisions))})")
        if ti is not None and ti not in self.tariffs:
            result.reasons.append(f"there is no tariff with index {ti:02d} in this office (import or set the "
                                  "tariffs first)")
        if sg is not None and ti is not None and kind is not None and not result.reasons:
            try:
                _, base = self.records.check_meter(v["meter_number"], sg.id, ti, kind,
                                                   sg.key_type if key_type is None else key_type, base,
                                                   tariffs=self.tariffs)
            except UserFacingError as exc:
                result.reasons.append(exc.message.rstrip("."))
        v.update(supply_group_id=sg.id if sg else None, ti=ti, base_date=base or (sg.base_date if sg else None),
                 key_type=(sg.key_type if sg else 2) if key_type is None else key_type)

    def _duplicates(self, results: list[RowResult], key: str, text: str, shown: str | None = None) -> None:
        rows: dict = {}
        for r in results:
            value = r.values.get(key)
            if value not in (None, ""):
                rows.setdefault(value, []).append(r)
        for group in rows.values():
            if len(group) > 1:
                rows_of = [o.row for o in group]
                for r in group:
                    others = [n for n in rows_of[:7] if n != r.row][:6]
                    listed = ", ".join(map(str, others)) + (f" and {len(group) - 1 - len(others)} more"
                                                            if len(group) - 1 > len(others) else "")
                    r.reasons.append(text.format(r.values.get(shown or key), listed))

    def _against_office_meters(self, results: list[RowResult]) -> None:
        meters = {r.values.get("meter_number") for r in results} - {None}
        serials = {r.values.get("card_serial") for r in results} - {None}
        taken = set(self._in_office("SELECT meter_number FROM meters WHERE meter_number IN ({})", meters))
        used = set(self._in_office("SELECT card_serial FROM meters WHERE card_serial IN ({})", serials)) | \
            set(self._in_office("SELECT serial FROM cards WHERE serial IN ({})", serials))
        for r in results:
            if r.values.get("meter_number") in taken:
                r.reasons.append(f"meter {r.values['meter_number']} is already registered in this office")
            if r.values.get("card_serial") in used:
                r.reasons.append(f"card serial {r.values['card_serial']} is already used in this office")

    def _in_office(self, sql: str, values: Iterable) -> list:
        values = list(values)
        found = []
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            found += [row[0] for row in self.repo.q(sql.format(",".join("?" * len(chunk))), *chunk)]
        return found

    def _office_accounts(self, keys: set[str]) -> dict[str, dict]:
        """The office's customers whose account matches one of ``keys`` (case-insensitive, as the column)."""
        out: dict[str, dict] = {}
        if not keys:
            return out
        for row in self.repo.q("SELECT id, account_no, name, address, phone, indigent, debt_balance FROM customers"):
            key = row["account_no"].casefold()
            if key in keys:
                out[key] = dict(row)
        return out

    def _customers_of_meters(self, results: list[RowResult]) -> dict[str, dict]:
        """Link each meter row to its customer: one in the office, or one new customer per account in the file
        (defined by its first good row that names the customer; the other rows must agree)."""
        existing = self._office_accounts({r.values.get("account_key") for r in results} - {None})
        new: dict[str, dict] = {}
        for r in results:
            key = r.values.get("account_key")
            if key is None or not r.ok:
                continue
            office = existing.get(key)
            if office is not None:
                r.values["customer_id"] = office["id"]
                for problem in self._disagree(r.values, {
                        "customer_name": office["name"], "address": office["address"], "phone": office["phone"],
                        "indigent": bool(office["indigent"]), "debt": office["debt_balance"]}):
                    r.reasons.append(f"account {office['account_no']} is already in the office with {problem}")
                continue
            first = new.get(key)
            if first is None:
                if not r.values.get("customer_name"):
                    r.reasons.append(f"account {r.values['account_no']} is not in the office: give the customer's "
                                     "name")
                    continue
                new[key] = dict(r.values, first_row=r.row)
                continue
            for problem in self._disagree(r.values, first):
                r.reasons.append(f"account {r.values['account_no']} is on row {first['first_row']} with {problem}")
        return new

    def _disagree(self, values: dict, other: dict) -> list[str]:
        problems = []
        for key, label in (("customer_name", "name"), ("address", "address"), ("phone", "phone"),
                           ("indigent", "indigent"), ("debt", "debt")):
            if key not in values.get("given", ()):
                continue
            mine, theirs = values.get(key), other.get(key)
            if key == "customer_name":
                same = (mine or "").casefold() == (theirs or "").casefold()
            elif key == "phone":
                same = re.sub(r"\D", "", mine or "") == re.sub(r"\D", "", theirs or "")
            elif key == "address":
                same = " ".join((mine or "").split()).casefold() == " ".join((theirs or "").split()).casefold()
            else:
                same = mine == theirs
            if not same:
                shown = {"indigent": lambda x: "yes" if x else "no",
                         "debt": lambda x: format_money(x or 0, self.currency, symbol=False)}.get(key, str)
                problems.append(f"{label} '{shown(theirs)}', but this row says '{shown(mine)}'")
        return problems

    # -- tariffs --------------------------------------------------------------------------------------------
    def _tariff(self, result: RowResult, raw: dict[str, Cell]) -> None:
        v = result.values
        ti = self._field(result, _whole, raw.get("ti"), "tariff index (ti)", 0, 99)
        if ti is None and not cell_text(raw.get("ti")).strip():
            result.reasons.append("the tariff index (ti) is missing")
        name = self._field(result, _text, raw.get("name"), "tariff name", LIMITS["name"])
        if name == "":
            result.reasons.append("the tariff name is missing")
        blocks = []
        for spec in _BLOCK_SPLIT.split(cell_text(raw.get("blocks")).strip()):
            if not spec:
                continue
            rate, _, up = spec.partition(":")
            try:
                blocks.append((str(Decimal(rate.replace(",", "."))), parse_kwh(up) if up else None))
            except (InvalidOperation, InvalidMoney):
                result.reasons.append(f"the block '{spec[:40]}' is not RATE or RATE:UP_TO_KWH")
        if not blocks:
            result.reasons.append("the blocks are missing (e.g. '145.12:50 198.40:350 265')")
        money = {}
        for key in ("fixed_charge", "min_purchase", "max_purchase"):
            money[key] = self._field(result, _money, raw.get(key), key.replace("_", " "), self.currency)
        vat = cell_text(raw.get("vat_percent")).strip() or "0"
        fbe = cell_text(raw.get("fbe_kwh")).strip()
        try:
            fbe_kwh10 = parse_kwh(fbe) if fbe and fbe not in ("0", "0.0") else 0
        except InvalidMoney as exc:
            result.reasons.append(f"free basic electricity: {exc.message[0].lower()}{exc.message[1:].rstrip('.')}")
            fbe_kwh10 = 0
        v["ti"] = ti
        if result.reasons:
            return
        max_purchase = money["max_purchase"] if cell_text(raw.get("max_purchase")).strip() else None
        try:
            v["tariff"] = tariff_from_spec(ti, name, blocks, vat_percent=vat,
                                           fixed_monthly_charge=money["fixed_charge"] or 0,
                                           min_purchase=money["min_purchase"] or 0, max_purchase=max_purchase,
                                           fbe_kwh10=fbe_kwh10)
        except UserFacingError as exc:
            result.reasons.append(exc.message.rstrip("."))


def check_table(records: Records, table: Table) -> ImportPlan:
    """Check every row of ``table`` against the office (nothing is written)."""
    return _Checker(records, table).run()


# ---- writing ----------------------------------------------------------------------------------------------
PERMISSIONS = {"customers": Permission.CUSTOMERS, "meters": Permission.CUSTOMERS, "tariffs": Permission.TARIFFS}


def import_file(records: Records, session: Session | None, path: str | os.PathLike, kind: str, *,
                dry_run: bool = False, skip_bad: bool = False, pending_rollover: bool = False,
                mapping: dict[str, str | None] | None = None, table: Table | None = None,
                user: str | None = None) -> tuple[ImportReport, ImportPlan]:
    """Read, check and (unless ``dry_run``, and only when no row was refused unless ``skip_bad``) write a
    file; returns the report and the checked plan (its refused rows feed a rejects file)."""
    if session is not None:
        session.require(PERMISSIONS[kind])
        if pending_rollover:
            session.require(Permission.KEY_CHANGE)
    table = table or read_table(path, kind, mapping)
    plan = check_table(records, table)
    good = plan.good
    write = not dry_run and (skip_bad or not plan.rejected)
    report = ImportReport(kind=kind, file=table.name, sha256=table.sha256, rows=len(table.rows),
                          imported=len(good) if (skip_bad or not plan.rejected) else 0,
                          rejected=[{"row": r.row, "reasons": r.reasons} for r in plan.rejected],
                          dry_run=dry_run, skip_bad=skip_bad, written=False,
                          needs_rollover=list(plan.needs_rollover),
                          notes=[{"row": r.row, "notes": r.notes} for r in plan.results if r.notes and r.ok])
    wanted = {r.values.get("account_key") for r in good}  # a new customer only with a meter to import
    new_customers = [c for c in plan.new_customers.values() if kind == "customers" or c["account_key"] in wanted]
    report.customers_added = len(new_customers) if kind == "meters" else 0
    if pending_rollover:
        report.pending_rollover = _rollover_count(records, plan, good)
    if not write or not good:
        return report, plan
    _write(records, session, table, plan, good, new_customers, report, pending_rollover, user)
    report.written = True
    return report, plan


def _fts_insert_trigger(conn) -> tuple[str] | None:
    """The SQL of the FTS5 index's insert trigger of an SQLite office (None on PostgreSQL, or if absent)."""
    if getattr(conn, "backend", "sqlite") != "sqlite":
        return None
    return conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'").fetchone()


def _rollover_count(records: Records, plan: ImportPlan, good: list[RowResult]) -> int:
    count = 0
    for r in good:
        if r.values.get("base_date") == BaseDate.Y1993:
            sgc = records.repo.supply_group(r.values["supply_group_id"]).sgc
            count += sgc in plan.rollover_targets
    return count


def _write(records: Records, session: Session | None, table: Table, plan: ImportPlan, good: list[RowResult],
           new_customers: list[dict], report: ImportReport, pending_rollover: bool, user: str | None) -> None:
    repo, conn = records.repo, records.conn
    now = records.clock()
    at = iso(now)
    kind = table.kind
    try:
        with repo.transaction():
            if kind in ("customers", "meters"):
                before = repo.one("SELECT coalesce(max(id), 0) FROM customers")[0]
                # SQLite: the search index (FTS5) filled in one statement, not row by row by its trigger (8x
                # faster); the trigger is put back as it was, in the same transaction. PostgreSQL has no such
                # trigger: its search indexes (trigram, store.pg_sql) are kept by the server itself
                trigger = _fts_insert_trigger(conn)
                if trigger is not None:
                    conn.execute("DROP TRIGGER customers_fts_ai")
                conn.executemany(
                    "INSERT INTO customers (account_no, name, address, phone, indigent, debt_balance, "
                    "debt_recovery_percent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(c["account_no"], c["customer_name"], c.get("address") or "", c.get("phone") or "",
                      int(bool(c.get("indigent"))), c.get("debt") or 0,
                      None if c.get("debt_recovery_percent") is None else str(c["debt_recovery_percent"]), at)
                     for c in new_customers])
                if trigger is not None:
                    conn.execute("INSERT INTO customers_fts (rowid, name, address) SELECT id, name, address "
                                 "FROM customers WHERE id > ?", (before,))
                    conn.execute(trigger[0])
            if kind == "meters":
                ids = {row[1].casefold(): row[0] for row in
                       conn.execute("SELECT id, account_no FROM customers WHERE id > ?", (before,))}
                rows = []
                for r in good:
                    v = r.values
                    customer_id = v.get("customer_id") or ids[v["account_key"]]
                    meter = parse_meter_number(v["meter_number"])
                    rows.append((meter.drn, meter.iin, customer_id, v["supply_group_id"], v["ti"], v["key_type"],
                                 v["base_date"].code, v["kind"], v["card_serial"], at))
                conn.executemany(
                    "INSERT INTO meters (meter_number, iin, customer_id, supply_group_id, ti, key_type, base_date, "
                    "kind, card_serial, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                if pending_rollover:
                    pending = []
                    for r in good:
                        v = r.values
                        if v["base_date"] != BaseDate.Y1993:
                            continue
                        target = plan.rollover_targets.get(repo.supply_group(v["supply_group_id"]).sgc)
                        if target is not None:
                            pending.append((target, v["ti"], v["key_type"], at, v["meter_number"]))
                    conn.executemany(
                        "UPDATE meters SET pending_supply_group_id = ?, pending_ti = ?, pending_key_type = ?, "
                        "pending_base_date = '14', pending_since = ? WHERE meter_number = ?", pending)
                    report.pending_rollover = len(pending)
            if kind == "tariffs":
                for r in good:
                    t = r.values["tariff"]
                    conn.execute(
                        "INSERT INTO tariffs (ti, name, blocks, vat_percent, fixed_monthly_charge, min_purchase, "
                        "max_purchase, fbe_kwh10) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (t.ti, t.name, blocks_json(t.blocks), str(t.vat_percent), t.fixed_monthly_charge,
                         t.min_purchase, t.max_purchase, t.fbe_kwh10))
            repo.append_audit(now, session.username if session else (user or "system"), f"import.{kind}", {
                "file": table.name, "sha256": table.sha256, "format": table.source, "rows": len(table.rows),
                "imported": len(good), "rejected": len(plan.rejected), "skip_bad": report.skip_bad,
                "customers_added": report.customers_added, "pending_rollover": report.pending_rollover,
                "needs_rollover": len(plan.needs_rollover)})
    except sqlite3.IntegrityError as exc:
        raise ImportRefused("The office changed while the file was being checked (another user added one of its "
                            "meters, accounts or tariffs); nothing was imported. Run the import again.",
                            detail=str(exc)) from None
    repo.forget_cache()


# ---- the rejects file and the office's register as an import file ----------------------------------------
def rejects_csv(plan: ImportPlan) -> bytes:
    """The refused rows: the file's own columns, then ``file_row`` and ``reasons`` (UTF-8 with a BOM, so Excel
    reads it right). Correct the rows and import the file again: the two extra columns are ignored."""
    table = plan.table
    width = len(table.header)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*table.header, *REJECT_COLUMNS])
    for r in plan.rejected:
        cells = [cell_text(c) for c in r.cells[:width]] + [""] * max(0, width - len(r.cells))
        writer.writerow([*cells, r.row, "; ".join(r.reasons)])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def register_csv(conn: sqlite3.Connection, currency: Currency, kind: str = "meters") -> str:
    """The office's register as an import file of ``kind`` (the template's columns): meters with their
    customers, customers, or tariffs. An office is rebuilt from them with ``sts-pos import``."""
    def money(minor: int | None) -> str:
        return format_money(minor or 0, currency, symbol=False).replace(currency.thousands_separator, "")

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[kind])
    if kind == "meters":
        rows = conn.execute(
            "SELECT m.meter_number, c.account_no, c.name, c.address, c.phone, g.sgc, g.krn, m.ti, m.key_type, "
            "m.base_date, m.kind, m.card_serial, c.indigent, c.debt_balance FROM meters m "
            "JOIN supply_groups g ON g.id = m.supply_group_id LEFT JOIN customers c ON c.id = m.customer_id "
            "ORDER BY m.id")
        for r in rows:
            writer.writerow([r[0], r[1] or "", r[2] or "", r[3] or "", _PHONE_MARKS.sub("", r[4] or ""), r[5], r[6],
                             f"{r[7]:02d}", r[8], BaseDate.parse(r[9]).year, r[10], r[11] or "",
                             "yes" if r[12] else "no", money(r[13])])
    elif kind == "customers":
        for r in conn.execute("SELECT account_no, name, address, phone, indigent, debt_balance, "
                              "debt_recovery_percent FROM customers ORDER BY id"):
            writer.writerow([r[0], r[1], r[2], _PHONE_MARKS.sub("", r[3] or ""), "yes" if r[4] else "no",
                             money(r[5]), r[6] or ""])
    else:
        from sts_pos.store.repository import tariff_from_row

        if isinstance(conn, sqlite3.Connection):
            cursor = conn.cursor()
            cursor.row_factory = sqlite3.Row  # whatever the connection's own row factory
        else:  # PostgreSQL's rows are read by column name already (store.pg.Row)
            cursor = conn
        for row in cursor.execute("SELECT * FROM tariffs ORDER BY ti"):
            t = tariff_from_row(row)
            blocks = " ".join(f"{b.rate}:{b.up_to_kwh10 / 10:g}" if b.up_to_kwh10 is not None else f"{b.rate}"
                              for b in t.blocks)
            writer.writerow([f"{t.ti:02d}", t.name, blocks, t.vat_percent, money(t.fixed_monthly_charge),
                             money(t.min_purchase), "" if t.max_purchase is None else money(t.max_purchase),
                             f"{t.fbe_kwh10 / 10:g}"])
    return out.getvalue()
