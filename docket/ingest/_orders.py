"""Reading the entries the court makes: orders, minute entries, judgments."""

from __future__ import annotations

import re
from datetime import date

from docket.events import Disposition, MotionKind
from docket.ingest._text import lowered_twin
from docket.ingest.doubt import ON_THE_RECORD
from docket.ingest.draft import Draft
from docket.ingest.judgments import judgment_directed
from docket.ingest.mood import contemplated
from docket.ingest.refs import find_refs
from docket.ingest.relief import relief_given
from docket.ingest.rulings import RulingDraft, find_rulings, read_rulings
from docket.ingest.schedule import find_schedule
from docket.ingest.stays import MONTHS, find_lifts, find_stays

__all__ = ["PROTECTIVE_ORDER_ENTERED", "judgment", "minute_entry", "order"]

#: An order that is itself a protective order grants the one pending motion asking for one.
PROTECTIVE_ORDER_ENTERED = (
    RulingDraft(Disposition.GRANTED, (), "order.relief_entered", kind=MotionKind.PROTECTIVE_ORDER),
)

#: After "dismissed", words that make it reach some parties or claims only: "as to", "against",
#: "in part", "only", even after "with prejudice" ("DISMISSED, with prejudice, as to Acme").
_NOT_ALL = r"(?![\s,]+(?:(?:with|without)\s+prejudice[\s,]*)?(?:as\s+to|(?:as\s+)?against|in\s+part|only)\b)"
_CLOSES = re.compile(
    r"\b(?:case|action|matter)s?\s+(?:is\s+|are\s+|shall\s+be\s+|be\s+)?(?:hereby\s+)?(?:closed|terminated)\b"
    r"|\b(?:close|terminate)\s+(?:this|the)\s+(?:case|action|file|matter)\b|\bcase\s+closed\b"
    r"|\border\s+(?:of\s+dismissal|dismissing\s+(?:the\s+)?(?:case|action|complaint|petition))(?!\s+as\s+to)"
    # "the complaint is dismissed", "Plaintiff's amended complaint (Doc. 9) is DISMISSED", and at
    # a sentence's start without an article: "Complaint is dismissed.", "Amended Complaint, 9 ,
    # is DISMISSED WITH PREJUDICE." Not where it reaches some parties or claims only ("as to",
    # "against", "in part", even after "with prejudice").
    r"|(?:\b(?:this|the|(?:plaintiff|petitioner)s?['\u2019]?s?)\s+|^\s*|(?<=[.:;])\s+)"
    r"(?:(?:first|second|third)\s+)?(?:amended\s+)?(?:case|action|matter|complaint|petition)"
    r"(?:\s*,?\s*[\[(]?\s*(?:(?:ecf|doc|dkt|docket)\.?\s*(?:no\.?\s*)?)?#?\s*\d{1,5}\s*[\])]?\s*,?)?"
    rf"\s+(?:is|be|shall\s+be)\s+(?:hereby\s+)?dismissed{_NOT_ALL}"
    # The court's own verb: "dismissing this action with prejudice", "the Court DISMISSES the
    # complaint".
    r"|\bdismiss(?:es|ing)\s+(?:this|the|(?:plaintiff|petitioner)s?['\u2019]?s?)\s+(?:entire\s+)?"
    rf"(?:(?:first|second|third)\s+)?(?:amended\s+)?(?:case|action|matter|complaint)\b{_NOT_ALL}",
    re.I,
)
#: Words before "the complaint" that make it a part of it ("Count I of the complaint is
#: dismissed", "the claims in the amended complaint": the rest of the case goes on), or the
#: object of a motion's title ("Motion to Amend the Complaint is DISMISSED as moot": the
#: motion is dismissed, not the complaint).
_PART_OF = re.compile(
    r"\b(?:of|in|from|under|within|amend|supplement|strike|serve|file|answer|dismiss)\s+$", re.I
)
_CLOSES_LOW = lowered_twin(_CLOSES)  # the same on lowered ASCII text, faster
#: Further ways an order ends the case: it remands it (to a state court, or a Social Security
#: case to the agency), approves a stipulation of dismissal of the whole action, or itself
#: enters judgment ("Default Judgment entered in favor of ..."). Each is read only where no
#: word before it makes it a proposal ("motion to remand this case", "recommends that").
_ENDS = re.compile(
    r"\bremand(?:s|ed|ing)?\s+(?:this\s+|the\s+|said\s+)?(?:case|action|matter|cause|civil\s+action)\b"
    r"|\b(?:case|action|matter|cause)\s+(?:is\s+|be\s+|shall\s+be\s+|are\s+)?(?:hereby\s+)?"
    r"remanded\b"
    r"|\b(?:decision|determination)\s+(?:of\s+the\s+(?:acting\s+)?commissioner\s+)?(?:is\s+|be\s+|shall\s+be\s+)?"
    r"(?:hereby\s+)?reversed,?\s+and\s+(?:this\s+(?:case|matter|action|cause)\s+(?:is\s+)?)?(?:hereby\s+)?remanded\b"
    r"|\b(?:approv(?:ing|es|ed)|accept(?:ing|s|ed)|so\s+ordered|so\s+ordering|granting|adopting)\s+"
    r"(?:re:?\s*)?(?:\[?\d{1,5}\]?\s+)?(?:the\s+)?(?:parties'?\s+|joint\s+|agreed\s+)*"
    r"stipulation\s+(?:(?:of|for)\s+(?:voluntary\s+)?dismissal\b|to\s+dismiss\s+(?:this|the)\s+(?:case|action|matter)\b)"
    r"(?!\s+(?:as\s+to|of\s+(?:certain|some|defendant|plaintiff|claims?|counts?|the\s+claims?)))"
    r"|\b(?:default\s+)?judgment\s+(?:is\s+)?(?:hereby\s+)?entered\s+(?:in\s+favou?r\s+of|against)\b"
    # An administrative closing (the guide counts it closed): "This case is ADMINISTRATIVELY
    # CLOSED", "administratively closing this case", "shall administratively terminate".
    r"|\b(?:case|action|matter)\s+(?:is\s+|be\s+|shall\s+be\s+)?(?:hereby\s+)?administratively\s+"
    r"(?:closed|terminated)\b"
    r"|\badministratively\s+(?:clos|terminat)\w*\s+(?:this\s+|the\s+)?(?:case|action|matter)\b"
    # A transfer out to another district (28 U.S.C. 1404(a), 1406(a)): the case ends here.
    r"|\b(?:case|action|matter)\s+(?:is\s+|be\s+|shall\s+be\s+)?(?:hereby\s+)?transferred\s+to\s+"
    r"(?P<to1>[^.;]{0,80}?\bdistrict\s+(?:of|court)\b)"
    r"|\btransfer(?:s|ring)?\s+(?:this\s+|the\s+|said\s+|instant\s+)?(?:case|action|matter)\s+to\s+"
    r"(?P<to2>[^.;]{0,80}?\bdistrict\s+(?:of|court)\b)"
    r"|\b(?:joint\s+|parties'?\s+|agreed\s+)*stipulation\s+(?:of|for)\s+(?:voluntary\s+)?dismissal\b"
    r"(?:\s*\([^)]{0,30}\))?(?P<between>[^.;()]{0,80}?)\s+(?:is|are|be)\s+(?:hereby\s+)?"
    r"(?:so\s+ordered|approved|granted|accepted|adopted)\b",
    re.I,
)
_ENDS_LOW = lowered_twin(_ENDS)
#: The mark CM/ECF puts on entries a case brings from the court it was transferred from.
_TRANSFERRED_IN = re.compile(r"\btransferred\s+from\b|\btransferred\s+in\b", re.I)
#: Words that make a stipulation of dismissal reach only some parties or claims.
_SOME = re.compile(r"\bas\s+to\b|\bagainst\b|\bcertain\b|\bclaims?\b|\bcounts?\b|\bpartial", re.I)
#: Words that make what follows a proposal, not the order's own act.
_PROPOSED = re.compile(
    r"(?:(?:motion|move[sd]?|request\w*|recommend\w*|whether|should|would|will|may|might|could|if|to|why)\s+"
    r"(?:\w+\s+){0,2}|result\s+in\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:order\s+)?)$",
    re.I,
)
#: An order undoing a dismissal or judgment reopens the case; it does not close it again.
_UNDOES = re.compile(
    r"\b(?:vacat\w*|set(?:ting|s)?\s+aside|withdraw\w*|rescind\w*)\s+(?:the\s+|its\s+)?(?:court'?s\s+)?"
    r"(?:prior\s+|previous\s+|earlier\s+)?(?:[\w-]+\s+){0,2}(?:order\s+(?:of\s+dismissal|dismissing)|"
    r"dismissal|judgment|order\s+closing)|\breopen\w*\s+(?:this\s+|the\s+)?(?:case|action|matter)",
    re.I,
)
_ENDING_WORDS = ("remand", "stipulation", "judgment", "administrativ", "transfer")
#: An order reopening a closed case: it reopens or reinstates it, restores it to the active
#: docket, or vacates (sets aside) the dismissal or judgment that closed it.
_REOPENS = re.compile(
    r"\breopen(?:s|ed|ing)?\s+(?:this\s+|these\s+|the\s+|said\s+)?(?:case|action|matter|proceedings?)\b"
    r"|\breinstat(?:e|es|ed|ing)\s+(?:this\s+|the\s+|said\s+)?(?:case|action|matter)\b"
    r"|\b(?:case|action|matter)\s+(?:is\s+|be\s+|shall\s+be\s+|are\s+)?(?:hereby\s+)?"
    r"(?:reopened|reinstated|restored\s+to\s+the\s+(?:court'?s\s+)?active\s+docket)\b"
    r"|\brestor(?:e|es|ed|ing)\s+(?:this\s+|the\s+)?(?:case|action|matter)\s+to\s+the\s+"
    r"(?:court'?s\s+)?active\s+docket\b",
    re.I,
)
#: Words that make a reopening a time yet to come: "from the date this action is reopened",
#: "once the case is reopened", "until the case is reinstated".
_WHEN = re.compile(
    r"\b(?:when|whenever|once|after|upon|until|unless|if|date|day|time)\s+(?:\w+\s+){0,2}$"
)
#: The order's own direction, not a proposal: "the Clerk is ordered to reopen ...".
_DIRECTED = re.compile(r"\b(?:ordered|directed|instructed)\s+to\s+$")
_REOPENING_WORDS = ("reopen", "reinstat", "restor", "vacat", "set aside", "setting aside")


