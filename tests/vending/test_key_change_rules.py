"""The vending layer keeps the STS rules a certified vending system keeps (issue 12): no key change to the key a
meter already has (the replay of used tokens), key types, base dates, key expiry on management tokens, and
no credit under a default key. Real demo office file, tokens checked in the virtual meter."""

import pytest

from sts_pos.errors import UserFacingError
from sts_pos.store.demo import STA_KEY
from sts_pos.sts.errors import KeyChangeRefused, KeyExpired, KeyTypeRefused, StsError
from sts_pos.sts.meter import MeterResult, VirtualMeter
from sts_pos.sts.meter_number import make_meter_number
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.engineering import EngineeringError
from tests.cli.inproc import office_cli


def virtual_meter(office, meter_number):
    meter = office.sales.find_meter(meter_number)
    return VirtualMeter.with_vending_key(meter.meter_number, meter.params, office.vending_key(meter.supply_group.id),
                                         keypad=meter.kind == "keypad")


def counts(office):
    return {table: office.repo.one(f"SELECT count(*) FROM {table}")[0]
            for table in ("sales", "tokens", "engineering_jobs", "key_changes")}


def rollover_meter(demo_office):
    m = demo_office.meters(pending_key_change=True, kind="keypad")[0]
    assert m["base_date"] == 1993 and m["krn"] == 1 and m["dkga"] == "02"
    return m["meter_number"]


def test_a_same_key_rollover_is_refused_and_a_replay_leaves_the_credit_unchanged(demo_office):
    number = rollover_meter(demo_office)
    with demo_office.open() as office:
        supervisor, cashier = demo_office.login(office, "supervisor"), demo_office.login(office, "cashier")
        before = office.sales.find_meter(number).pending
        with pytest.raises(EngineeringError, match="must also change the key") as refused:
            office.engineering.set_pending_change(supervisor, number, krn=1, base_date=2014)
        assert "every credit token it has already taken would work again" in str(refused.value)
        assert office.sales.find_meter(number).pending == before, "the pending rollover to KRN 2 is kept"
        vm = virtual_meter(office, number)
        sale = office.sales.vend(cashier, number, amount=20000)
        assert [t.kind for t in sale.tokens][:3] == ["key_change_1", "key_change_2", "credit"]
        assert sale.meter["krn"] == 2 and sale.meter["base_date"] == 2014
        results = [vm.enter(t.number).result for t in sale.tokens]
        assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
        credit = vm.credit
        # the customer tries the receipt again: the credit token, the key change tokens, the credit token
        replay = [vm.enter(t.number).result for t in sale.tokens]
        assert replay[0] is MeterResult.CRC_ERROR and replay[1] is MeterResult.CRC_ERROR  # the old key is gone
        assert set(replay[2:]) == {MeterResult.USED}
        assert vm.credit == credit
        # and the next rollover (2014 -> 2035) on the same key revision is refused too
        with pytest.raises(EngineeringError, match="must also change the key"):
            office.engineering.set_pending_change(supervisor, number, krn=2, base_date=2035)


def test_the_cli_meters_edit_refuses_the_same_key_rollover_in_words(demo_office):
    number = rollover_meter(demo_office)
    done = office_cli(demo_office, "meters", "edit", "--meter", number, "--krn", "1", "--base-date", "2014",
                      username="supervisor")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "must also change the key" in done.stderr + done.stdout
    with demo_office.open() as office:
        pending = office.sales.find_meter(number).pending
        assert pending.supply_group.krn == 2 and pending.base_date is BaseDate.Y2014
    # together with another field, nothing of the edit is kept
    done = office_cli(demo_office, "meters", "edit", "--meter", number, "--kind", "ic_card", "--krn", "1",
                      "--base-date", "2014", username="supervisor")
    assert done.returncode != 0
    with demo_office.open() as office:
        assert office.sales.find_meter(number).kind == "keypad"
    for krn in ("0", "10", "15"):
        done = office_cli(demo_office, "meters", "edit", "--meter", number, "--krn", krn, username="supervisor")
        assert done.returncode == 2 and "1 to 9" in done.stderr and "Traceback" not in done.stderr


