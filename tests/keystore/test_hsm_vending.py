"""The vending services with the keys in a PKCS#11 module (SoftHSM2): the whole vending test module
(``tests/vending/test_services.py``: vend, idempotency, TIDs, key changes, the TID rollover, free units, debt,
engineering tokens, receipts, shifts) runs again on a demo office created with ``key_store=pkcs11``, and every
token such an office issues decodes under the published demo vending keys derived here, outside the module."""

from __future__ import annotations

import inspect
import json

import pytest

from sts_pos.store.demo import MISTY1_KEY, STA_KEY
from sts_pos.sts.codec import decode
from sts_pos.sts.keys import derive_decoder_key
from sts_pos.sts.meter import MeterResult, VirtualMeter
from tests.vending import test_services

SERVICE_TESTS = [fn for name, fn in sorted(vars(test_services).items())
                 if name.startswith("test_") and list(inspect.signature(fn).parameters) == ["demo_office"]]
PUBLISHED = {"02": bytes.fromhex(STA_KEY), "04": bytes.fromhex(MISTY1_KEY)}


def test_the_whole_vending_module_is_reused():
    assert len(SERVICE_TESTS) >= 12


@pytest.mark.parametrize("service_test", SERVICE_TESTS, ids=[fn.__name__ for fn in SERVICE_TESTS])
def test_vending_with_the_keys_in_the_module(service_test, hsm_office):
    service_test(hsm_office)


def _published_key(office, params, supply_group_id, meter_number):
    group = office.repo.supply_group(supply_group_id)
    assert group.dkga == params.dkga
    return derive_decoder_key(PUBLISHED[group.dkga], meter_number, params)


def test_every_token_of_the_hsm_demo_decodes_under_the_published_keys(hsm_office):
    """Demo sales, a sale with the rollover's key change tokens and an engineering job: each token decodes
    (its CRC checks) under the decoder key derived with pycryptodome / hashlib from the published keys, and a
    virtual meter made from the published keys accepts them in order."""
    from sts_pos.vending.issuing import params_from_plan

    with hsm_office.open() as office:
        assert office.vault.kind == "pkcs11"
        cashier = hsm_office.login(office, "cashier")
        pending = hsm_office.meters(pending_key_change=True)[0]["meter_number"]
        misty = hsm_office.meters(ea="11", kind="keypad")[0]["meter_number"]
        meters = {}
        for number in (pending, misty):
            m = office.sales.find_meter(number)
            meters[number] = VirtualMeter.with_vending_key(m.meter_number, m.params, PUBLISHED[m.params.dkga])
        results = [office.sales.vend(cashier, pending, amount=20000), office.sales.vend(cashier, misty, amount=30000)]
        for result in results:
            outcomes = [meters[result.meter["meter_number"]].enter(t.number).result for t in result.tokens]
            assert set(outcomes) <= {MeterResult.ACCEPTED, MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED}
            assert outcomes.count(MeterResult.ACCEPTED) >= 1
        checked = 0
        for sale_id, plan in office.repo.q("SELECT id, plan FROM sales WHERE status = 'ISSUED'"):
            plan = json.loads(plan)
            meter = office.sales.find_meter(plan["meter_number"])
            current = params_from_plan(plan["current"])
            final = params_from_plan(plan["target"] or plan["current"])
            for kind, number in office.repo.q("SELECT kind, number FROM tokens WHERE sale_id = ?", sale_id):
                params, group = ((current, plan["current"]) if kind.startswith("key_change")
                                 else (final, plan["target"] or plan["current"]))
                decode(number, _published_key(office, params, group["supply_group_id"], meter.meter_number))
                checked += 1
        assert checked >= 20


