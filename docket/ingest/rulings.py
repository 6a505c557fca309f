"""Reading an order's rulings: which motions it decides, and how.

Judges and clerks write rulings in two voices. The active voice is CM/ECF's own
("ORDER granting 38 Motion to Stay; denying without prejudice 27 Motion to Compel"): the
ruled motion's number follows the verb, or follows the motion's title when the text is
typed ("denying defendant's motion to dismiss [22-1]"). The passive voice is the judge's
("Motions [30], [33] and [61] are denied without prejudice", "the motion to dismiss, ECF 4,
is DENIED as moot"): the number is in the subject, or just after the verb, or in the
sentence before ("Hearing held on motion for class certification ([12]). Motion is
granted."). A ruling whose motion has no number is kept with the words that name it, so the
importer can look the motion up on the docket by its kind.

A recommendation is not a ruling ("RECOMMENDING that 12 Motion to Dismiss be granted", "the
Court RECOMMENDS granting 12"): a magistrate judge's findings and recommendations decide
nothing until the district judge adopts them (28 U.S.C. 636(b)(1)); the motions they name
stay pending, read (``read_rulings`` returns them apart).
"""

from __future__ import annotations

import re

from docket.events import CaseReopened, Disposition, StaysLifted
from docket.ingest._text import sentence_spans
from docket.ingest._voices import (
    _LEAVE,
    _LEAVE_CONDITION,
    CALLED_MOTION,
    Mark,
    RulingDraft,
    active,
    passive,
)
from docket.ingest.leave import Offer, Terms, read_terms, refiling_offer
from docket.ingest.refs import Ref, title_numbers

__all__ = ["WITHDRAWN_RULE", "RulingDraft", "find_rulings", "read_rulings", "recommended"]

_D = Disposition

_VACATING = re.compile(
    r"\bvacat\w*\s+(?:the\s+|its\s+)?(?:court'?s\s+|prior\s+|previous\s+|earlier\s+)*(?:[\w-]+\s+){0,2}order\s+$"
)
#: A motion's title naming an earlier order by what it did: the verb after it is that
#: order's, not this one's ("Motion for Reconsideration of Order granting ...", "Objection
#: to the Order denying ...", "Appeal of Magistrate Judge's Order granting ...").
_ORDER_NAMED = re.compile(
    r"\b(?:reconsideration|reconsider|clarification|clarify|appeal|objections?|review|relief)\s+"
    r"(?:of|to|from)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}?order\s+(?:\[?\d{1,5}\]?\s+)?$"
)
#: A ruling not yet made: a tentative one, or one a proposed order would make ("Defendant
#: shall submit a proposed order granting 12 Motion").
_NOT_YET = re.compile(
    r"\btentative(?:ly)?\b|\b(?:proposed|draft)\s+(?:[\w'-]+\s+){0,2}?order\s+(?:\[?\d{1,5}\]?\s+)?$"
)
#: A passive verb in the future ("shall be granted", "will be deemed granted").
_FUTURE_COPULA = re.compile(r"\b(?:shall|will)\s+(?:hereby\s+)?be\s+(?:deemed\s+)?$")
#: Words in the clause before such a verb that make it conditional: "Absent objection by May
#: 1, the motion shall be granted", "If no response is filed, ...", "Unless ...".
_CONDITION = re.compile(
    r"\b(?:if|unless|absent|should|in\s+the\s+event|upon\s+(?:the\s+)?failure)\b"
)


#: A magistrate judge's recommendation (28 U.S.C. 636(b)(1)(B); FRCP 72(b)): "RECOMMENDING
#: that 12 Motion to Dismiss be granted", "the Court RECOMMENDS granting 12", "it is
#: recommended that ...". It decides nothing until the district judge adopts it.
_RECOMMENDS = re.compile(r"\brecommend(?:s|ed|ing)?\b")
#: Words that end a recommendation's reach: the court's own decree, or its adoption of the
#: report ("RECOMMENDING that 12 be granted; it is ORDERED that 14 is denied", "as the
#: magistrate judge recommended, and the Court adopts ...").
_BREAKS = re.compile(
    r"\b(?:ordered|orders|adjudged|decreed|directs|directed|adopt\w*|accept\w*|agree\w*|concur\w*|"
    r"overrul\w*)\b|[.;]\s"
)
#: An active verb that is what is recommended: "RECOMMENDS granting", "recommends that the
#: Court grant" (its participle read), "RECOMMENDING that the District Judge deny".
_ADVISED_VERB = re.compile(
    r"\s*(?:that\s+(?:the\s+)?(?:court|district\s+(?:judge|court)|presiding\s+judge)\s+)?$"
)
#: A passive verb in a clause the recommendation opens: "recommends that 12 Motion is GRANTED".
_ADVISED_CLAUSE = re.compile(r"\s+that\b")
#: A verb in the subjunctive, its copula a bare "be" ("that 12 Motion be granted"): the
#: mood of a decree or of a recommendation, whichever governs it.
_SUBJUNCTIVE = re.compile(r"(?<![\w'])be\s+(?:hereby\s+)?$")
_GOVERNS = re.compile(r"\b(?:(?P<rec>recommend(?:s|ed|ing)?)|ordered|orders|adjudged|decreed)\b")


