"""STA keeps one cipher object per key (``Sta.for_key``) shared by every thread: its decryption schedule,
built on the first decrypt, must appear all at once (issue 12: a thread that saw half of it raised
AttributeError)."""

import sys
import threading

from sts_pos.sts.ciphers import sta
from sts_pos.sts.ciphers.sta import Sta

KEY = bytes.fromhex("0abc12def3456789")
PLAIN = 0x0B19EB230100C207
CIPHER = 0x9335C6C96B7352DC


class _Gate:
    """A stand-in for one of the module's decryption tables: the first thread to read it stops half-way
    through building the schedule until the test lets it go; later readers pass straight through."""

    def __init__(self, table):
        self.table = table
        self.inside = threading.Event()
        self.release = threading.Event()
        self._first = True
        self._lock = threading.Lock()

    def __iter__(self):
        with self._lock:
            first, self._first = self._first, False
        if first:
            self.inside.set()
            self.release.wait(10)
        return iter(self.table)

    def __len__(self):
        return len(self.table)

    def __getitem__(self, index):
        return self.table[index]


def _gated_first_decrypt(monkeypatch, name):
    gate = _Gate(getattr(sta, name))
    monkeypatch.setattr(sta, name, gate)
    cipher = Sta(KEY)  # a fresh object: no schedule yet
    results, errors = [], []

    def first():
        try:
            results.append(cipher.decrypt(CIPHER))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    assert gate.inside.wait(10), "the first decrypt never started building its schedule"
    try:
        second = cipher.decrypt(CIPHER)  # while the first thread is half-way through
    finally:
        gate.release.set()
        thread.join(10)
    return second, results, errors


def test_a_decrypt_while_another_thread_builds_the_schedule_sees_all_or_nothing(monkeypatch):
    # the first thread stops while building the last round's table: before the fix the other rounds were
    # already published, and the second decrypt used them and then found no last round (AttributeError)
    second, results, errors = _gated_first_decrypt(monkeypatch, "_DEC_LAST_BY_KEY_BYTE")
    assert not errors and second == PLAIN and results == [PLAIN]


def test_a_decrypt_while_another_thread_builds_the_round_tables(monkeypatch):
    second, results, errors = _gated_first_decrypt(monkeypatch, "_DEC_BY_KEY_BYTE")
    assert not errors and second == PLAIN and results == [PLAIN]


def test_many_threads_on_fresh_ciphers_with_a_short_switch_interval():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    failures = []
    try:
        for _ in range(40):
            cipher = Sta(KEY)
            start = threading.Barrier(6)

            def work(cipher=cipher, start=start):
                start.wait()
                try:
                    for _ in range(5):
                        if cipher.decrypt(CIPHER) != PLAIN:
                            failures.append("wrong plaintext")
                except Exception as exc:  # noqa: BLE001
                    failures.append(repr(exc))

            threads = [threading.Thread(target=work) for _ in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
    finally:
        sys.setswitchinterval(old)
    assert not failures, failures[:3]
