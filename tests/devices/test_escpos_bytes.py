"""The receipt's ESC/POS stream read back by a parser written here from the Epson ESC/POS command reference
(not python-escpos): every command is one Epson defines, ``FS .`` cancels Kanji mode before any text, the text
is in the code page chosen in the printer settings (n-tilde arrives as that page's byte), the peso sign the
code pages lack is printed as ``PHP``, and the raster QR is centred on the printer's dot width."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.reports.receipt_escpos import QR_IMAGE, receipt_escpos
from sts_pos.vending.money import Currency
from tests.reports.samples import sale_receipt

ESC, FS, GS = 0x1B, 0x1C, 0x1D
# ESC t n (Epson "Select character code table"): n -> the table, with Python's codec for it
EPSON_TABLES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}
# Epson commands with one parameter byte n (ESC ! n, ESC - n, ESC E n, ESC M n, ESC a n, ESC d n, ESC t n,
# ESC { n; GS ! n, GS B n, GS b n)
ONE_BYTE = {(ESC, ord(c)) for c in "!-EMadt{"} | {(GS, ord(c)) for c in "!Bb"}


@dataclass
class Stream:
    commands: list[tuple[str, bytes]] = field(default_factory=list)
    text: list[tuple[int, bytes]] = field(default_factory=list)  # (code table in force, bytes printed)
    rasters: list[tuple[int, int, bytes]] = field(default_factory=list)  # (bytes per row, rows, data)
    kanji_cancelled_before_text: bool = False


def parse(data: bytes) -> Stream:
    """Walk the stream command by command; an unknown command fails the test."""
    out, i, table, run = Stream(), 0, 0, bytearray()
    seen_fs_dot = False

    def flush():
        if run:
            if not out.text:
                out.kanji_cancelled_before_text = seen_fs_dot
            out.text.append((table, bytes(run)))
            run.clear()

    while i < len(data):
        b = data[i]
        if b >= 0x20 or b == 0x0A:
            run.append(b)
            i += 1
            continue
        flush()
        op = (b, data[i + 1])
        if op == (ESC, 0x40):  # ESC @ initialise
            out.commands.append(("ESC @", b""))
            i += 2
        elif op == (FS, 0x2E):  # FS . cancel Kanji character mode
            seen_fs_dot = True
            out.commands.append(("FS .", b""))
            i += 2
        elif op == (FS, 0x26):  # FS & select Kanji mode: must never come
            raise AssertionError("FS & selects Kanji mode")
        elif op in ONE_BYTE:
            n = data[i + 2]
            if op == (ESC, ord("t")):
                assert n in EPSON_TABLES, f"ESC t {n}: not a table the settings offer"
                table = n
            out.commands.append((f"{chr(b + 0x40) if b < 0x20 else b} {chr(op[1])}", bytes([n])))
            i += 3
        elif op == (GS, ord("V")):  # GS V m (m=0,1,48,49) or GS V m n (m=65,66)
            m = data[i + 2]
            assert m in (0, 1, 48, 49, 65, 66)
            i += 3 + (m in (65, 66))
            out.commands.append(("GS V", bytes([m])))
        elif op == (GS, ord("(")) and data[i + 2] == ord("k"):  # GS ( k pL pH cn fn ...
            length = data[i + 3] + 256 * data[i + 4]
            out.commands.append(("GS ( k", data[i + 5 : i + 5 + length]))
            i += 5 + length
        elif op == (GS, ord("v")) and data[i + 2] == ord("0"):  # GS v 0 m xL xH yL yH d1...dk
            x = data[i + 4] + 256 * data[i + 5]
            y = data[i + 6] + 256 * data[i + 7]
            out.rasters.append((x, y, data[i + 8 : i + 8 + x * y]))
            i += 8 + x * y
        else:
            raise AssertionError(f"byte {i}: {data[i:i + 4].hex(' ')} is not an Epson command this test knows")
    flush()
    return out


def printed(stream: Stream) -> str:
    return "".join(chunk.decode(EPSON_TABLES[table]) for table, chunk in stream.text)


@pytest.mark.parametrize("page, table", [("PC437", 0), ("PC850", 2), ("PC858", 19), ("WPC1252", 16)])
def test_n_tilde_arrives_in_the_chosen_code_page(page, table):
    data = receipt_escpos(sale_receipt(customer_name="Señora Peña Ñino"), code_page=page)
    stream = parse(data)
    assert [c for c, _ in stream.commands[:2]] == ["ESC @", "FS ."]
    assert stream.kanji_cancelled_before_text
    assert {t for t, _ in stream.text} == {table}  # one code page for the whole receipt
    expected = "Señora Peña Ñino".encode(EPSON_TABLES[table])
    assert expected in data
    assert "Señora Peña Ñino" in printed(stream)
    assert "ñ".encode("gb18030") not in data  # what a printer left in GB18030 would have needed


def test_the_code_pages_put_n_tilde_on_different_bytes():
    """The setting matters: PC437/PC850/PC858 put ñ at 0xA4, WPC1252 at 0xF1."""
    assert "ñ".encode("cp437") == b"\xa4" and "ñ".encode("cp1252") == b"\xf1"
    assert b"\xf1" in receipt_escpos(sale_receipt(customer_name="Peña"), code_page="WPC1252")
    assert b"Pe\xa4a" in receipt_escpos(sale_receipt(customer_name="Peña"), code_page="PC850")


@pytest.mark.parametrize("page", ["PC437", "PC850", "PC858", "WPC1252"])
def test_the_peso_sign_prints_as_php(page):
    peso = Currency(code="PHP", symbol="₱", thousands_separator=",")
    text = printed(parse(receipt_escpos(sale_receipt(office_name="Cebu Office", currency=peso), code_page=page)))
    assert "PHP 200.00" in text and "PHP 150.00" in text and "?" not in text.replace("??", "")


def test_euro_stays_a_sign_where_the_page_has_it():
    euro = Currency(code="EUR", symbol="€")
    assert "€ 200.00" in printed(parse(receipt_escpos(sale_receipt(currency=euro), code_page="PC858")))
    assert "EUR 200.00" in printed(parse(receipt_escpos(sale_receipt(currency=euro), code_page="PC437")))


def _raster_columns(x_bytes: int, rows: int, data: bytes) -> tuple[int, int]:
    """First and last dot column holding black in a GS v 0 image (MSB is the leftmost dot)."""
    black = [col for col in range(x_bytes * 8)
             if any(data[r * x_bytes + col // 8] & (0x80 >> (col % 8)) for r in range(rows))]
    return black[0], black[-1]


@pytest.mark.parametrize("columns, dots", [(32, 384), (42, 576), (32, 432)])
def test_raster_qr_is_centred_on_the_head(columns, dots):
    data = receipt_escpos(sale_receipt(), columns=columns, qr=QR_IMAGE, dots=dots if dots != 384 else None)
    stream = parse(data)
    assert len(stream.rasters) == 1
    x_bytes, rows, image = stream.rasters[0]
    assert x_bytes * 8 == dots  # as wide as the head, the QR in the middle
    first, last = _raster_columns(x_bytes, rows, image)
    left, right = first, dots - 1 - last
    assert abs(left - right) <= 8, (left, right)
    assert left > 40


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzñÑáéíóúüÁÉÍÓÚ .,'-"), min_size=1, max_size=24),
       st.sampled_from(["PC437", "PC850", "PC858", "WPC1252"]))
def test_any_spanish_or_filipino_name_arrives_whole(name, page):
    """Each letter arrives as itself where the page has it, else without its accent (PC437 has no Á)."""
    name = " ".join(name.split()) or "x"
    stream = parse(receipt_escpos(sale_receipt(customer_name=name), columns=42, code_page=page))
    codec = {"PC437": "cp437", "PC850": "cp850", "PC858": "cp858", "WPC1252": "cp1252"}[page]
    plain = dict(zip("ÁÉÍÓÚáéíóúüÑñ", "AEIOUaeiouuNn"))
    expected = "".join(ch if ch.encode(codec, "replace") != b"?" else plain[ch] for ch in name)
    assert expected in " ".join(printed(stream).split())
