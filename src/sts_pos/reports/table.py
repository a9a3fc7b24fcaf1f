"""A report as data (:class:`Report`: columns, rows, totals) and its exports: CSV, JSON, XLSX and PDF.

Rows hold raw values: money as integer minor units, energy as integer tenths of kWh, counts as ints,
text as str. Each :class:`Column` says its kind, so every export formats the same numbers its own way:
CSV plain decimals (``1234.56``, no currency symbol, so spreadsheets read numbers), JSON exact
decimal strings plus the currency, XLSX numeric cells with a number format of the office's decimals,
PDF (:mod:`sts_pos.reports.report_pdf`) the printed form with the office header. Nothing is a float.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sts_pos.errors import UserFacingError
from sts_pos.reports.formatting import format_kwh, format_money, kwh_number, money_decimal, money_number
from sts_pos.reports.office import Office
from sts_pos.vending.office_time import offset_label

TEXT, MONEY, KWH, COUNT = "text", "money", "kwh", "count"
FORMATS = ("pdf", "csv", "xlsx", "json")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT


@dataclass(frozen=True)
class Report:
    """A finished report: what, for whom, when, and its table (totals row optional)."""

    name: str
    title: str
    office: Office
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    period_from: str = ""
    period_to: str = ""
    totals: tuple | None = None
    generated_at: str = ""
    notes: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict)

    def column(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def values(self, key: str) -> list:
        i = self.column(key)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> list[dict]:
        return [dict(zip((c.key for c in self.columns), row)) for row in self.rows]


def cell_text(value, column: Column, office: Office, printed: bool = False) -> str:
    """One value as text: printed (PDF: currency, kWh unit) or plain (CSV)."""
    if value is None:
        return ""
    if column.kind == MONEY:
        return format_money(value, office.money, symbol=False) if printed else money_number(value, office.money.decimals)
    sep = office.money.thousands_separator
    if column.kind == KWH:
        return format_kwh(value).removesuffix(" kWh").replace(",", sep) if printed else kwh_number(value)
    if column.kind == COUNT:
        return f"{value:,}".replace(",", sep) if printed else str(value)
    return str(value)


def report_csv(report: Report) -> bytes:
    """CSV (UTF-8 with BOM so spreadsheet programs detect the encoding): a header row, rows, totals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_title_with_unit(c, report.office) for c in report.columns])
    for row in report.rows:
        writer.writerow([cell_text(v, c, report.office) for v, c in zip(row, report.columns)])
    if report.totals is not None:
        writer.writerow([cell_text(v, c, report.office) for v, c in zip(report.totals, report.columns)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def column_heading(column: Column, office: Office) -> str:
    """A column's heading on screen with its unit: ``Amount paid (R)`` (the office's currency symbol, as
    money is written beside it), ``Units (kWh)``."""
    if column.kind == MONEY and (office.money.symbol or office.money.code):
        return f"{column.title} ({office.money.symbol or office.money.code})"
    return _title_with_unit(column, office)


def _title_with_unit(column: Column, office: Office) -> str:
    if column.kind == MONEY and (office.money.code or office.money.symbol):
        return f"{column.title} ({office.money.code or office.money.symbol})"
    if column.kind == KWH:
        return f"{column.title} (kWh)"
    return column.title


def _json_value(value, column: Column, office: Office):
    if value is None:
        return None
    if column.kind == MONEY:
        return money_number(value, office.money.decimals)
    if column.kind == KWH:
        return kwh_number(value)
    return value


def report_json(report: Report) -> bytes:
    """JSON: money and kWh as exact decimal strings, the currency named, rows as objects."""
    office = report.office
    doc = {
        "report": report.name,
        "title": report.title,
        "office": {"name": office.name, "vat_number": office.vat_number},
        "currency": {"code": office.money.code, "symbol": office.money.symbol, "decimals": office.money.decimals},
        "from": report.period_from,
        "to": report.period_to,
        "generated_at": report.generated_at,
        "times_in": offset_label(office.utc_offset_minutes),  # days and times are office time (vending.office_time)
        "columns": [{"key": c.key, "title": c.title, "kind": c.kind} for c in report.columns],
        "rows": [{c.key: _json_value(v, c, office) for v, c in zip(row, report.columns)} for row in report.rows],
        "totals": None if report.totals is None else
        {c.key: _json_value(v, c, office) for v, c in zip(report.totals, report.columns)},
        "notes": list(report.notes),
    }
    return json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8")


def report_xlsx(report: Report) -> bytes:
    """XLSX (openpyxl): a header block, numeric cells formatted with the office's decimals, bold totals."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    office = report.office
    wb = Workbook()
    ws = wb.active
    ws.title = report.name[:31] or "report"
    ws.append([office.name])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([report.title])
    ws.append([_period(report)])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append([_title_with_unit(c, office) for c in report.columns])
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    money_format = "#,##0" + ("." + "0" * office.money.decimals if office.money.decimals else "")
    rows = list(report.rows) + ([report.totals] if report.totals is not None else [])
    for row in rows:
        out = []
        for value, column in zip(row, report.columns):
            if value is None:
                out.append(None)
            elif column.kind == MONEY:
                out.append(money_decimal(value, office.money.decimals))
            elif column.kind == KWH:
                out.append(money_decimal(value, 1))
            else:
                out.append(value)
        ws.append(out)
        for cell, column in zip(ws[ws.max_row], report.columns):
            if column.kind == MONEY:
                cell.number_format = money_format
            elif column.kind == KWH:
                cell.number_format = "#,##0.0"
    if report.totals is not None:
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for i, column in enumerate(report.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(12, len(column.title) + 4)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _period(report: Report) -> str:
    if report.period_from or report.period_to:
        return f"Period: {report.period_from} to {report.period_to}"
    return ""


def export(report: Report, fmt: str) -> bytes:
    """The report in one of :data:`FORMATS`."""
    fmt = fmt.lower()
    if fmt == "csv":
        return report_csv(report)
    if fmt == "json":
        return report_json(report)
    if fmt == "xlsx":
        return report_xlsx(report)
    if fmt == "pdf":
        from sts_pos.reports.report_pdf import report_pdf

        return report_pdf(report)
    raise UserFacingError(f"Reports cannot be saved as {fmt!r}.", f"Choose one of: {', '.join(FORMATS)}.")


def now_text(conn, now: datetime | None = None) -> str:
    """When the report was made, in the office's time, labelled with its offset once for the whole report."""
    from sts_pos.reports.office import office_time

    clock = office_time(conn)
    return f"{clock.minute(now or datetime.now(UTC))} (times in {clock.label})"