_VACATED_NUMBER = re.compile(
    r"\b(?:vacat\w*|set(?:ting|s)?\s+aside)\s+(?:the\s+)?[\[(#]?\s*(\d{1,5})\b", re.I
)


def _reopens(body: str, low: str) -> tuple[bool, tuple[int, ...]]:
    """Whether the order reopens the case (see :data:`_REOPENS` and :data:`_UNDOES`), in its
    own words, not a motion's or a proposal's ("Motion to Reopen", "may move to reopen");
    and, when it does so only by vacating entries it numbers ("vacating 70 Final Judgment"),
    their numbers: it reopens the case only if one of them closed it."""
    if not any(w in low for w in _REOPENING_WORDS):
        return False, ()
    for pattern in (_REOPENS, _UNDOES):
        for m in pattern.finditer(body):
            if _WHEN.search(low, max(0, m.start() - 40), m.start()):
                continue  # "within 21 days from the date this action is reopened": not yet
            if _DIRECTED.search(low, max(0, m.start() - 40), m.start()) or not _PROPOSED.search(
                low, max(0, m.start() - 60), m.start()
            ):
                if pattern is _REOPENS:
                    return True, ()
                return True, tuple(int(v.group(1)) for v in _VACATED_NUMBER.finditer(body))
    return False, ()


