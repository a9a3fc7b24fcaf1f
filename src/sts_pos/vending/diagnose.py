"""Why was this token rejected? The technician's diagnosis of a token a customer brings back.

The token is decoded under the meter's current decoder key and under each key the meter had before (an
earlier key revision, supply group or tariff index, the key before the TID rollover), looked up among the
tokens the office issued (to this meter or to another one), and explained in the technician's words. The
cause is one of :data:`CAUSES`:

``ok``
    the token is right for the meter as the office knows it;
``other_meter``
    it was made for another meter (named, when it is in the office);
``old_key``
    it was made under a key the meter no longer has: the key change tokens were entered after it was made
    and before it (its credit can be re-issued free under the current key, ``store.replacements``);
``new_key_before_key_change``
    it was made under the new key, but the meter still has the old one: the key change tokens that came
    with it (or before it) were not entered first;
``old_tid``
    its TID is older than the meter's window (the meter remembers the last 50 tokens' TIDs);
``used``
    it was already entered;
``key_expired``
    its TID is past the key's expiry number (KEN);
``mistyped``
    it fits no key as typed, but one digit changed (or two swapped, one missing or one too many) gives a
    token of this meter: the most likely correction is named;
``unknown``
    none of these.

The meter's own error code or display text, when given, narrows the causes. What a code means is data:
:data:`BUILTIN_CODES` (the virtual meter's display texts and result names, and common words) and the office's
own table (``meter_codes``, per meter model, ``sts-pos meter-codes``), looked up by :func:`code_meaning`.

Pure: the store gathers the meter's facts (:class:`MeterFacts`, with decoder keys from the unlocked vault) and
the look-up of tokens issued to other meters; nothing here reads a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.sts.codec import decode, format_token, parse_token_number
from sts_pos.sts.errors import StsError
from sts_pos.sts.keys import DecoderKey, KeyParameters
from sts_pos.sts.meter import MeterResult
from sts_pos.sts.tid import BaseDate, datetime_from_tid, key_expired
from sts_pos.sts.tokens import CreditToken, TestToken
from sts_pos.vending.office_time import OfficeTime

CAUSES = ("ok", "other_meter", "old_key", "new_key_before_key_change", "old_tid", "used", "key_expired",
          "mistyped", "unknown")
MEANINGS = ("accepted", "test", "kct_pending", "key_changed", "used", "old", "expired", "crc", "format",
            "overflow", "type")  # what an office's meter code may mean (the meter_codes table's CHECK)
TID_WINDOW = 50  # TIDs a meter remembers (IEC 62055-41 TID memory; sts.meter.TID_MEMORY_SIZE)
KEY_REASONS = ("old_key",)  # causes whose credit a supervisor may re-issue free under the current key


class DiagnoseError(UserFacingError):
    pass


# ---- what meters say --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeterCode:
    """One code or display text of a meter model and what it means (``model`` "" = any meter)."""

    model: str
    code: str
    means: str
    text: str = ""


_RESULT_MEANS = {"ACCEPTED": "accepted", "TEST_OK": "test", "KCT_PENDING": "kct_pending",
                 "KEY_CHANGED": "key_changed", "USED": "used", "OLD": "old", "KEY_EXPIRED": "expired",
                 "CRC_ERROR": "crc", "FORMAT_ERROR": "format", "OVERFLOW": "overflow", "NOT_FOR_METER_TYPE": "type",
                 "KEY_TYPE": "type", "DDTK": "ddtk", "RANGE": "type", "MFR_CODE": "type"}


def _builtin_codes() -> tuple[MeterCode, ...]:
    codes: list[MeterCode] = []
    for name, result in MeterResult.__members__.items():
        means = _RESULT_MEANS.get(name)
        if means is None:
            continue
        for code in (result.display, name):  # "Error" is both CRC_ERROR and FORMAT_ERROR: the first (crc) stays
            if not any(c.code.casefold() == code.casefold() for c in codes):
                codes.append(MeterCode("", code, means, result.help_text))
    for code, means in (("accepted", "accepted"), ("ok", "accepted"), ("good", "accepted"), ("crc", "crc"),
                        ("reject", "crc"), ("rejected", "crc"), ("invalid", "crc"), ("fail", "crc"),
                        ("err", "crc"), ("already used", "used"), ("duplicate", "used"), ("old token", "old"),
                        ("key expired", "expired"), ("too long", "format"), ("too short", "format"),
                        ("key change", "kct_pending")):
        if not any(c.code.casefold() == code for c in codes):
            codes.append(MeterCode("", code, means))
    return tuple(codes)


BUILTIN_CODES = _builtin_codes()


def normalise_code(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def code_meaning(code: str, model: str = "", office_codes: Iterable[MeterCode] = ()) -> MeterCode:
    """What a meter's code or display text means: the office's table (this model, then any model) first, then
    the built-in one. Unknown codes are refused in words."""
    key, model_key = normalise_code(code), normalise_code(model)
    if not key:
        raise DiagnoseError("Type what the meter shows (its error code or display text), or leave --meter-says out.")
    office = list(office_codes)
    for table in (office, BUILTIN_CODES):
        for wanted in ((model_key,) if model_key else ()) + ("",):
            for c in table:
                if normalise_code(c.code) == key and normalise_code(c.model) == wanted:
                    return c
    known = ", ".join(c.code for c in BUILTIN_CODES if not c.code.isupper())
    raise DiagnoseError(f"sts-pos does not know what '{code.strip()[:40]}' means"
                        + (f" on a {model.strip()[:40]} meter" if model_key else "")
                        + ". Add the code to the office's table (sts-pos meter-codes add), or leave --meter-says "
                          f"out. Codes it knows include: {known}.")


# ---- the meter's facts ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyChangeRecord:
    """A key change the office issued to the meter (key change tokens, by a sale or an engineering job)."""

    applied_at: datetime
    old: dict
    new: dict
    rollover: bool
    sale_id: int | None = None
    receipt_no: str | None = None
    job_id: int | None = None
    tokens: tuple[tuple[str, str], ...] = ()  # (kind, number) of its key change tokens, entry order

    @property
    def where(self) -> str:
        return f"receipt {self.receipt_no}" if self.receipt_no else f"engineering job E-{self.job_id:06d}"


@dataclass(frozen=True)
class KeyCandidate:
    """A decoder key the meter has (``current``) or may have had."""

    params: KeyParameters
    supply_group_id: int
    key: DecoderKey = field(repr=False)
    current: bool = False
    ended: KeyChangeRecord | None = None  # the key change that moved the meter off this key
    source: str = "current"  # current | history | same_group

    @property
    def label(self) -> str:
        p = self.params
        return f"SGC {p.sgc} KRN {p.krn} TI {p.ti:02d} base date {p.base_date.year}"


@dataclass(frozen=True)
class TokenRecord:
    """A token the office issued."""

    number: str
    kind: str
    seq: int
    tid: int | None
    created_at: datetime
    meter_number: str
    customer: str = ""
    sale_id: int | None = None
    receipt_no: str | None = None
    sale_status: str | None = None
    job_id: int | None = None
    job_kind: str | None = None
    units_kwh10: int | None = None
    base_date: str | None = None
    card_purchase_count: int | None = None

    @property
    def where(self) -> str:
        if self.receipt_no:
            return f"receipt {self.receipt_no}"
        return f"engineering job E-{self.job_id:06d}" if self.job_id else "the office"


@dataclass(frozen=True)
class MeterFacts:
    meter_number: str
    kind: str
    customer: str
    keys: tuple[KeyCandidate, ...]  # the current key first
    tokens: tuple[TokenRecord, ...]  # issued to this meter, oldest first
    key_changes: tuple[KeyChangeRecord, ...]  # oldest first
    now: datetime
    utc_offset_minutes: int = 0
    pending_key_change: bool = False
    replaced: dict[int, int] = field(default_factory=dict)  # original sale id -> replacement job id
    readings: tuple[tuple[datetime, int], ...] = ()  # card write-backs: (recorded at, purchases accepted)

    @property
    def current(self) -> KeyCandidate:
        return self.keys[0]


@dataclass
class Diagnosis:
    cause: str
    explanation: str
    remedy: str
    sale: dict | None = None
    job: dict | None = None
    token: str = ""
    decoded: dict | None = None
    key: str | None = None
    correction: dict | None = None
    meter_says: dict | None = None
    replaceable: bool = False

    def as_json(self) -> dict:
        return {"cause": self.cause, "explanation": self.explanation, "sale": self.sale, "job": self.job,
                "remedy": self.remedy, "token": self.token, "decoded": self.decoded, "key": self.key,
                "correction": self.correction, "meter_says": self.meter_says, "replaceable": self.replaceable}


# ---- the diagnosis ----------------------------------------------------------------------------------------
def diagnose(facts: MeterFacts, text: str, meter_says: MeterCode | None = None,
             elsewhere: Callable[[str], TokenRecord | None] = lambda number: None) -> Diagnosis:
    """The cause of a rejection of token ``text`` by the meter of ``facts`` (see the module docstring)."""
    said = {"code": meter_says.code, "means": meter_says.means, "model": meter_says.model,
            "text": meter_says.text} if meter_says else None
    result = _diagnose(facts, text, meter_says, elsewhere)
    result.meter_says = said
    return result


def _diagnose(facts: MeterFacts, text: str, says: MeterCode | None,
              elsewhere: Callable[[str], TokenRecord | None]) -> Diagnosis:
    means = says.means if says else None
    try:
        number = parse_token_number(text)
    except StsError as exc:
        return _mistyped(facts, text, elsewhere, str(exc.message))
    mine = {t.number: t for t in facts.tokens}
    record = mine.get(number)
    hits = []
    for candidate in facts.keys:
        try:
            token = decode(number, candidate.key)
        except StsError:
            continue
        hits.append((candidate, token))
    if not hits:
        other = elsewhere(number)
        if other is not None and other.meter_number != facts.meter_number:
            return _other_meter(facts, number, other)
        if means == "format":
            return Diagnosis("mistyped", f"The meter read the token with the wrong number of digits ({says.code}). "
                             f"The 20 digits typed here do not fit meter {facts.meter_number} either.",
                             "Check the digits against the receipt, then clear the meter's display and type the "
                             "20 digits again.", token=format_token(number))
        return _mistyped(facts, number, elsewhere, None)
    if isinstance(hits[0][1], TestToken) and all(isinstance(t, TestToken) for _, t in hits):
        return _finish(Diagnosis("ok", "This is a test/display token (class 1). It is not encrypted and works in "
                                 "every meter that takes its manufacturer code.",
                                 "Enter it again; if the meter still refuses it, the meter does not support this "
                                 "test or its manufacturer code."), facts, number, record, hits[0])
    current = [h for h in hits if h[0].current]
    if current:
        return _under_current_key(facts, number, record, current[0], says)
    return _under_old_key(facts, number, record, hits[0], says)


def _sale_job(record: TokenRecord | None) -> tuple[dict | None, dict | None]:
    if record is None:
        return None, None
    sale = {"id": record.sale_id, "receipt_no": record.receipt_no} if record.sale_id else None
    job = {"id": record.job_id, "kind": record.job_kind, "slip": f"E-{record.job_id:06d}"} if record.job_id else None
    return sale, job


def _decoded(token, candidate: KeyCandidate, facts: MeterFacts) -> dict:
    out = {"class": token.token_class, "subclass": token.subclass, "kind": type(token).__name__}
    tid = getattr(token, "tid", None)
    if tid is not None:
        out["tid"] = tid
        out["issued_at"] = f"{datetime_from_tid(tid, candidate.params.base_date):%Y-%m-%d %H:%M} office time"
    if isinstance(token, CreditToken):
        out["kwh"] = token.amount / 10
    return out


def _finish(d: Diagnosis, facts: MeterFacts, number: str, record: TokenRecord | None, hit=None) -> Diagnosis:
    d.token = format_token(number)
    d.sale, d.job = _sale_job(record)
    if hit is not None:
        d.decoded = _decoded(hit[1], hit[0], facts)
        d.key = hit[0].label
    return d


def _when(moment: datetime | None, facts: MeterFacts) -> str:
    if moment is None:
        return "an unknown time"
    return OfficeTime(facts.utc_offset_minutes).minute(moment)


def _issued(record: TokenRecord | None, facts: MeterFacts) -> str:
    if record is None:
        return "It is not among the tokens this office issued to the meter."
    units = f", {record.units_kwh10 / 10:.1f} kWh" if record.units_kwh10 else ""
    return f"It was issued as {record.where} on {_when(record.created_at, facts)}{units}."


def _other_meter(facts: MeterFacts, number: str, other: TokenRecord) -> Diagnosis:
    whose = f" ({other.customer})" if other.customer else ""
    d = Diagnosis("other_meter",
                  f"This token was made for meter {other.meter_number}{whose}, not for meter {facts.meter_number}: "
                  f"{other.where}, {_when(other.created_at, facts)}. A meter only takes tokens made with its own "
                  "key, so meter " + facts.meter_number + " shows an error.",
                  f"Enter it in meter {other.meter_number}. If it was sold to the wrong meter by mistake, a supervisor "
                  f"voids {other.where} and sells again to meter {facts.meter_number}.")
    return _finish(d, facts, number, other)


def _later_tid_tokens(facts: MeterFacts, record: TokenRecord | None, tid: int, base: BaseDate) -> int:
    return sum(1 for t in facts.tokens if t.tid is not None and t.tid > tid and t.base_date == base.code
               and (record is None or t.number != record.number))


def _key_change_before(facts: MeterFacts, record: TokenRecord | None, hit) -> KeyChangeRecord | None:
    """The key change that put the meter on the key ``hit`` is under, when it was issued at or before the token
    (its tokens had to be entered first)."""
    made = record.created_at if record else None
    for change in reversed(facts.key_changes):
        if change.new.get("supply_group_id") == hit[0].supply_group_id and (made is None or change.applied_at <= made):
            return change
    return None


def _under_current_key(facts: MeterFacts, number: str, record: TokenRecord | None, hit, says: MeterCode | None
                       ) -> Diagnosis:
    candidate, token = hit
    means = says.means if says else None
    tid = getattr(token, "tid", None)
    base = candidate.params.base_date
    issued = _issued(record, facts)
    change = _key_change_before(facts, record, hit)
    with_it = record is not None and any(t.sale_id == record.sale_id and t.job_id == record.job_id
                                         and t.kind.startswith("key_change") and t.seq < record.seq
                                         for t in facts.tokens)
    expired = tid is not None and key_expired(tid, candidate.params.ken)
    later = _later_tid_tokens(facts, record, tid, base) if tid is not None else 0

    def kct_first(reason: str) -> Diagnosis:
        where = change.where if change else (record.where if record else "the key change receipt")
        numbers = "; ".join(f"{kind.replace('_', ' ')} {format_token(n)}" for kind, n in (change.tokens if change
                                                                                            else ()))
        d = Diagnosis("new_key_before_key_change",
                      f"This token was made under the meter's new key ({candidate.label}). {issued} {reason} "
                      f"The key change tokens of {where} must be entered first, in order: until then the meter has "
                      "its old key and cannot read tokens made under the new one.",
                      f"Enter the key change tokens of {where} first"
                      + (f" ({numbers})" if numbers else "") + ", then this token. Nothing needs to be re-issued.")
        return _finish(d, facts, number, record, hit)

    if means == "used":
        return _finish(Diagnosis("used", f"Meter {facts.meter_number} says the token was already entered. {issued} "
                                 "Each token works once; the credit it carried is already in the meter.",
                                 "Check the meter's credit display. Nothing is re-issued for a used token."),
                       facts, number, record, hit)
    if means == "expired" or (expired and means in (None, "crc")):
        return _finish(Diagnosis("key_expired",
                                 f"The token's TID ({tid}) is past the key's expiry number (KEN "
                                 f"{candidate.params.ken}): the meter refuses tokens made with an expired key. "
                                 f"{issued}" if expired else
                                 f"Meter {facts.meter_number} says its key has expired, though the office's KEN for "
                                 f"{candidate.label} is {candidate.params.ken}: the meter holds a lower key expiry "
                                 f"number than the office has on record. {issued}",
                                 "The meter needs a key change (to a key revision with a later expiry) before it takes "
                                 "credit: a supervisor sets the pending key change, and the next purchase carries its "
                                 "key change tokens. Its credit can then be re-issued."), facts, number, record, hit)
    if means == "old" or (means in (None, "crc") and later >= TID_WINDOW):
        return _finish(Diagnosis("old_tid",
                                 f"The token's TID ({tid}, {_decoded(token, candidate, facts).get('issued_at', '')}) is "
                                 f"older than the meter's window: the meter remembers the last {TID_WINDOW} tokens and "
                                 f"refuses any older one. The office issued {later} later token(s) to this meter. "
                                 f"{issued}",
                                 "This token can no longer be used. A meter never takes a token older than its "
                                 "window; enter tokens in the order they were bought."), facts, number, record, hit)
    if means in ("crc", "ddtk"):
        if means == "ddtk":
            return kct_first("The meter says it still has its factory default key.")
        if change is not None or with_it:
            return kct_first(f"Meter {facts.meter_number} shows an error for it, so it still has the key it had "
                             "before the key change.")
        return _finish(Diagnosis("unknown",
                                 f"The 20 digits are right for meter {facts.meter_number} under the key the office has "
                                 f"on record ({candidate.label}), yet the meter shows an error. {issued} Either it was "
                                 "mistyped on the meter's keypad, or the meter holds another key than the office's "
                                 "record.",
                                 "Enter it again slowly. If it is refused again, enter a test token that displays the "
                                 "key revision and tariff index, and compare them with the office's record."),
                       facts, number, record, hit)
    if means in ("overflow", "type"):
        return _finish(Diagnosis("unknown", f"Meter {facts.meter_number} refused the token: {says.text or says.code}. "
                                 f"The token itself is right for the meter's key. {issued}",
                                 says.text or "See the meter's manual for this code."), facts, number, record, hit)
    if with_it and means is None:
        return kct_first("It came after key change tokens on the same receipt.")
    hint = ""
    if change is not None and means is None:
        hint = (f" If the meter shows an error for it, the key change tokens of {change.where} "
                f"({_when(change.applied_at, facts)}) were probably not entered: enter them first.")
    return _finish(Diagnosis("ok", f"The token is right for meter {facts.meter_number} ({candidate.label}). {issued}"
                             + hint,
                             "Enter it again slowly, all 20 digits, then the meter's Enter key. If the meter refuses "
                             "it, diagnose again with what the meter shows (--meter-says)."), facts, number, record, hit)


def _under_old_key(facts: MeterFacts, number: str, record: TokenRecord | None, hit, says: MeterCode | None
                   ) -> Diagnosis:
    candidate, token = hit
    issued = _issued(record, facts)
    change = candidate.ended
    if change is None:  # a key the office has no change record of (e.g. an imported meter): the newest change
        change = facts.key_changes[-1] if facts.key_changes else None
    when = f" ({change.where}, {_when(change.applied_at, facts)})" if change else ""
    rollover = candidate.params.base_date != facts.current.params.base_date
    what = "the TID rollover" if rollover else "the key change"
    if record is not None and record.kind.startswith("key_change"):
        d = Diagnosis("old_key", f"This is a key change token of {record.where}, made under the meter's earlier key "
                      f"({candidate.label}). The meter refuses it because it already has the new key "
                      f"({facts.current.label}): the key change was entered.",
                      "Nothing to re-issue: enter the credit token that came with it.")
        return _finish(d, facts, number, record, hit)
    replaced = facts.replaced.get(record.sale_id) if record and record.sale_id else None
    sale_ok = record is not None and record.sale_id is not None and record.sale_status == "ISSUED" \
        and record.kind in ("credit", "free")
    if replaced:
        remedy = (f"Its credit was already replaced free (engineering job E-{replaced:06d}): enter the replacement "
                  "token; reprint its slip if the customer lost it.")
    elif sale_ok:
        remedy = (f"A supervisor re-issues its credit free under the current key, as a replacement linked to "
                  f"{record.where} (sts-pos replace --sale {record.sale_id} --reason ...). A replacement is made "
                  "once per receipt.")
    elif record is not None and record.job_id:
        remedy = "A technician issues the engineering token again; it is made under the meter's current key."
    else:
        remedy = ("The office did not issue this token, so it cannot re-issue it; the customer takes it back to "
                  "where it was bought.")
    entered = "" if says is None or says.means != "crc" else \
        f" Meter {facts.meter_number} shows an error for it, so it has the new key."
    d = Diagnosis("old_key",
                  f"This token was made under the meter's earlier key ({candidate.label}). {issued} Since {what}"
                  f"{when} the meter has a new key ({facts.current.label}) and can no longer read tokens made "
                  f"under the old one.{entered} Tokens under the old key had to be entered before the key change "
                  "tokens.",
                  remedy, replaceable=bool(sale_ok and not replaced))
    return _finish(d, facts, number, record, hit)


# ---- mistyped tokens --------------------------------------------------------------------------------------
def corrections(digits: str) -> Iterable[tuple[str, dict]]:
    """The tokens one typing slip away from ``digits``: one digit changed, two neighbours swapped, one digit
    missing or one too many (only candidates of 20 digits)."""
    n = len(digits)
    if n == 20:
        for i, typed in enumerate(digits):
            for d in "0123456789":
                if d != typed:
                    yield digits[:i] + d + digits[i + 1:], {"position": i + 1, "typed": typed, "likely": d,
                                                            "slip": "digit"}
        for i in range(19):
            if digits[i] != digits[i + 1]:
                yield (digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:],
                       {"position": i + 1, "typed": digits[i:i + 2], "likely": digits[i + 1] + digits[i],
                        "slip": "swap"})
    elif n == 19:
        for i in range(20):
            for d in "0123456789":
                yield digits[:i] + d + digits[i:], {"position": i + 1, "typed": "", "likely": d, "slip": "missing"}
    elif n == 21:
        for i in range(21):
            yield digits[:i] + digits[i + 1:], {"position": i + 1, "typed": digits[i], "likely": "", "slip": "extra"}


def _plausible(token, candidate: KeyCandidate, facts: MeterFacts) -> bool:
    tid = getattr(token, "tid", None)
    if isinstance(token, TestToken):
        return False
    if tid is None:
        return True
    made = datetime_from_tid(tid, candidate.params.base_date) - timedelta(minutes=facts.utc_offset_minutes)
    return made <= facts.now + timedelta(days=2)


def _mistyped(facts: MeterFacts, text: str, elsewhere: Callable[[str], TokenRecord | None],
              problem: str | None) -> Diagnosis:
    digits = "".join(ch for ch in (text or "") if ch not in " -\t")
    mine = {t.number: t for t in facts.tokens}
    found: list[tuple[int, str, dict, TokenRecord | None, tuple | None]] = []
    if digits.isdigit() and 19 <= len(digits) <= 21:
        for number, slip in corrections(digits):
            if number in mine:
                found.append((0, number, slip, mine[number], None))
                continue
            try:
                parse_token_number(number)
            except StsError:
                continue
            for rank, candidate in enumerate(facts.keys):
                try:
                    token = decode(number, candidate.key)
                except StsError:
                    continue
                if _plausible(token, candidate, facts):
                    found.append((1 + rank, number, slip, None, (candidate, token)))
        if not found:
            for number, slip in corrections(digits):
                other = elsewhere(number)
                if other is not None:
                    found.append((9, number, slip, other, None))
                    break
    if not found:
        if problem:
            return Diagnosis("mistyped", f"{problem} As typed it is no token.",
                             "Read the 20 digits off the receipt again (4-4-4-4-4) and type them in that order.",
                             token=text.strip()[:40])
        return Diagnosis("unknown",
                         f"The token does not fit meter {facts.meter_number} under its current key or any key it had "
                         "before, the office did not issue it, and no single typing slip (one digit wrong, two "
                         "swapped, one missing or extra) turns it into a token of this meter.",
                         "Check the meter number on the customer's receipt: the token may be for another meter, or "
                         "from another vending office. Ask for the receipt.", token=format_token(digits)
                         if len(digits) == 20 else digits[:40])
    found.sort(key=lambda f: f[0])
    rank, number, slip, record, hit = found[0]
    if record is None or record.meter_number == facts.meter_number:
        record = record or mine.get(number)
    where = slip["position"]
    if slip["slip"] == "digit":
        what = f"digit {where} is most likely wrong: it should be {slip['likely']}, not {slip['typed']}"
    elif slip["slip"] == "swap":
        what = f"digits {where} and {where + 1} are most likely swapped: {slip['likely']}, not {slip['typed']}"
    elif slip["slip"] == "missing":
        what = f"a digit is most likely missing at position {where}: {slip['likely']}"
    else:
        what = f"digit {where} ({slip['typed']}) is most likely one too many"
    others = len({f[1] for f in found}) - 1
    if record is not None and record.meter_number != facts.meter_number:
        belongs = f" The corrected token is {record.where} for meter {record.meter_number}."
    elif record is not None:
        belongs = f" The corrected token is {record.where} ({_when(record.created_at, facts)})."
    else:
        belongs = " The corrected token fits the meter's key, but the office has no record of issuing it."
    d = Diagnosis("mistyped", f"As typed, the token fits no key of meter {facts.meter_number}: {what}."
                  + belongs + (f" ({others} other correction(s) also fit; this one is the likeliest.)" if others else ""),
                  f"Enter the corrected token: {format_token(number)}.", token=(problem and text.strip()[:40])
                  or format_token(digits) if len(digits) == 20 else digits[:40])
    d.correction = {**slip, "token": number}
    d.sale, d.job = _sale_job(record)
    if hit is not None:
        d.decoded = _decoded(hit[1], hit[0], facts)
        d.key = hit[0].label
    return d
