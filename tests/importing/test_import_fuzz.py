"""A hypothesis fuzz of import files (issue 19): CSV rows mixing good values with garbage in every column (text,
control characters, quotes and separators, huge and odd numbers, short and long rows, odd headers), and raw
bytes as a file. Only the program's own errors (``UserFacingError``: a refused file) come out; a checked file
reports every row once (imported or refused); what was written is what vending can use; the audit chain holds.
Budget: ``STS_POS_IMPORT_FUZZ`` examples (default 150)."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.errors import UserFacingError
from sts_pos.store.importer import COLUMNS, import_file
from sts_pos.store.office import Office
from sts_pos.sts.meter_number import make_meter_number, parse_meter_number
from sts_pos.vending.roles import Session

EXAMPLES = int(os.environ.get("STS_POS_IMPORT_FUZZ", "150"))
ODD = ["", " ", "NaN", "Infinity", "1e999999", "-1", "0", "99999999999999999999", "1,5", "1.005", "=1+1", '"',
       "a,b", "line\nbreak", "\x00", "\x07", "\u202e", "ß", "Ä", "😀", "0x1F", "yes", "no", "2014", "1993",
       "+27 82 555 0000", "0825550000", "00278255500", "(0)82", "R 1 000,00", "1 000.00", "12.345"]


def good(column: str):
    serial = st.integers(0, 99_999_999).map(lambda i: f"{i:08d}")
    return {
        "meter_number": st.one_of(serial.map(lambda s: make_meter_number("09", s).drn),
                                  serial.map(lambda s: make_meter_number("0009", s).drn),
                                  serial.map(lambda s: make_meter_number("09", s).drn[:-1] + "0")),
        "account_no": st.integers(0, 50).map(lambda i: f"F-{i}") | st.sampled_from(["ACC10001", "acc10002"]),
        "customer_name": st.sampled_from(["Ann Banda", "José Núñez", "Mwale O'Neil", "Ngozi, Jr."]),
        "address": st.sampled_from(["", "1 Road", "Flat 2; Block \"C\"", "12 Rizal St., Parañaque"]),
        "phone": st.integers(0, 10 ** 9).map(lambda i: f"+2782{i:09d}"),
        "sgc": st.sampled_from(["123456", "123456", "654321", "999999", "12345"]),
        "krn": st.sampled_from(["1", "2", "2", "3", "16"]),
        "ti": st.sampled_from(["01", "02", "1", "07", "100"]),
        "key_type": st.sampled_from(["", "0", "2", "3", "4"]),
        "base_date": st.sampled_from(["", "1993", "2014", "2035", "93", "14"]),
        "kind": st.sampled_from(["keypad", "keypad", "ic_card", "IC Card", ""]),
        "card_serial": st.just(""),
        "indigent": st.sampled_from(["yes", "no", "", "Y", "maybe"]),
        "debt": st.decimals(0, 10 ** 6, places=2, allow_nan=False).map(str) | st.just("0"),
    }[column]


VALID = {"sgc": "123456", "krn": "2", "ti": "01", "key_type": "2", "base_date": "2014", "kind": "keypad",
         "indigent": "no"}


def cell(column: str, clean: bool):
    if clean:
        if column == "meter_number":
            return st.integers(0, 99_999_999).map(lambda i: make_meter_number("09", f"{i:08d}").drn)
        if column == "account_no":
            return st.uuids().map(lambda u: f"F-{u.hex[:10]}")
        return st.just(VALID[column]) if column in VALID else good(column)
    return st.integers(0, 9).flatmap(lambda n: st.sampled_from(ODD) if n == 0 else st.text(max_size=12) if n == 1
                                     else good(column))


@st.composite
def files(draw) -> str:
    header = list(COLUMNS["meters"])
    shape = draw(st.integers(0, 9))
    if shape == 0:
        header = draw(st.permutations(header))
    elif shape == 1:
        header = header[:draw(st.integers(1, len(header)))]
    elif shape == 2:
        header = [*header, draw(st.sampled_from(["Remarks", "file_row", "reasons", "", "Meter No"]))]
    rows = []
    all_clean = draw(st.integers(0, 3)) == 0
    for _ in range(draw(st.integers(0, 8))):
        clean = all_clean or draw(st.booleans())
        values = [draw(cell(c, clean)) if c in COLUMNS["meters"] else draw(st.text(max_size=6)) for c in header]
        cut = draw(st.integers(0, 6)) if not clean else 9
        if cut == 0:
            values = values[:draw(st.integers(0, len(values)))]
        elif cut == 1:
            values.append(draw(st.sampled_from(ODD)))
        rows.append(values)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ",", ";", "\t"])), lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _session(office) -> Session:
    user = office.repo.user_by_name("supervisor")
    return Session(user.id, user.username, user.role, user.full_name)


def test_fuzzed_csv_rows_give_only_the_programs_own_errors(demo_template, tmp_path):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_template.path, db)
    office = Office.open(db)
    session = _session(office)
    seen = {"refused file": 0, "rows refused": 0, "rows imported": 0}
    try:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(text=files(), dry_run=st.booleans(), skip_bad=st.booleans(), pending=st.booleans())
        def one(text, dry_run, skip_bad, pending):
            path = tmp_path / "fuzz.csv"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            before = office.repo.one("SELECT count(*) FROM meters")[0]
            try:
                report, plan = import_file(office.records, session, path, "meters", dry_run=dry_run,
                                           skip_bad=skip_bad, pending_rollover=pending)
            except UserFacingError as exc:
                assert exc.message and "Traceback" not in exc.message
                seen["refused file"] += 1
                assert office.repo.one("SELECT count(*) FROM meters")[0] == before
                return
            assert report.rows == len(plan.results) == len(plan.good) + len(plan.rejected)
            assert all(r.reasons for r in plan.rejected) and all(isinstance(x, str) for r in plan.rejected
                                                                  for x in r.reasons)
            after = office.repo.one("SELECT count(*) FROM meters")[0]
            assert after - before == (report.imported if report.written else 0)
            if plan.rejected and not skip_bad:
                assert after == before and report.imported == 0
            seen["rows refused"] += len(plan.rejected)
            seen["rows imported"] += after - before
            for r in plan.good if report.written else ():
                row = office.repo.one("SELECT m.meter_number, c.phone, c.name FROM meters m JOIN customers c "
                                      "ON c.id = m.customer_id WHERE m.meter_number = ?", r.values["meter_number"])
                assert parse_meter_number(row[0]).drn == row[0]
                assert row[1] == "" or re.fullmatch(r"\+[1-9]\d{7,14}", row[1])
                assert row[2].strip() == row[2] and row[2]
                office.sales.find_meter(row[0])  # vending finds it

        one()
        assert office.verify_audit().ok
    finally:
        office.close()
    print(f"import fuzz: {EXAMPLES} files, {seen}")
    assert seen["refused file"] and seen["rows refused"] and seen["rows imported"]


def test_fuzzed_bytes_as_a_file_give_only_the_programs_own_errors(demo_template, tmp_path):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_template.path, db)
    office = Office.open(db)
    session = _session(office)
    try:
        @settings(max_examples=max(EXAMPLES // 3, 20), deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(data=st.one_of(st.binary(max_size=300), st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
                              st.binary(max_size=200).map(lambda b: ",".join(COLUMNS["meters"]).encode() + b"\n" + b)),
               kind=st.sampled_from(["meters", "customers", "tariffs"]))
        def one(data, kind):
            path = tmp_path / "fuzz.bin"
            path.write_bytes(data)
            try:
                import_file(office.records, session, path, kind, dry_run=True)
            except UserFacingError as exc:
                assert exc.message

        one()
    finally:
        office.close()
