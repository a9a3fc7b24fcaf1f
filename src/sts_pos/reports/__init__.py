"""Receipts, reports, shift reports and chart data: pure functions from recorded rows to bytes.

Receipts (one layout, every output)::

    vending.receipt.Receipt         THE frozen description, built by the vending services:
                                    sales.receipt(result) / sales.reprint(session, sale_id) (copy, audited),
                                    engineering.receipt(result) / engineering.slip(session, job_id)
    receipt_notes.with_notes(r, conn)                                    (delivery, replaced, unentered notes)
    receipt.receipt_layout(r) -> [Line(style, left, right)]              (the GUI's QPrinter painter, preview)
    receipt.receipt_text(r, columns) -> [str]                            (plain fixed-width lines)
    receipt_pdf.receipt_pdf(r, "58mm" | "80mm" | "a4", dots=None) -> PDF bytes (rolls: the printable width)
    receipt_escpos.receipt_escpos(r, columns=42, qr="native", code_page="PC437", dots=None) -> ESC/POS bytes
                                      (send with devices.printers.send_bytes or devices.printers.cups)

Reports (``sts-pos report``)::

    registry.build_report(conn, name, first, last, days=, shift_id=, username=) -> table.Report
    table.export(report, "pdf" | "csv" | "xlsx" | "json") -> bytes
    sales.sales_report / sales_rows     by day, month, cashier, tariff, supply group (the one the sale was
                                        made under); the report adds count and money per payment method
    lists.fbe_report, debt_report, engineering_report, dormant_report, consumption_report
    shift.x_report, take_z_report (immutable, kept in the audit log), shift_report
                                        (ShiftSummary.tenders(): count and money per payment method;
                                        expected cash = float + cash sales)
    charts.chart_data / chart_points    sales per day/month, units per tariff, cashier comparison

Money is integer minor units and energy integer tenths of kWh throughout; the office's currency settings
decide how money is printed. Nothing here imports Qt.
"""