def recommended(
    low: str, spans: list[tuple[int, int]], at: int, *, active: bool, advised: int | None = None
) -> bool:
    """Whether the ruling verb at ``at`` (lower-cased ``low``) is a recommendation's, not a
    ruling (only the district judge's adoption rules, 28 U.S.C. 636(b)(1)).

    An active verb is, when it is what a recommending verb of its sentence recommends ("the
    Court RECOMMENDS granting 12"), or is joined to such a verb (``advised``: where the
    last one ends: "... granting 12 and denying 14"), with no decree or adoption between. A
    passive verb is, in a clause a recommending verb opens ("recommends that 12 is
    GRANTED"), or in the subjunctive ("be granted") when the nearest governing verb however
    far before is a recommending one ("RECOMMENDING that 12 be granted; and 14 be denied")."""
    if "recommend" not in low:
        return False
    start = spans[_sentence(spans, at)][0] if spans else 0
    recs = list(_RECOMMENDS.finditer(low, start, at))
    if recs:
        rec = recs[-1]
        if _BREAKS.search(low, rec.end(), at) is None:
            if active and _ADVISED_VERB.match(low, rec.end(), at):
                return True
            if not active and _ADVISED_CLAUSE.match(low, rec.end(), at):
                return True
        if (
            active
            and advised is not None
            and advised >= rec.end()
            and _BREAKS.search(low, advised, at) is None
        ):
            return True
    if active or _SUBJUNCTIVE.search(low, max(0, at - 12), at) is None:
        return False
    governors = [m.group("rec") for m in _GOVERNS.finditer(low, 0, at)]
    return bool(governors) and governors[-1] is not None


