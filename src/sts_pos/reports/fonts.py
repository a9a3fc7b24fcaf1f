"""Fonts for the PDFs: DejaVu (wide glyph coverage, so currency symbols print) when the system has it,
else reportlab's bundled Bitstream Vera, else the PDF base-14 Helvetica/Courier. Registered once."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_SEARCH = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
)


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    mono: str


def _find(filename: str) -> str | None:
    for folder in _SEARCH:
        path = os.path.join(folder, filename)
        if os.path.isfile(path):
            return path
    return None


def _register(name: str, path: str | None) -> bool:
    if not path:
        return False
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except Exception:  # a broken font file: fall back, never fail a receipt for a font
        return False
    return True


@functools.cache
def fonts() -> FontSet:
    """The registered font names (cached; registration happens on first use)."""
    if _register("StsSans", _find("DejaVuSans.ttf")) and _register("StsSans-Bold", _find("DejaVuSans-Bold.ttf")):
        regular, bold = "StsSans", "StsSans-Bold"
    else:
        import reportlab

        here = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        if _register("StsSans", os.path.join(here, "Vera.ttf")) and _register(
            "StsSans-Bold", os.path.join(here, "VeraBd.ttf")
        ):
            regular, bold = "StsSans", "StsSans-Bold"
        else:
            regular, bold = "Helvetica", "Helvetica-Bold"
    mono = "StsMono-Bold" if _register("StsMono-Bold", _find("DejaVuSansMono-Bold.ttf")) else "Courier-Bold"
    return FontSet(regular, bold, mono)