def test_a_stored_same_key_change_makes_no_sale_and_no_engineering_job(demo_office):
    """A pending change written before these rules (or by hand): the vend and the key change job refuse it and
    write nothing; the meter is never given the set."""
    number = rollover_meter(demo_office)
    with demo_office.open() as office:
        cashier, tech = demo_office.login(office, "cashier"), demo_office.login(office, "technician")
        meter = office.sales.find_meter(number)
        now = office.clock()
        with office.repo.transaction():
            office.repo.set_pending_change(meter.id, meter.supply_group.id, meter.ti, meter.key_type, "14", now)
        before = counts(office)
        with pytest.raises(KeyChangeRefused, match="already has"):
            office.sales.vend(cashier, number, amount=20000)
        with pytest.raises(KeyChangeRefused, match="already has"):
            office.engineering.issue(tech, number, "key_change", "rollover with the wrong key revision")
        assert counts(office) == before
        assert office.repo.one("SELECT count(*) FROM sales WHERE status IN ('PENDING', 'ABANDONED')")[0] == 0
        assert office.sales.find_meter(number).pending is not None and office.sales.find_meter(number).base_date \
            is BaseDate.Y1993


@pytest.mark.parametrize("target,fragment", [
    (dict(krn=2, base_date=2035), "never to 2035"),
    (dict(key_type=0), "initialisation key"),
    (dict(key_type=3), "keypad meter cannot take a common key"),
    (dict(krn=12), "1 to 9"),
    (dict(krn=0), "1 to 9"),
])
def test_pending_changes_the_meter_would_refuse(demo_office, target, fragment):
    number = rollover_meter(demo_office)
    with demo_office.open() as office:
        supervisor = demo_office.login(office, "supervisor")
        before = counts(office), office.sales.find_meter(number).pending
        with pytest.raises(EngineeringError, match=fragment):
            office.engineering.set_pending_change(supervisor, number, **target)
        assert (counts(office), office.sales.find_meter(number).pending) == before


def test_a_2014_meter_cannot_go_back_to_a_key_of_base_date_1993(demo_office):
    m = demo_office.meters(pending_key_change=False, base_date=2014, ea="07", kind="keypad")[0]
    with demo_office.open() as office:
        supervisor = demo_office.login(office, "supervisor")
        with pytest.raises(EngineeringError, match="never to 1993"):
            office.engineering.set_pending_change(supervisor, m["meter_number"], krn=1)
        with pytest.raises(EngineeringError, match="which it has left"):
            office.engineering.set_pending_change(supervisor, m["meter_number"], krn=1, base_date=2014)


def test_a_meter_with_its_own_key_never_goes_back_to_a_default_key(demo_office):
    m = demo_office.meters(pending_key_change=False, base_date=2014, ea="07", kind="keypad")[0]
    with demo_office.open() as office:
        supervisor = demo_office.login(office, "supervisor")
        with pytest.raises(EngineeringError, match="cannot go back to a default key"):
            office.engineering.set_pending_change(supervisor, m["meter_number"], key_type=1)


def test_an_ic_card_meter_may_move_to_a_common_key_but_a_keypad_meter_may_not(demo_office):
    card = demo_office.meters(pending_key_change=False, kind="ic_card", ea="07")[0]["meter_number"]
    with demo_office.open() as office:
        supervisor, cashier = demo_office.login(office, "supervisor"), demo_office.login(office, "cashier")
        vm = virtual_meter(office, card)
        office.engineering.set_pending_change(supervisor, card, key_type=3)
        sale = office.sales.vend(cashier, card, amount=20000)
        results = [vm.enter(t.number).result for t in sale.tokens]
        assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
        assert vm.params.key_type == 3
        with pytest.raises(UserFacingError, match="keypad meter cannot have a common key"):
            office.records.edit_meter(supervisor, card, kind="keypad")


