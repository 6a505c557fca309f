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

from docket.events import Disposition, MotionKind
from docket.ingest._text import clean, strip_noise
from docket.ingest.heads import head_of
from docket.ingest.refs import find_refs
from docket.ingest.rulings import RulingDraft, find_rulings

__all__ = ["Draft", "classify", "classify_clean"]


from docket.ingest._appeals import appeal_entry
from docket.ingest._orders import PROTECTIVE_ORDER_ENTERED, judgment, minute_entry, order
from docket.ingest._papers import (
    filer,
    motion,
    notice_of_motion,
    referenced,
    reply,
    request,
    response,
)
from docket.ingest._service import (
    VACATED_MARK,
    abeyance_of,
    answer_extension,
    answerers,
    default_entry,
    defaults_set_aside,
    late_answer,
    service_entry,
)
from docket.ingest.draft import Draft

_ENDORSED = re.compile(r"\bENDORSEMENT\b|\bmemo[\s-]*endorse", re.I)
#: Papers sent down from a court of appeals: docketed here, decided there.
_RULING_STEM = re.compile(r"grant|den[iy]|moot|terminat|allow|approv|withdrawn|dismissed|so order")
_ORDERING = re.compile(
    r"\bit\s+is\s+(?:so\s+|hereby\s+|further\s+)?ordered\b|\bis\s+hereby\s+referred\b|"
    r"\b(?:case|action|matter)\s+is\s+(?:hereby\s+)?referred\b",
    re.I,
)
_WITHDRAWS_MOTION = re.compile(
    r"\bwithdraw\w*\b(?![^.;]{0,30}\b(?:appearance|attorney|counsel|as\s+attorney))[^.;]{0,80}"
    r"\b(?:motion|application)s?\b|\b(?:motion|application)s?\b[^.;]{0,80}\bwithdrawn\b",
    re.I,
)
_BRIEFED = re.compile(
    r"briefing\s+(?:is\s+)?complete|fully\s+briefed|completion\s+of\s+briefing", re.I
)


def classify(text: str | None, short_description: str | None = None) -> Draft:
    """Classify one docket entry from its text and CM/ECF event name."""
    return classify_clean(
        clean(text) if text else "", clean(short_description) or None if short_description else None
    )


def classify_clean(text: str, short: str | None) -> Draft:
    """:func:`classify` for text already cleaned (:func:`docket.ingest._text.clean`), as the
    sheet readers leave it."""
    body = strip_noise(text) if text else ""
    if body:
        draft = _from_text(body, short)
        if draft is not None and draft.type == "order":
            aside = defaults_set_aside(body)
            if aside:
                draft = draft._replace(defaults_set_aside=aside)
            if "abeyance" in body.lower():
                draft = draft._replace(abeyances=abeyance_of(body))
        if draft is not None and draft.type == "docket_entry" and "ANSWER" in body:
            names = late_answer(body)
            if names is not None:
                draft = Draft(
                    "answer_filed",
                    "answer.after_filer",
                    short,
                    filed_by=filer(body),
                    defendants=names,
                )
        if draft is not None and draft.type != "motion_filed":
            extension = answer_extension(body)
            if extension is not None:
                draft = draft._replace(answer_extension=extension)
        if draft is not None:
            return _default(draft, body, text, "")
    if short:
        return _default(_from_short(short), short, text, "short_description.")
    return Draft("docket_entry", "generic.no_head", event_name=short)


def _default(draft: Draft, body: str, text: str, prefix: str) -> Draft:
    """The clerk's entry of default, or a request for it, read from ``body`` (the text, or
    the event name alone); the ruling it implies on a pending request or motion for it is
    kept. One the clerk marked vacated is read as before, as is anything the reader took
    for a motion or an order."""
    if draft.type not in ("docket_entry",) or VACATED_MARK.match(text):
        return draft
    found = default_entry(body)
    if found is None:
        return draft
    kind, names = found
    return Draft(
        kind,
        f"{prefix}default.{kind}",
        draft.event_name,
        filed_by=filer(body) if not prefix else None,
        defendants=names,
        rulings=draft.rulings,
    )


@lru_cache(maxsize=4096)
def _from_short(short: str) -> Draft:
    """An entry known only by its event name; event names repeat, so reading is cached."""
    draft = _from_text(short, short, from_short=True)
    if draft is None:
        return Draft("docket_entry", "short_description.generic.no_head", event_name=short)
    if draft.closes and draft.type == "docket_entry":
        # "Stipulation of Dismissal" alone does not say whether it dismisses the whole action.
        draft = draft._replace(closes=False)
    return draft._replace(rule=f"short_description.{draft.rule}")


