"""The messages of the layers below the GUI in the user's language.

The vending rules, the store and the devices raise ``UserFacingError`` with an English message (they do
not import Qt). :func:`translate_message` finds the message's template in
:mod:`sts_pos.gui.message_catalogue` (generated from their sources by ``scripts/gui_messages.py``; each
``{0}``, ``{1}``... stands for a value such as a meter number or an amount) and gives its translation
(``QCoreApplication.translate("messages", ...)``) with the same values filled in. A message that is not in
the catalogue (new since the catalogue was made) is shown as it is.

A translation may ask for a value to be translated too, by writing its field as ``{n:t}``: the value is then
looked up in the same ``messages`` context (the role and permission words of
``vending.roles.PermissionDenied``, a sale's status, listed in :data:`VALUE_WORDS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sts_pos.gui.message_catalogue import MESSAGES

_FIELD = re.compile(r"\{(\d+)\}")
_TRANSLATED_FIELD = re.compile(r"\{(\d+):t\}")

# values that messages carry in English words (roles, permissions, statuses); a translation marks the
# fields holding them with ``{n:t}``
VALUE_WORDS = (
    QT_TRANSLATE_NOOP("messages", "cashier"), QT_TRANSLATE_NOOP("messages", "technician"),
    QT_TRANSLATE_NOOP("messages", "supervisor"), QT_TRANSLATE_NOOP("messages", "admin"),
    QT_TRANSLATE_NOOP("messages", "a supervisor"), QT_TRANSLATE_NOOP("messages", "a technician"),
    QT_TRANSLATE_NOOP("messages", "a technician or supervisor"), QT_TRANSLATE_NOOP("messages", "an administrator"),
    QT_TRANSLATE_NOOP("messages", "another role"),
    QT_TRANSLATE_NOOP("messages", "vend"), QT_TRANSLATE_NOOP("messages", "reprint"),
    QT_TRANSLATE_NOOP("messages", "shift"), QT_TRANSLATE_NOOP("messages", "lookup"),
    QT_TRANSLATE_NOOP("messages", "engineering"), QT_TRANSLATE_NOOP("messages", "cards"),
    QT_TRANSLATE_NOOP("messages", "meter test"), QT_TRANSLATE_NOOP("messages", "void"),
    QT_TRANSLATE_NOOP("messages", "customers"), QT_TRANSLATE_NOOP("messages", "tariffs"),
    QT_TRANSLATE_NOOP("messages", "key change"), QT_TRANSLATE_NOOP("messages", "reports"),
    QT_TRANSLATE_NOOP("messages", "unlock vault"), QT_TRANSLATE_NOOP("messages", "users"),
    QT_TRANSLATE_NOOP("messages", "supply groups"), QT_TRANSLATE_NOOP("messages", "settings"),
    QT_TRANSLATE_NOOP("messages", "backup"), QT_TRANSLATE_NOOP("messages", "restore"),
    QT_TRANSLATE_NOOP("messages", "ISSUED"), QT_TRANSLATE_NOOP("messages", "VOIDED"),
    QT_TRANSLATE_NOOP("messages", "VOID"), QT_TRANSLATE_NOOP("messages", "PENDING"),
    # payment methods as vending.tenders names them in messages
    QT_TRANSLATE_NOOP("messages", "cash"), QT_TRANSLATE_NOOP("messages", "card"),
    QT_TRANSLATE_NOOP("messages", "mobile money"), QT_TRANSLATE_NOOP("messages", "cheque"),
)


def _pattern(template: str) -> re.Pattern[str] | None:
    if not _FIELD.search(template.replace("{{", "").replace("}}", "")):
        return None
    parts, position = [], 0
    plain = template
    for match in _FIELD.finditer(plain):
        parts.append(re.escape(plain[position:match.start()].replace("{{", "{").replace("}}", "}")))
        parts.append(r"(.+?)")
        position = match.end()
    parts.append(re.escape(plain[position:].replace("{{", "{").replace("}}", "}")))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    exact: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for template in MESSAGES:
        pattern = _pattern(template)
        if pattern is None:
            exact[template.replace("{{", "{").replace("}}", "}")] = template
        else:
            patterns.append((pattern, template))
    # the longest templates first: a more specific message wins over a shorter one it contains
    patterns.sort(key=lambda item: -len(item[1]))
    return exact, patterns


def translate_message(text: str) -> str:
    """``text`` in the user's language when the catalogue knows its template; else ``text`` itself."""
    if not text:
        return text
    exact, patterns = _catalogue()
    if text in exact:
        translated = QCoreApplication.translate("messages", exact[text])
        return translated.replace("{{", "{").replace("}}", "}")
    for pattern, template in patterns:
        match = pattern.fullmatch(text)
        if match:
            translated = QCoreApplication.translate("messages", template)
            values = list(match.groups())
            for field in {int(n) for n in _TRANSLATED_FIELD.findall(translated)}:
                if field < len(values):
                    values[field] = QCoreApplication.translate("messages", values[field])
            translated = _TRANSLATED_FIELD.sub(r"{\1}", translated)
            try:
                return translated.format(*values)
            except (IndexError, KeyError, ValueError):  # a translation with broken fields: keep the original
                return text
    return text
