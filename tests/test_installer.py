"""The installer's entry module (``sts_pos.frozen``) and spec, without building: the build and the smoke test
of the real bundle run in ``scripts/build_installer.sh --smoke`` (called by ``.ci/run``)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sts_pos
from sts_pos import frozen

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("argv, cli", [
    ([], False),
    (["--db", "office.sqlite3"], False),
    (["--db=office.sqlite3", "--lang", "fil", "--print-on-vend"], False),
    (["--idle-minutes", "5", "-style", "fusion"], False),
    (["--db", "demo"], False),  # a database file called "demo" is not the demo subcommand
    (["--smoke-exit", "2", "--db", "x"], False),
    (["demo", "--json"], True),
    (["--db", "office.sqlite3", "vend", "--meter", "01400000004", "--amount", "100"], True),
    (["--version"], True),
    (["--help"], True),
    (["--json", "--db", "x"], True),
    (["nonsense"], True),  # the command line then says "invalid choice"
    (["--a-newer-gui-option", "value", "--db", "x"], False),
    (["-style", "fusion", "vend", "--meter", "1"], True),
    (["--print-on-vend", "demo"], True),
    (["--a-newer-gui-flag", "demo", "--json"], True),
])
def test_gui_or_command_line(argv, cli):
    assert frozen.wants_cli(argv) is cli


def test_subcommands_are_the_command_lines():
    assert {"demo", "vend", "print", "backup", "vectors"} <= frozen.cli_subcommands()


@pytest.mark.parametrize("exe, cli", [
    ("/opt/sts-pos-0.1.0/sts-pos-cli", True), (r"C:\sts-pos-0.1.0\sts-pos-cli.exe", True),
    ("/opt/sts-pos-0.1.0/sts-pos", False), (r"C:\sts-pos-0.1.0\sts-pos.exe", False),
])
def test_cli_executable_name(exe, cli):
    assert frozen.is_cli_executable(exe.replace("\\", "/")) is cli


def test_smoke_exit_option_is_taken_out(monkeypatch):
    monkeypatch.delenv(frozen.SMOKE_EXIT_ENV, raising=False)
    argv = ["--db", "x", "--smoke-exit", "1.5", "--lang", "fil"]
    assert frozen._pop_smoke_exit(argv) == 1.5 and argv == ["--db", "x", "--lang", "fil"]
    argv = ["--smoke-exit=3"]
    assert frozen._pop_smoke_exit(argv) == 3.0 and argv == []
    assert frozen._pop_smoke_exit(["--db", "x"]) is None
    monkeypatch.setenv(frozen.SMOKE_EXIT_ENV, "0.5")
    assert frozen._pop_smoke_exit(["--db", "x"]) == 0.5


def _run(*args, env=None, timeout=90):
    return subprocess.run([sys.executable, "-m", "sts_pos.frozen", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def test_version_from_the_one_place():
    out = _run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"sts-pos {sts_pos.__version__}"
    spec = (ROOT / "build_installer.spec").read_text()
    assert 'BUNDLE = f"sts-pos-{VERSION}"' in spec  # the bundle folder carries the same version


def test_command_line_through_the_entry(tmp_path):
    out = _run("--db", str(tmp_path / "o.sqlite3"), "demo", "--json", "--days", "0")
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["meters"]) == 30


def test_bundle_check_passes_from_the_checkout():
    out = _run("--bundle-check")
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"], report
    assert report["checks"]["serial.urlhandler"].startswith("ok loop,socket")
    assert "printer profiles" in report["checks"]["escpos.capabilities"]


def test_gui_smoke_exit_reports_the_main_window(tmp_path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "LOCALAPPDATA": str(tmp_path / "state")}
    out = _run("--db", str(tmp_path / "new.sqlite3"), "--smoke-exit", "0.5", env=env)
    report = json.loads(next(line for line in out.stdout.splitlines() if line.startswith('{"smoke"')))
    assert out.returncode == 0 and report["ok"], (report, out.stderr)
    assert "MainWindow" in report["windows"] and report["version"] == sts_pos.__version__
    log = Path(report["log_file"])
    assert log.is_relative_to(tmp_path / "state") and f"sts-pos {sts_pos.__version__} starting" in log.read_text()


def test_gui_without_display_is_a_message_not_an_abort(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = _run("--db", str(tmp_path / "o.sqlite3"), "--smoke-exit", "0.5", env=env)
    if sys.platform.startswith("linux"):
        assert out.returncode == 2 and "no graphical display" in out.stderr


def test_spec_excludes_no_qt_module_the_program_imports():
    spec = (ROOT / "build_installer.spec").read_text()
    block = spec[spec.index("excludes = ["):spec.index("a = Analysis(")]
    excluded = set(re.findall(r'"(Qt[A-Za-z0-9]+)"', block))
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore"} <= excluded
    used = set()
    for path in (ROOT / "src" / "sts_pos").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt[A-Za-z0-9]+)", path.read_text(encoding="utf-8")))
    assert used and not used & excluded, f"the spec excludes Qt modules the program imports: {used & excluded}"