#: A dismissal that lets the plaintiff amend leaves the case open for the amended pleading
#: (FRCP 15(a)(2)): "The complaint is DISMISSED with leave to amend within 30 days".
_MAY_AMEND = re.compile(
    r"\bleave\s+to\s+(?:file\s+an?\s+)?(?:amend|re-?plead)|\bfile\s+an?\s+(?:(?:first|second|third)\s+)?"
    r"amended\s+(?:complaint|petition|pleading)|\bamended\s+(?:complaint|petition)\s+(?:may|must|shall)\s+be\s+filed"
)


def _ends(body: str, low: str) -> bool:
    """Whether the order ends the case (see :data:`_CLOSES` and :data:`_ENDS`); a dismissal
    with leave to amend does not."""
    # ASCII text (nearly all) is read lowered by the patterns' case-sensitive twins: the
    # same matches, faster.
    closes_in, ends_in, read = (
        (_CLOSES_LOW, _ENDS_LOW, low) if body.isascii() else (_CLOSES, _ENDS, body)
    )
    # The quick word tests hold only on ASCII text: elsewhere re.IGNORECASE also matches the
    # long s and the Kelvin sign, which str.lower keeps apart.
    ascii_text = body.isascii()
    if not ascii_text or any(w in low for w in _CLOSING_WORDS):
        for m in closes_in.finditer(read):
            if "dismiss" in m.group(0).lower() and (
                _MAY_AMEND.search(low) or _PART_OF.search(read, max(0, m.start() - 12), m.start())
            ):
                continue
            # "It is RECOMMENDED that this action be dismissed" (28 U.S.C. 636(b)(1): the
            # district judge's adoption dismisses), "moves for an order dismissing": not yet.
            if contemplated(read, m.start(), m.end()):
                continue
            return not _reopens(body, low)[0]
    if ascii_text and not any(w in low for w in _ENDING_WORDS):
        return False
    for m in ends_in.finditer(read):
        if "partial" in low[max(0, m.start() - 60) : m.end() + 20]:
            continue
        if _PROPOSED.search(low, max(0, m.start() - 60), m.start()):
            continue
        if contemplated(read, m.start(), m.end()):
            continue
        if (m.group("to1") or m.group("to2")) and _TRANSFERRED_IN.search(body):
            continue  # the transferor's order, on the docket of the court it came to
        if m.group("between") and _SOME.search(m.group("between")):
            continue  # "stipulation of dismissal as to Defendant Acme is approved"
        return not _reopens(body, low)[0]
    # "LET JUDGMENT BE ENTERED ACCORDINGLY", "The Clerk shall enter judgment for Defendants":
    # the judgment the order directs ends the case (FRCP 58).
    return judgment_directed(body) is True and not _reopens(body, low)[0]


