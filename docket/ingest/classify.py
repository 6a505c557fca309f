"""The docket-text classifier: one entry's text in, a draft event out.

Rules over the CM/ECF grammar, no model: the entry's head (see :mod:`.heads`) says what was
filed; the rest says by whom, about which earlier entries (see :mod:`.refs`) and, for an
order, with what rulings (see :mod:`.rulings`) and stays (see :mod:`.stays`). Where the text
says nothing, the CM/ECF event name (PACER's short description) is read the same way.

A draft names other entries by docket number only; :mod:`.build` looks those numbers up on
the whole docket (is 19 a motion? which motion does response 25 answer?). Every draft
records the rule that classified it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from docket.events import Ground, MotionKind, Position
from docket.ingest._text import clean, strip_noise
from docket.ingest.heads import head_of
from docket.ingest.kinds import grounds_of, motion_kind
from docket.ingest.refs import find_refs
from docket.ingest.rulings import RulingDraft, find_rulings
from docket.ingest.stays import LiftDraft, StayDraft, find_lifts, find_stays

__all__ = ["Draft", "classify"]


class Draft(NamedTuple):
    """What one entry is, before its references are looked up on the docket.

    Attributes:
        type: The event type it becomes (``motion_filed``, ``order``, ``docket_entry``...).
        rule: The rule that classified it.
        event_name: The CM/ECF event name, where the source gives one.
        kind: For a motion, what it asks for.
        grounds: For a motion, the grounds it asserts.
        title: For a motion, its title as written.
        targets: For a response, reply, withdrawal or notice of briefing complete, the
            docket numbers it names, most likely first.
        target_kind: For a response or reply that names no number, the kind of motion named.
        position: For a response, whether it opposes the motion.
        in_support: For a response, it is filed "in support" of the motion (by the movant,
            it is a reply).
        conditional: Becomes a generic entry unless a target is a motion (objections).
        rulings: For an order, its rulings.
        stays: For an order, the stays it imposes.
        lifts: For an order, the stays it lifts.
        closes: The entry closes the case (an order dismissing the action).
        final: For a judgment, whether it is final.
        in_favor_of: For a judgment, the party it favours.
        filed_by: Who filed it, as the text says.
        attorney: The filing attorney CM/ECF signs the entry with ("(Weller, Jennifer)").
    """

    type: str
    rule: str
    event_name: str | None = None
    kind: MotionKind | None = None
    grounds: tuple[Ground, ...] = ()
    title: str | None = None
    targets: tuple[int, ...] = ()
    target_kind: MotionKind | None = None
    position: Position = Position.OPPOSED
    in_support: bool = False
    conditional: bool = False
    rulings: tuple[RulingDraft, ...] = ()
    stays: tuple[StayDraft, ...] = ()
    lifts: tuple[LiftDraft, ...] = ()
    closes: bool = False
    final: bool = True
    in_favor_of: str | None = None
    filed_by: str | None = None
    attorney: str | None = None
    stay_pending: tuple[int, ...] = ()


_CLOSES = re.compile(
    r"\b(?:case|action|matter)s?\s+(?:is\s+|are\s+|shall\s+be\s+|be\s+)?(?:hereby\s+)?(?:closed|terminated)\b"
    r"|\bclose\s+(?:this|the)\s+(?:case|action|file|matter)\b|\bcase\s+closed\b"
    r"|\border\s+(?:of\s+dismissal|dismissing\s+(?:the\s+)?(?:case|action|complaint|petition))(?!\s+as\s+to)"
    r"|\b(?:this|the)\s+(?:case|action|matter|complaint|petition)\s+(?:is|be|shall\s+be)\s+(?:hereby\s+)?"
    r"dismissed(?!\s+(?:as\s+to|in\s+part))",
    re.I,
)
_ENDORSED = re.compile(r"\bENDORSEMENT\b|\bmemo[\s-]*endorse", re.I)
#: Papers sent down from a court of appeals: docketed here, decided there.
_APPELLATE = re.compile(
    r"\busca\b|u\.s\.c\.a\.|court\s+of\s+appeals|\bfederal\s+circuit\b|\b\d+(?:st|nd|rd|th)\s+cir(?:cuit|\.)",
    re.I,
)
#: An order of the court of appeals docketed here (its own rules, its mandate, its appellant).
_APPELLATE_ORDER = re.compile(
    r"^[^.]{0,40}?\border\s+(?:of|from)\s+(?:the\s+)?(?:usca|u\.s\.c\.a|court\s+of\s+appeals|\w+\s+circuit)|"
    r"\bcircuit\s+rule\b|\b(?:recall|stay|issue)\s+(?:the\s+|its\s+)?mandate\b|\bfiled\s+by\s+appellant\b",
    re.I,
)
_RULING_STEM = re.compile(r"grant|den[iy]|moot|terminat|allow|approv|withdrawn|dismissed|so order")
_APPELLATE_WORDS = ("usca", "u.s.c.a", "appeals", "circuit", "mandate", "appellant")
_CLOSING_WORDS = ("clos", "terminat", "dismiss")
_DIRECTIVE = re.compile(
    r"\b(?:ordered|shall|directed|set\s+for|reset|rescheduled|scheduling\s+order|briefing\s+schedule|"
    r"due\s+by|due\s+on|continued\s+to|stayed|referred|adjourned|vacated)\b",
    re.I,
)
_JUDGE_MINUTE = re.compile(
    r"^\W*minute\s+entry\s+before\s+(?:the\s+)?(?:honorable|hon\.|judge|magistrate)", re.I
)
_ORDERING = re.compile(
    r"\bit\s+is\s+(?:so\s+|hereby\s+|further\s+)?ordered\b|\bis\s+hereby\s+referred\b|"
    r"\b(?:case|action|matter)\s+is\s+(?:hereby\s+)?referred\b",
    re.I,
)
_HEARING_SET = re.compile(
    r"^(?:[\w'/(),&-]+\s+){0,10}?hearings?\s+(?:set|reset|held|continued)\b", re.I
)
_PRESENTMENT = re.compile(r"\bpresentment\b|\bnotice\s+of\s+motion\s+(?:re|for\s+hearing)\b", re.I)
_REQUEST_RELIEF = re.compile(
    r"request\s+(?:to\s+(?!issue\b|the\s+clerk|clerk)|for\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:extension|leave|"
    r"continuance|stay|hearing|oral\s+argument|enlargement|permission|relief|reconsideration|sanctions|"
    r"protective|conference|appointment|admission|withdrawal|substitution|adjournment|order\s+(?!to\s+issue)))",
    re.I,
)
_ATTORNEY = re.compile(
    r"\(([A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+)?,\s[A-Z][A-Za-z.'\- ]{0,30})\)\s*[.\s]*$"
)
_IN_SUPPORT = re.compile(r"\bin\s+support\b", re.I)
_IN_OPPOSITION = re.compile(
    r"\s*(?:memorandum\s+|brief\s+)?(?:of\s+law\s+)?in\s+(?:partial\s+)?opposition\b", re.I
)
_TITLE_STOP = re.compile(
    r"\s(?:re:?|regarding)\s|\s\(?related\b|\bfiled\s+by\b|\bby\s+(?:attorney|counsel|plaintiff|defendant|"
    r"the\b|all\b|usa\b|[A-Z])|\.\s|\(|\[|\bas\s+to\b|\d+\s+(?:motion|complaint|order)",
    re.I,
)
#: Where the name after "by" ends.
_FILER_END = re.compile(
    r"\.(?:\s|$)|[(\[;]| re\b| as to\b| to [a-z]| for [a-z]| and certification| with | signed\b"
)
_NOT_FILERS = (
    "magistrate",
    "district",
    "chief",
    "senior",
    "judge",
    "the honorable",
    "honorable",
    "clerk",
    "court",
)
_ABBREVIATIONS = ("inc", "co", "jr", "sr", "st", "ltd", "corp", "no", "l.l.c", "l.p")
_NOT_TO_MOTION = re.compile(
    r"\b(?:to|re:?|regarding)\s+(?:the\s+)?(?:\d+\s+)?(?:court'?s\s+)?(?:\w+\s+){0,2}"
    r"(?:complaint|order\s+to\s+show\s+cause|show\s+cause|order|report\s+and\s+recommendation|"
    r"findings|objection|petition|interrogatories|subpoena|presentence|claim|plan|notice|counterclaim)",
    re.I,
)
_UNOPPOSED = re.compile(
    r"\b(?:non-?opposition|no\s+opposition|does\s+not\s+oppose|not\s+opposed|in\s+support|unopposed|consent)\b",
    re.I,
)
_PARTIAL = re.compile(
    r"\b(?:partial(?:ly)?\s+opposition|opposition\s+in\s+part|partially\s+oppos)", re.I
)
_ANSWERISH = re.compile(
    r"\breply\s+to\s+(?:\w+\s+){0,3}(?:counterclaims?|affirmative\s+defenses|answer)", re.I
)
_WITHDRAWS_MOTION = re.compile(
    r"\bwithdraw\w*\b(?![^.;]{0,30}\b(?:appearance|attorney|counsel|as\s+attorney))[^.;]{0,80}"
    r"\b(?:motion|application)s?\b|\b(?:motion|application)s?\b[^.;]{0,80}\bwithdrawn\b",
    re.I,
)
_BRIEFED = re.compile(
    r"briefing\s+(?:is\s+)?complete|fully\s+briefed|completion\s+of\s+briefing", re.I
)
_PARTIAL_JUDGMENT = re.compile(r"\bpartial\b|54\s*\(b\)", re.I)
_IN_FAVOR = re.compile(
    r"\bin\s+favou?r\s+of\s+(?P<who>[^.;,()]{2,100}?)(?=\s+(?:and\s+)?against\b|[.;,(]|$)", re.I
)
_MOTION_WORD = re.compile(r"\b(?:motion|application)s?\b", re.I)
_SELF_RULED = re.compile(
    r"^[^.;]{0,200}?\b(?:application|motion|request)s?\b[^.;]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?"
    r"(?:granted|denied)\b",
    re.I,
)


def classify(text: str | None, short_description: str | None = None) -> Draft:
    """Classify one docket entry from its text and CM/ECF event name."""
    body = strip_noise(clean(text)) if text else ""
    short = clean(short_description) or None if short_description else None
    if body:
        draft = _from_text(body, short)
        if draft is not None:
            return draft
    if short:
        return _from_short(short)
    return Draft("docket_entry", "generic.no_head", event_name=short)


@lru_cache(maxsize=4096)
def _from_short(short: str) -> Draft:
    """An entry known only by its event name; event names repeat, so reading is cached."""
    draft = _from_text(short, short, from_short=True)
    if draft is None:
        return Draft("docket_entry", "short_description.generic.no_head", event_name=short)
    return draft._replace(rule=f"short_description.{draft.rule}")


def _from_text(body: str, short: str | None, from_short: bool = False) -> Draft | None:
    head = head_of(body)
    if head is None:
        return _no_head(body, short)
    category, mods, end = head
    handler = _HANDLERS.get(category)
    if handler is None:
        return _generic(body, short, category)
    return handler(body, short, mods, end)


def _generic(body: str, short: str | None, category: str) -> Draft | None:
    if category == "generic" and body[:6].lower() == "notice":
        low = body.lower()
        if "withdr" in low and _WITHDRAWS_MOTION.search(body):
            return Draft("motion_withdrawn", "withdrawal.notice", short, targets=_docs(body))
        if "brief" in low and _BRIEFED.search(body):
            return Draft("briefing_complete", "briefing.notice", short, targets=_docs(body))
    if ("NDORSE" in body or "ndorse" in body) and _ENDORSED.search(body):
        return _order(body, short, "", 0)._replace(rule="order.endorsement")
    return Draft("docket_entry", f"generic.{category}", short)


def _no_head(body: str, short: str | None) -> Draft | None:
    low = body.lower()
    if _RULING_STEM.search(low):
        rulings = tuple(find_rulings(body, find_refs(body)))
        if any(r.docs for r in rulings):
            return Draft("order", "order.ruling_without_head", short, rulings=rulings)
    if ("ordered" in low or "referred" in low) and _ORDERING.search(body):
        return _order(body, short, "", 0)._replace(rule="order.ordering_words")
    if short is not None and short != body:
        return None  # let the event name decide
    return Draft("docket_entry", "generic.no_head", short)


def _docs(body: str) -> tuple[int, ...]:
    refs = find_refs(body)
    direct = [r.doc for r in refs if r.related or r.framed]
    rest = [r.doc for r in refs if not (r.related or r.framed)]
    out: list[int] = []
    for n in direct + rest:
        if n not in out:
            out.append(n)
    return tuple(out)


def _filer(body: str) -> str | None:
    """Who filed a paper: the name after "filed by" or "by" (not "Signed by Judge ...")."""
    low = body.lower()
    at = low.find(" by ")
    while at >= 0:
        before = low[max(0, at - 8) : at]
        start = at + 4
        if not before.endswith(("signed", "entered", "ordered")) and not low.startswith(
            _NOT_FILERS, start
        ):
            break
        at = low.find(" by ", start)
    if at < 0 or not body[start : start + 1].isupper():
        return None
    end = start
    for m in _FILER_END.finditer(low, start):
        end = m.start()
        if low[end] != ".":
            break
        word = low[max(start, end - 6) : end].rsplit(" ", 1)[-1]
        if not (len(word) == 1 or word in _ABBREVIATIONS):
            break
        end = len(low)
    else:
        end = len(low)
    who = body[start : min(end, start + 120)].strip(" ,")
    return who or None


def _attorney(body: str) -> str | None:
    m = _ATTORNEY.search(body[-80:])
    return m.group(1) if m is not None else None


def _motion(body: str, short: str | None, mods: str, end: int) -> Draft:
    head = body[:330].lower()
    if "hearing" in head and _HEARING_SET.match(body):
        return Draft("docket_entry", "generic.motion_hearing", short)
    if ("granted" in head or "denied" in head) and _SELF_RULED.match(body):
        refs = find_refs(body)
        if refs:  # "Motions [30], [33] and [61] are denied": an order on those motions
            return Draft(
                "order",
                "order.ruling_without_head",
                short,
                rulings=tuple(find_rulings(body, refs)),
                stays=tuple(find_stays(body, refs)),
                filed_by="court",
            )
        # The clerk's entry granting an application under a local rule (E.D. Tex. LR CV-12):
        # an order, whose application is the entry itself.
        return Draft("order", "order.self_ruling_application", short, filed_by="court")
    rest = body[end : end + 400]
    lead = _LEAD_BY.match(rest)
    start = lead.end() if lead is not None else 0
    stop = _TITLE_STOP.search(rest, start + 1)
    title = rest[start : stop.start() if stop is not None else len(rest)].strip(" ,.-:")
    kind = motion_kind(title)
    if kind is MotionKind.OTHER:
        cut = _RELATED_CUT.search(rest)
        kind = motion_kind(rest[: cut.start() if cut is not None else 200])
    if kind is MotionKind.OTHER and short is not None:
        kind = motion_kind(short)
    who = _filer(body)
    full_title = f"{body[:end].strip()} {title}".strip()
    stay_pending = tuple(r.doc for r in find_refs(body) if r.related) if kind in _STAYS else ()
    return Draft(
        "motion_filed",
        "motion.head",
        short,
        kind=kind,
        grounds=grounds_of(body),
        title=full_title[:300] if full_title else None,
        filed_by=who,
        attorney=_attorney(body),
        stay_pending=stay_pending,
    )


_STAYS = (MotionKind.STAY_DISCOVERY, MotionKind.STAY_CASE)
_LEAD_BY = re.compile(r"\s*by\s+[^.]*?\b(?=to\b|for\b)", re.I)
_RELATED_CUT = re.compile(r"\s(?:re:?|regarding)\s|\(related|\d+\s+motion", re.I)
_Handler = Callable[[str, "str | None", str, int], Draft]
_DIGIT = re.compile(r"\d")


def _order(body: str, short: str | None, mods: str, end: int) -> Draft:
    low = body.lower()
    if any(w in low for w in _APPELLATE_WORDS) and (
        _APPELLATE.search(mods) or _APPELLATE_ORDER.search(body)
    ):
        return Draft("docket_entry", "generic.from_court_of_appeals", short)
    refs = find_refs(body)
    rulings = tuple(find_rulings(body, refs))
    return Draft(
        "order",
        "order.head",
        short,
        rulings=rulings,
        stays=tuple(find_stays(body, refs)),
        lifts=tuple(find_lifts(body)),
        closes=any(w in low for w in _CLOSING_WORDS) and _CLOSES.search(body) is not None,
        filed_by="court",
    )


def _minute(body: str, short: str | None, mods: str, end: int) -> Draft:
    order = _order(body, short, mods, end)
    if order.type != "order":
        return order
    if _JUDGE_MINUTE.match(body):
        return order._replace(rule="order.judges_minute_entry")
    if order.rulings or order.stays or order.lifts:
        return order._replace(rule="order.minute_entry_ruling")
    if _DIRECTIVE.search(body):
        return order._replace(rule="order.minute_entry_directive")
    return Draft("docket_entry", "generic.minute_entry", short or "Minute Entry")


def _notice_of_motion(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _PRESENTMENT.search(body) or find_refs(body):
        return Draft("docket_entry", "generic.notice_of_motion", short)
    return _motion(body, short, mods, end)._replace(rule="motion.notice_of_motion")


def _request(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _REQUEST_RELIEF.match(body, len(mods)):
        return _motion(body, short, mods, end)._replace(rule="motion.request_for_relief")
    return Draft("docket_entry", "generic.request", short)


def _response(body: str, short: str | None, mods: str, end: int) -> Draft:
    refs = find_refs(body)
    head_word = body[len(mods) : end].strip().lower()
    low = body.lower()
    mentions_motion = "motion" in low or "application" in low
    if not mentions_motion and _NOT_TO_MOTION.search(body):
        return Draft("docket_entry", "generic.response_not_to_motion", short)
    position = Position.OPPOSED
    in_support = _IN_SUPPORT.search(body[: end + 60]) is not None
    if "partial" in low and _PARTIAL.search(body):
        position = Position.PARTIAL
    elif _UNOPPOSED.search(body[: end + 60]):
        position = Position.UNOPPOSED
    return Draft(
        "response_filed",
        "response.head",
        short,
        targets=_docs(body),
        target_kind=motion_kind(body[end:]) if not refs else None,
        position=position,
        in_support=in_support,
        attorney=_attorney(body),
        conditional=head_word.startswith("objection") or not mentions_motion,
        filed_by=_filer(body),
    )


def _reply(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _IN_OPPOSITION.match(body, end):
        return _response(body, short, mods, end)._replace(rule="response.reply_in_opposition")
    if _ANSWERISH.search(body[: end + 60]):
        return Draft("answer_filed", "answer.reply_to_counterclaim", short, filed_by=_filer(body))
    return Draft(
        "reply_filed",
        "reply.head",
        short,
        targets=_docs(body),
        target_kind=None if _DIGIT.search(body) else motion_kind(body[end:]),
        filed_by=_filer(body),
    )


def _judgment(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _APPELLATE.search(body[: end + 60]):
        return Draft("docket_entry", "generic.from_court_of_appeals", short)
    favour = _IN_FAVOR.search(body) if "favor" in body.lower() else None
    return Draft(
        "judgment",
        "judgment.head",
        short,
        final=_PARTIAL_JUDGMENT.search(body[: end + 80]) is None and "partial" not in mods.lower(),
        in_favor_of=favour.group("who").strip() if favour is not None else None,
        rulings=tuple(find_rulings(body, find_refs(body))),
        filed_by="court",
    )


def _simple(type_: str, rule: str) -> _Handler:
    def handler(body: str, short: str | None, mods: str, end: int) -> Draft:
        targets = _docs(body) if type_ in ("motion_withdrawn", "briefing_complete") else ()
        return Draft(type_, rule, short, targets=targets, filed_by=_filer(body))

    return handler


_HANDLERS: dict[str, _Handler] = {
    "motion": _motion,
    "notice_motion": _motion,
    "notice_of_motion": _notice_of_motion,
    "request": _request,
    "error": lambda body, short, mods, end: Draft(
        "docket_entry", "generic.entered_in_error", short
    ),
    "order": _order,
    "minute": _minute,
    "response": _response,
    "reply": _reply,
    "judgment": _judgment,
    "answer": _simple("answer_filed", "answer.head"),
    "complaint": _simple("case_opened", "complaint.head"),
    "closed": _simple("case_closed", "case_closed.head"),
    "withdrawal": _simple("motion_withdrawn", "withdrawal.head"),
    "briefing": _simple("briefing_complete", "briefing.head"),
}
