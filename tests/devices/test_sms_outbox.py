"""SMS through the simulated GSM modem on a real pty: AT commands, retry, and no double send after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from sts_pos.devices.sms import GsmModem, ModemRefused, ModemTimeout, SmsOutbox, token_sms_texts

PHONE = "+27821234567"
TEXT = "Meter 01234567897: Credit 1234 5678 9012 3456 7890"


class Crash(BaseException):
    """The process dies here (BaseException: nothing in the outbox catches it)."""


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def modem(sim, timeout=0.5):
    link = GsmModem(sim.port_path, timeout=timeout, send_timeout=timeout)
    link.setup()
    return link


def test_direct_send_uses_pdu_mode_and_reads_the_status_report(modem_sim):
    with modem(modem_sim) as link:
        reference = link.send_direct(PHONE, TEXT)
        reports = link.poll_reports(0.2)
    assert [(s.number, s.text, s.reference) for s in modem_sim.responder.sent] == [(PHONE, TEXT, reference)]
    assert {"AT+CMGF=0", "AT+CNMI=2,1,0,1,0"} <= set(modem_sim.responder.commands)
    assert any(c.startswith("AT+CMGS=") for c in modem_sim.responder.commands)
    assert [(r.reference, r.recipient, r.delivered) for r in reports] == [(reference, PHONE, True)]


def test_outbox_sends_from_modem_memory_and_records_delivery(modem_sim, tmp_path):
    with SmsOutbox(tmp_path / "outbox.sqlite3") as outbox, modem(modem_sim) as link:
        message = outbox.enqueue(PHONE, TEXT, key="sale:1")
        again = outbox.enqueue(PHONE, TEXT, key="sale:1")
        counts = outbox.deliver_due(link)
        assert again.id == message.id and counts == {"sent": 1, "retry": 0, "failed": 0}
        outbox.apply_reports(link.poll_reports(0.2))
        done = outbox.get(message.id)
    assert done.state == "delivered" and done.reference == modem_sim.responder.sent[0].reference
    assert len(modem_sim.responder.sent) == 1
    assert modem_sim.responder.stored == {}  # the stored copy was deleted after sending
    assert any(c.startswith("AT+CMGW") for c in modem_sim.responder.commands)


def test_modem_errors_are_retried_with_back_off_then_sent_once(modem_sim, tmp_path):
    clock = Clock()
    modem_sim.responder.fail_sends = 2
    with SmsOutbox(tmp_path / "outbox.sqlite3", clock=clock, base_delay=30) as outbox, modem(modem_sim) as link:
        message = outbox.enqueue(PHONE, TEXT)
        assert outbox.deliver_due(link)["retry"] == 1
        first = outbox.get(message.id)
        assert first.state == "queued" and "no network" in first.last_error
        assert first.next_attempt_at == clock.now + 30
        assert outbox.deliver_due(link) == {"sent": 0, "retry": 0, "failed": 0}  # not due yet
        clock.now += 30
        assert outbox.deliver_due(link)["retry"] == 1
        assert outbox.get(message.id).next_attempt_at == clock.now + 60
        clock.now += 60
        assert outbox.deliver_due(link)["sent"] == 1
        assert outbox.get(message.id).attempts == 3
    assert len(modem_sim.responder.sent) == 1
    assert len([c for c in modem_sim.responder.commands if c.startswith("AT+CMGW")]) == 1  # stored once


def test_gives_up_after_max_attempts(modem_sim, tmp_path):
    modem_sim.responder.fail_sends = 5
    clock = Clock()
    with SmsOutbox(tmp_path / "o.sqlite3", clock=clock, max_attempts=2) as outbox, modem(modem_sim) as link:
        message = outbox.enqueue(PHONE, TEXT)
        outbox.deliver_due(link)
        clock.now += 10_000
        assert outbox.deliver_due(link)["failed"] == 1
        assert outbox.get(message.id).state == "failed"
    assert modem_sim.responder.sent == []


@pytest.mark.parametrize("point", ["attempt-recorded", "stored", "sent"])
def test_no_double_send_after_a_crash(modem_sim, tmp_path, point):
    def crash(at):
        if at == point:
            raise Crash(at)

    path = tmp_path / "outbox.sqlite3"
    outbox = SmsOutbox(path, crash_point=crash)
    message = outbox.enqueue(PHONE, TEXT)
    with modem(modem_sim) as link, pytest.raises(Crash):
        outbox.deliver_due(link)
    outbox.db.close()  # the process is gone; its committed rows are all that is left
    assert SmsOutbox(path).get(message.id).state == "sending"
    with SmsOutbox(path) as restarted, modem(modem_sim) as link:
        restarted.deliver_due(link)
        assert restarted.get(message.id).state in ("sent", "delivered")
    assert [s.text for s in modem_sim.responder.sent] == [TEXT]


def test_direct_mode_crash_is_uncertain_not_resent(modem_sim, tmp_path):
    path = tmp_path / "outbox.sqlite3"

    def crash(at):
        if at == "sent":
            raise Crash(at)

    outbox = SmsOutbox(path, mode="direct", crash_point=crash)
    message = outbox.enqueue(PHONE, TEXT)
    with modem(modem_sim) as link, pytest.raises(Crash):
        outbox.deliver_due(link)
    outbox.db.close()
    with SmsOutbox(path, mode="direct") as restarted, modem(modem_sim) as link:
        restarted.deliver_due(link)
        assert restarted.get(message.id).state == "uncertain"
        assert len(modem_sim.responder.sent) == 1
        restarted.resolve(message.id, resend=False)
        assert restarted.get(message.id).state == "sent"


def test_a_lost_stored_copy_is_uncertain(modem_sim, tmp_path):
    def crash(at):
        if at == "stored":
            raise Crash(at)

    path = tmp_path / "outbox.sqlite3"
    outbox = SmsOutbox(path, crash_point=crash)
    message = outbox.enqueue(PHONE, TEXT)
    with modem(modem_sim) as link, pytest.raises(Crash):
        outbox.deliver_due(link)
    outbox._update(message.id, modem_index=1)  # the index was recorded, then the modem lost its memory
    outbox.db.close()
    modem_sim.responder.stored.clear()
    with SmsOutbox(path) as restarted, modem(modem_sim) as link:
        restarted.deliver_due(link)
        assert restarted.get(message.id).state == "uncertain"
    assert modem_sim.responder.sent == []


def test_killed_process_does_not_send_twice(modem_sim, tmp_path):
    """A real `sts-pos sms send` process dies right after the modem sent; `sms retry` must not resend."""
    outbox = str(tmp_path / "outbox.sqlite3")
    base = [sys.executable, "-m", "sts_pos", "sms"]
    args = ["--outbox", outbox, "--port", modem_sim.port_path, "--timeout", "1"]
    env = {**os.environ, "STS_POS_SMS_CRASH_AT": "sent"}
    killed = subprocess.run(base + ["send", *args, "--to", PHONE, "--text", TEXT], env=env, timeout=30,
                            capture_output=True)
    assert killed.returncode == 137 and len(modem_sim.responder.sent) == 1
    retry = subprocess.run(base + ["retry", *args], timeout=30, capture_output=True, text=True)
    assert retry.returncode == 0, retry.stderr
    assert "sent, 1 attempt" in retry.stdout
    assert len(modem_sim.responder.sent) == 1


def test_silent_modem_times_out_quickly(modem_sim):
    modem_sim.responder.faults = {"silent"}
    started = time.monotonic()
    with GsmModem(modem_sim.port_path, timeout=0.3) as link, pytest.raises(ModemTimeout, match="did not answer"):
        link.setup()
    assert time.monotonic() - started < 1.0


def test_refused_messages_never_reach_the_queue(tmp_path):
    with SmsOutbox(tmp_path / "o.sqlite3") as outbox:
        with pytest.raises(ModemRefused, match="not a phone number"):
            outbox.enqueue("call me", TEXT)
        with pytest.raises(ModemRefused, match="at most 160"):
            outbox.enqueue(PHONE, "x" * 161)
        assert outbox.messages() == []


def test_token_texts_fit_and_keep_entry_order():
    tokens = [(f"Key change {i}", f"{i}" * 20) for i in range(1, 5)] + [("Credit", "5" * 20)]
    texts = token_sms_texts("0123456789712", tokens, "25.7", "Demo Office")
    assert len(texts) == 5 and all(len(t) <= 160 for t in texts)
    assert [t.split(":")[1].split()[0] for t in texts] == ["Key", "Key", "Key", "Key", "Credit"]
    assert "1111 1111 1111 1111 1111" in texts[0] and texts[0].startswith("(1/5)")
    single = token_sms_texts("01234567897", [("Credit", "1" * 20)], "2.5")
    assert single == ["Meter 01234567897 2.5 kWh: Credit 1111 1111 1111 1111 1111"]


def test_sms_send_of_a_sale_from_the_demo_office(modem_sim, tmp_path, capsys, monkeypatch):
    """`sts-pos sms send --sale`: the sale's tokens, in entry order, go out once; the outbox sits next to the DB."""
    import json

    from sts_pos.cli import main
    from sts_pos.sts.codec import format_token

    db = str(tmp_path / "office.db")
    assert main(["--db", db, "--json", "demo"]) == 0
    demo = json.loads(capsys.readouterr().out)
    cashier = next(u for u in demo["users"] if u["role"] == "cashier")
    monkeypatch.setenv("STS_POS_USER", cashier["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", cashier["password"])
    monkeypatch.setenv("STS_POS_VAULT_PASSPHRASE", demo["vault_passphrase"])
    meter = next(m for m in demo["meters"] if m["base_date"] == 1993)
    assert main(["--db", db, "--json", "vend", "--meter", meter["meter_number"], "--amount", "300"]) == 0
    vend = json.loads(capsys.readouterr().out)
    send = ["--db", db, "--json", "sms", "send", "--port", modem_sim.port_path, "--timeout", "1",
            "--to", PHONE, "--sale", str(vend["sale"]["id"])]
    assert main(send) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(send) == 0  # the same sale to the same phone again: nothing new is queued or sent
    second = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in first["messages"]] == [m["id"] for m in second["messages"]]
    sent = " ".join(s.text for s in modem_sim.responder.sent)
    positions = [sent.index(format_token(t["number"])) for t in vend["tokens"]]
    assert positions == sorted(positions) and len(vend["tokens"]) >= 3  # key change 1, 2, credit
    assert "Key change 1" in sent and meter["meter_number"] in sent
    assert len(modem_sim.responder.sent) == len(first["messages"])
    assert (tmp_path / "sms-outbox.sqlite3").exists()