#: An amended scheduling order grants the one pending motion to extend the discovery or
#: scheduling deadlines (its title must say which).
SCHEDULE_AMENDED = (
    RulingDraft(
        Disposition.GRANTED,
        (),
        "order.relief_entered",
        kind=MotionKind.EXTENSION_OF_TIME,
        words="discovery schedule scheduling deadline deadlines",
    ),
)
_AMENDED = re.compile(r"\b(?:amended|revised|modified|second\s+amended)\s+scheduling\s+order\b")

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
_APPELLATE_WORDS = ("usca", "u.s.c.a", "appeals", "circuit", "mandate", "appellant")
_CLOSING_WORDS = ("clos", "terminat", "dismiss")
_DIRECTIVE = re.compile(
    r"\b(?:ordered|shall|directed|set\s+for|reset|rescheduled|scheduling\s+order|briefing\s+schedule|"
    r"due\s+by|due\s+on|continued\s+to|stayed|referred|adjourned|vacated)\b",
)
_RULING_OR_STAY = re.compile(
    r"grant|den[iy]|moot|terminat|allow|approv|withdrawn|dismissed|stay|endorse"
)
_JUDGE_MINUTE = re.compile(
    r"^\W*minute\s+entry\s+before\s+(?:the\s+)?(?:honorable|hon\.|judge|magistrate)", re.I
)
_ABOUT_A_JUDGMENT = re.compile(
    r"\b(?:abstract|satisfaction|notice|writ|execution|release|registration|certification|"
    r"certified|transcript|affidavit|proposed|request|renewal)\b",
    re.I,
)
_JUDGMENT_PAPER = re.compile(r"\s+(?:returned|executed|unexecuted|satisfied|debtor)\b", re.I)
_PARTIAL_JUDGMENT = re.compile(r"\bpartial\b|54\s*\(b\)", re.I)
_IN_FAVOR = re.compile(
    r"\bin\s+favou?r\s+of\s+(?P<who>[^.;,()]{2,100}?)(?=\s+(?:and\s+)?against\b|[.;,(]|$)", re.I
)


