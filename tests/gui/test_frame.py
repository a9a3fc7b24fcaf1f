"""The GUI frame without an office: tasks, error boxes, forms, formats, translations."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from sts_pos.errors import UserFacingError
from sts_pos.gui import errors
from sts_pos.gui.forms import load_form, ui_path
from sts_pos.gui.i18n import BadAmount, Formats
from sts_pos.gui.tasks import Tasks
from sts_pos.gui.widgets import TokenList, group_token


def test_task_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    tasks = Tasks()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    with qtbot.waitCallback() as cb:
        tasks.run(work, success=lambda v: (seen.update(main=threading.current_thread() is threading.main_thread()),
                                           cb(v)))
    assert cb.args == [42]
    assert seen == {"worker": True, "main": True}


def test_task_failure_goes_to_failure_callback_on_gui_thread(qtbot):
    tasks = Tasks()
    with qtbot.waitCallback() as cb:
        tasks.run(lambda: 1 / 0, success=lambda v: pytest.fail("no success"), failure=cb)
    assert isinstance(cb.args[0], ZeroDivisionError)


def test_job_progress_and_cancel(qtbot):
    tasks = Tasks()
    steps = []

    def work(job):
        for i in range(1000):
            job.progress(i, 1000)
            if i == 3:
                job.cancel()
            job.check()
        return "done"

    with qtbot.waitCallback() as cb:
        tasks.run(work, success=lambda v: pytest.fail("should be cancelled"), failure=cb,
                  progress=lambda d, t, _: steps.append(d))
    qtbot.waitUntil(lambda: len(steps) == 4)
    assert type(cb.args[0]).__name__ == "Cancelled"


def test_synchronous_tasks_run_inline():
    tasks = Tasks(synchronous=True)
    out = []
    tasks.run(lambda: "x", success=out.append)
    tasks.run(lambda: int("no"), failure=lambda e: out.append(type(e).__name__))
    assert out == ["x", "ValueError"]


def test_user_facing_error_keeps_its_words_and_detail(qtbot):
    box = errors.show_error(None, UserFacingError("The meter is blocked. Call the supervisor.", "meter_id=4"))
    qtbot.addWidget(box)
    assert box.text() == "The meter is blocked. Call the supervisor."
    assert box.detailedText() == "meter_id=4"
    box.close()


def test_unexpected_error_shows_generic_words_not_a_traceback(qtbot):
    try:
        {}["missing"]
    except KeyError as exc:
        message, detail = errors.describe(exc)
    assert "Traceback" not in message + detail and "KeyError" not in message
    assert detail.startswith("KeyError: 'missing' (at test_frame.py:")


def test_excepthook_shows_a_box_instead_of_crashing(qtbot, monkeypatch):
    errors.install_excepthook()
    import sys

    before = len(errors.shown)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(errors.shown) == before + 1
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()
    sys.excepthook = sys.__excepthook__


def test_forms_load_from_the_checkout(qtbot):
    assert ui_path("vend").exists()
    form = load_form("login")
    qtbot.addWidget(form)
    assert form.findChild(QLineEdit, "passwordEdit").echoMode() == QLineEdit.EchoMode.Password


def test_money_is_exact_and_uses_office_currency():
    f = Formats("PHP", 2, QLocale(QLocale.Language.English))
    assert f.money(123456789) == "PHP 1,234,567.89"  # as the receipt writes it (vending.money)
    assert f.parse_money("1,250.5") == 125050
    office = Formats("R", 2, decimal_mark=".", group_separator=" ")  # the office currency's separators
    assert office.money(500000) == "R 5 000.00" and office.money(-18) == "R -0.18"
    assert office.parse_money("5 000.00") == office.parse_money(office.money(500000)) == 500000
    comma = Formats("€", 2, decimal_mark=",", group_separator=".")
    assert comma.money(125050) == "€ 1.250,50" and comma.parse_money("1.250,50") == 125050
    assert comma.parse_kwh("12,5") == Decimal("12.5")
    assert Formats("", 0, QLocale(QLocale.Language.English)).money(1500) == "1,500"
    with pytest.raises(BadAmount):
        f.parse_money("12.345")
    with pytest.raises(BadAmount):
        f.parse_money("abc")
    assert f.energy(1234) == "123.4 kWh"


def test_token_groups_and_clipboard(qtbot):
    assert group_token("12345678901234567890") == "1234 5678 9012 3456 7890"
    view = TokenList()
    qtbot.addWidget(view)
    view.set_tokens([("Key change 1", "11112222333344445555"), ("Credit", "98765432109876543210")])
    assert view.copy() == "Key change 1: 1111 2222 3333 4444 5555\nCredit: 9876 5432 1098 7654 3210"
    assert QApplication.clipboard().text().endswith("3210")
