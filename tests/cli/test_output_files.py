"""``print``, ``report`` and ``export --out`` never write over the office (issue 13, item 1), refuse an existing
file unless ``--force``, and write through a temporary file and an atomic rename (``store.outfile``)."""

import errno
import hashlib
import os
import sqlite3

import pytest

from tests.cli.inproc import office_cli

# (command line without --out, who may run it)
WRITERS = {
    "print": (["print", "--sale", "1", "--paper", "80mm"], "cashier"),
    "report": (["report", "sales-by-day", "--from", "2020-01-01", "--to", "2020-01-02", "--format", "csv"],
               "supervisor"),
    "export": (["export", "customers", "--format", "csv"], "supervisor"),
}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(office, which, out, *extra):
    args, user = WRITERS[which]
    return office_cli(office, *args, "--out", str(out), *extra, username=user)


def vend_works(office) -> None:
    meter = office.meters(pending_key_change=False)[0]["meter_number"]
    result = office_cli(office, "vend", "--meter", meter, "--amount", "500", "--json")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("which", sorted(WRITERS))
@pytest.mark.parametrize("target", ["db", "db-wal", "db-shm", "db-journal", "anchor", "anchor-tmp", "backup",
                                    "symlink", "relative"])
def test_the_office_files_are_never_written_over_even_with_force(demo_office, which, target, tmp_path):
    db = demo_office.path
    vend_works(demo_office)  # makes the automatic backup and the audit anchor
    backup = next((db.parent / "backups").glob("auto-*.sqlite3"))
    anchor = db.parent / f"{db.name}.audit-head"
    assert anchor.exists()
    paths = {"db": db, "db-wal": f"{db}-wal", "db-shm": f"{db}-shm", "db-journal": f"{db}-journal",
             "anchor": anchor, "anchor-tmp": f"{anchor}.123.tmp", "backup": backup,
             "symlink": tmp_path / "receipt.pdf", "relative": os.path.relpath(db)}
    if target == "symlink":
        os.symlink(db, paths["symlink"])
    before = {p: digest(p) for p in (db, anchor, backup)}
    for extra in ((), ("--force",)):
        result = run(demo_office, which, paths[target], *extra)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert "not written" in result.stderr and "Traceback" not in result.stderr
    assert {p: digest(p) for p in (db, anchor, backup)} == before
    assert not os.path.exists(f"{db}-journal") and not os.path.exists(f"{anchor}.123.tmp")
    vend_works(demo_office)


def test_a_hard_link_to_the_office_and_another_database_are_refused(demo_office, tmp_path):
    link = tmp_path / "looks-like-a-report.csv"
    os.link(demo_office.path, link)
    other = tmp_path / "other-office.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    kept = digest(other)
    for target in (link, other):
        result = run(demo_office, "export", target, "--force")
        assert result.returncode == 2 and "not written" in result.stderr
    assert digest(other) == kept
    vend_works(demo_office)


@pytest.mark.parametrize("which", sorted(WRITERS))
def test_an_existing_file_is_kept_unless_force(demo_office, which, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / ("receipt.pdf" if which == "print" else "out.csv")
    out.write_bytes(b"the supervisor's notes")
    refused = run(demo_office, which, out)
    assert refused.returncode == 2
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert out.read_bytes() == b"the supervisor's notes"
    replaced = run(demo_office, which, out, "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_bytes() != b"the supervisor's notes"
    assert out.read_bytes().startswith(b"%PDF" if which == "print" else b"\xef\xbb\xbf" if which == "report" else b"id,")
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_a_new_file_is_written_and_printer_devices_still_work(demo_office, tmp_path):
    out = tmp_path / "new.pdf"
    assert run(demo_office, "print", out).returncode == 0 and out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())  # an ordinary file, not 0600
    device = office_cli(demo_office, "print", "--sale", "1", "--format", "escpos", "--out", os.devnull)
    assert device.returncode == 0, device.stderr


def test_export_refused_before_anything_is_audited(demo_office, tmp_path):
    out = tmp_path / "kept.csv"
    out.write_text("keep")
    with demo_office.open(unlock=False) as office:
        entries = len(office.repo.audit_entries())
    assert run(demo_office, "export", out).returncode == 2
    with demo_office.open(unlock=False) as office:
        assert len(office.repo.audit_entries()) == entries


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    from sts_pos.store import outfile

    target = tmp_path / "report.csv"
    target.write_bytes(b"old")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outfile.os, "fsync", full)
    with pytest.raises(outfile.OutputRefused, match="disk .* is full") as caught:
        outfile.write_output(target, b"new bytes", db_path=tmp_path / "office.sqlite3", force=True, what="report")
    assert "report was not written" in caught.value.message
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_file_appearing_while_writing_is_not_replaced(tmp_path):
    from sts_pos.store import outfile

    target = tmp_path / "r.pdf"
    with pytest.raises(outfile.OutputRefused, match="appeared"):
        with outfile.output_file(target, db_path=None, what="receipt") as handle:
            handle.write(b"mine")
            target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's" and len(list(tmp_path.iterdir())) == 1


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_file_printer_is_never_the_office(demo_office):
    for target in (demo_office.path, f"{demo_office.path}-wal"):
        result = office_cli(demo_office, "print", "--sale", "1", "--printer", f"file:{target}")
        assert result.returncode == 2 and "part of the office database" in result.stderr
    vend_works(demo_office)