#: "nunc pro tunc to March 1, 2020", "nunc pro tunc as of 3/1/2020": the date the order says
#: it takes effect. Without a date it says ("nunc pro tunc to the date of filing") none is read.
_NUNC_PRO_TUNC = re.compile(
    r"\bnunc\s+pro\s+tunc\W{0,3}(?:(?:to|as\s+of|effective(?:\s+as\s+of)?|on)\s+)?(?:the\s+)?"
    r"(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"
    r"|(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b)",
    re.I,
)


#: An order awarding attorney's fees gives the relief the one pending motion for fees asked
#: for: "The Court awards plaintiffs $365,862.75 in attorneys' fees", "awarding Plaintiff
#: attorney fees in the amount of ...".
_AWARDS_FEES = re.compile(
    r"\baward(?:s|ed|ing)?\s+(?:to\s+)?(?:[^.;]|\.(?=\d)){0,80}?\battorney'?s?'?\s+fees\b", re.I
)
FEES_AWARDED = (
    RulingDraft(
        Disposition.GRANTED,
        (),
        "order.relief_entered",
        kind=MotionKind.OTHER,
        words="attorney fees",
    ),
)


def _fees_awarded(body: str, low: str) -> tuple[RulingDraft, ...]:
    """The ruling an award of attorney's fees implies, unless it is proposed or refused
    ("moves for an award of fees", "declines to award attorney's fees")."""
    if "fees" not in low:
        return ()
    for m in _AWARDS_FEES.finditer(body):
        before = low[max(0, m.start() - 60) : m.start()]
        if _PROPOSED.search(before) or re.search(
            r"\b(?:declin\w*|not|no|den\w*|an|for)\s+$", before
        ):
            continue
        return FEES_AWARDED
    return ()


def nunc_pro_tunc(body: str) -> date | None:
    """The date an order says it takes effect, nunc pro tunc, if it gives one."""
    if "tunc" not in body and "TUNC" not in body and "Tunc" not in body:
        return None
    m = _NUNC_PRO_TUNC.search(body)
    if m is None:
        return None
    try:
        if m.group("m"):
            year = int(m.group("y"))
            return date(year + 2000 if year < 100 else year, int(m.group("m")), int(m.group("d")))
        month = MONTHS.get(m.group("month").lower())
        if month is None:
            return None
        return date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


def order(body: str, short: str | None, mods: str, end: int) -> Draft:
    low = body.lower()
    if any(w in low for w in _APPELLATE_WORDS) and (
        _APPELLATE.search(mods) or _APPELLATE_ORDER.search(body)
    ):
        return Draft("docket_entry", "generic.from_court_of_appeals", short)
    refs = find_refs(body)
    found, advised = read_rulings(body, refs)
    rulings = tuple(found)
    reopens, vacates = _reopens(body, low)
    closes = _ends(body, low)
    stays = tuple(find_stays(body, refs))
    if not rulings:
        head = body[: end + 20].lower()
        if "protective order" in head:
            rulings = PROTECTIVE_ORDER_ENTERED
        elif "scheduling order" in head and _AMENDED.search(head):
            rulings = SCHEDULE_AMENDED
        else:
            rulings = (
                _fees_awarded(body, low)
                or (_ending_relief(low) if closes else ())
                or (relief_given(low, stays) if len(low) == len(body) else ())
            )
    elif len(low) == len(body) and not stays:
        # "SWIFT's motion to strike is denied as moot. The time for plaintiff to file a
        # notice of appeal is hereby extended": relief given beside the rulings, for a motion
        # none of them decides (the importer gives it to no motion of a kind they rule on).
        rulings = (*rulings, *relief_given(low, ()))
    return Draft(
        "order",
        "order.head",
        short,
        rulings=rulings,
        stays=stays,
        lifts=tuple(find_lifts(body)),
        closes=closes,
        filed_by="court",
        effective=nunc_pro_tunc(body),
        refs=tuple(refs),
        reopens=reopens,
        vacates=vacates,
        schedule=find_schedule(body, body[: end + 40].lower()),
        advised=advised,
    )


