#!/usr/bin/env python3
"""Collect the messages that the layers below the GUI put in their errors (``UserFacingError`` and friends)
into ``src/sts_pos/gui/message_catalogue.py``, so that lupdate offers them for translation and the GUI can
show them in the user's language (``sts_pos.gui.messages``).

    .venv/bin/python scripts/gui_messages.py        # then pyside6-lupdate, translate, pyside6-lrelease

A message is the first argument of an exception raised (or of ``super().__init__`` in an exception class)
when it is a string literal or an f-string; each ``{...}`` of an f-string becomes a numbered placeholder.
Messages the scan cannot see (built in variables) stay in English, which is what the GUI showed before.

The reports' words are collected too: the column titles (``Column(key, "Title", ...)``), the shift report's
line labels, in the "ReportTable" context the report table translates them in (``REPORT_WORDS``), and their
notes (string and f-string items of ``notes=(...)``, ``notes = [...]`` and ``notes.append(...)``) as messages.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("sts", "vending", "store", "devices", "reports")
OUT = ROOT / "src" / "sts_pos" / "gui" / "message_catalogue.py"


def template(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append(f"{{{n}}}")
                n += 1
        return "".join(parts)
    return None


def messages(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
              and isinstance(node.func.value, ast.Call) and getattr(node.func.value.func, "id", "") == "super"):
            call = node
        if call is None or not call.args:
            continue
        text = template(call.args[0])
        # a message a person reads: words and a full stop, not an internal tag
        if text and " " in text and len(text) > 12 and text.rstrip()[-1:] in ".?!)":
            found.append(text)
    return found


def _is_notes(target: ast.expr) -> bool:
    return (isinstance(target, ast.Name) and target.id == "notes") or (
        isinstance(target, ast.Attribute) and target.attr == "notes")


def _texts(node: ast.expr) -> list[ast.expr]:
    """The string items of a notes expression: tuples and lists, joined with +, chosen with if/else."""
    if isinstance(node, (ast.Tuple, ast.List)):
        return [t for elt in node.elts for t in _texts(elt)]
    if isinstance(node, ast.BinOp):
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return [node]
    return []


def report_words(path: Path) -> tuple[list[str], list[str]]:
    """(column titles and line labels, notes) written as literals in a reports module."""
    words, notes = [], []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Column" and len(node.args) >= 2:
            if isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                words.append(node.args[1].value)
        items: list[ast.expr] = []
        if isinstance(node, ast.keyword) and node.arg == "notes":
            items = _texts(node.value)
        elif isinstance(node, ast.Assign) and any(_is_notes(t) for t in node.targets):
            items = _texts(node.value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
              and _is_notes(node.func.value) and node.args):
            items = _texts(node.args[0])
        for item in items:
            text = template(item)
            if text and " " in text:
                notes.append(text)
    return words, notes


def main() -> int:
    seen: dict[str, None] = {}
    words: dict[str, None] = {}
    for layer in LAYERS:
        for path in sorted((ROOT / "src" / "sts_pos" / layer).rglob("*.py")):
            for text in messages(path):
                seen.setdefault(text, None)
    for path in sorted((ROOT / "src" / "sts_pos" / "reports").rglob("*.py")):
        titles, notes = report_words(path)
        for text in titles:
            words.setdefault(text, None)
        for text in notes:
            seen.setdefault(text, None)
    lines = [
        '"""Messages of the layers below the GUI, for translation (generated by ``scripts/gui_messages.py``; do not',
        'edit by hand). ``{0}``, ``{1}``... stand for the values the message was made with."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    for text in seen:
        lines.append(f"    QT_TRANSLATE_NOOP(\"messages\", {text!r}),")
    lines.append(")")
    lines += ["", "REPORT_WORDS = ("]
    for text in words:
        lines.append(f"    QT_TRANSLATE_NOOP(\"ReportTable\", {text!r}),")
    lines.append(")")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(seen)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
