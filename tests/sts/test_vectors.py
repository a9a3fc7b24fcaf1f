"""Every case of the public STS compliance vectors, in pytest and through the ``sts-pos vectors`` CLI."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sts_pos.sts.vectors import run_case

DATA = Path(__file__).resolve().parents[1] / "data" / "sts-public.json"
CASES = json.loads(DATA.read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_public_vector(case):
    assert run_case(case) is None


def test_vector_kinds_are_all_present():
    assert {case["kind"] for case in CASES} == {"token", "kct", "decode", "error", "cipher"}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "sts_pos", *args], capture_output=True, text=True, timeout=60)


def test_cli_runs_the_public_vectors():
    result = _cli("vectors", str(DATA))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"{len(CASES)} passed, 0 failed"


def test_cli_names_a_failing_case_and_exits_non_zero(tmp_path):
    document = json.loads(DATA.read_text())
    broken = [dict(case) for case in document["cases"][:3] if case["kind"] == "token"] or []
    case = next(c for c in document["cases"] if c["kind"] == "token" and c["token"]["class"] == 0)
    bad = dict(case, id="deliberately-wrong", expected_tokens=["00000000000000000000"])
    document["cases"] = broken + [bad]
    path = tmp_path / "v.json"
    path.write_text(json.dumps(document))
    result = _cli("vectors", str(path))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any("deliberately-wrong" in line for line in lines)
    assert lines[-1] == f"{len(broken)} passed, 1 failed"


def test_cli_refuses_a_file_of_another_schema(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"schema": "other", "cases": []}')
    result = _cli("vectors", str(path))
    assert result.returncode == 2
    assert "sts-pos-vectors/1" in result.stderr