#: An order ending the case by remanding it gives what the one pending motion to remand asked
#: for (28 U.S.C. 1447(c)); one transferring it out, what the one pending motion to transfer
#: or change venue asked for (28 U.S.C. 1404(a), 1406(a)). The labelling guide counts relief
#: given without naming the motion as granted.
REMANDED = (RulingDraft(Disposition.GRANTED, (), "order.relief_entered", kind=MotionKind.REMAND),)
TRANSFERRED = (
    RulingDraft(
        Disposition.GRANTED,
        (),
        "order.relief_entered",
        kind=MotionKind.OTHER,
        words="transfer venue",
    ),
)
_REMANDS = re.compile(r"\bremand(?:s|ed|ing)?\b")
_TRANSFERS = re.compile(r"\btransfer(?:s|red|ring)?\b")


def _ending_relief(low: str) -> tuple[RulingDraft, ...]:
    """The relief an order ending the case gives without naming the motion that asked for
    it: a remand, or a transfer out (only one of the two, where its words say which)."""
    remands, transfers = _REMANDS.search(low), _TRANSFERS.search(low)
    if remands is not None and transfers is None:
        return REMANDED
    if transfers is not None and remands is None and _TRANSFERRED_IN.search(low) is None:
        return TRANSFERRED
    return ()


#: A judgment by default gives what the one pending motion for a default judgment asked
#: for (FRCP 55(b)): "DEFAULT JUDGMENT entered against ...", "JUDGMENT BY DEFAULT".
DEFAULTED = (
    RulingDraft(Disposition.GRANTED, (), "order.relief_entered", kind=MotionKind.DEFAULT_JUDGMENT),
)
_DEFAULT_JUDGMENT = re.compile(
    r"^\W*(?:(?:final|clerk'?s|amended)\s+)*(?:default\s+judgment|judgment\s+(?:by|of)\s+default)\b",
    re.I,
)


def minute_entry(body: str, short: str | None, mods: str, end: int) -> Draft:
    """A minute entry: an order if it is the judge's own (N.D. Ill.), rules, stays or directs;
    else a record of what happened, kept generic."""
    low = body.lower()
    # Cheap: a word ON_THE_RECORD needs ("ruled", "ruling", "decided", "disposition").
    on_record = ("rul" in low or "decided" in low or "disposition" in low) and ON_THE_RECORD.search(
        body
    ) is not None
    if (
        _JUDGE_MINUTE.match(body) is None
        and _RULING_OR_STAY.search(low) is None
        and _DIRECTIVE.search(low) is None
        and not on_record
    ):
        return Draft("docket_entry", "generic.minute_entry", short or "Minute Entry")
    draft = order(body, short, mods, end)
    if draft.type != "order":
        return draft
    if _JUDGE_MINUTE.match(body):
        return draft._replace(rule="order.judges_minute_entry")
    if draft.rulings or draft.stays or draft.lifts:
        return draft._replace(rule="order.minute_entry_ruling")
    if _DIRECTIVE.search(low):
        return draft._replace(rule="order.minute_entry_directive")
    if on_record:
        # "Motion Hearing held re 12 ...; ruling as stated on the record": the court ruled,
        # in words not on the docket (the order's reader flags the motion for review).
        return draft._replace(rule="order.minute_entry_ruling_on_record")
    return Draft("docket_entry", "generic.minute_entry", short or "Minute Entry")


def judgment(body: str, short: str | None, mods: str, end: int) -> Draft:
    if _APPELLATE.search(body[: end + 60]):
        return Draft("docket_entry", "generic.from_court_of_appeals", short)
    if _ABOUT_A_JUDGMENT.search(mods) or _JUDGMENT_PAPER.match(body, end):
        # An abstract, satisfaction or writ of a judgment, or the marshal's return: papers
        # about a judgment, not the judgment.
        return Draft("docket_entry", "generic.about_a_judgment", short)
    favour = _IN_FAVOR.search(body) if "favor" in body.lower() else None
    return Draft(
        "judgment",
        "judgment.head",
        short,
        final=_PARTIAL_JUDGMENT.search(body[: end + 80]) is None and "partial" not in mods.lower(),
        in_favor_of=favour.group("who").strip() if favour is not None else None,
        rulings=tuple(find_rulings(body, find_refs(body)))
        or _fees_awarded(body, body.lower())
        or (DEFAULTED if _DEFAULT_JUDGMENT.match(body) else ()),
        filed_by="court",
    )
