"""A hypothesis-driven fuzz of the whole command line (issue 13, "Bad input"): every subcommand, arbitrary text
and bytes (non-UTF-8 too) for each of its options and arguments, run in-process through ``sts_pos.cli.main``
on a fresh copy of a demo office per example.

It asserts that no exception escapes ``main`` (a traceback for the user), that arguments holding bytes that
are not text are refused, and that numbers that are no numbers (NaN, Infinity, 1e999999, a 20-digit id, ...)
given to a numeric option never exit 0. Budget: ``FUZZ_EXAMPLES`` examples (about 40 s on the 2-core CI
machine; at most ``FUZZ_SECONDS``); ``STS_POS_FUZZ_EXAMPLES`` and ``STS_POS_FUZZ_SECONDS`` raise them for a
longer local run (with ``--timeout 0``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.cli import build_parser
from tests.cli.inproc import run_main

FUZZ_EXAMPLES = int(os.environ.get("STS_POS_FUZZ_EXAMPLES", "700"))
FUZZ_SECONDS = float(os.environ.get("STS_POS_FUZZ_SECONDS", "80"))  # a slow machine stops early, within the timeout
SERVERS = {("card-sim",), ("meter-sim",), ("sms-sim",)}  # they serve until stopped: their options only
PINNED = {"--timeout": "0.05", "--duration": "0", "--wait-reports": "0", "--days": "0"}  # never wait or build long
NOT_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e999999", "99999999999999999999", "-99999999999999999999",
               "12abc", "0x1F", "1_000", ""]
MONEY = {"--amount", "--kwh", "--debt", "--float", "--counted", "--fixed-charge", "--min-purchase",
         "--max-purchase", "--fbe-kwh", "--vat-percent", "--debt-recovery-percent"}
SPECIAL = NOT_NUMBERS + ["0", "-1", "1", "2", "100", "1.05", "1,5", " ", "--", "-", "0001-01-01", "9998-12-31",
                         "2026-02-30", "x" * 300, "\x00", "\u202e", "sales", "customers", "settings", "audit_log",
                         "cash", "123456", "01400000004", "R1", "a=b", "decimal_mark=x", "tenders=cash"]


GOOD = ["01400000004", "01400001853", "1", "2", "3", "300", "25.5", "test reason", "new-password-1"]


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from leaves(sub, (*path, name))


COMMANDS = sorted((path, parser) for path, parser in leaves(build_parser()))


def arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, argparse._HelpAction) and a.dest != "json"]


def is_numeric(action: argparse.Action) -> bool:
    name = getattr(action.type, "__qualname__", "")
    return action.type in (int, float) or name.startswith(("whole.", "real."))


def non_utf8():
    return st.binary(min_size=1, max_size=8).filter(_not_utf8).map(lambda b: b.decode("utf-8", "surrogateescape"))


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def values(action: argparse.Action, files: list[str]):
    options = [st.text(max_size=24), st.sampled_from(SPECIAL), non_utf8(), st.sampled_from(files),
               st.sampled_from(GOOD)]
    if action.choices:
        options.append(st.sampled_from(sorted(map(str, action.choices))))
    if is_numeric(action) or set(action.option_strings) & MONEY:
        options.append(st.integers(-10, 10 ** 6).map(str))
    return st.one_of(options)


@st.composite
def invocations(draw, files: list[str]):
    path, parser = draw(st.sampled_from(COMMANDS))
    argv: list[str] = list(path)
    given_values: list[tuple[argparse.Action, str]] = []
    for action in arguments(parser):
        flag = action.option_strings[0] if action.option_strings else None
        if flag in PINNED:
            argv += [flag, PINNED[flag]]
            continue
        if path in SERVERS and flag is None:
            continue
        if flag is not None and not action.required and not draw(st.integers(0, 2)) == 0:
            continue
        if action.nargs == 0:  # --force, --copy, --json ...
            argv.append(flag)
            continue
        value = draw(values(action, files))
        given_values.append((action, value))
        argv += [flag, value] if flag else ["--", value] if value.startswith("-") else [value]
    if path in SERVERS:  # fuzz only their parsing: --help-like bad values, never a running server
        argv.append("--no-such-option")
    return path, argv, given_values, draw(st.sampled_from(["cashier", "supervisor", "technician", "admin"]))


def test_every_subcommand_is_listed():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"vend", "quote", "print", "report", "export", "settings set", "tariffs set", "token", "void",
            "reprint", "restore", "backup", "vectors", "audit verify", "meter send-token", "card issue",
            "sms send", "customers add", "meters edit", "users add", "init", "demo"} <= names


def test_the_command_line_never_shows_a_traceback(demo_template, tmp_path_factory, monkeypatch):
    work = tmp_path_factory.mktemp("fuzz")
    monkeypatch.chdir(work)
    (work / "latin1.json").write_bytes(b'{"format": "sts-pos-vectors/1", "n\xe4me": "\xff"}')
    (work / "list.json").write_text("[1, 2, 3]")
    (work / "folder").mkdir()
    files = ["latin1.json", "list.json", "folder", str(demo_template.path), "missing.sqlite3", "out.pdf"]
    counter = iter(range(10 ** 9))
    started = time.monotonic()
    outcomes: dict[int | str, int] = {}

    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(invocations(files))
    def one(case):
        path, argv, given_values, user = case
        if time.monotonic() - started > FUZZ_SECONDS:
            return
        db = work / f"office-{next(counter)}.sqlite3"
        shutil.copyfile(demo_template.path, db)
        env = {"STS_POS_USER": user, "STS_POS_PASSWORD": demo_template.password(user),
               "STS_POS_VAULT_PASSPHRASE": demo_template.passphrase, "STS_POS_VENDING_KEY": "ab" * 8}
        try:
            result = run_main(["--db", str(db), *argv], env)  # an exception here is the traceback we hunt
        finally:
            for leftover in work.glob(f"{db.name}*"):
                leftover.unlink()
        shown = result.stdout + result.stderr
        kind = "usage" if "usage:" in shown else result.returncode
        outcomes[kind] = outcomes.get(kind, 0) + 1
        assert "Traceback" not in shown, (argv, shown)
        assert result.returncode in (0, 1, 2), (argv, result)
        if any(_has_surrogate(a) for a in argv):
            assert result.returncode == 2 and "not text" in shown, (argv, shown)
        for action, value in given_values:
            numeric = is_numeric(action) or set(action.option_strings) & MONEY
            if numeric and value in NOT_NUMBERS:
                assert result.returncode != 0, (argv, shown)

    one()
    elapsed = time.monotonic() - started
    print(f"CLI fuzz: {FUZZ_EXAMPLES} examples in {elapsed:.1f} s, exit codes {sorted(outcomes.items(), key=str)}")
    assert outcomes.get(2, 0) > 0


def _has_surrogate(text: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in text)