def test_a_keypad_meter_with_a_common_key_cannot_be_registered(demo_office):
    with demo_office.open() as office:
        supervisor = demo_office.login(office, "supervisor")
        sg = office.records.supply_group_id("123456", 2)
        with pytest.raises(UserFacingError, match="common key"):
            office.records.add_meter(supervisor, make_meter_number("01", "77770001").drn, sg, 1, key_type=3)
        office.records.add_meter(supervisor, make_meter_number("01", "77770001").drn, sg, 1, key_type=3,
                                 kind="ic_card")


def test_a_meter_on_its_default_key_gets_its_key_change_before_any_credit(demo_office):
    number = make_meter_number("01", "77770002").drn
    with demo_office.open() as office:
        supervisor, cashier = demo_office.login(office, "supervisor"), demo_office.login(office, "cashier")
        customer = office.records.add_customer(supervisor, "ACC-DDTK", "New Customer")
        office.records.add_meter(supervisor, number, office.records.supply_group_id("123456", 2), 1,
                                 customer_id=customer, key_type=1, base_date=2014)
        vm = virtual_meter(office, number)
        before = counts(office)
        with pytest.raises(KeyTypeRefused, match="default key"):
            office.sales.vend(cashier, number, amount=20000)
        assert counts(office) == before, "nothing written"
        office.engineering.set_pending_change(supervisor, number, key_type=2)
        sale = office.sales.vend(cashier, number, amount=20000)
        results = [vm.enter(t.number).result for t in sale.tokens]
        assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
        assert vm.credit == sum(t.units_kwh10 or 0 for t in sale.tokens)


def test_management_tokens_are_refused_under_an_expired_key(demo_office):
    number = make_meter_number("01", "77770003").drn
    with demo_office.open() as office:
        admin, supervisor = demo_office.login(office, "admin"), demo_office.login(office, "supervisor")
        tech, cashier = demo_office.login(office, "technician"), demo_office.login(office, "cashier")
        sg = office.records.add_supply_group(admin, "123456", 5, "02", "07", 2014, STA_KEY, ken=50, name="KEN 50")
        customer = office.records.add_customer(supervisor, "ACC-KEN", "Expired Key")
        office.records.add_meter(supervisor, number, sg, 1, customer_id=customer, base_date=2014)
        before = counts(office)
        for kind, extra in (("clear_tamper", {}), ("set_max_power", {"watts": 4600}), ("clear_credit", {}),
                            ("set_phase_unbalance", {"watts": 800})):
            with pytest.raises(KeyExpired, match="before a management token can be issued"):
                office.engineering.issue(tech, number, kind, "field visit", **extra)
        with pytest.raises(KeyExpired, match="before credit can be issued"):
            office.sales.vend(cashier, number, amount=20000)
        assert counts(office) == before
        test = office.engineering.issue(tech, number, "test", "display check")  # class 1 has no TID and no key
        assert test.tokens[0].token_class == 1


def test_test_tokens_with_4_digit_manufacturer_codes_and_out_of_range_codes(demo_office):
    m = demo_office.meters(pending_key_change=False, ea="11", kind="keypad")[0]["meter_number"]
    with demo_office.open() as office:
        tech = demo_office.login(office, "technician")
        vm = virtual_meter(office, m)
        own = office.engineering.issue(tech, m, "test", "display", manufacturer_code=vm.manufacturer_code)
        other = office.engineering.issue(tech, m, "test", "display", manufacturer_code=4321)
        assert vm.enter(own.tokens[0].number).result is MeterResult.TEST_OK
        assert vm.enter(other.tokens[0].number).result is MeterResult.MFR_CODE
        with pytest.raises(StsError, match="manufacturer code"):
            office.engineering.issue(tech, m, "test", "display", manufacturer_code=10000)