def test_answer_lost_after_the_modem_sent_is_checked_not_resent(modem_sim, tmp_path):
    """The modem sends but its +CMSS answer is lost (line trouble): the row stays `sending`, and the next
    run asks the modem (STO SENT) instead of sending a second time."""
    modem_sim.responder.lose_reply = {"AT+CMSS"}
    path = tmp_path / "outbox.sqlite3"
    with SmsOutbox(path) as outbox, modem(modem_sim, timeout=0.3) as link:
        message = outbox.enqueue(PHONE, TEXT)
        with pytest.raises(ModemTimeout):
            outbox.deliver_due(link)
        assert outbox.get(message.id).state == "sending"
        assert outbox.deliver_due(link) == {"sent": 0, "retry": 0, "failed": 0}  # the same link, back in step
        assert outbox.get(message.id).state == "sent"
    assert len(modem_sim.responder.sent) == 1


def test_sms_sim_command_and_retry_from_the_cli(tmp_path, capsys):
    """`sts-pos sms-sim --fail 1` on its own pty: the first send is refused (no network) and stays queued
    with the reason; `sms list` shows it."""
    import json
    import signal

    from sts_pos.cli import main

    sim = subprocess.Popen([sys.executable, "-m", "sts_pos", "--json", "sms-sim", "--fail", "1", "--duration", "30"],
                           stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(sim.stdout.readline())["port"]
        outbox = str(tmp_path / "o.sqlite3")
        assert main(["--json", "sms", "send", "--outbox", outbox, "--port", port, "--timeout", "1", "--to", PHONE,
                     "--token", "1234 5678 9012 3456 7890", "--meter", "01234567897", "--units", "12.5"]) == 1
        queued = json.loads(capsys.readouterr().out)["messages"][0]
        assert queued["state"] == "queued" and "no network" in queued["last_error"]
        assert queued["text"] == "Meter 01234567897 12.5 kWh: Credit 1234 5678 9012 3456 7890"
        assert main(["--json", "sms", "list", "--outbox", outbox, "--state", "queued"]) == 0
        assert [m["id"] for m in json.loads(capsys.readouterr().out)["messages"]] == [queued["id"]]
    finally:
        sim.send_signal(signal.SIGTERM)
        assert sim.wait(timeout=5) == 0
