"""The clock guard (vending.clock_guard): a PC clock far behind or ahead of the office's records makes no
token and writes nothing; a supervisor's confirmation (audited) lifts the refusal. The office is opened with
a pinned clock, placed relative to the office's own last sale (never relative to today)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.vending.clock_guard import BEHIND_TOLERANCE, ClockRefused, check_clock
from sts_pos.vending.office_time import OfficeTime, parse_instant
from sts_pos.vending.roles import PermissionDenied


class PinnedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def last_sale_at(office) -> datetime:
    return parse_instant(office.repo.one("SELECT created_at FROM sales ORDER BY id DESC LIMIT 1")[0])


def counts(office) -> tuple:
    return tuple(office.repo.one(f"SELECT count(*) FROM {table}")[0]
                 for table in ("sales", "tokens", "engineering_jobs", "meter_months"))


def sellable(demo_office) -> str:
    return demo_office.meters(pending_key_change=False, kind="keypad")[0]["meter_number"]


@pytest.fixture
def office_at(demo_office):
    """Open the demo office with a clock pinned ``delta`` from its last sale (and a cashier signed in)."""
    opened = []

    def at(delta: timedelta):
        with demo_office.open() as probe:
            last = last_sale_at(probe)
        clock = PinnedClock(last + delta)
        office = demo_office.open(clock=clock)
        opened.append(office)
        return office, clock, demo_office.login(office, "cashier")

    yield at
    for office in opened:
        office.close()


def test_a_clock_a_day_behind_the_last_sale_sells_nothing(office_at, demo_office):
    office, clock, cashier = office_at(-timedelta(days=1))
    before = counts(office)
    meter = office.repo.meter_by_number(sellable(demo_office))
    with pytest.raises(ClockRefused) as refused:
        office.sales.vend(cashier, sellable(demo_office), amount=20000)
    text = refused.value.message
    assert "clock" in text
    office_time = office.repo.settings().office_time
    assert office_time.minute(clock.now) in text and office_time.minute(last_sale_at(office)) in text
    assert "24 hours" in text and "Nothing was sold" in text
    assert counts(office) == before
    assert office.repo.meter_by_number(meter.meter_number.drn).last_tid == meter.last_tid  # no TID reserved


def test_a_few_minutes_behind_is_the_same_moment(office_at, demo_office):
    office, _, cashier = office_at(-BEHIND_TOLERANCE + timedelta(seconds=1))
    assert office.sales.vend(cashier, sellable(demo_office), amount=20000).sale.status == "ISSUED"


def test_a_clock_400_days_ahead_is_refused_until_a_supervisor_confirms_it(office_at, demo_office):
    office, clock, cashier = office_at(timedelta(days=400))
    before = counts(office)
    with pytest.raises(ClockRefused) as refused:
        office.sales.vend(cashier, sellable(demo_office), amount=20000)
    assert "400 days after the last sale" in refused.value.message and "45 days" in refused.value.message
    assert counts(office) == before
    with pytest.raises(PermissionDenied):
        office.confirm_clock(cashier)
    supervisor = demo_office.login(office, "supervisor")
    verdict = office.confirm_clock(supervisor)
    assert verdict.ok and verdict.last_kind == "confirmation"
    entry = office.repo.one("SELECT username, detail FROM audit_log WHERE action = 'clock.confirm'")
    assert entry[0] == "supervisor" and json.loads(entry[1])["verdict_before"] == "ahead"
    sale = office.sales.vend(cashier, sellable(demo_office), amount=20000).sale
    assert sale.status == "ISSUED" and parse_instant(sale.created_at) == clock.now
    assert office.verify_audit().ok


def test_a_clock_confirmed_behind_the_last_sale_sells_from_then_on(office_at, demo_office):
    office, clock, cashier = office_at(-timedelta(days=1))
    supervisor = demo_office.login(office, "supervisor")
    assert office.confirm_clock(supervisor).ok
    first = office.sales.vend(cashier, sellable(demo_office), amount=20000).sale
    clock.now += timedelta(minutes=3)
    second = office.sales.vend(cashier, sellable(demo_office), amount=20000).sale
    assert first.status == second.status == "ISSUED"
    # the newest written sale is the reference now: a clock then set back again is refused again
    clock.now -= timedelta(hours=2)
    with pytest.raises(ClockRefused):
        office.sales.vend(cashier, sellable(demo_office), amount=20000)


def test_engineering_tokens_are_guarded_too(office_at, demo_office):
    office, _, _ = office_at(timedelta(days=100))
    technician = demo_office.login(office, "technician")
    before = counts(office)
    with pytest.raises(ClockRefused) as refused:
        office.engineering.issue(technician, sellable(demo_office), "clear_tamper", reason="work order 17")
    assert "clock" in refused.value.message
    assert counts(office) == before


def test_the_gap_is_an_office_setting(office_at, demo_office):
    office, _, cashier = office_at(timedelta(days=11))
    assert office.sales.vend(cashier, sellable(demo_office), amount=20000).sale.status == "ISSUED"
    admin = demo_office.login(office, "admin")
    office.records.set_settings(admin, clock_max_gap_days="10")
    office.confirm_clock(demo_office.login(office, "supervisor"))  # the sale above is now the reference
    office.sales.clock.now += timedelta(days=10, minutes=1)
    with pytest.raises(ClockRefused) as refused:
        office.sales.vend(cashier, sellable(demo_office), amount=20000)
    assert "more than 10 days" in refused.value.message


def test_a_retry_of_a_sale_already_made_is_not_refused(office_at, demo_office):
    office, clock, cashier = office_at(timedelta(minutes=1))
    first = office.sales.vend(cashier, sellable(demo_office), amount=20000, request_id="retry-1")
    clock.now -= timedelta(days=2)  # the clock is then set wrong: the same request still answers the same sale
    again = office.sales.vend(cashier, sellable(demo_office), amount=20000, request_id="retry-1")
    assert again.sale.id == first.sale.id and again.tokens == first.tokens


class FakeRepo:
    """Just the guard's inputs: the office's marks and settings (the rule is tested, not the store)."""

    def __init__(self, marks: dict, confirmation: str | None = None, gap: int = 45) -> None:
        from sts_pos.vending.model import OfficeSettings

        self.marks, self.confirmation = marks, confirmation
        self._settings = OfficeSettings(utc_offset_minutes=120, clock_max_gap_days=gap)

    def settings(self):
        return self._settings

    def clock_marks(self) -> dict:
        return {**self.marks, "confirmation": self.confirmation}


BASE = datetime(2027, 3, 31, 22, 40, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(sale=st.integers(-10**6, 10**6), job=st.integers(-10**6, 10**6), delta=st.integers(-10**8, 10**8),
       gap=st.integers(1, 3660), has_job=st.booleans())
def test_the_verdict_follows_the_rule_for_any_times(sale, job, delta, gap, has_job):
    sale_at, job_at = BASE + timedelta(seconds=sale), BASE + timedelta(seconds=job)
    marks = {"sale": (7, sale_at.isoformat()), "job": (3, job_at.isoformat()) if has_job else None,
             "start": (BASE - timedelta(days=30)).isoformat()}
    now = BASE + timedelta(seconds=delta)
    verdict = check_clock(FakeRepo(marks, gap=gap), now)
    last = max(sale_at, job_at) if has_job else sale_at
    assert verdict.last_at == last
    expected = ("behind" if now < last - timedelta(minutes=5)
                else "ahead" if now > last + timedelta(days=gap) else "ok")
    assert verdict.status == expected
    if expected != "ok":
        text = verdict.message()
        assert "clock" in text and OfficeTime(120).minute(now) in text and OfficeTime(120).minute(last) in text


def test_an_office_without_records_and_a_damaged_confirmation():
    assert check_clock(FakeRepo({"sale": None, "job": None, "start": None}), BASE).ok
    marks = {"sale": (5, BASE.isoformat()), "job": None, "start": None}
    # a confirmation that cannot be read counts as none: the records decide
    assert check_clock(FakeRepo(marks, confirmation="{not json"), BASE - timedelta(days=1)).status == "behind"