#: The clerk's mark on a motion later withdrawn: "*WITHDRAWN by (Doc. 30)* MOTION to ...".
_WITHDRAWN_MARK = re.compile(
    r"^\W*withdrawn\s+(?:by|per|pursuant\s+to)\s+(?:\(\s*)?(?:(?:doc|dkt|ecf|docket|d\.e)\.?\s*(?:no\.?\s*)?|#\s*)?"
    r"\[?(\d{1,5})\b",
    re.I,
)


def _from_text(body: str, short: str | None, from_short: bool = False) -> Draft | None:
    if body[:1] == "*" and body[:12].lstrip("* ").lower().startswith("withdrawn"):
        mark = _WITHDRAWN_MARK.match(body)
        draft = _read(body, short)
        if mark is not None and draft is not None and draft.type == "motion_filed":
            return draft._replace(withdrawn_by=int(mark.group(1)))
        return draft
    return _read(body, short)


def _read(body: str, short: str | None) -> Draft | None:
    appeal = appeal_entry(body, short)
    if appeal is not None:
        return appeal
    service = service_entry(body)
    if service is not None:
        kind, served = service
        return Draft(kind, f"service.{kind}", short, filed_by=filer(body), served=served)
    return _read_head(body, short)


def _read_head(body: str, short: str | None) -> Draft | None:
    head = head_of(body)
    if head is None:
        return _no_head(body, short)
    category, mods, end = head
    handler = _HANDLERS.get(category)
    if handler is None:
        return _generic(body, short, category)
    return handler(body, short, mods, end)


#: A paper that dismisses the whole action by itself (FRCP 41(a)(1)(A)): a notice or
#: stipulation of (voluntary) dismissal that names no party, claim or part it is limited to:
#: after "dismissal" comes only its prejudice, its rule, and who filed it. Anything else ("as
#: to", "re <party>", "of Defendant X", "partial") may limit it, and then it does not close.
_SELF_EXECUTING_DISMISSAL = re.compile(
    r"^(?:(?:joint|agreed|mutual|consent(?:ed)?|amended|voluntary|rule\s+41\S*)\s+)*"
    r"(?:stipulation|notice)\s+(?:of|for)\s+(?:voluntary\s+)?dismissal"
    r"(?:\s+of\s+(?:the\s+)?(?:entire\s+)?(?:action|case|complaint|lawsuit))?"
    r"(?:\s*,?\s*(?:with|without|w/o(?:ut)?|w/)\s+prejudice)?"
    r"(?:\s*,?\s*(?:pursuant\s+to|under)\s+(?:fed\.?\s*r\.?\s*civ\.?\s*p\.?\s*|f\.?r\.?c\.?p\.?\s*|rule\s+)?"
    r"41\s*(?:\(\s*\w+\s*\)\s*)*)?"
    r"\s*(?:(?:filed\s+)?by\s+(?![^.;()]*\b(?:as\s+to|against|partial)\b)|\((?!\s*re\b|\s*related)|\.?\s*$)",
    re.I,
)
_CLERKS_CLOSING = re.compile(r"^clerk'?s\s+notice\s+of\s+(?:closing|case\s+closure)\b", re.I)


def _generic(body: str, short: str | None, category: str) -> Draft | None:
    if (
        category == "generic"
        and ("ismissal" in body[:60] or "ISMISSAL" in body[:60])
        and _SELF_EXECUTING_DISMISSAL.match(body)
        and "partial" not in body.lower()
    ):
        return Draft("docket_entry", "generic.voluntary_dismissal", short, closes=True)
    if (
        category == "generic"
        and "protective" in body[:90].lower()
        and _SIGNED_PROTECTIVE_ORDER.match(body)
    ):
        return Draft(
            "docket_entry",
            "generic.signed_protective_order",
            short,
            rulings=PROTECTIVE_ORDER_ENTERED,
        )
    if category == "generic" and body[:5].lower() == "clerk" and _CLERKS_CLOSING.match(body):
        return Draft("docket_entry", "generic.clerks_notice_of_closing", short, closes=True)
    if category == "generic" and body[:6].lower() == "notice":
        low = body.lower()
        if "withdr" in low and _WITHDRAWS_MOTION.search(body):
            return Draft("motion_withdrawn", "withdrawal.notice", short, targets=referenced(body))
        if "brief" in low and _BRIEFED.search(body):
            return Draft("briefing_complete", "briefing.notice", short, targets=referenced(body))
    if (
        category == "generic"
        and body[:11].lower() == "stipulation"
        and "withdr" in body.lower()
        and _WITHDRAWS_MOTION.search(body)
        and referenced(body)
    ):
        # "STIPULATION withdrawing 12 Motion to Compel": the movant withdraws it, the other
        # side agreeing.
        return Draft("motion_withdrawn", "withdrawal.stipulation", short, targets=referenced(body))
    if ("NDORSE" in body or "ndorse" in body) and _ENDORSED.search(body):
        return order(body, short, "", 0)._replace(rule="order.endorsement")
    return Draft("docket_entry", f"generic.{category}", short)


