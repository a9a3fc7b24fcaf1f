"""Reports as A4 PDFs (reportlab platypus): office header, title, period, a table that repeats its
header row on every page, a bold totals row, notes, and "page N of M" in the footer.

Wide reports (more than 7 columns) turn the page to landscape. Numbers are right-aligned and printed
with the office's separators and decimals (:func:`sts_pos.reports.table.cell_text`).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from sts_pos.reports.fonts import fonts
from sts_pos.reports.table import TEXT, Report, cell_text


class _NumberedCanvas:
    """Factory for a canvas that knows the page count when it draws the footers (two-pass)."""

    def __new__(cls, report: Report):
        from reportlab.pdfgen.canvas import Canvas

        f = fonts()

        class Numbered(Canvas):
            def __init__(self, *args, **kwargs):
                kwargs["invariant"] = 1
                super().__init__(*args, **kwargs)
                self._pages = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    width, _ = self._pagesize
                    self.setFont(f.regular, 8)
                    self.drawString(15 * mm, 10 * mm, f"{report.office.name} - {report.title}")
                    self.drawRightString(width - 15 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
                    super().showPage()
                super().save()

        return Numbered


def report_pdf(report: Report) -> bytes:
    f = fonts()
    pagesize = landscape(A4) if len(report.columns) > 7 else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=report.title, author="sts-pos")
    h1 = ParagraphStyle("h1", fontName=f.bold, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", fontName=f.bold, fontSize=12, leading=16, spaceBefore=4)
    small = ParagraphStyle("small", fontName=f.regular, fontSize=9, leading=12)
    office = report.office
    story = [Paragraph(_escape(office.name), h1)]
    details = [x for x in (office.address, f"Tel {office.phone}" if office.phone else "",
                           f"VAT No {office.vat_number}" if office.vat_number else "") if x]
    if details:
        story.append(Paragraph(_escape("   ".join(details)), small))
    story.append(Paragraph(_escape(report.title), h2))
    period = f"Period: {report.period_from} to {report.period_to}" if report.period_from or report.period_to else ""
    line = "   ".join(x for x in (period, f"Printed: {report.generated_at}" if report.generated_at else "") if x)
    if line:
        story.append(Paragraph(_escape(line), small))
    story.append(Spacer(1, 4 * mm))
    story.append(_table(report, doc.width))
    for note in report.notes:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(_escape(note), small))
    doc.build(story, canvasmaker=_NumberedCanvas(report))
    return buffer.getvalue()


def _table(report: Report, width: float):
    f = fonts()
    cell = ParagraphStyle("cell", fontName=f.regular, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=f.bold, fontSize=8, leading=10)
    head_right = ParagraphStyle("head_right", parent=head, alignment=2)
    header = [Paragraph(_escape(c.title), head if c.kind == TEXT else head_right) for c in report.columns]
    data = [header]
    for row in report.rows:
        data.append([_cell(v, c, report, cell) for v, c in zip(row, report.columns)])
    if report.totals is not None:
        data.append([_cell(v, c, report, cell) for v, c in zip(report.totals, report.columns)])
    if len(data) == 1:
        data.append([Paragraph("No records in this period.", cell)] + [""] * (len(report.columns) - 1))
    text_cols = sum(1 for c in report.columns if c.kind == TEXT)
    num_cols = len(report.columns) - text_cols
    unit = width / (2 * text_cols + num_cols * 1.2 or 1)
    col_widths = [unit * (2 if c.kind == TEXT else 1.2) for c in report.columns]
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), f.regular, 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f3f5")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, c in enumerate(report.columns):
        if c.kind != TEXT:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    if report.totals is not None and report.rows:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("FONT", (0, -1), (-1, -1), f.bold, 8)]
    table.setStyle(TableStyle(style))
    return table


def _cell(value, column, report: Report, style):
    text = cell_text(value, column, report.office, printed=True)
    if column.kind == TEXT:
        return Paragraph(_escape(text), style)
    return text


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
