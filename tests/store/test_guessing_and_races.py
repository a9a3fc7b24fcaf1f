"""Issue 13, items 7 and 8: log-in and vault guessing are counted in one transaction, rate-limited, audited and
answered alike; two vends at once to a meter with a pending key change issue the key change once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from sts_pos.vending import staff as staff_module
from sts_pos.vending.passwords import MAX_FAILED_LOGINS


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def _audit(office, action: str) -> list:
    return [e for e in office.repo.audit_entries() if e.action == action]


def test_parallel_guesses_get_no_more_password_checks_than_the_limit(demo_office, monkeypatch):
    with demo_office.open(unlock=False) as office:
        real_hash = office.repo.user_by_name("cashier").password_hash
    checks = []
    real_verify = staff_module.verify_password

    def counting(password, stored):
        if stored == real_hash:
            checks.append(password)
        return real_verify(password, stored)

    monkeypatch.setattr(staff_module, "verify_password", counting)
    guesses = 13
    start = threading.Barrier(guesses)
    answers = []

    def guess(i: int) -> None:
        with demo_office.open(unlock=False) as office:
            start.wait()
            try:
                office.staff.login("cashier", f"guess-{i}")
            except staff_module.LoginFailed as exc:
                answers.append(exc.message)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(guesses)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == guesses and len(set(answers)) == 1
    assert len(checks) == MAX_FAILED_LOGINS  # the rest were refused without a check: the account was locked
    with demo_office.open(unlock=False) as office:
        with pytest.raises(staff_module.LoginFailed):  # locked: even the right password
            office.staff.login("cashier", demo_office.password("cashier"))
        failed = _audit(office, "user.login_failed")
        assert len(failed) == guesses + 1
        assert sum(1 for e in failed if '"why":"locked"' in e.detail.replace(" ", "")) == guesses + 1 - MAX_FAILED_LOGINS


def test_unknown_disabled_locked_and_wrong_are_answered_alike(demo_office, monkeypatch):
    hashes = []
    real_verify = staff_module.verify_password
    monkeypatch.setattr(staff_module, "verify_password",
                        lambda password, stored: hashes.append(stored.split("$")[:4]) or real_verify(password, stored))
    with demo_office.open(unlock=False) as office:
        admin = demo_office.login(office, "admin")
        office.staff.set_user(admin, "cashier2", active=False)
        for _ in range(MAX_FAILED_LOGINS):
            with pytest.raises(staff_module.LoginFailed):
                office.staff.login("technician", "wrong")
        hashes.clear()
        answers = []
        for username, password in (("nobody-here", "whatever"), ("cashier2", demo_office.password("cashier2")),
                                   ("technician", demo_office.password("technician")), ("cashier", "wrong")):
            with pytest.raises(staff_module.LoginFailed) as caught:
                office.staff.login(username, password)
            answers.append((type(caught.value), caught.value.message))
        assert len(set(answers)) == 1 and "Wrong user name or password" in answers[0][1]
        assert "nobody" not in answers[0][1] and "technician" not in answers[0][1]
        assert len(hashes) == 4 and len({tuple(h) for h in hashes}) == 1  # one scrypt check, same cost, each
        assert [e.username for e in _audit(office, "user.login_failed")][-4:] == [
            "nobody-here", "cashier2", "technician", "cashier"]
        assert office.staff.login("cashier", demo_office.password("cashier")).role == "cashier"


def test_vault_guesses_are_paused_audited_and_resume_later(demo_office):
    from sts_pos.store.office import MAX_VAULT_FAILURES, VaultPaused
    from sts_pos.store.vault import WrongPassphrase

    clock = Clock()
    with demo_office.open(unlock=False, clock=clock) as office:
        for i in range(MAX_VAULT_FAILURES):
            with pytest.raises(WrongPassphrase):
                office.unlock_vault(None, f"not it {i}")
        with pytest.raises(VaultPaused, match="paused after 5 wrong passphrases"):
            office.unlock_vault(None, demo_office.passphrase)
        assert not office.vault.unlocked
        assert len(_audit(office, "vault.unlock_failed")) == MAX_VAULT_FAILURES
        assert len(_audit(office, "vault.unlock_refused")) == 1
        clock.now += timedelta(minutes=16)
        office.unlock_vault(None, demo_office.passphrase)
        assert office.vault.unlocked and _audit(office, "vault.unlock")
        assert office.repo.setting("vault_failed_unlocks") == "0"


def test_vault_guesses_from_the_command_line_are_limited_too(demo_office):
    from tests.cli.inproc import office_cli

    meter = demo_office.meters(pending_key_change=False)[0]["meter_number"]
    answers = [office_cli(demo_office, "vend", "--meter", meter, "--amount", "300",
                          STS_POS_VAULT_PASSPHRASE=f"guess {i}").stderr for i in range(6)]
    assert all("not the vault passphrase" in a for a in answers[:5]) and "paused" in answers[5]
    right = office_cli(demo_office, "vend", "--meter", meter, "--amount", "300")
    assert right.returncode == 2 and "paused" in right.stderr


def test_two_vends_at_once_issue_a_pending_key_change_once(demo_office, monkeypatch):
    from sts_pos.vending import sales as sales_module

    meter = demo_office.meters(pending_key_change=True)[0]["meter_number"]
    first, second = demo_office.open(), demo_office.open()
    try:
        cashier_a, cashier_b = demo_office.login(first, "cashier"), demo_office.login(second, "cashier2")
        results = {}
        real_crash_point = sales_module.crash_point

        def interleave(name: str) -> None:  # the second vend runs between the first's PENDING and its tokens
            real_crash_point(name)
            if name == "after_pending" and "b" not in results:
                results["b"] = "running"
                results["b"] = second.sales.vend(cashier_b, meter, amount=30000)

        monkeypatch.setattr(sales_module, "crash_point", interleave)
        results["a"] = first.sales.vend(cashier_a, meter, amount=30000)
        kinds = {k: [t.kind for t in results[k].tokens] for k in ("a", "b")}
        assert kinds["a"][:2] == ["key_change_1", "key_change_2"]
        assert "key_change_1" not in kinds["b"] and kinds["b"][0] == "credit"
        changes = first.repo.q("SELECT sale_id FROM key_changes WHERE meter_id = ?", results["a"].sale.meter_id)
        assert [r[0] for r in changes] == [results["a"].sale.id]
        after = first.sales.find_meter(meter)
        assert after.pending is None and results["b"].meter["krn"] == results["a"].meter["krn"] == after.params.krn
    finally:
        first.close()
        second.close()
