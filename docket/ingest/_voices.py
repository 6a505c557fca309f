"""The two voices of a ruling: active ("ORDER granting 19 Motion") and passive ("the motion
to dismiss [18] is denied as moot"), each read from where a disposition verb stands."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from docket.events import Condition, Disposition, MotionKind
from docket.ingest.kinds import motion_kind, named_kind
from docket.ingest.refs import Ref, bare_ok

__all__ = [
    "CALLED_MOTION",
    "OTHER_SIDE",
    "SIDE_BEFORE",
    "SIDE_OWNER",
    "Mark",
    "RulingDraft",
    "active",
    "passive",
]

_D = Disposition


class RulingDraft(NamedTuple):
    """A ruling as the text states it, before its motion is looked up on the docket.

    Attributes:
        disposition: How the motion is disposed of.
        docs: The docket numbers the ruling names (empty when it names none).
        rule: The rule that read it (``order.active_voice``, ``order.passive_voice``...).
        all_pending: The ruling is on every motion pending ("all pending motions are moot"),
            or, when ``words`` is set, on those the words narrow it to ("any and all motions
            between Plaintiff and Acme"): the reader rules on none of those, a person does.
        kind: For a ruling without numbers: the kind of motion its words name.
        words: For a ruling without numbers: the words naming the motion.
        called_motion: The text calls the numbered entry a motion or application ("granting
            40 Motion to Appear"), so the ruling stands even if the docket sheet lists that
            number as something else.
        named_kind: For a ruling with numbers, the kind of motion the words by the number
            name ("granting 45 Motion for Summary Judgment"), if they name one: which motion
            of a document holding several the ruling decides.
        named_words: Those words.
        leave: For a denial without prejudice that lets the movant refile at once ("with
            leave to re-file"), the order's words; ``None`` when it says nothing of refiling,
            or ties refiling to a condition (then ``leave_unread``).
        leave_unread: For a denial without prejudice that lets the movant refile once
            something happens that the reader cannot tie to the docket ("Plaintiff may file
            a renewed motion after discovery closes"), the order's words: a person reviews
            the leave.
        leave_condition: For a denial whose leave to refile opens on a condition the reader
            reads ("without prejudice to renewal after the stay is lifted", "after the
            Court rules on 23"), that condition (``leave`` then holds the words).
        leave_until: The last day the order lets the motion be refiled ("without prejudice
            to renewal by December 1, 2014"), if it sets one.
        leave_within: The days from the order within which it may be refiled ("may refile
            within 14 days"), if it sets them.
        leave_within_after: The days from the day ``leave_condition`` comes to pass within
            which it may be refiled ("within 21 days after the stay is lifted"), if it sets
            them.
    """

    disposition: Disposition
    docs: tuple[int, ...]
    rule: str
    all_pending: bool = False
    kind: MotionKind | None = None
    words: str | None = None
    called_motion: bool = False
    named_kind: MotionKind | None = None
    named_words: str | None = None
    leave: str | None = None
    leave_unread: str | None = None
    leave_condition: Condition | None = None
    leave_until: date | None = None
    leave_within: int | None = None
    leave_within_after: int | None = None


class Mark(NamedTuple):
    verb: int
    end: int
    active: bool
    match: re.Match[str]
    subject_end: int


_CONTEMPLATES = re.compile(
    r"\brecommend|\bshould\b|\bwould\b|\bwhether\b|\bunless\b|\bargues?\b|\bcontends?\b|"
    r"\basks?\s+that\b|\brequests?\s+that\b|\bmoves?\s+that\b|\bseeks?\b|\bif\b"
)
#: "should be, and hereby is, GRANTED" (E.D. Tex., W.D. La.): the court's ruling, not a
#: contemplated one; the subject ends at its "is".
_SHOULD_AND_IS = re.compile(
    r"\bshould\s+be,?\s+and\s+(?:the\s+same\s+)?(?:it\s+)?(?:hereby\s+)?(?:is\s+|are\s+)?(?:hereby\s+)?,?\s*$"
)
_AFTER_VERB = re.compile(r"[\s,]*(?:as\s+(?:moot|to\s+\w+)\s*)?[\[(]")
_AFTER_NUMBER = re.compile(
    r"[\s,]*[\[(]\s*\[?\s*(?:(?:dkt|doc|ecf|docket|filing)\.?\s*(?:no\.?)?\s*#?\s*)?(\d{1,5})\s*\]?\s*[\])]"
)
_TITLE_NUMBER = re.compile(
    r"(?:motion|application|request|petition)[^.;\d]{0,160}?\s(\d{1,5})"
    r"(?=\s*(?:as\s+to|filed|by|\.|,|;|\)|$))"
)
#: A docket number right after an active verb ("granting 22 on a temporary basis").
_VERB_NUMBER = re.compile(
    r"\s*(?:re:?\s*)?(?:#\s*|\()?(\d{1,5})\b"
    r"(?!\)?(?:[/:.,]\d|\s*(?:days?|weeks?|months?|hours?|minutes?|pages?|%|percent|a\.?m|p\.?m)\b))"
)
CALLED_MOTION = re.compile(r"\s*[\]\-:]?\s*(?:[\w'.-]+\s+){0,3}?(?:motions?|applications?)\b")
_MOTION_NOUN = re.compile(r"\b(?:motion|application)s?\b")
_CLAIMS = re.compile(r"\b(?:action|case|complaint|claims?|counts?|indictment|petition|appeal)\b")
_PRONOUN = re.compile(r"\s*(?:it|them|the\s+same|both|each)\b")
_PLURAL = re.compile(r"\b(?:motions|applications|requests)\b")
_SCOPE_DWP = re.compile(r"\bwithout\s+prejudice\b|\bw/o(?:ut)?\s+prejudice\b")
_SCOPE_MOOT = re.compile(r"\bas\s+moot\b")
_ALL_PENDING = re.compile(
    r"\b(?:(?:all|any\s+and\s+all|any|each\s+of\s+the|the)\s+)?(?:other\s+|remaining\s+)?"
    r"(?:pending|outstanding)\s+(?:\w+\s+)?motions\b"
    r"|\ball\s+(?:other\s+|remaining\s+)?(?:pending\s+|outstanding\s+|open\s+)?motions\b"
)
#: Words after "all motions" that narrow it to some of them ("any and all motions between
#: Plaintiff and Acme", "all motions filed by Defendant Smith"): which motions, the reader
#: cannot tell from the words alone.
_NARROWED = re.compile(
    r"\s*(?:(?:that\s+are|which\s+are)\s+)?(?:between|by|filed\s+by|brought\s+by|of|as\s+to|against|"
    r"directed\s+(?:to|at)|relating\s+to|related\s+to|concerning|regarding|on\s+behalf\s+of|involving)\b"
)
_MOTIONISH = re.compile(r"\b(?:motion|application|request|petition|stipulation)s?\b")
#: A stipulation of dismissal: the parties' paper, not a motion, though its title says
#: "dismissal".
_STIPULATED_DISMISSAL = re.compile(
    r"(?:joint\s+|agreed\s+)?stipulat\w*\s+(?:of|for|to)\s+(?:voluntary\s+)?dismiss"
)
_BARE_SUBJECT = re.compile(
    # After an opening phrase of plain words: "Having heard argument, the motions are GRANTED".
    r"^\W*(?:[a-z][a-z ]{0,60},\s*)?"
    r"(?:the\s+|said\s+|this\s+|that\s+|such\s+|both\s+|these\s+|its\s+|their\s+)?"
    r"(?:[\w.]+['\u2019]s?\s+){0,2}(?:motion|application|request)s?\W*$"
)
_BOTH = re.compile(r"^\W*(?:both|each)\b")
#: The owner a bare subject names ("plaintiff" in "Plaintiff's motion is DENIED").
_OWNER = re.compile(r"([a-z]{3,})['\u2019]s?\s+(?:motion|application|request)s?\b")
_POSSESSIVE = re.compile(
    r"^(?:(?:the|a|an|its|his|her|their|said)\s+)?(?:(?:[\w.&-]+\s+){0,5}?[\w.&-]+['\u2019]s?\s+)?"
    r"(?:(?:joint|consent|unopposed|opposed|emergency|renewed|amended|oral|ex\s+parte|letter|"
    r"first|second|third|fourth|pro\s+se|pending|partial|cross|expedited|\w+'s)\s+)*",
)


#: Leave to refile: "with leave to re-file", "without prejudice to renewal", "w/o prejudice
#: to renewal", "with leave to file a renewed motion", "without prejudice to reconsideration"
#: (the request may be made again).
_LEAVE = re.compile(
    r"\bwith\s+leave\s+to\s+(?:re-?\s?(?:file|new|submit|assert|raise|urge)\w*"
    r"|file\s+(?:a\s+|an\s+)?(?:renewed|new|amended)\s+motion)"
    r"|\b(?:without|w/o(?:ut)?)\s+prejudice\s+to\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|being\s+)?"
    r"(?:re-?\s?(?:fil|new|submi|asser|rais|urg|consider)\w*)"
    # "without prejudice to Plaintiff's right to refile", "to Defendants' ability to renew",
    # "to Plaintiff refiling", "to Plaintiff filing a new motion", "to a renewed motion".
    r"|\b(?:without|w/o(?:ut)?)\s+prejudice\s+to\s+(?:the\s+)?[\w.-]+(?:'s|\u2019s|s'|s\u2019)?\s+"
    r"(?:(?:right|ability|opportunity)\s+to\s+)?(?:re-?\s?(?:fil|new|submi|asser|rais|urg)\w*)"
    r"|\b(?:without|w/o(?:ut)?)\s+prejudice\s+to\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}?(?:filing|bringing|"
    r"submitting|presenting)\s+(?:of\s+)?(?:a\s+|an\s+|any\s+)?(?:new|renewed|second|subsequent|"
    r"amended|proper|properly\s+supported)\s+motion"
    r"|\b(?:without|w/o(?:ut)?)\s+prejudice\s+to\s+(?:a|any)\s+(?:renewed|new|subsequent)\s+motion"
)
#: Words that tie refiling to a condition ("after the stay is lifted", "once discovery closes",
#: "may renew their motions with supporting evidence or after completing service"): looked
#: for through the rest of the clause, so a condition late in it is not taken for leave now.
_LEAVE_CONDITION = re.compile(
    r"[^.;]{0,80}?\b(?:after|upon|once|if|when|following|until|within|at\s+the\s+close|by|before"
    r"|at\s+trial|pending|unless"
    r"|(?:no|not)\s+later\s+than|through|should|in\s+the\s+event"
    # "at a later stage of the proceedings", "at the appropriate time", "later in the case":
    # not now, on a condition the reader cannot place.
    r"|at\s+(?:a|an|the|some|such)\s+(?:later|appropriate|future|subsequent|more\s+appropriate)"
    r"|later\s+in\s+th(?:e|is))\b"
)
#: "to the extent", "insofar as": a grant limited to part of what was asked.
_LIMITED = re.compile(
    r"\bto\s+the\s+extent\b(?!\s+(?:set\s+forth|stated|provided|described|outlined|specified|"
    r"explained|discussed)\b)|\binsofar\s+as\b|\bin\s+so\s+far\s+as\b|\bin\s+limited\s+part\b"
)
#: A denial with an exception is a grant of what is excepted: "DENIED except as to ...".
_EXCEPT = re.compile(r"\W*,?\s*except\s+(?:as\s+to|for|that|with\s+respect\s+to|insofar)\b")
#: The same exception after an active verb's object, in its clause.
_EXCEPT_AFTER = re.compile(r"\bexcept\s+(?:as\s+to|for|that|with\s+respect\s+to|insofar)\b")
#: What may join a further motion to the one an active verb rules on ("granting 34 Motion to
#: Intervene and 26 Motion to Compel"): the verb reaches it too.
#: A colon opening a list of the motions a verb rules on: "DENIES the following motions as
#: MOOT:", "GRANTS these motions:".
_LIST_OPENS = re.compile(r"\b(?:following|these|below)\b[^.;:\d]{0,60}:\s*[^;:\d]{0,120}$")
#: Words that end such a list: a clause with a verb, or the judge's signature ("Signed by").
_LIST_ITEM_STOP = re.compile(
    r"\b(?:is|are|was|were|be|been|shall|will|may|must|it|court|signed|ordered|granted|denied|"
    r"grant(?:s|ing)?|den(?:y|ies|ying)|moot|withdrawn|terminated|so|due|re|set|held)\b"
)
#: What a list item names: a motion ("Defendant's Motion to Strike (Dkt. 9)").
_LIST_ITEM_NOUN = re.compile(r"\b(?:motion|application|request|petition)s?\b")
_COORDINATED = re.compile(
    r"(?:,\s*and|,|\band|&|\bas\s+well\s+as)\s*[\[(]?\s*(?:(?:ecf|dkt|doc|docket)\.?\s*(?:no\.?)?\s*)?#?\s*$"
)


def _leave(
    low: str, at: int, stop: int, disposition: Disposition
) -> tuple[Disposition, str | None]:
    """The disposition and leave to refile the words from ``at`` to ``stop`` give a denial."""
    if disposition not in (_D.DENIED, _D.DENIED_WITHOUT_PREJUDICE):
        return disposition, None
    found = _LEAVE.search(low, at, stop)
    if found is None:
        return disposition, None
    if _LEAVE_CONDITION.match(low, found.end(), stop):
        return _D.DENIED_WITHOUT_PREJUDICE, None  # a condition: not read yet
    return _D.DENIED_WITHOUT_PREJUDICE, found.group(0)


def _all_pending(text: str, disposition: Disposition) -> RulingDraft | None:
    """A ruling on every pending motion ("all pending motions are denied as moot"), or on
    those the words narrow it to (``words`` then holds the words, and no motion is ruled on
    without a person's review); ``None`` when ``text`` names no such motions."""
    found = _ALL_PENDING.search(text)
    if found is None:
        return None
    narrowed = _NARROWED.match(text, found.end())
    words = text[found.start() : found.end() + 80].strip() if narrowed is not None else None
    return RulingDraft(disposition, (), "order.all_pending", all_pending=True, words=words)


def _group(refs: list[Ref], first: Ref) -> tuple[int, ...]:
    out: list[int] = []
    for r in refs:
        if r.group == first.group and r.doc not in out:
            out.append(r.doc)
    return tuple(out)


def _sentence_of(spans: list[tuple[int, int]], at: int) -> int:
    for i, (s, e) in enumerate(spans):
        if s <= at <= e:
            return i
    return len(spans) - 1


def _subject_start(low: str, spans: list[tuple[int, int]], at: int, floor: int) -> int:
    start = spans[_sentence_of(spans, at)][0] if spans else 0
    cut = max(start, floor)
    for marker in ("ordered that", "ordered:", ":"):
        k = low.rfind(marker, cut, at)
        if k >= 0:
            cut = max(cut, k + len(marker))
    return cut


def active(
    low: str,
    refs: list[Ref],
    spans: list[tuple[int, int]],
    end: int,
    nxt: int,
    disposition: Disposition,
) -> list[RulingDraft]:
    sentence_end = spans[_sentence_of(spans, end)][1] if spans else len(low)
    stop = min(nxt, sentence_end)
    scope = [r for r in refs if end <= r.start < stop]
    scope_text = low[end:stop]
    if disposition is _D.DENIED and _SCOPE_DWP.search(scope_text):
        disposition = _D.DENIED_WITHOUT_PREJUDICE
    elif disposition is _D.DENIED and _SCOPE_MOOT.search(scope_text):
        disposition = _D.MOOT
    if disposition is _D.GRANTED and _LIMITED.search(scope_text):
        disposition = _D.GRANTED_IN_PART
    elif disposition in (_D.GRANTED, _D.DENIED) and _EXCEPT_AFTER.search(scope_text):
        # "denying 30 Motion to Compel except as to Request No. 5": what is excepted is
        # granted (or, after a grant, denied).
        disposition = _D.GRANTED_IN_PART
    disposition, leave = _leave(low, end, stop, disposition)
    direct = [r for r in scope if not r.related]
    if direct:
        out: list[tuple[RulingDraft, int]] = []
        first = direct[0]
        for r in direct:
            if any(r.group == g for _, g in out):
                continue
            if r is not first and not _coordinated(low, scope, first, r):
                break
            docs = _group(refs, r)
            last = max((x for x in refs if x.group == r.group), key=lambda x: x.end)
            called = CALLED_MOTION.match(low, last.end) is not None
            rule = "order.active_voice" if r is first else "order.active_coordinated"
            if r is not first and not called:
                break
            out.append(
                (
                    _named(
                        RulingDraft(disposition, docs, rule, called_motion=called, leave=leave),
                        low[last.end : min(stop, last.end + 160)] if called else "",
                    ),
                    r.group,
                )
            )
        if _LIST_OPENS.search(low, end, first.start):
            # "DENIES the following motions as MOOT: Motions to Dismiss (Dkt. 31; Dkt. 39).
            # Motion to Strike (Dkt. 91).": the items of the list the colon opens, each a
            # clause naming motions with no verb of its own, until a clause that has one.
            seen = {g for _, g in out}
            for s, e in spans[_sentence_of(spans, first.start) + 1 :] if spans else []:
                if s >= nxt or _LIST_ITEM_STOP.search(low, s, e):
                    break
                own = [x for x in refs if s <= x.start < e and not x.related]
                if not own and e - s <= 6:
                    continue  # a fragment a full stop cut off: "Dkt. 31 ; Dtk. 39"
                if not own or (
                    own[0].group not in seen and not _LIST_ITEM_NOUN.search(low, s, own[0].start)
                ):
                    break
                for x in own:
                    if x.group not in seen:
                        seen.add(x.group)
                        draft = RulingDraft(disposition, _group(refs, x), "order.active_list")
                        out.append((draft, x.group))
        return [d for d, _ in out]
    right_after = _VERB_NUMBER.match(low, end)
    if right_after is not None:
        called = CALLED_MOTION.match(low, right_after.end()) is not None
        after = right_after.end()
        return [
            _named(
                RulingDraft(
                    disposition,
                    (int(right_after.group(1)),),
                    "order.active_voice",
                    called_motion=called,
                    leave=leave,
                ),
                low[after : min(stop, after + 160)] if called else "",
            )
        ]
    framed = [r for r in scope if r.framed]
    if framed:
        return [RulingDraft(disposition, _group(refs, framed[0]), "order.active_voice_related")]
    every = _all_pending(scope_text, disposition)
    if every is not None:
        return [every]
    if _PRONOUN.match(scope_text):
        # "The Court, having reviewed the motion (Dkt. 33), hereby GRANTS it."
        sentence_start = spans[_sentence_of(spans, end)][0] if spans else 0
        before = [r for r in refs if sentence_start <= r.start < end and not r.related]
        if before:
            return [RulingDraft(disposition, _group(refs, before[-1]), "order.active_anaphora")]
    words = scope_text.strip()
    if _STIPULATED_DISMISSAL.match(_POSSESSIVE.sub("", words, count=1)):
        # "ORDER approving the parties' Stipulation of Dismissal": no motion is ruled on;
        # the stipulation ends the case (FRCP 41(a)(1)(A)(ii)), read as a closing.
        return []
    if not _MOTIONISH.match(_POSSESSIVE.sub("", words, count=1)):
        relief = _RELIEF_NUMBER.match(low, end, stop)
        if relief is not None and _bare_number(low, relief.start(1)):
            # "ORDER granting permission to proceed in forma pauperis 1 .": the relief a
            # paper asked for, then its number; it stands only if that number is a motion.
            n = int(relief.group(1))
            return [RulingDraft(disposition, (n,), "order.active_relief_number", leave=leave)]
        return []
    bare = _TITLE_NUMBER.search(words)
    if bare is not None:
        return [RulingDraft(disposition, (int(bare.group(1)),), "order.active_title_number")]
    if _PLURAL.search(words[:40]) is None:
        # "Motion Hearing held re 25 MOTION to Dismiss. The Court GRANTS the motion."
        named = words if _RELIEF_WORDS.match(_POSSESSIVE.sub("", words, count=1)) else ""
        one = _antecedent(low, refs, end, named, words)
        if one:
            return [_owned(RulingDraft(disposition, one, "order.active_antecedent"), words)]
    return [
        RulingDraft(disposition, (), "order.active_by_title", kind=motion_kind(words), words=words)
    ]


#: The relief granted, then the number of the paper that asked for it, ending the clause.
_RELIEF_NUMBER = re.compile(
    r"\s+(?:(?:the\s+)?(?:[a-z][\w'-]*\s+){1,10}?)(\d{1,5})\s*(?:[.;]|,\s|$)"
)


def _bare_number(low: str, start: int) -> bool:
    end = start
    while end < len(low) and low[end].isdigit():
        end += 1
    return bare_ok(low, start, int(low[start:end]))


def _coordinated(low: str, scope: list[Ref], first: Ref, r: Ref) -> bool:
    """Whether the verb of ``first`` reaches ``r`` too: ``r`` is joined to the motions before
    it by "and" or a comma, and no related reference ("to 30", "re 12") stands between them,
    whose title ``r`` might continue."""
    if _COORDINATED.search(low, max(0, r.start - 30), r.start) is None:
        return False
    between = [x for x in scope if first.start < x.start < r.start]
    related = [x for x in between if x.related]
    if not related:
        return True
    # "denying 95 Motion for Reconsideration ..., 116 Motion for Reconsideration re 98 Joint
    # Statement, and 128 Motion to Shorten Time": the last item of a series of motions, after
    # a related paper that is no motion (so no list of related motions it could continue).
    return (
        _SERIES_END.search(low, max(0, r.start - 12), r.start) is not None
        and CALLED_MOTION.match(low, r.end) is not None
        and not any(CALLED_MOTION.match(low, x.end) for x in related)
    )


#: The end of a serial list before its last item: ", and".
_SERIES_END = re.compile(r",\s*and\s*[\[(]?\s*(?:(?:ecf|dkt|doc|docket)\.?\s*(?:no\.?)?\s*)?#?\s*$")
#: A reference the order cites for a point, not the motion it rules on: "(See Doc. 12 at
#: 8)", "(citing ECF No. 40)", "cf. Doc. 7", or a pin cite to a page ("Doc. 12 at 8").
_CITING = re.compile(r"\b(?:see|cf|citing|quoting|compare)\b\.?")
_PIN_CITE = re.compile(r"[\s\]]*(?:at|p\.|pp\.|pg\.)\s*\d")


_SEE_BEFORE = re.compile(
    r"\b(?:see|cf|citing|quoting|compare)\b\.?,?\s*(?:also\s+|generally\s+)?(?:[\[(]\s*)?"
    r"(?:(?:dkt|doc|ecf|docket|d\.e|r)\.?\s*(?:nos?\.?)?\s*)?#?\s*$"
)


_VERB_BEFORE = re.compile(r"\b(?:grant|den[yi]|allow|approv|terminat|moot|declin)\w*\s*$")


def _pin_cited(low: str, r: Ref) -> bool:
    """Whether the reference ``r`` is cited for a point: "see Dkt. No. 189", "Doc. 12 at 8"."""
    return (
        _PIN_CITE.match(low, r.end) is not None
        or _SEE_BEFORE.search(low, max(0, r.start - 30), r.start) is not None
    )


def _cited(low: str, end: int, r: Ref) -> bool:
    """Whether the reference ``r`` after a passive verb ending at ``end`` is a citation."""
    return _CITING.search(low, end, r.start) is not None or _PIN_CITE.match(low, r.end) is not None


def passive(
    low: str,
    refs: list[Ref],
    spans: list[tuple[int, int]],
    mark: Mark,
    floor: int,
    disposition: Disposition,
) -> list[RulingDraft]:
    start, end = mark.verb, mark.end
    sentence_end = spans[_sentence_of(spans, end)][1] if spans else len(low)
    if disposition is _D.GRANTED and _LIMITED.search(low, end, sentence_end):
        disposition = _D.GRANTED_IN_PART  # "ALLOWED insofar as it seeks ..."
    if disposition in (_D.GRANTED, _D.DENIED) and _EXCEPT.match(low, end, sentence_end):
        # "DENIED except as to Interrogatory 3", "GRANTED except as to Request 5".
        disposition = _D.GRANTED_IN_PART
    disposition, leave = _leave(low, start, sentence_end, disposition)
    return [
        r._replace(leave=leave) if leave is not None else r
        for r in _passive(low, refs, spans, mark, floor, disposition)
    ]


def _passive(
    low: str,
    refs: list[Ref],
    spans: list[tuple[int, int]],
    mark: Mark,
    floor: int,
    disposition: Disposition,
) -> list[RulingDraft]:
    start, end = mark.verb, mark.end
    subject_from = _subject_start(low, spans, mark.subject_end, floor)
    subject = low[subject_from : mark.subject_end]
    if _CONTEMPLATES.search(_SHOULD_AND_IS.sub(" ", subject)):
        return []
    motion_word = _MOTIONISH.search(subject)
    if mark.match.group("denied") == "dismissed" and (
        _MOTION_NOUN.search(subject) is None or _CLAIMS.search(subject) is not None
    ):
        return []  # "this action is dismissed": a dismissal of claims, not a ruling on a motion
    if motion_word is not None:
        # From the first motion the subject names: its noun, or the number titling it ("30
        # Motion to Compel, 33 Motion for Sanctions are GRANTED").
        lead = subject_from + motion_word.start()
        titled = next(
            (
                r
                for r in refs
                if subject_from <= r.start < lead and _TITLED_MOTION.match(low, r.end) is not None
            ),
            None,
        )
        if (
            titled is not None
            and _VERB_BEFORE.search(low, max(0, subject_from - 30), subject_from) is None
        ):
            # (Not the object of an active verb just before: "granting 267 Motion to
            # Withdraw ..., and 234 Motion to Reduce Sentence now deemed moot".)
            lead = titled.start
        in_subject = [r for r in refs if lead <= r.start < start] or [
            r for r in refs if subject_from <= r.start < start
        ]
    else:
        # A number just before the verb, in its own clause: not one the sentence before
        # ends with ("... (ECF No. 20) as premature. IT IS SO ORDERED.").
        in_subject = [
            r for r in refs if max(subject_from, mark.subject_end - 25) <= r.start < start
        ]
    # A page the order cites for a point is not its subject: "(See Dkt. No. 189 at 3-4.) SO
    # ORDERED."
    in_subject = [r for r in in_subject if not _pin_cited(low, r)]
    direct = (
        [r for r in in_subject if not r.related]
        or [r for r in in_subject if r.framed]
        or [r for r in in_subject if _re_motion(low, r)]
    )
    if direct:
        docs: list[int] = []
        for r in direct:
            if r.doc not in docs:
                docs.append(r.doc)
        ruling = RulingDraft(disposition, tuple(docs), "order.passive_voice")
        near = subject[max(0, motion_word.start() - 40) :] if motion_word is not None else ""
        return [_named(ruling, near if len(docs) == 1 else "")]
    every = _all_pending(subject, disposition)
    if every is not None:
        return [every]
    if motion_word is None:
        if _RELIEF_SUBJECT.match(subject):
            # "ORDER re 7 MOTION to Continue ... and 8 Supplemental MOTION to Continue. The
            # requested relief is GRANTED": what the motions the entry names asked for.
            asked = _motions_named(low, refs, subject_from)
            if asked:
                return [RulingDraft(disposition, asked, "order.passive_relief_requested")]
        return []
    number = _AFTER_NUMBER.match(low, end)
    if number is not None:
        return [RulingDraft(disposition, (int(number.group(1)),), "order.passive_ref_after")]
    following = [r for r in refs if end <= r.start < end + 40 and not _cited(low, end, r)]
    if following and (
        _AFTER_VERB.match(low, end) is not None or _next_sentence_is_refs(spans, end, following)
    ):
        return [RulingDraft(disposition, _group(refs, following[0]), "order.passive_ref_after")]
    words = subject.strip()
    if _BARE_SUBJECT.match(subject) or not words:
        # "ORDER re: [30] MOTION for Summary Judgment: The motion is GRANTED."
        sentence_start = spans[_sentence_of(spans, start)][0] if spans else 0
        named = [
            r
            for r in refs
            if sentence_start <= r.start < subject_from
            and (
                CALLED_MOTION.match(low, r.end) is not None
                or _MOTION_NOUN.search(low, max(sentence_start, r.start - 60), r.start) is not None
            )
        ]
        if named:
            if _PLURAL.search(subject) is not None or _BOTH.match(subject):
                # "ORDER re 30 Motion to Compel, 33 Motion for Sanctions: Both motions are
                # DENIED": each motion named (the "re" one first, not one its title is "re").
                head = next((r for r in named if _re_motion(low, r)), None)
                each = [r for r in named if not r.related or r is head]
                if len(each) < 2:
                    each = named  # "re 14 Motion for Leave ... re 10 Motion: The motions are ..."
                all_named = tuple(dict.fromkeys(r.doc for r in each))
                if len(all_named) > 1:
                    return [RulingDraft(disposition, all_named, "order.passive_anaphora")]
            return [RulingDraft(disposition, _group(refs, named[-1]), "order.passive_anaphora")]
        k = _sentence_of(spans, start)
        for back in (1, 2):
            if k - back < 0:
                break
            s, e = spans[k - back]
            earlier = [r for r in refs if s <= r.start < e and not r.related]
            if earlier:
                plural = _PLURAL.search(subject) is not None
                head = next((r for r in refs if s <= r.start < e and _re_motion(low, r)), None)
                if plural and head is not None:
                    # "ORDER re 10 MOTION to Dismiss, 12 MOTION to Dismiss. The motions are
                    # DENIED.": the motion the entry is "re" is one of them (not one its title
                    # is "re" in turn: "re 12 MOTION to Extend Time re 10 Motion").
                    earlier = sorted([head, *earlier], key=lambda r: r.start)
                found = (
                    tuple(dict.fromkeys(r.doc for r in earlier))
                    if plural
                    else _group(refs, earlier[-1])
                )
                return [RulingDraft(disposition, found, "order.passive_anaphora")]
        if _PLURAL.search(subject) is None:
            # "MINUTES OF MOTION for Default Judgment 15; Motion Hearing held ... The Court
            # and counsel confer. The motion is GRANTED.": the one motion the entry names.
            one = _antecedent(low, refs, subject_from, "", subject)
            if one:
                return [_owned(RulingDraft(disposition, one, "order.passive_antecedent"), subject)]
        owner = _OWNER.search(subject)
        if (
            k > 0
            and _MOTIONISH.search(low, spans[k - 1][0], spans[k - 1][1])
            and (owner is None or owner.group(1) in low[spans[k - 1][0] : spans[k - 1][1]])
        ):
            # "Hearing held on the motion for class certification. Motion is granted.": the
            # sentence before names the motion; one that names none ("The Clerk shall
            # close the case. The motions are moot.") leaves the subject bare, for review,
            # and so does one naming another movant's ("Defendant's motion to dismiss is
            # GRANTED. Plaintiff's motion is DENIED.").
            words = low[spans[k - 1][0] : spans[k - 1][1]]
    elif _PLURAL.search(subject) is None:
        # "ORDER re 30 MOTION to Continue Trial ... ORDERED that the Motion to Continue is
        # GRANTED": the one motion of that kind the entry names.
        one = _antecedent(low, refs, subject_from, words, words)
        if one:
            return [_owned(RulingDraft(disposition, one, "order.passive_antecedent"), words)]
    return [
        RulingDraft(disposition, (), "order.passive_by_title", kind=motion_kind(title), words=title)
        for title in _titles(words)
    ]


#: The relief the motions asked for as a ruling's subject: "The requested relief is GRANTED",
#: "Upon review, the relief sought is DENIED".
_RELIEF_SUBJECT = re.compile(
    r"^\W*(?:[\w\s]{0,40},\s*)?(?:the\s+)?(?:requested\s+)?relief"
    r"(?:\s+(?:requested|sought))?\W*$"
)


def _motions_named(low: str, refs: list[Ref], before: int) -> tuple[int, ...]:
    """The motions the entry names before ``before``, when all are of one kind ("7 MOTION to
    Continue ... and 8 Supplemental MOTION to Continue"); empty when they are of several
    kinds (which one's relief is meant is for a person to say) or none."""
    called = [r for r in refs if r.start < before and _TITLED_MOTION.match(low, r.end) is not None]
    kinds = {named_kind(low[r.end : r.end + 120]) for r in called}
    if len(kinds) != 1 or None in kinds:
        return ()
    return tuple(dict.fromkeys(r.doc for r in called))


#: "and" joining two motions' titles in one subject: "plaintiff's motion for fees and
#: motion for an extension of time are DENIED", "the motion to compel and the defendant's
#: motion for sanctions are GRANTED".
_AND_ANOTHER = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+)?"
    r"(?:[\w.&-]+['\u2019]s?\s+)?(?:(?:joint|consent|unopposed|emergency|renewed|amended|cross)\s+)*"
    r"(?:motion|application|petition)s?\b)"
)


def _titles(words: str) -> list[str]:
    """The titles of the motions a subject joins by "and" (one each), or the subject."""
    if " and " not in words and "," not in words:
        return [words]
    parts = [p.strip() for p in _AND_ANOTHER.split(words) if p.strip()]
    return parts if len(parts) > 1 and all(_MOTIONISH.search(p) for p in parts) else [words]


_RE_BEFORE = re.compile(r"\b(?:re:?|on)\s*[\[(#]?\s*$")


def _re_motion(low: str, r: Ref) -> bool:
    """Whether ``r`` is a motion the subject is "re" or "on" ("ORDER entered re 27 Motion to
    Dismiss: ALLOWED", "ORDER on 22 Motion for Summary Judgment: GRANTED"), not a paper a
    motion in the subject answers ("to 27 Motion")."""
    return (
        _RE_BEFORE.search(low, max(0, r.start - 6), r.start) is not None
        and CALLED_MOTION.match(low, r.end) is not None
    )


def _owned(ruling: RulingDraft, words: str) -> RulingDraft:
    """``ruling``, with ``words`` kept when they name whose motion it is ("Plaintiff's
    request"): the importer checks the side against the motion's filer."""
    return ruling._replace(words=words.strip()) if SIDE_OWNER.search(words) else ruling


def _antecedent(
    low: str, refs: list[Ref], before: int, words: str, owner_words: str = ""
) -> tuple[int, ...]:
    """The one motion the entry names before ``before`` that ``words`` ("the motion", "the
    Motion to Continue") can mean: every motion it calls one, narrowed to those whose title
    names the same kind when ``words`` name one, and to those the text does not say the
    other side filed when ``owner_words`` name a side ("Plaintiff's request"); empty unless
    exactly one remains."""
    called = [
        r
        for r in refs
        if r.start < before and (r.titled or _TITLED_MOTION.match(low, r.end) is not None)
    ]
    relief = _RELIEF_WORDS.search(words) is not None
    kind = named_kind(words) if relief else None
    if kind is not None:
        said = _title_words(words)
        called = [
            r
            for r in called
            if named_kind(low[r.end : r.end + 120]) is kind
            and (kind is not MotionKind.OTHER or said & _title_words(low[r.end : r.end + 120]))
        ]
    elif relief:
        # "GRANTING Defendants' request for judicial notice" after "92 Motion for Contempt":
        # a relief of no kind read must share a word of the motion's title.
        said = _title_words(words)
        called = [r for r in called if said & _title_words(low[r.end : r.end + 120])]
    owner = SIDE_OWNER.search(owner_words)
    if owner is not None:
        # "DENYING Plaintiff's request for sanctions" after "Defendants' 92 Motion": the
        # other side's motion is not its antecedent.
        other = OTHER_SIDE[owner.group(1)]
        called = [r for r in called if _side_before(low, r) != other]
    docs = {r.doc for r in called}
    return tuple(docs) if len(docs) == 1 else ()


#: Not a side of the main claim: "Counter-Defendant", "Cross-Plaintiff", "Third-Party
#: Defendant".
_NOT_A_PARTY_SIDE = r"(?<!counter-)(?<!counter )(?<!cross-)(?<!cross )(?<!party-)(?<!party )"
#: The side whose motion words name ("Plaintiff's request", "defendants' motion").
SIDE_OWNER = re.compile(
    _NOT_A_PARTY_SIDE + r"\b(plaintiff|defendant|petitioner|respondent)s?(?:['\u2019]s?)?\s+"
    # Its name and adjectives, not a paper about another's motion ("Defendant's response
    # to Plaintiff's motion").
    r"(?:(?!(?:to|of|for|on|in|re|regarding|plaintiff|defendant|petitioner|respondent)\b)"
    r"[\w.'\u2019]+[\s-]+){0,4}?(?:motion|application|request|petition)s?\b"
)
OTHER_SIDE = {
    "plaintiff": "defendant",
    "defendant": "plaintiff",
    "petitioner": "respondent",
    "respondent": "petitioner",
}
SIDE_BEFORE = re.compile(
    _NOT_A_PARTY_SIDE
    + r"\b(plaintiff|defendant|petitioner|respondent)s?(?:['\u2019]s?)?\s+(?:[\w.-]+\s+){0,3}?[\[(#]?$"
)


def _side_before(low: str, r: Ref) -> str | None:
    """The side the words just before a motion's number say filed it ("Defendants' 92")."""
    found = SIDE_BEFORE.search(low, max(0, r.start - 40), r.start)
    return found.group(1) if found is not None else None


#: A motion's title right after its number ("25 MOTION to Dismiss", "[12] Defendant's
#: Motion"), not a paper about one ("78 Order Denying Defendant's Motion").
_TITLED_MOTION = re.compile(
    r"\s*[\]\-:)]?\s*(?:(?!order|response|reply|opposition|memorandum|brief|notice|report|"
    r"grant|den[yi]|ruling)[\w'.-]+\s+){0,3}?(?:motions?|applications?)\b"
)
_RELIEF_WORDS = re.compile(r"\b(?:motion|application|request)s?\s+(?:to|for)\s+\w")
_TITLE_WORD = re.compile(r"[a-z]{4,}")
_NOT_TITLE = frozenset(
    ["motion", "application", "request", "filed", "with", "that", "this", "from"]
)


def _title_words(text: str) -> set[str]:
    return {w for w in _TITLE_WORD.findall(text) if w not in _NOT_TITLE}


def _named(ruling: RulingDraft, words: str) -> RulingDraft:
    """``ruling``, with the kind of motion ``words`` name (when they name one)."""
    if not words or ("motion" not in words and "application" not in words):
        return ruling
    kind = named_kind(words)
    if kind is None:
        return ruling
    return ruling._replace(named_kind=kind, named_words=words.strip())


def _next_sentence_is_refs(spans: list[tuple[int, int]], end: int, following: list[Ref]) -> bool:
    k = _sentence_of(spans, end)
    if k + 1 >= len(spans):
        return False
    s, _ = spans[k + 1]
    return following[0].start <= s + 8