def _clause_before(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """From the start of the sentence holding ``at`` to ``at``."""
    start = spans[_sentence(spans, at)][0] if spans else 0
    return min(start, at), at


_PART = r"\s*,?\s*in\s+part\s*,?\s*"
#: How the part denied may be qualified: "GRANTS IN PART AND DENIES AS MOOT IN PART",
#: "granted in part and denied without prejudice in part". The motion is granted in part.
_DENIED_HOW = r"(?:\s+as\s+moot|\s+without\s+prejudice|\s+w/o(?:ut)?\s+prejudice)?"
#: Where a ruling may start: cheap to find, then read precisely by the patterns below.
_CANDIDATE = re.compile(
    r"grant|den[yi]|declin|moot|termin|allow|approv|withdrawn|dismissed|so\s+order|finding|finds|deeming|"
    r"deems|declaring|declares|deemed|rendered"
)
#: The active voice, CM/ECF's participle ("granting") or the judge's present tense ("the
#: Court GRANTS").
_ACTIVE = re.compile(
    rf"(?:(?P<gip>(?:grant(?:ing|s)|allow(?:ing|s)){_PART}(?:and\s+)?den(?:ying|ies){_DENIED_HOW}{_PART}"
    rf"|den(?:ying|ies){_DENIED_HOW}{_PART}(?:and\s+)?(?:grant(?:ing|s)|allow(?:ing|s)){_PART}"
    rf"|(?:grant(?:ing|s)|allow(?:ing|s)){_PART}|den(?:ying|ies){_PART}|grant(?:ing|s)\s+as\s+modified)"
    r"|(?P<dwp>den(?:ying|ies)\s+(?:without|w/o(?:ut)?)\s+prejudice)"
    r"|(?P<moot>den(?:ying|ies)\s+(?:(?:each|both|all)\s+)?as\s+moot|(?:finding|finds|deeming|deems|"
    r"terminating|terminates|declaring)\s+(?:as\s+)?moot|mooting|terminat(?:ing|es)"
    r"|terminate(?=\s+(?:all|any)\s+(?:\w+\s+)?motions\b)"
    # "The Clerk is directed to terminate 12 Motion as moot": moot, whoever terminates it.
    r"|terminate(?=\s[^.;]{0,100}?\bas\s+moot\b))"
    # "the Court declines to consider the proposed motion": refused, as a denial refuses.
    r"|(?P<denied>den(?:ying|ies)|declin(?:es|ing)\s+to\s+(?:consider|entertain|grant))"
    r"|(?P<granted>grant(?:ing|s)|approv(?:ing|es)|allow(?:ing|s)|so\s+ordering))\b"
)
_COPULA_WORDS = frozenset(["is", "are", "be", "was", "were", "stands", "stand", "hereby"])
_ADVERBS = frozenset(
    [
        "hereby",
        "therefore",
        "accordingly",
        "also",
        "each",
        "both",
        "otherwise",
        "respectfully",
        "now",
        "respects",
        "all",
        "in",
        "partially",
        "partly",
    ]
)
_NOUNS = frozenset(["motion", "motions", "application", "applications", "request", "requests"])
_PASSIVE = re.compile(
    rf"(?:(?P<gip>(?:granted|allowed){_PART}(?:and\s+)?denied{_DENIED_HOW}(?:{_PART})?"
    rf"|denied{_DENIED_HOW}{_PART}(?:and\s+)?(?:granted|allowed)(?:{_PART})?"
    r"|(?:granted|allowed)\s+in\s+part|denied\s+in\s+part|granted\s+as\s+modified)"
    r"|(?P<moot>(?:deemed\s+|rendered\s+)moot|moot(?:ed)?|terminated(?:\s+as\s+moot)?|withdrawn|"
    r"denied\s+as\s+moot)"
    r"|(?P<denied>denied|dismissed)"
    r"|(?P<granted>granted|grant|allowed|approved|so\s+ordered))\b"
    r"(?P<mod>\s*,?\s*(?:as\s+moot|without\s+prejudice|w/o(?:ut)?\s+prejudice|with\s+prejudice))?"
)
#: A passive verb in a clause that only contemplates a ruling ("should be granted").
_HYPOTHETICAL = re.compile(
    r"\b(?:will|would|should|may|might|could|must|to|cannot|can|not|if|unless|whether)\s+(?:be\s+|been\s+)?$"
)
#: A verb inside a clause of extent, which states what was done elsewhere, not a ruling:
#: "Insofar as the parties' 12 motion was granted in the earlier ruling, it is DENIED" (the
#: main clause after the comma rules; the verb before it does not).
_INSOFAR = re.compile(
    r"\b(?:insofar|inasmuch|in\s+so\s+far|to\s+the\s+extent)\s+(?:as|that)?"
    r"(?:[^,.;:()\[\]]|,(?=\s*(?:and\s+)?\d))*$"
)
#: A past-tense verb that may rule in the active voice, and the motion it then takes as its
#: object: a number, or a motion's title (with its owner and adjectives) before one.
_PAST_ACTIVE = re.compile(r"(?:granted|denied|allowed)\b(?!\s+in\s+part)")
_OBJECT = re.compile(
    r"\s+(?:re:?\s*)?(?:[\[(#]\s*\d|\d{1,5}\s+(?:[\w'.-]+\s+){0,3}?(?:motion|application)"
    r"|(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w.&'\u2019-]+\s+){0,5}?"
    r"(?:motion|application)s?\b)"
)
_ENDORSED_ON = re.compile(r"endorse\w*:?\s*(?:as\s+to\s+[^.\[]{0,120}?\s)?on\s+\[?\s*(\d{1,5})\b")
_ENDORSEMENT = re.compile(
    r"\bendorsement:\s*(?:the\s+)?(?:(?:application|motion|request)\s+(?:is\s+)?)?"
    r"(?:(?P<granted>granted|so\s+ordered|approved)|(?P<denied>denied))\b"
)


def _disposition(m: re.Match[str]) -> Disposition:
    groups = m.groupdict()
    group = next(g for g in ("gip", "dwp", "moot", "denied", "granted") if groups.get(g))
    base = {
        "gip": _D.GRANTED_IN_PART,
        "dwp": _D.DENIED_WITHOUT_PREJUDICE,
        "moot": _D.MOOT,
        "denied": _D.DENIED,
        "granted": _D.GRANTED,
    }[group]
    mod = (groups.get("mod") or "").lower()
    if base is _D.GRANTED_IN_PART and "modified" in groups[group] and "part" not in groups[group]:
        return _D.GRANTED
    if base is _D.DENIED and "moot" in mod:
        return _D.MOOT
    if base is _D.DENIED and ("without" in mod or "w/o" in mod):
        return _D.DENIED_WITHOUT_PREJUDICE
    return base


def _word_before(low: str, i: int) -> tuple[str, int]:
    while i > 0 and low[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    return low[j:i], j


def _copula(low: str, p: int) -> int | None:
    """Where the subject of a passive verb at ``p`` ends: before its copula ("is granted"),
    right after a reference ("[19] GRANTED") or a motion noun ("Motion granted"); ``None``
    when nothing before the verb makes it a ruling."""
    i = p
    while i > 0 and low[i - 1] == " ":
        i -= 1
    if i > 0 and (low[i - 1] in "])" or low[i - 1].isdigit()):
        return i
    if (
        i > 0
        and p - i < 3
        and (low[i - 1] == ":" or (low[i - 1] in "-\u2013" and i > 1 and low[i - 2] in " -\u2013"))
    ):
        # "ELECTRONIC ORDER entered re 27 Motion to Dismiss: ALLOWED.", "re 25 MOTION to
        # Dismiss - GRANTED."
        j = i - 1
        while j > 0 and low[j - 1] in " -\u2013":
            j -= 1
        return j
    if i > 0 and low[i - 1] == ",":
        # "the motion (#2) be, and it hereby is, GRANTED": the copula before the comma.
        word, j = _word_before(low, i - 1)
        if word in ("is", "are"):
            return j
    word, j = _word_before(low, p)
    if word in _NOUNS:
        return i
    if _TITLED_SUBJECT.search(low, max(0, p - 120), p) is not None:
        # "Pursuant to the hearing, 2 Motion to Dismiss GRANTED.": a numbered motion's
        # title, then its verb, as a clerk writes a minute.
        return i
    if word == "now":
        return j
    while word in _ADVERBS and word not in _COPULA_WORDS:
        word, j = _word_before(low, j)
    if word == "deemed" and low.startswith("withdrawn", p):
        word, j = _word_before(low, j)  # "the motion is deemed withdrawn"
    if word in _COPULA_WORDS:
        return j
    if word == "been":
        word, k = _word_before(low, j)
        return k if word in ("has", "have") else None
    return None


#: A numbered motion's title just before a verb with no copula: "2 Motion to Dismiss GRANTED",
#: "[14] Application for Extension of Time - GRANTED" is read by the dash already.
_TITLED_SUBJECT = re.compile(
    r"(?:^|[\s(\[#])\d{1,5}\]?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:motion|application)\s+(?:to|for)\s+"
    r"(?:(?!(?:is|are|be|was|were|as|and|or|but|hereby|granted|denied|moot|allowed|by)\b)"
    r"[a-z'\u2019-]+\s+){1,8}$"
)
#: A passive verb joined to the one before it: "... GRANTED as to Count I and DENIED ...",
#: "... ALLOWED in part, but otherwise DENIED".
_AND_VERB = re.compile(r"(?:\band|\bbut|,)\s*(?:otherwise\s+|hereby\s+)?$")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
#: The rule of a passive "is withdrawn": the order records the movant's withdrawal.
WITHDRAWN_RULE = "order.passive_withdrawn"
#: The ``subject_end`` of a passive verb that shares the subject of the verb before it.
COORDINATED = -1


_OWN_SUBJECT = re.compile(r"motion|application|request|petition|\d")


def _shares_subject(low: str, marks: list[Mark], p: int, subject_end: int | None) -> bool:
    """Whether the passive verb at ``p`` is joined by "and" / "but" to the passive verb before
    it in the same sentence, with no subject of its own between them."""
    if not marks or marks[-1].active:
        return False
    before = subject_end if subject_end is not None else p
    if subject_end is not None and _COPULA_AND.search(low, 0, p) is None:
        return False
    if _AND_VERB.search(low, 0, before) is None:
        return False
    between = low[marks[-1].end : before]
    return _SENTENCE_END.search(between) is None and _OWN_SUBJECT.search(between) is None


_COPULA_AND = re.compile(r"(?:\band|\bbut|,)\s+(?:is|are)\s+(?:hereby\s+|otherwise\s+)?$")


def _marks(low: str) -> list[Mark]:
    marks: list[Mark] = []
    taken = -1
    for c in _CANDIDATE.finditer(low):
        p = c.start()
        if p < taken or (p > 0 and low[p - 1].isalnum()):
            continue
        a = _ACTIVE.match(low, p)
        if a is not None:
            marks.append(Mark(p, a.end(), True, a, p))
            taken = a.end()
            continue
        v = _PASSIVE.match(low, p)
        if v is None:
            continue
        subject_end = _copula(low, p)
        if subject_end is None and _PAST_ACTIVE.match(low, p) and _OBJECT.match(low, v.end()):
            # A bench ruling in the past tense, its motion the object: "the Court GRANTED
            # defendants' motion for summary judgment 41", "... is MOOT and DENIED 12 Motion".
            marks.append(Mark(p, v.end(), True, v, p))
            taken = v.end()
            continue
        if _shares_subject(low, marks, p, subject_end):
            # "Motion 22 is GRANTED as to Count I and DENIED as to Count II", "..., and is
            # DENIED as to Count II": the verb shares the subject of the one before it.
            marks.append(Mark(p, v.end(), False, v, COORDINATED))
            taken = v.end()
            continue
        if subject_end is None:
            if not low.startswith(("deemed", "rendered"), p):
                continue
            subject_end = p
        if _HYPOTHETICAL.search(low, max(0, subject_end - 16), subject_end) or _INSOFAR.search(
            low, max(0, p - 200), p
        ):
            continue
        marks.append(Mark(p, v.end(), False, v, subject_end))
        taken = v.end()
    return marks


def find_rulings(text: str, refs: list[Ref]) -> list[RulingDraft]:
    """Every ruling ``text`` states, in order; ``refs`` are the references found in it."""
    return read_rulings(text, refs)[0]


#: An order adopting a report and recommendation: the recommendation it adopts may rule.
_ADOPTS = re.compile(
    r"\b(?:adopt\w*|accept\w*|approv\w*|affirm\w*)\s+(?:\w+\s+){0,6}?(?:report|findings|"
    r"recommendations?|r\s*&\s*r)\b"
)


def read_rulings(text: str, refs: list[Ref]) -> tuple[list[RulingDraft], tuple[int, ...]]:
    """Every ruling ``text`` states, in order, and the numbered motions it only recommends a
    ruling on (none where it also adopts a report: the adopted recommendation may rule)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: read as written
        low = text
    marks = _marks(low)
    if not marks:
        return _endorsed(low), ()
    refs = title_numbers(low, refs)
    spans = sentence_spans(text)
    # Cheap: the words a ruling not yet made needs ("tentative", "proposed order").
    not_yet_cue = "tentativ" in low or "proposed" in low or "draft" in low
    advice_cue = "recommend" in low  # cheap: the word a recommendation needs
    out: list[RulingDraft] = []
    advised: list[int] = []
    advised_end: int | None = None
    prev_end = 0
    last: list[RulingDraft] = []
    for i, mark in enumerate(marks):
        nxt = marks[i + 1].verb if i + 1 < len(marks) else len(text)
        disposition = _disposition(mark.match)
        if disposition in (_D.GRANTED, _D.DENIED) and _PARTLY.search(
            low, max(0, mark.verb - 12), mark.verb
        ):
            disposition = _D.GRANTED_IN_PART  # "is PARTIALLY GRANTED", "partially granting"
        if mark.active and _VACATING.search(low, max(0, mark.verb - 60), mark.verb):
            # "ORDER VACATING THE COURT'S ORDER GRANTING ...": the motion is pending again.
            disposition = _D.VACATED
        elif (not_yet_cue and _NOT_YET.search(low, *_clause_before(spans, mark.verb))) or (
            not mark.active
            and _FUTURE_COPULA.search(low, max(0, mark.verb - 30), mark.verb)
            and _CONDITION.search(low, *_clause_before(spans, mark.verb))
        ):
            # "TENTATIVE RULING: ... is GRANTED", "the Court tentatively GRANTS", "Absent
            # objection by May 1, 2 Motion shall be granted": no ruling yet (the words may
            # still be flagged for review).
            prev_end = mark.end
            continue
        elif advice_cue and recommended(
            low, spans, mark.verb, active=mark.active, advised=advised_end
        ):
            # "RECOMMENDING that 12 Motion to Dismiss be granted": a recommendation, which
            # leaves the motion pending until the district judge adopts it.
            if mark.active:
                advised_end = mark.end
                advised.extend(
                    n for d in active(low, refs, spans, mark.end, nxt, disposition) for n in d.docs
                )
            else:
                # The motions of its subject: "that 12 Motion to Dismiss be granted".
                start = max(prev_end, spans[_sentence(spans, mark.verb)][0] if spans else 0)
                advised.extend(
                    r.doc for r in refs if start <= r.start < mark.verb and not r.related
                )
            prev_end = mark.end
            continue
        elif mark.active and _ORDER_NAMED.search(low, max(0, mark.verb - 80), mark.verb):
            # "denying 12 Motion for Reconsideration of Order granting in part 9 Motion": the
            # verb names the earlier order the motion is about; it rules on nothing now.
            prev_end = mark.end
            continue
        if mark.subject_end == COORDINATED:
            # The verb before ruled on the same subject: the same motions, this disposition
            # (none where that one already read the ruling as partial: "ALLOWED insofar as
            # ..., and is otherwise DENIED").
            drafts = [
                d._replace(disposition=disposition, leave=None)
                for d in last
                if d.disposition not in (disposition, _D.GRANTED_IN_PART)
            ]
        elif mark.active:
            if disposition in (_D.GRANTED, _D.DENIED) and _in_part_after(low, spans, mark.end, nxt):
                # "The Court GRANTS the motion in part and DENIES it in part."
                disposition = _D.GRANTED_IN_PART
            drafts = active(low, refs, spans, mark.end, nxt, disposition)
            if (
                not drafts
                and last
                and _ELLIPTICAL.match(low, mark.end)
                and not any(mark.end <= r.start < nxt for r in refs)
                and ". " not in low[prev_end : mark.verb]  # the verb before, in this sentence
            ):
                # "denying 2 Motion to Dismiss as to Count I; granting as to Count II": a verb
                # with no object of its own, only a scope, rules on the motions of the verb
                # before; two dispositions of one motion combine (granted in part).
                drafts = [
                    d._replace(disposition=disposition, leave=None, rule="order.elliptical")
                    for d in last
                    if d.docs and d.disposition is not disposition
                ]
        else:
            drafts = passive(low, refs, spans, mark, prev_end, disposition)
            if low.startswith("withdrawn", mark.verb):
                # "Motion to enforce [206] is withdrawn without prejudice": the movant
                # withdrew it, as the order records; it was not ruled moot.
                drafts = [
                    d._replace(rule=WITHDRAWN_RULE) if d.docs or not d.all_pending else d
                    for d in drafts
                ]
        last = drafts
        out.extend(_refiling(low, spans, mark.verb, mark.end, nxt, drafts))
        prev_end = mark.end
    if any(r.rule == "order.active_coordinated" for r in out):
        # A motion joined to another's verb that has its own ("granting 267 Motion ..., and
        # 234 Motion to Reduce Sentence now deemed moot") takes its own.
        own = {n for r in out if r.rule != "order.active_coordinated" for n in r.docs}
        out = [r for r in out if r.rule != "order.active_coordinated" or not set(r.docs) & own]
    ruled = {n for r in out for n in r.docs}
    left = () if _ADOPTS.search(low) else tuple(n for n in dict.fromkeys(advised) if n not in ruled)
    return out or _endorsed(low), left


_PARTLY = re.compile(r"\b(?:partially|partly)\s+$")
#: An active verb whose object is left out, only its scope said: "granting as to Count II",
#: "denying it in all other respects".
_ELLIPTICAL = re.compile(
    r"\s*(?:it\s+|them\s+|the\s+same\s+)?(?:as\s+to|insofar\s+as|to\s+the\s+extent|in\s+all\s+other"
    r"\s+respects|in\s+all\s+remaining\s+respects)\b"
)
#: "in part" after an active verb's object: "GRANTS the motion in part", "denies [12] in part".
_OBJECT_WORDS = re.compile(
    # (A full stop of "Doc. 35", "Dkt. No. 35" does not end the clause.)
    r"(?:(?!grant|den[iy]|order|allow)(?:[^.;:]|\.(?=\s*(?:no\.?\s*)?#?\d))){0,80}?\bin\s+part\b"
)


def _in_part_after(low: str, spans: list[tuple[int, int]], end: int, nxt: int) -> bool:
    """Whether the active verb ending at ``end`` is limited to part of its object ("GRANTS
    the motion in part"), in its own clause: before the next verb and the sentence's end."""
    stop = min(nxt, spans[_sentence(spans, end)][1]) if spans else nxt
    found = _OBJECT_WORDS.match(low, end, stop)
    return found is not None


#: Leave to refile in the words after a denial: "Plaintiff may file a renewed motion ...",
#: "Defendants are free to re-file", "may file such motions in a timely manner after ...".
_MAY_REFILE = re.compile(
    r"\b(?:may|can|is\s+free\s+to|are\s+free\s+to|(?:shall|will)\s+be\s+free\s+to"
    r"|(?:is|are)\s+permitted\s+to"
    r"|(?:is|are)\s+granted\s+leave\s+to)\s+(?:re-?\s?(?:file|new|submit|assert|urge|raise)\w*"
    r"|file\s+(?:a\s+|an\s+)?(?:renewed|new|second|amended)\s+motion|file\s+such\s+motions?"
    r"|bring\s+(?:a\s+|an\s+)?(?:renewed|new)\s+motion)"
    # "The motion may be renewed after ...", "to be re-filed once ...".
    r"|\b(?:may|can|to)\s+be\s+re-?\s?(?:filed|newed|submitted|urged|asserted|raised)\b"
    # "... is denied without prejudice and be refiled with notice to all creditors".
    r"|\band\s+(?:may\s+)?be\s+re-?\s?(?:filed|newed|submitted)\b"
)
#: A sentence that only lists docket references ("Dkt. 27 ; dkt. 28 .").
_ONLY_REFS = re.compile(
    r"[\s\W]*(?:(?:dkt|doc|ecf|docket)s?\.?\s*(?:nos?\.?)?\s*#?\d{1,5}[\s\W]*)+$"
)
_RULING_VERB = re.compile(r"\b(?:grant|den[iy]|moot|allow|terminat)")


def _refiling(
    low: str,
    spans: list[tuple[int, int]],
    verb: int,
    end: int,
    nxt: int,
    drafts: list[RulingDraft],
) -> list[RulingDraft]:
    """``drafts``, with the leave to refile the words after a denial give: a denial the
    order lets the movant renew ("Plaintiff may file a renewed motion") is without
    prejudice; leave at once is ``leave``, leave on a condition ``leave_unread``."""
    denials = (_D.DENIED, _D.DENIED_WITHOUT_PREJUDICE)
    if not any(d.disposition in denials and _named_motion(d) and d.leave is None for d in drafts):
        return drafts
    if "prejudice" not in low and "file" not in low and "renew" not in low:
        return drafts
    i = _sentence(spans, end)
    k = i + 1
    while k < len(spans) and _ONLY_REFS.match(low, spans[k][0], spans[k][1]):
        k += 1  # "... are DENIED without prejudice. Dkt. 27; dkt. 28. Plaintiffs may renew ..."
    bound = spans[k][1] if k < len(spans) else len(low)
    stop = min(nxt, bound) if spans else nxt
    found = _LEAVE.search(low, verb, stop) or _MAY_REFILE.search(low, end, stop)
    if found is None and spans and nxt < bound:
        # "...; Plaintiff is granted leave to refile": the leave phrase holds a verb of its own.
        found = _MAY_REFILE.search(low, end, bound)
        if found is not None and found.start() > nxt:
            found = None
    offer = refiling_offer(low, end, stop) if found is None else None
    if offer is not None:
        found = offer.found
    if found is None:
        return _while_stayed(low, spans, verb, drafts)
    if _RULING_VERB.search(low, end, max(end, found.start())):
        return drafts  # words about another ruling
    sentence_end = spans[_sentence(spans, found.end())][1] if spans else len(low)
    unread: str | None = None
    leave: str | None = found.group(0)
    terms = Terms()
    if offer is not None and offer.unread:
        unread, leave = (
            " ".join(low[found.start() : min(sentence_end, found.start() + 160)].split()),
            None,
        )
    elif _LEAVE_CONDITION.match(low, found.end(), sentence_end):
        words = " ".join(low[found.start() : min(sentence_end, found.start() + 160)].split())
        read = read_terms(low, found.end(), sentence_end)
        if read is None or read == Terms():
            unread, leave = words, None
        else:
            terms, leave = read, words
    out = []
    for d in drafts:
        if (
            d.disposition in denials
            and _named_motion(d)
            and d.leave is None
            and (offer is None or _offered_to(d, offer))
            and not _another_motion(low, found.end(), d)
        ):
            d = d._replace(
                disposition=_D.DENIED_WITHOUT_PREJUDICE,
                leave=leave,
                leave_unread=unread,
                leave_condition=terms.condition,
                leave_until=terms.until,
                leave_within=terms.within_days,
                leave_within_after=terms.within_after,
            )
        out.append(d)
    return out


#: The motion a leave to refile names, after the verb: "may refile its Motion for Leave to
#: Amend in compliance with ...": its title's words, up to a word that ends a title.
_REFILED_TITLE = re.compile(
    r"\s+(?:its|his|her|their|the|that|this|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?motions?\s+"
    r"((?:for|to)\b(?:\s+(?!(?:in|with|within|by|after|once|when|if|upon|no|on|before)\b)"
    r"[\w'\u2019-]+){1,6})"
)
_TITLE_FILLER = frozenset(["its", "his", "her", "their", "the", "a", "an"])


def _another_motion(low: str, at: int, d: RulingDraft) -> bool:
    """Whether the leave to refile at ``at`` names a motion other than ``d``'s, by its title
    ("denying 12 Motion for Leave to File Excess Pages. Apple may refile its Motion for Leave
    to Amend ..."): the head of the refiled motion's title (its first word after "for", "to"
    or "for leave to") is not among the words of the denied motion's title."""
    found = _REFILED_TITLE.match(low, at)
    if found is None or not d.named_words:
        return False
    words = [w for w in found.group(1).split() if w not in _TITLE_FILLER]
    while words and words[0] in ("for", "to", "leave"):
        words.pop(0)
    named = set(re.findall(r"[\w'\u2019-]+", d.named_words))
    return bool(words) and words[0] not in named


def _offered_to(d: RulingDraft, offer: Offer) -> bool:
    """Whether an offer to take a paper again gives ``d`` leave to refile: an election to
    refile, any denial; an offer to submit a paper again, revised ("may submit a revised
    proposed protective order"), only a denial without prejudice, and, when the paper is not
    a motion, only of the motion that asked for it (its words name the paper)."""
    if offer.election:
        return True
    if d.disposition is not _D.DENIED_WITHOUT_PREJUDICE:
        return False
    if offer.paper is None:
        return True
    named = " ".join(filter(None, (d.named_words, d.words)))
    qualifier = offer.paper.split()[0] if len(offer.paper.split()) > 1 else ""
    return bool(qualifier) and qualifier in named


#: A denial given because the case is stayed ("As this case is stayed, 22 Motion to Compel is
#: DENIED without prejudice", "in light of the stay"): the motion may be renewed once the
#: stay lifts, as "without prejudice to renewal after the stay is lifted" says.
_BECAUSE_STAYED = re.compile(
    r"\b(?:as|because|since|given\s+that|in\s+light\s+of\s+the\s+fact\s+that)\s+(?:this|the)\s+"
    r"(?:case|action|matter|litigation|proceedings?)\s+(?:is|are|has\s+been|have\s+been|remains?)\s+"
    r"(?:currently\s+|now\s+)?stayed\b"
    r"|\b(?:in\s+light\s+of|due\s+to|because\s+of|given)\s+the\s+(?:current\s+|pending\s+)?stay\b"
)


#: A denial given because the case is administratively closed ("As this matter is
#: administratively closed, the 26 Motion ... is DENIED WITHOUT PREJUDICE"): the motion may be
#: renewed once the case is reopened.
_BECAUSE_CLOSED = re.compile(
    r"\b(?:as|because|since|given\s+that|in\s+light\s+of\s+the\s+fact\s+that)\s+(?:this|the)\s+"
    r"(?:case|action|matter|litigation)\s+(?:is|has\s+been|remains)\s+(?:currently\s+|now\s+)?"
    r"administratively\s+(?:closed|terminated)\b"
    r"|\b(?:in\s+light\s+of|due\s+to|because\s+of|given)\s+the\s+administrative\s+(?:closure|closing)\b"
)


def _while_stayed(
    low: str, spans: list[tuple[int, int]], verb: int, drafts: list[RulingDraft]
) -> list[RulingDraft]:
    """``drafts``, a denial without prejudice given in its sentence because the case is
    stayed holding leave to refile once the stay lifts, or because it is administratively
    closed, once it reopens."""
    if "stay" not in low and "administrativ" not in low:
        return drafts
    i = _sentence(spans, verb)
    start, end = spans[i] if spans else (0, len(low))
    condition: StaysLifted | CaseReopened = StaysLifted()
    found = _BECAUSE_STAYED.search(low, start, end)
    if found is None:
        found, condition = _BECAUSE_CLOSED.search(low, start, end), CaseReopened()
    if found is None:
        return drafts
    words = " ".join(low[found.start() : found.end()].split())
    return [
        d._replace(leave=words, leave_condition=condition)
        if d.disposition is _D.DENIED_WITHOUT_PREJUDICE and _named_motion(d) and d.leave is None
        else d
        for d in drafts
    ]


def _named_motion(d: RulingDraft) -> bool:
    """Whether a ruling names its motion, by number or by title (not "all pending motions")."""
    return bool(d.docs) or (d.words is not None and not d.all_pending)


def _sentence(spans: list[tuple[int, int]], at: int) -> int:
    for i, (start, end) in enumerate(spans):
        if start <= at <= end:
            return i
    return max(0, len(spans) - 1)


def _endorsed(low: str) -> list[RulingDraft]:
    """A memo endorsement on a numbered paper: "MEMO ENDORSEMENT on 18 MOTION ... ENDORSEMENT:
    Granted. SO ORDERED." rules on that paper."""
    if "endorse" not in low:
        return []
    on = _ENDORSED_ON.search(low)
    said = _ENDORSEMENT.search(low)
    if on is None or said is None:
        return []
    disposition = _D.DENIED if said.group("denied") else _D.GRANTED
    called = CALLED_MOTION.match(low, on.end()) is not None
    return [
        RulingDraft(disposition, (int(on.group(1)),), "order.endorsement", called_motion=called)
    ]
