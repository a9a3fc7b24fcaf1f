"""Reports, shift reports and charts for the GUI: the same :class:`sts_pos.reports.table.Report` the export
writes is what the screen shows (one computation: the export of a report on screen writes that report).

A mixin of :class:`sts_pos.gui.office.OfficeSession`; every method runs on a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sts_pos.errors import UserFacingError

translate = QCoreApplication.translate


class ReportDesk:
    def _require_permission(self, name: str) -> None:
        from sts_pos.vending.roles import Permission

        self._session().require(Permission(name))

    def report_names(self) -> list[tuple[str, str]]:
        from sts_pos.reports.registry import report_names

        return [(n, translate("OfficeSession", t)) for n, t in report_names() if not n.startswith("shift-")]

    def report(self, name: str, first, last):
        """The report ``name`` over the office days ``first``..``last`` (supervisors), to show and export."""
        from sts_pos.reports.registry import build_report

        self._require_permission("reports")
        return build_report(self.services.conn, name, first, last, username=self._session().username)

    def export_report(self, name: str, first, last, fmt: str, path: Path, report=None) -> str:
        """Write ``report`` (the one on screen) or else the report ``name`` for the period to ``path``."""
        from sts_pos.reports.table import export

        self._require_permission("reports")
        if report is None:
            report = self.report(name, first, last)
        Path(path).write_bytes(export(report, fmt))
        return str(path)

    def chart_data(self, name: str, first, last):
        """The chart ``name`` for the period as :class:`sts_pos.reports.charts.ChartPlot` (supervisors)."""
        from sts_pos.reports.charts import chart_plot

        self._require_permission("reports")
        return chart_plot(self.services.conn, name, first, last)

    def shift_choices(self):
        """The shifts the user may report on, newest first: a supervisor every cashier's, a cashier their own."""
        from sts_pos.reports.shift import shift_choices
        from sts_pos.vending.roles import Permission

        session = self._session()
        mine = None if session.can(Permission.REPORTS) else session.user_id
        return shift_choices(self.services.conn, user_id=mine)

    def shift_report(self, kind: str, shift_id: int | None = None):
        """``(report, pdf path)``: the X report (any time) or the Z report (a closed shift; taken once, every
        later one a COPY) of shift ``shift_id``; without it, the user's open shift (X) or last closed one (Z).
        The PDF is written next to the database, as a printed copy."""
        from sts_pos.reports import shift as shift_reports
        from sts_pos.reports.table import export

        session, conn = self._session(), self.services.conn
        if shift_id is None:
            shift_id = self._own_shift(kind)
        shift_reports.require_shift_access(conn, session, shift_id)
        copy = False
        if kind == "x":
            summary = shift_reports.x_report(conn, shift_id)
        else:
            summary, copy = shift_reports.z_report(conn, shift_id, session.username, self.services.clock())
            if not copy:
                self.services.anchor_audit_head()  # the Z is appended to the audit log by the reports layer
        report = shift_reports.shift_report(conn, summary, copy=copy)
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        path = self.receipts_dir / f"shift-{shift_id}-{kind}{'-copy' if copy else ''}.pdf"
        path.write_bytes(export(report, "pdf"))
        self.printed.append(path)
        return report, str(path)

    def _own_shift(self, kind: str) -> int:
        session, conn = self._session(), self.services.conn
        if kind == "x":
            current = self.services.staff.current_shift(session)
            if current is None:
                raise UserFacingError(translate("OfficeSession",
                                                "No shift is open; the X report is of the open shift."))
            return current.id
        row = conn.execute("SELECT id FROM shifts WHERE user_id = ? AND closed_at IS NOT NULL ORDER BY id DESC "
                           "LIMIT 1", (session.user_id,)).fetchone()
        if row is None:
            raise UserFacingError(translate("OfficeSession",
                                            "The Z report is taken when a shift is closed; close your shift first."))
        return row[0]
