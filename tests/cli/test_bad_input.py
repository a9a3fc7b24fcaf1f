"""The tracebacks and accepted invalid inputs the issue 13 fuzzing found, one by one: each is now refused in
words (exit 2) and nothing is written."""

import json
import os

import pytest

from tests.cli.inproc import office_cli, run_main

NOT_UTF8 = b"\xff\xfeab".decode("utf-8", "surrogateescape")


def _meter(office) -> str:
    return office.meters(pending_key_change=False)[0]["meter_number"]


def _sales(office) -> int:

    conn = office.raw()
    try:
        return conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        conn.close()


CASES = [
    (["vend", "--meter", "{meter}", "--kwh", "NaN"], "cashier", "is not a number of kWh"),
    (["vend", "--meter", "{meter}", "--kwh", "Infinity"], "cashier", "is not a number of kWh"),
    (["vend", "--meter", "{meter}", "--kwh", "1e999999"], "cashier", "is not a number of kWh"),
    (["quote", "--meter", "{meter}", "--kwh", "99999999999999"], "cashier", "is not a number of kWh"),
    (["vend", "--meter", "{meter}", "--amount", "1e5"], "cashier", "is not an amount of money"),
    (["void", "--sale", "99999", "--reason", "test"], "supervisor", "No sale with that number"),
    (["reprint", "--sale", "99999999999999999999"], "cashier", "from 1 to 9223372036854775807"),
    (["print", "--job", "99999999999999999999"], "cashier", "from 1 to 9223372036854775807"),
    (["customers", "add", "--account", "A-9", "--name", "N", "--debt", "99999999999999999999"], "supervisor",
     "larger than any amount"),
    (["report", "sales-by-day", "--from", "0001-01-01", "--to", "0001-01-02"], "supervisor", "out of range"),
    (["tariffs", "set", "--ti", "100", "--name", "x", "--block", "1"], "supervisor", "tariff index is from 0 to 99"),
    (["tariffs", "set", "--ti", "7", "--name", "x", "--block", "NaN"], "supervisor", "must be numbers"),
    (["tariffs", "set", "--ti", "7", "--name", " ", "--block", "1"], "supervisor", "A tariff needs a name"),
    (["token", "rollover", "--supply-group", "999999", "--reason", "r"], "technician", "no supply group 999999"),
    (["meters", "list", "--limit", "-5"], "cashier", "limit is from 1"),
    (["customers", "add", "--account", "A-8", "--name", "N", "--debt-recovery-percent", "NAN"], "supervisor",
     "is not a percentage"),
    (["vend", "--meter", NOT_UTF8, "--amount", "10"], "cashier", "--meter (\\xff\\xfeab) holds bytes that are not text"),
    (["customers", "search", NOT_UTF8], "cashier", "not text"),
]


@pytest.mark.parametrize("argv, user, words", CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_refused_in_words(demo_office, argv, user, words):
    argv = [a.replace("{meter}", _meter(demo_office)) for a in argv]
    sales = _sales(demo_office)
    result = office_cli(demo_office, *argv, username=user)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert words in result.stderr and "Traceback" not in result.stderr
    assert "STS_POS" not in result.stderr
    assert _sales(demo_office) == sales


@pytest.mark.parametrize("variable", ["STS_POS_USER", "STS_POS_PASSWORD", "STS_POS_VAULT_PASSPHRASE"])
def test_credentials_that_are_not_text(demo_office, variable):
    result = office_cli(demo_office, "vend", "--meter", _meter(demo_office), "--amount", "100", "--json",
                        **{variable: NOT_UTF8})
    assert result.returncode == 2 and "not text" in json.loads(result.stdout)["error"]
    assert "STS_POS" not in result.stdout


def test_missing_credentials_name_no_environment_variable(demo_office):
    result = run_main(["--db", str(demo_office.path), "users", "list"], {})
    assert result.returncode == 2 and "User name is needed" in result.stderr and "STS_POS" not in result.stderr
    verbose = run_main(["--db", str(demo_office.path), "users", "list", "--verbose"], {})
    assert "STS_POS_USER" in verbose.stderr  # the technical detail, on request


@pytest.mark.parametrize("content", [b'{"format": "sts-pos-vectors/1", "\xff": 1}', b"\xfe\xff\x00{"])
def test_vectors_on_a_file_that_is_not_utf8(tmp_path, content):
    path = tmp_path / "v.json"
    path.write_bytes(content)
    result = run_main(["vectors", str(path)], {})
    assert result.returncode == 2 and "is not UTF-8 text" in result.stderr


@pytest.mark.parametrize("where", ["after", "before", "both"])
@pytest.mark.parametrize("command", [["report", "--list"], ["print", "--sale", "1", "--format", "text"],
                                     ["meter", "read", "--port", "/nonexistent/port", "--timeout", "0.05"],
                                     ["meter-sim", "--meter", "123"]])
def test_json_and_verbose_are_accepted_anywhere(demo_office, command, where):
    flags = ["--json", "--verbose"]
    argv = {"after": [*command, *flags], "before": [*flags, *command],
            "both": [flags[0], *command, flags[1]]}[where]
    result = office_cli(demo_office, *argv)
    assert "unrecognized arguments" not in result.stderr, result.stderr
    if command[0] in ("meter", "meter-sim"):  # a refusal, as JSON
        assert result.returncode == 2 and "error" in json.loads(result.stdout)
    else:
        assert result.returncode == 0


def test_a_failed_anchor_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    from sts_pos.store import anchor

    def fail(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(anchor.os, "fsync", fail)
    with pytest.raises(OSError):
        anchor.write_head(tmp_path / "office.sqlite3.audit-head", anchor.Head(3, "ab" * 32))
    assert os.listdir(tmp_path) == []
