"""Reading the papers the parties file: motions, requests, responses, replies."""

from __future__ import annotations

import re

from docket.events import MotionKind, Position
from docket.ingest.draft import Draft, FurtherMotion
from docket.ingest.kinds import grounds_of, kinds_named, motion_kind
from docket.ingest.refs import Ref, find_refs
from docket.ingest.rulings import find_rulings
from docket.ingest.stays import find_stays

__all__ = [
    "attorney",
    "filer",
    "motion",
    "notice_of_motion",
    "referenced",
    "reply",
    "request",
    "response",
]

_TITLE_NUMBER = re.compile(
    r"(?:motion|application)[^.;\d]{0,160}?\s(\d{1,5})(?=\s*(?:as\s+to|filed|by|\.|,|;|\)|$))", re.I
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
    r"\.(?=\s|$)|[(\[;]| re\b| as to\b| to [a-z]| for [a-z]| and certification| with | signed\b"
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
_MOTION_WORD = re.compile(r"\b(?:motion|application)s?\b", re.I)
_SELF_RULED = re.compile(
    r"^[^.;]{0,200}?\b(?:application|motion|request)s?\b[^.;]{0,120}?(?:\b(?:is|are)\s+(?:hereby\s+)?|[\])]\s*)"
    r"(?:granted|denied)\b",
    re.I,
)
_STAYS = (MotionKind.STAY_DISCOVERY, MotionKind.STAY_CASE)
_LEAD_BY = re.compile(r"\s*by\s+[^.]*?\b(?=to\b|for\b)", re.I)
_RELATED_CUT = re.compile(r"\s(?:re:?|regarding)\s|\(related|\d+\s+motion", re.I)
_DIGIT = re.compile(r"\d")
#: A further motion event in the same entry. CM/ECF dockets a combined filing as one entry
#: holding one motion event per relief the filer picked, each written by its event name in
#: capitals, "MOTION to ...", "MOTION for ...", "MOTION in Limine", after its own modifiers
#: ("In Limine MOTION", "Defendant's MOTION"). The court rules on each separately.
_FURTHER = re.compile(
    r"(?:(?:joint|consent|unopposed|opposed|emergency|amended|renewed|supplemental|cross|sealed|"
    r"ex\s+parte|letter|expedited|first|second|third|partial|in\s+limine|[\w.&-]+['\u2019]s?)\s+)*"
    r"(?-i:MOTION)\s+(?-i:to|for|in)\b",
    re.I,
)
#: What must stand before a further motion: a separator ("., ", ", ", " and ", " or ",
#: "in the alternative, "); "Response to MOTION to Dismiss" names another paper.
_SEPARATOR = re.compile(r"(?:[.,;:&]\s*|\s(?:and|or|and/or)\s+|alternative,?\s+)$", re.I)
#: Where a motion entry's own motions end: the filer, the attachments, or a reference to
#: another entry (whose title may hold "MOTION" words of its own).
_PARTS_END = re.compile(r"\bfiled\s+by\b|\(attachments|\bdocument\s+filed\b", re.I)
_CONNECTOR_TAIL = re.compile(
    r"(?:[\s,.;:&-]|\band/or\b|\band\b|\bor\b|\bin\s+the\s+alternative\b)+$", re.I
)


def referenced(body: str) -> tuple[int, ...]:
    """The docket numbers a paper names, the ones it answers ("re 19") first."""
    refs = find_refs(body)
    if not refs:
        # "REPLY to opposition to MOTION for Leave to amend complaint 24 filed by ..."
        bare = _TITLE_NUMBER.search(body)
        return (int(bare.group(1)),) if bare is not None else ()
    direct = [r.doc for r in refs if r.related or r.framed]
    rest = [r.doc for r in refs if not (r.related or r.framed)]
    out: list[int] = []
    for n in direct + rest:
        if n not in out:
            out.append(n)
    return tuple(out)


def filer(body: str) -> str | None:
    """Who filed a paper: CM/ECF names the filer last, "... filed by X" or "... by X" (not
    "Signed by Judge ..." and not "Evidence Offered by X" inside the title)."""
    low = body.lower()
    at = low.rfind(" filed by ")
    if at >= 0:
        at += 6
    else:
        at = low.rfind(" by ")
        while at >= 0:
            before = low[max(0, at - 8) : at]
            if (
                not before.endswith(("signed", "entered", "ordered"))
                and not low.startswith(_NOT_FILERS, at + 4)
                and body[at + 4 : at + 5].isupper()
            ):
                break
            at = low.rfind(" by ", 0, at)
    start = at + 4
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


def attorney(body: str) -> str | None:
    m = _ATTORNEY.search(body[-80:])
    return m.group(1) if m is not None else None


def motion(body: str, short: str | None, mods: str, end: int) -> Draft:
    head = body[:330].lower()
    if ("hearing" in head or not head.isascii()) and _HEARING_SET.match(body):
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
    several = body.find("MOTION", end) >= 0
    refs = find_refs(body) if several else []
    starts = _further_motions(body, end, refs) if several else []
    rest = body[end : min(end + 400, starts[0])] if starts else body[end : end + 400]
    lead = _LEAD_BY.match(rest)
    start = lead.end() if lead is not None else 0
    stop = _TITLE_STOP.search(rest, start + 1)
    title = rest[start : stop.start() if stop is not None else len(rest)].strip(" ,.-:")
    if starts:
        title = _CONNECTOR_TAIL.sub("", title)
    kind = motion_kind(title)
    if kind is MotionKind.OTHER:
        cut = _RELATED_CUT.search(rest)
        kind = motion_kind(rest[: cut.start() if cut is not None else 200])
    if kind is MotionKind.OTHER and short is not None:
        kind = motion_kind(short)
    who = filer(body)
    full_title = f"{body[:end].strip()} {title}".strip()
    further = tuple(_further(body, starts))
    kinds = {kind, *(f.kind for f in further)}
    stays = kinds & set(_STAYS)
    if stays and not several:
        refs = find_refs(body)
    stay_pending = tuple(r.doc for r in refs if r.related) if stays else ()
    return Draft(
        "motion_filed",
        "motion.several_in_one_document" if further else "motion.head",
        short,
        kind=kind,
        grounds=grounds_of(body),
        title=full_title[:300] if full_title else None,
        further=further,
        filed_by=who,
        attorney=attorney(body),
        stay_pending=stay_pending,
    )


def _further_motions(body: str, end: int, refs: list[Ref]) -> list[int]:
    """Where each further motion of a combined entry starts (none for a single motion).

    "MOTION to Dismiss or, in the alternative, MOTION for Summary Judgment" is two motions
    (two events, ruled on separately); "MOTION to Dismiss or in the Alternative for Summary
    Judgment" is one motion asking for alternative relief, read by its first relief.
    """
    limit = len(body)
    stop = _PARTS_END.search(body, end)
    if stop is not None:
        limit = stop.start()
    later = [r.start for r in refs if r.start >= end]
    if later:
        limit = min(limit, later[0])
    out: list[int] = []
    for m in _FURTHER.finditer(body, end, limit):
        if _SEPARATOR.search(body, max(0, m.start() - 20), m.start()):
            out.append(m.start())
    return out


def _further(body: str, starts: list[int]) -> list[FurtherMotion]:
    """The further motions of a combined entry: each one's kind, read after its "MOTION"."""
    out: list[FurtherMotion] = []
    for i, at in enumerate(starts):
        upto = starts[i + 1] if i + 1 < len(starts) else min(len(body), at + 400)
        text = body[at:upto]
        head = text.find("MOTION") + len("MOTION")
        stop = _TITLE_STOP.search(text, head + 1)
        title = _CONNECTOR_TAIL.sub("", text[: stop.start() if stop is not None else len(text)])
        kind = motion_kind(title[head:])
        if kind is MotionKind.OTHER:
            kind = motion_kind(text[head:200])
        out.append(FurtherMotion(kind, title.strip()[:300]))
    return out


def notice_of_motion(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _PRESENTMENT.search(body) or find_refs(body):
        return Draft("docket_entry", "generic.notice_of_motion", short)
    return motion(body, short, mods, end)._replace(rule="motion.notice_of_motion")


def request(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _REQUEST_RELIEF.match(body, len(mods)):
        return motion(body, short, mods, end)._replace(rule="motion.request_for_relief")
    return Draft("docket_entry", "generic.request", short)


def response(body: str, short: str | None, mods: str, end: int) -> Draft:
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
        targets=referenced(body),
        target_kind=motion_kind(body[end:]) if not refs else None,
        target_kinds=_kinds_after(body, refs),
        position=position,
        in_support=in_support,
        attorney=attorney(body),
        conditional=head_word.startswith("objection") or not mentions_motion,
        filed_by=filer(body),
    )


def reply(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _IN_OPPOSITION.match(body, end):
        return response(body, short, mods, end)._replace(rule="response.reply_in_opposition")
    if _ANSWERISH.search(body[: end + 60]):
        return Draft("answer_filed", "answer.reply_to_counterclaim", short, filed_by=filer(body))
    refs = find_refs(body)
    return Draft(
        "reply_filed",
        "reply.head",
        short,
        targets=referenced(body),
        target_kind=None if _DIGIT.search(body) else motion_kind(body[end:]),
        target_kinds=_kinds_after(body, refs),
        filed_by=filer(body),
    )


def _kinds_after(body: str, refs: list[Ref]) -> tuple[MotionKind, ...]:
    """The kinds of the motions a brief names after its first reference, up to its filer:
    which motion of a document holding several it answers."""
    if not refs or "motion" not in body.lower():
        return ()
    stop = _PARTS_END.search(body, refs[0].end)
    return kinds_named(body[refs[0].end : stop.start() if stop is not None else len(body)])
