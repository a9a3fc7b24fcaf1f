"""Key change token sets, IEC 62055-41 clause 6.3.8 (class 2 subclasses 3, 4, 8, 9).

A 64-bit new decoder key travels in two tokens (1st section: KEN high nibble, new KRN, rollover bit, new
key type, key bits 63-32; 2nd section: KEN low nibble, new TI, key bits 31-0). A 128-bit key travels in
four (1st: bits 127-96, 2nd: bits 31-0, 3rd: bits 95-64 with the SGC's low 12 bits, 4th: bits 63-32
with the SGC's high 12 bits). Every section is encrypted under the meter's *current* decoder key; the
rollover bit tells the meter to move to the next TID base date and clear its TID memory.

Rules a certified vending system keeps (and the meter, where it can tell):

* **The key must change.** Key change sections carry no TID, so a set whose new key is the meter's
  current key can be entered again and again; with the rollover bit set, each entry clears the TID memory
  and every used credit token works again. :func:`key_change_tokens` and :func:`check_key_change` refuse a
  set whose new decoder key equals the current one (a meter cannot tell: it takes such a set).
* **Key types** (clause 6.1.9): a key change never loads a DITK (it is the manufacture key, used only to
  load the first real key); a meter with its own or a common key (DUTK, DCTK) never goes back to a default
  key (DDTK); a keypad meter never takes a common key (DCTK), since one token would then work in every
  meter of the group. :func:`key_type_refusal` says why a move is refused; the virtual meter answers
  "Key type" and vending refuses the pending change.
* **Base dates move forward one step** (1993 -> 2014 -> 2035), and only with the rollover bit.
"""

from __future__ import annotations

from sts_pos.sts.codec import encode
from sts_pos.sts.errors import KeyChangeRefused, shown
from sts_pos.sts.keys import DecoderKey, KeyParameters, KeyType
from sts_pos.sts.tid import BaseDate, next_base_date
from sts_pos.sts.tokens import KeyChange1, KeyChange2, KeyChange3, KeyChange4, Token


def key_type_refusal(current: int, new: int, keypad: bool = True) -> str | None:
    """Why a meter with a ``current`` key type refuses a key change to ``new`` (``None``: allowed)."""
    if new not in (0, 1, 2, 3) or current not in (0, 1, 2, 3):
        return f"Key types are 0 to 3 (DITK, DDTK, DUTK, DCTK), not {shown(new)}."
    new, current = KeyType(new), KeyType(current)
    if new is KeyType.DITK:
        return ("No key change loads an initialisation key (DITK): it is the key a meter is made with, used only "
                "to load its first real key.")
    if new is KeyType.DCTK and keypad:
        return ("A keypad meter cannot take a common key (DCTK): a token made for it would work in every meter "
                "of the supply group. Use key type 2 (DUTK).")
    if new is KeyType.DDTK and current in (KeyType.DUTK, KeyType.DCTK):
        return (f"A meter with its own key ({current.label}) cannot go back to a default key (DDTK). "
                "Use key type 2 (DUTK).")
    return None


def base_date_refusal(current: BaseDate, new: BaseDate, rollover: bool) -> str | None:
    """Why the move from base date ``current`` to ``new`` cannot be made (``None``: it can)."""
    if not rollover:
        return None if new is current else (
            f"A key change without the rollover bit keeps the base date {current.year}; it cannot set {new.year}.")
    if current is BaseDate.Y2035 or new is not next_base_date(current):
        return (f"A TID rollover moves a meter from base date {current.year} to the next one "
                f"({next_base_date(current).year}), never to {new.year}.")
    return None


