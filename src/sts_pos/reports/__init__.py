"""Receipts, reports, shift reports and chart data: pure functions from recorded rows to bytes.

Receipts (one layout, every output)::

    receipt_data.Receipt            frozen description (office, sale, deductions, blocks, tokens, copy flag)
    receipt_adapter.from_vending    vending.receipt.Receipt -> Receipt   (right after a vend, in the GUI)
    receipt_adapter.receipt_for_sale(conn, sale_id=|receipt_no=, copy=)   (reprints, sts-pos print)
    receipt_adapter.slip_for_job(conn, job_id)                           (engineering-token slips)
    receipt.receipt_layout(r) -> [Line(style, left, right)]              (the GUI's QPrinter painter)
    receipt.receipt_text(r, columns) -> [str]                            (plain fixed-width lines)
    receipt_pdf.receipt_pdf(r, "58mm" | "80mm" | "a4") -> PDF bytes
    receipt_escpos.receipt_escpos(r, columns=42, qr="native") -> ESC/POS bytes
                                      (send with devices.printers.send_bytes)

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
