"""Shared pytest set-up. Fixture plugins live in ``tests/support`` and are listed here once, so that
session fixtures (pcscd, Xvfb) exist only once per test process."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

pytest_plugins: list[str] = [
    "tests.support.pcsc",
    "tests.support.postgres",
    "tests.support.serial_pty",
    "tests.support.sts_office",
]