def check_key_change(current_key: DecoderKey, current: KeyParameters, new_key: DecoderKey, new: KeyParameters,
                     rollover: bool, keypad: bool = True) -> None:
    """Refuse (:class:`KeyChangeRefused`) a key change a certified vending system must not issue: the same
    decoder key again, a key type move the meter refuses, or a base date the rollover bit cannot reach."""
    if current_key.key == new_key.key:
        raise KeyChangeRefused(
            "This key change would load the key the meter already has"
            + (" and clear its token memory (TID rollover): every credit token it has taken would work again."
               if rollover else ".")
            + " A key change must move to a new key revision (KRN) or supply group"
            + (" on the new base date." if rollover else ", tariff index or key type."))
    refusal = key_type_refusal(current.key_type, new.key_type, keypad)
    if refusal is None:
        refusal = base_date_refusal(current.base_date, new.base_date, rollover)
    if refusal is not None:
        raise KeyChangeRefused(refusal)


def key_change_sections(new_key: DecoderKey, new_params: KeyParameters, rollover: bool) -> list[Token]:
    """The key change sections (in entry order 1, 2[, 3, 4]) that load ``new_key`` with ``new_params``.

    The sections alone (no current key here): the compliance suite encodes a same-key set to check the
    encoding; :func:`key_change_tokens` and vending refuse to issue one.
    """
    if not isinstance(new_key, DecoderKey) or not isinstance(new_params, KeyParameters):
        raise KeyChangeRefused("Key change sections are made from a decoder key and its key parameters.")
    if new_params.key_bits != len(new_key.key) * 8:
        raise KeyChangeRefused(f"The new key has {len(new_key.key) * 8} bits but its parameters (EA{new_params.ea}) "
                               f"need {new_params.key_bits}.")
    value = new_key.as_int
    ken = new_params.ken
    if len(new_key.key) == 8:
        high, low = value >> 32, value & 0xFFFFFFFF
        return [
            KeyChange1(ken >> 4, new_params.krn, rollover, int(new_params.key_type), high),
            KeyChange2(ken & 15, new_params.ti, low),
        ]
    sgc = int(new_params.sgc)
    return [
        KeyChange1(ken >> 4, new_params.krn, rollover, int(new_params.key_type), value >> 96),
        KeyChange2(ken & 15, new_params.ti, value & 0xFFFFFFFF),
        KeyChange3(sgc & 0xFFF, value >> 64 & 0xFFFFFFFF),
        KeyChange4(sgc >> 12 & 0xFFF, value >> 32 & 0xFFFFFFFF),
    ]


def key_change_tokens(current_key: DecoderKey, new_key: DecoderKey, new_params: KeyParameters,
                      rollover: bool = False) -> list[str]:
    """The 20-digit key change tokens, in entry order, encrypted under ``current_key``.

    A set whose new key is the current key is refused (:class:`KeyChangeRefused`): it could be entered
    any number of times, and with ``rollover`` each entry would wipe the meter's TID memory.
    """
    if not isinstance(current_key, DecoderKey) or not isinstance(new_key, DecoderKey):
        raise KeyChangeRefused("A key change goes from the meter's decoder key to a new decoder key.")
    if current_key.key == new_key.key:
        raise KeyChangeRefused("The new decoder key is the meter's current key: a key change must change the key "
                               "(a new key revision or supply group).")
    return [encode(section, current_key) for section in key_change_sections(new_key, new_params, rollover)]


def assemble_new_key(sections: list[Token]) -> tuple[int, int]:
    """Rebuild (key as integer, key length in bytes) from decoded sections (any order)."""
    parts = {type(section): section for section in sections}
    if KeyChange1 not in parts or KeyChange2 not in parts:
        raise KeyChangeRefused("A key change needs its 1st and 2nd sections.")
    first, second = parts[KeyChange1], parts[KeyChange2]
    if KeyChange3 in parts and KeyChange4 in parts:
        value = (first.key_bits << 96 | parts[KeyChange3].key_bits << 64 | parts[KeyChange4].key_bits << 32
                 | second.key_bits)
        return value, 16
    return first.key_bits << 32 | second.key_bits, 8