_INTRADISTRICT = re.compile(
    r"^\W*intra-?district\s+transfer\s+(?:to|of\s+case\s+to)\b[^.]{0,120}\bnew\s+case\s+(?:number|no)\b",
    re.I,
)


#: Entries that are themselves the relief a paper asked for, without naming it: the clerk's
#: entry of default, a writ issued. The words kept are those the paper's title shares.
_RELIEF_GIVEN = re.compile(
    r"^\W*(?:(?:clerk'?s\s+)?entry\s+of\s+default\b|default\s+(?:by\s+clerk|entered)\b)"
    r"|^\W*(?P<writ>writ\s+of\s+[\w\s]{3,60}?)\s+issued\b",
    re.I,
)
#: A stipulated protective order the judge signed ("STIPULATION OF CONFIDENTIALITY AND
#: PROTECTIVE ORDER. Signed by Magistrate Judge ...").
_SIGNED_PROTECTIVE_ORDER = re.compile(
    r"^[^.]{0,80}\bprotective\s+order\b[^.]{0,20}\.\s*signed\s+by\s+(?:\w+\s+)?(?:judge|magistrate)",
    re.I,
)


def _relief_given(body: str, short: str | None) -> Draft | None:
    m = _RELIEF_GIVEN.match(body)
    if m is None:
        return None
    words = m.group("writ") or "enter entry default"
    ruling = RulingDraft(
        Disposition.GRANTED, (), "order.relief_entered", kind=MotionKind.OTHER, words=words
    )
    return Draft("docket_entry", "generic.relief_entered", short, rulings=(ruling,))


def _no_head(body: str, short: str | None) -> Draft | None:
    low = body.lower()
    if low[:12].lstrip(" *[").startswith(("default", "entry of", "clerk", "writ")):
        given = _relief_given(body, short)
        if given is not None:
            return given
    if low[:5] in ("intra", " intr") and _INTRADISTRICT.match(body):
        # Sent to another division under a new number: this number is closed.
        return Draft("docket_entry", "generic.intradistrict_transfer", short, closes=True)
    if _RULING_STEM.search(low):
        rulings = tuple(find_rulings(body, find_refs(body)))
        if any(r.docs for r in rulings):
            return Draft("order", "order.ruling_without_head", short, rulings=rulings)
    if ("ordered" in low or "referred" in low) and _ORDERING.search(body):
        return order(body, short, "", 0)._replace(rule="order.ordering_words")
    if short is not None and short != body:
        return None  # let the event name decide
    return Draft("docket_entry", "generic.no_head", short)


def _withdrawal(body: str, short: str | None, mods: str, end: int) -> Draft:
    targets = referenced(body)
    if not targets and not _PAPER_WORD.search(body):
        # "Withdrawal and Substitution of Counsel", "Withdrawal of Claims": not of a motion.
        return Draft("docket_entry", "generic.withdrawal_of_no_motion", short)
    return Draft(
        "motion_withdrawn", "withdrawal.head", short, targets=targets, filed_by=filer(body)
    )


_PAPER_WORD = re.compile(r"\b(?:motion|application|request)s?\b", re.I)
_Handler = Callable[[str, "str | None", str, int], Draft]


def _simple(type_: str, rule: str) -> _Handler:
    def handler(body: str, short: str | None, mods: str, end: int) -> Draft:
        targets = referenced(body) if type_ in ("motion_withdrawn", "briefing_complete") else ()
        return Draft(type_, rule, short, targets=targets, filed_by=filer(body))

    return handler


_HANDLERS: dict[str, _Handler] = {
    "motion": motion,
    "notice_motion": motion,
    "notice_of_motion": notice_of_motion,
    "request": request,
    "error": lambda body, short, mods, end: Draft(
        "docket_entry", "generic.entered_in_error", short
    ),
    "order": order,
    "minute": minute_entry,
    "response": response,
    "reply": reply,
    "judgment": judgment,
    "answer": lambda body, short, mods, end: Draft(
        "answer_filed", "answer.head", short, filed_by=filer(body), defendants=answerers(body)
    ),
    "complaint": _simple("case_opened", "complaint.head"),
    "closed": _simple("case_closed", "case_closed.head"),
    "withdrawal": _withdrawal,
    "briefing": _simple("briefing_complete", "briefing.head"),
}