def test_cli_vend_on_an_hsm_office_needs_the_pin_and_decodes(hsm_office):
    m = hsm_office.meters(ea="07", pending_key_change=False)[0]
    done = hsm_office.cli("vend", "--meter", m["meter_number"], "--amount", "150", "--json")
    assert done.returncode == 0, done.stderr
    token = json.loads(done.stdout)["tokens"][0]
    with hsm_office.open(unlock=False) as office:
        meter = office.sales.find_meter(m["meter_number"])
        decode(token["number"], derive_decoder_key(PUBLISHED["02"], meter.meter_number, meter.params))
    wrong = hsm_office.cli("vend", "--meter", m["meter_number"], "--amount", "150", STS_POS_HSM_PIN="0000-0000")
    assert wrong.returncode != 0
    assert "not the user PIN of token 'sts-test'" in wrong.stderr and "Traceback" not in wrong.stderr
    none = hsm_office.cli("vend", "--meter", m["meter_number"], "--amount", "150", STS_POS_HSM_PIN="")
    assert none.returncode != 0 and "Token user PIN is needed" in none.stderr


def test_an_hsm_office_is_backed_up_and_restored_and_sells_again(hsm_office, tmp_path):
    meter = hsm_office.meters(ea="11", kind="keypad")[0]["meter_number"]
    with hsm_office.open() as office:
        admin = hsm_office.login(office, "admin")
        report = office.backup(admin, tmp_path / "copy.sqlite3")
        office.restore(admin, report.path)
        assert office.vault.kind == "pkcs11" and not office.vault.unlocked  # a restored office starts locked
        office.unlock_vault(admin, hsm_office.passphrase)
        sale = office.sales.vend(hsm_office.login(office, "cashier"), meter, amount=30000)
        m = office.sales.find_meter(meter)
        decode(sale.tokens[0].number, derive_decoder_key(PUBLISHED["04"], m.meter_number, m.params))
        assert office.verify_audit().ok


def test_a_key_typed_at_the_command_line_goes_into_the_token(hsm_office):
    key = "0123456789abcdeffedcba987654321001020304"
    done = hsm_office.cli("supply-groups", "add", "--sgc", "777001", "--krn", "1", "--dkga", "04", "--ea", "11",
                          "--base-date", "2014", username="admin", STS_POS_VENDING_KEY=key)
    assert done.returncode == 0, done.stderr
    # the cashier-facing words name the module's key and its check value, never the key
    assert "in the secure module" in done.stdout and "'STS VK SGC777001 KRN1 DKGA04'" in done.stdout
    assert key not in done.stdout and key not in done.stderr
    with hsm_office.open() as office:
        (record,) = office.repo.one("SELECT vending_key_enc FROM supply_groups WHERE sgc = '777001'")
        assert json.loads(bytes(record)[len(b"pkcs11:"):])["label"] == "STS VK SGC777001 KRN1 DKGA04"
        assert f"check value {json.loads(bytes(record)[len(b'pkcs11:'):])['kcv']}" in done.stdout
        assert key.encode() not in bytes(record) and bytes.fromhex(key) not in bytes(record)
        handle = office.vending_key(office.records.supply_group_id("777001", 1))
        meter = office.sales.find_meter(hsm_office.meters(ea="11")[0]["meter_number"])
        params = meter.params.__class__(sgc="777001", ti=1, krn=1, dkga="04", ea="11", base_date=2014)
        assert derive_decoder_key(handle, meter.meter_number, params) == derive_decoder_key(
            bytes.fromhex(key), meter.meter_number, params)


def test_a_wrong_pin_is_counted_and_audited_like_a_wrong_vault_passphrase(hsm_office):
    from sts_pos.store.pkcs11 import WrongPin

    with hsm_office.open(unlock=False) as office:
        supervisor = hsm_office.login(office, "supervisor")
        # SoftHSM2 adds its retry flags to the token info only some of the time: the message names the token
        with pytest.raises(WrongPin, match="not the user PIN of token 'sts-test'"):
            office.unlock_vault(supervisor, "0000-0000")
        office.unlock_vault(supervisor, hsm_office.passphrase)
        actions = [r[0] for r in office.repo.q("SELECT action FROM audit_log ORDER BY id DESC LIMIT 2")]
        assert actions == ["vault.unlock", "vault.unlock_failed"]
        assert office.verify_audit().ok
