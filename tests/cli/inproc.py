"""Run ``sts-pos`` in this process through ``sts_pos.cli.main`` (fast: no interpreter start per call).

An exception escaping ``main`` is a traceback the user would have seen: it propagates to the test.
"""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass

from sts_pos.cli import main

CREDENTIALS = ("STS_POS_USER", "STS_POS_PASSWORD", "STS_POS_VAULT_PASSPHRASE", "STS_POS_DB", "STS_POS_VENDING_KEY")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_main(argv: list[str], env: dict[str, str]) -> Result:
    saved = {k: os.environ.get(k) for k in CREDENTIALS}
    out, err = io.StringIO(), io.StringIO()
    try:
        for key in CREDENTIALS:
            os.environ.pop(key, None)
        os.environ.update(env)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return Result(code, out.getvalue(), err.getvalue())


def office_cli(office, *args: str, username: str | None = "cashier", **extra: str) -> Result:
    """``sts-pos --db OFFICE ARGS`` in-process as ``username`` (a tests.support DemoOffice)."""
    env = {"STS_POS_VAULT_PASSPHRASE": office.passphrase}
    if username:
        env.update(STS_POS_USER=username, STS_POS_PASSWORD=office.password(username))
    env.update(extra)
    return run_main(["--db", str(office.path), *args], env)
