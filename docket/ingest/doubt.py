"""Where the reader is unsure: the entries a person should review, and why.

The reader never guesses a ruling or a closing. When an order's words rule ("granted",
"denied", "moot" ...) and name a motion pending on the docket that the reader could not tie
the ruling to, the order carries a :class:`~docket.events.Review` naming those motions; when
a paper dismisses, but the reader could not tell that it ends the whole case (a stipulation
that may reach only some parties), it carries one saying it may end the case. Replay then
shows each such motion, or the case, as needing review, and never changes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from docket.events import DISPOSITIVE_KINDS, Disposition, MotionKind, Review, Ruling
from docket.ingest._text import lowered_twin, sentence_spans
from docket.ingest._voices import SIDE_BEFORE
from docket.ingest.judgments import judgment_directed
from docket.ingest.refs import Ref, find_refs, title_numbers
from docket.ingest.resolve import DocketContext
from docket.ingest.rulings import recommended

__all__ = [
    "ON_THE_RECORD",
    "doubt_from_links",
    "doubt_on_closing",
    "doubt_on_ending",
    "doubt_on_leave",
    "doubt_on_leave_used",
    "doubt_on_rulings",
    "doubt_on_sweep",
    "doubt_on_terminated",
    "doubt_on_terminating",
    "doubt_on_unplaced",
    "merge_doubts",
    "naming_review",
]

#: The verbs an order rules with (FRCP 7(b) motions are granted, denied, found moot ...), and
#: "noting", which some courts (D.P.R.) use for a motion the order takes notice of without
#: saying how it disposes of it.
_VERBS = (
    r"(?:grant(?:s|ed|ing)?|den(?:y|ies|ied|ying)|moot|allow(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|"
    r"strik(?:e|es|ing)|stricken|approv(?:e|es|ed|ing)|sustain(?:s|ed|ing)?|overrul(?:e|es|ed|ing)|"
    r"adopt(?:s|ed|ing)?|so\s+ordered|endorse(?:d|ment)|not(?:e|es|ed|ing)|well[\s-]+taken)"
)
_RULES = re.compile(rf"\b{_VERBS}\b", re.I)
_RULES_LOW = lowered_twin(_RULES)  # the same on lowered ASCII text, faster
#: An order that takes a motion up and orders something without a ruling verb: "Upon
#: consideration of the Motion to Dismiss or in the alternative, Motion to Change Venue 8
#: ..., it is ORDERED that the Clerk shall transfer this action", "Now before the Court is
#: ...", "Holding in abeyance 23 ...", an order amending the judgment a motion asks to alter.
_TAKING_UP_WORDS = ("consideration", "before the court", "considered", "abeyance", "amend", "vacat")
_TAKES_UP = re.compile(
    r"\bupon\s+(?:due\s+|careful\s+|further\s+)?consideration\s+of\b|\bnow\s+(?:before|pending\s+"
    r"before)\s+the\s+court\b|\bhaving\s+(?:\w+\s+)?considered\b|\bin\s+abeyance\b|"
    r"\bamend(?:s|ed|ing)\s+(?:the\s+)?(?:\[?\d{1,5}\]?\s+)?judgment\b|"
    r"\b(?:amend|vacat)(?:es|s|ed|ing)\s+(?:the\s+)?\[?\d{1,5}\b",
    re.I,
)
#: An order, opinion or decision that names a motion and says nothing else of it: "ORDER re
#: 12 MOTION to Dismiss filed by Acme. Signed by Judge ...", "MEMORANDUM OPINION AND ORDER
#: re 12": its ruling is in the document, not the docket text.
_BARE_ORDER = re.compile(
    r"^\W*(?:(?:memorandum|opinion|decision|ruling|order|text|electronic|minute)"
    r"(?:\s+(?:and|&)\s+|\s+))*(?:order|opinion|decision|ruling)\s*:?\s*(?:re:?|on|as\s+to|"
    r"regarding|concerning|in\s+re)\s+(?:the\s+)?[\[(#]?\s*(?:doc\.?\s*|dkt\.?\s*|ecf\s+(?:no\.?\s*)?)?\d",
    re.I,
)
#: The same, naming the motion by its title alone ("ORDER on Motion to Dismiss.", "MEMORANDUM
#: OPINION AND ORDER re: Defendant's Motion for Summary Judgment"): the motions pending of
#: that title may be what it decides.
_BARE_TITLE_ORDER = re.compile(
    r"^\W*(?:(?:memorandum|opinion|decision|ruling|order|text|electronic|minute)"
    r"(?:\s+(?:and|&)\s+|\s+))*(?:order|opinion|decision|ruling)\s*:?\s*(?:re:?|on|as\s+to|"
    r"regarding|concerning|in\s+re)\s+(?P<title>(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?motions?\b"
    r"[^.;:\[\]()0-9]{0,100})",
    re.I,
)
#: Words that make an order on a motion procedure, not its ruling: a hearing or briefing set,
#: a deadline, a referral, a stay or abeyance, a status conference.
_PROCEDURAL = re.compile(
    r"\b(?:set|sets|setting|reset|hearing|due|deadline|brief\w*|respon\w*|repl(?:y|ies)|schedul\w*|"
    r"continu\w*|refer\w*|stay\w*|abeyance|status|conference|advisement|extend\w*|extension|"
    r"supplement\w*|submi\w*|file|filing|argument|appear\w*|show\s+cause)\b"
)
#: A ruling the entry records as made on the record, its words not on the docket: "ruling
#: as stated on the record", "for the reasons stated on the record", "ruled from the bench".
ON_THE_RECORD = re.compile(
    r"\b(?:ruling|rulings|ruled|decided|disposition)\b[^.;]{0,40}?\b(?:on\s+the\s+record|from\s+the\s+bench|"
    r"in\s+open\s+court|orally)\b|\boral\s+ruling\b|\bruled\s+(?:orally|from\s+the\s+bench)\b",
    re.I,
)
#: Cheap: a word :data:`ON_THE_RECORD` needs.
_RECORD_CUE = re.compile(r"record|bench|open\s+court|orally|oral\s+ruling")
#: A number right after a ruling verb ("Noting 15", "granting [22]"): the verb's object.
_OBJECT = re.compile(
    rf"\b(?:{_VERBS}|in\s+abeyance|amend(?:s|ed|ing)|vacat(?:es|ed|ing))\s+(?:re:?\s+)?[\[(#]?\s*"
    r"([0-9]{1,7})\b",
    re.I,
)
_OBJECT_LOW = lowered_twin(_OBJECT)
#: A bare number as a ruling's subject ("ORDER: 2 is GRANTED.", "[15] is denied"):
#: the motion may be that entry, though no title says it is one.
_SUBJECT = re.compile(
    r"[\[(#]?\b([0-9]{1,5})\b[\])]?\s*,?\s+(?:is|are|be|shall\s+be)\s+(?:hereby\s+|therefore\s+|"
    rf"accordingly\s+|also\s+|each\s+)?{_VERBS}",
    re.I,
)
_SUBJECT_LOW = lowered_twin(_SUBJECT)
_DISMISSES = re.compile(
    r"\bdismiss(?:al|ed|es|ing)?\b|\btransfer(?:s|red|ring)?\b[^.;]{0,60}?\bdistrict\b"
    r"|\bchange\s+(?:of\s+)?venue\b",
    re.I,
)
#: The most motions one review flag names: beyond, the order is too unlike a ruling to say.
_MOST = 6


def doubt_on_rulings(
    text: str,
    ruled: Iterable[int],
    ctx: DocketContext,
    refs: list[Ref] | None = None,
    advised: Iterable[int] = (),
) -> Review | None:
    """A review for an order whose words rule but whose numbered motions, pending on the
    docket, the reader did not read a ruling on; ``None`` when there is no such doubt.
    ``advised``: the motions its words only recommend a ruling on, read as left pending."""
    if not text:
        return None
    low = text.lower()
    # ASCII text (nearly all) is read lowered by the patterns' case-sensitive twins: the
    # same matches, faster.
    ascii_text = text.isascii()
    rules_in, object_in = (_RULES_LOW, _OBJECT_LOW) if ascii_text else (_RULES, _OBJECT)
    read = low if ascii_text else text
    rules = rules_in.search(read) is not None
    takes_up = (not ascii_text or any(w in low for w in _TAKING_UP_WORDS)) and _TAKES_UP.search(
        text
    ) is not None
    said = "its words rule" if rules else "it takes up the motion and orders"
    if not rules and not takes_up:
        if _RECORD_CUE.search(low) and ON_THE_RECORD.search(text):
            said = "it records a ruling made on the record"
            if _ALL_PENDING.search(low):
                # "Pending motions ruled on as stated on the record": every motion pending
                # was decided, how is not on the docket.
                return _on_every_pending(said, ctx)
        elif _BARE_ORDER.match(text) and not _PROCEDURAL.search(low):
            said = (
                "it is an order on the motion whose words say no more (its ruling may be in "
                "its document)"
            )
        elif (bare := _BARE_TITLE_ORDER.match(text)) is not None and not _PROCEDURAL.search(low):
            return _doubt_on_titled(bare.group("title"), ctx)
        else:
            return None
    done = set(ruled)
    # A motion the order only recommends a ruling on was read: it stays pending.
    read_as_advised = set(advised) - done
    named: list[int] = []
    if refs is None:
        refs = find_refs(text)
    if (takes_up or not done) and len(low) == len(text):
        refs = title_numbers(low, refs)  # "Motion to Change Venue 8"
    # Where every ruling verb of the order was read, a number it names only as a ruled
    # motion's object ("granting 3 Motion for Extension of Time to File Response as to 2
    # Motion to Dismiss", "in support of 2", "pending resolution of 2") is no motion it may
    # rule on.
    placed = (
        bool(done)
        and any(ref.related for ref in refs)
        and sum(1 for _ in rules_in.finditer(read)) <= len(done)  # every verb read
    )
    subject_in = _SUBJECT_LOW if ascii_text else _SUBJECT
    numbers = [ref.doc for ref in refs if not (placed and ref.related)] + [
        int(m.group(1)) for pattern in (object_in, subject_in) for m in pattern.finditer(read)
    ]
    for n in numbers:
        if n in done or n in named or n in read_as_advised:
            continue
        if any(m.pending for m in ctx.motions.get(n, ())):
            named.append(n)
    # A pending motion about a paper the order acts on without a ruling read ("MOTION to
    # Stay Consideration of Motion to Remand re: 23" and "Holding in abeyance 23"; "MOTION
    # to Alter Judgment re: 34" and "AMENDED JUDGMENT amending 34"): the order may give or
    # refuse what it asked.
    acted_on = set(numbers) - done - read_as_advised
    if acted_on and any(m.pending for m in ctx.all_motions()):
        about = [
            m.doc
            for m in ctx.all_motions()
            if m.pending and m.doc not in done and m.doc not in named and m.about & acted_on
        ]
        named.extend(dict.fromkeys(about))
    if not named and rules and not done and not read_as_advised:
        # Ruling words, but no ruling read and no pending motion's number to tie them to:
        # "TEXT ORDER: Granted.", "Upon review of the motion to dismiss, the Court finds that
        # the motion should be GRANTED." The motions of the title it names, or, where it
        # names none and says no more, every motion pending, may be what it decided.
        return _unnumbered_ruling(text, low, ctx)
    if not named or len(named) > _MOST:
        return None
    which = ", ".join(f"Doc. {n}" for n in named)
    return Review(
        reason=f"{said}, but no ruling on {which} was read from them",
        may_rule_on=tuple(named),
    )


#: A motion named by its title in an order's words: "the motion to dismiss", "Plaintiff's
#: Motion for Leave to Amend".
_TITLE_NAMED = re.compile(
    r"\b(?:motion|application|petition|request)s?\s+(?:to|for)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+", re.I
)
#: Words before a motion's title that make it the subject of another paper or event, not of
#: a ruling: "Opposition to Defendant's Motion to Dismiss", "hearing on the motion to compel".
_ABOUT_A_PAPER = re.compile(
    r"\b(?:opposition|oppose|response|respond|reply|memorandum|brief|hearing|argument|"
    r"conference|supplement\w*|objections?)\s+(?:in\s+(?:support\s+of|opposition)\s+|to\s+|on\s+|re:?\s+|"
    r"of\s+|regarding\s+|as\s+to\s+)(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'-]+\s+){0,3}$"
)
#: An order that is a bare ruling with no subject: "TEXT ORDER: Granted.", "ORDER: Denied as
#: moot. Signed by Judge ...".
_BARE_RULING = re.compile(
    r"^\W*(?:(?:text|minute|electronic|oral|paperless|docket)\s+)?order\W+(?:is\s+)?"
    r"(?:granted|denied|moot|allowed|so\s+ordered)\b",
    re.I,
)


def _unnumbered_ruling(text: str, low: str, ctx: DocketContext) -> Review | None:
    """A review for an order whose ruling words name no number (the caller knows none was
    read): the pending motions of a title its words name, or every pending motion when the
    order is a bare ruling ("TEXT ORDER: Granted.")."""
    docs: list[int] = []
    said = "its words rule on a motion it names by title"
    if "motion" in low or "applica" in low or "petition" in low or "request" in low:
        for title in _TITLE_NAMED.finditer(text):
            if _ABOUT_A_PAPER.search(low, max(0, title.start() - 60), title.start()):
                continue  # "Opposition to Defendant's Motion to Dismiss": a paper about it
            if _ANY_SUCH.search(low, max(0, title.start() - 12), title.start()):
                continue  # "any motion to dismiss shall be filed by ...": none in particular
            if not _RULED_NEAR.search(_sentence_around(low, title.start(), title.end())):
                continue  # a ruling verb elsewhere in the order ("The Court notes ...")
            owner = SIDE_BEFORE.search(low, max(0, title.start() - 40), title.start())
            side = owner.group(1) if owner is not None else None
            docs.extend(d for d in ctx.pending_titled(title.group(0), side) if d not in docs)
    if not docs and _BARE_RULING.match(text):
        docs = _pending(ctx)
        said = "it is a bare ruling that names no motion"
    return naming_review(ctx, docs, lambda which: f"{said}, but no ruling on {which} was read")


#: "any motion to dismiss", "each motion for summary judgment": motions in general.
_ANY_SUCH = re.compile(r"\b(?:any|each|every|all|no|further)\s+$")
#: A ruling verb in the sentence naming the title.
_RULED_NEAR = re.compile(
    r"\b(?:grant(?:s|ed|ing)?|den(?:y|ies|ied|ying)|moot|allow(?:s|ed|ing)?|approv(?:e|es|ed|ing)|"
    r"sustain(?:s|ed|ing)?|overrul(?:e|es|ed|ing)|well[\s-]+taken)\b"
)


def _sentence_around(low: str, start: int, end: int) -> str:
    """The sentence of ``low`` holding ``low[start:end]`` (to the nearest period or semicolon)."""
    left = max(low.rfind(". ", 0, start), low.rfind(";", 0, start)) + 1
    stops = [i for i in (low.find(". ", end), low.find(";", end)) if i >= 0]
    return low[left : min(stops) if stops else len(low)]


def _pending(ctx: DocketContext) -> list[int]:
    """Every motion pending, by number (by stand-in for one entered without a number)."""
    return list(dict.fromkeys(m.doc for m in ctx.pending_motions()))


def naming_review(
    ctx: DocketContext, docs: list[int], reason: Callable[[str], str]
) -> Review | None:
    """A review naming the motions ``docs`` an entry may rule on, the reason given the motions'
    names; ``None`` for none, or for more than an order naming them would rule on."""
    if not docs or len(docs) > _MOST:
        return None
    which = ", ".join(ctx.named(n) for n in docs)
    return Review(
        reason=reason(which)[:500],
        may_rule_on=tuple(d for d in docs if d >= 0),
        may_rule_on_entries=ctx.entries_of(tuple(docs)),
    )


#: Words naming every motion pending: "Pending motions ruled on as stated on the record",
#: "all pending motions were decided from the bench".
_ALL_PENDING = re.compile(
    r"(?<!no )(?<!any )(?<!other )\b(?:all\s+)?(?:pending|outstanding)\s+motions\b"
)


def _on_every_pending(said: str, ctx: DocketContext) -> Review | None:
    """A review naming every motion pending: the entry decided them all, how it does not say."""
    docs = _pending(ctx)
    if not docs:
        return None
    which = ", ".join(ctx.named(n) for n in docs[:_MOST]) + (", ..." if len(docs) > _MOST else "")
    return Review(
        reason=f"{said} on every motion pending ({which}): how each was decided is not read"[:500],
        may_rule_on=tuple(d for d in docs if d >= 0)[:200],
        may_rule_on_entries=ctx.entries_of(tuple(docs))[:200],
    )


def _doubt_on_titled(title: str, ctx: DocketContext) -> Review | None:
    """A review for an order that names a motion by its title and says no more: each
    pending motion of that title may be what it decides."""
    return naming_review(
        ctx,
        ctx.pending_titled(title),
        lambda which: (
            f"it is an order on {title.strip()!r} whose words say no more (its ruling "
            f"may be in its document): it may rule on {which}"
        ),
    )


def doubt_on_leave(ctx: DocketContext) -> Review | None:
    """A review for an order denying a motion without prejudice to renewal on a condition
    the reader does not read ("after the stay is lifted", "once discovery closes"): the
    denial stands; whether and when leave to refile opens is for a person to say."""
    unread = ctx.leave_unread
    if not unread:
        return None
    words = "; ".join(dict.fromkeys(unread.values()))
    # A motion entered without a number has a negative stand-in, named by its entry's id.
    entries = ctx.entries_of(tuple(unread))
    which = ", ".join(dict.fromkeys(ctx.named(n) for n in unread))
    return Review(
        reason=f"leave to refile {which} on a condition not read: {words!r}"[:500],
        may_rule_on=tuple(n for n in unread if n >= 0)[:200],
        may_rule_on_entries=entries[:200],
    )


def doubt_on_sweep(ctx: DocketContext) -> Review | None:
    """A review for an order ruling on "all pending motions" that reaches a motion an earlier
    entry may already have ruled on (read without certainty): whether that one was still
    pending, and so swept up, is for a person to say."""
    docs = ctx.swept_doubtful
    if not docs:
        return None
    which = ", ".join(f"Doc. {n}" for n in docs[:_MOST])
    return Review(
        reason=f"it rules on all pending motions, but an earlier entry may have ruled on {which}",
        may_rule_on=tuple(docs[:200]),
    )


def doubt_on_unplaced(ctx: DocketContext) -> Review | None:
    """A review for an order whose ruling names a motion by words that fit no one pending
    motion ("The motion is GRANTED." with two pending, "Plaintiff's motion for sanctions is
    denied" with none of that title): each motion it could mean may be ruled on."""
    docs: list[int] = []
    said: list[str] = []
    for draft in ctx.unplaced:
        docs.extend(d for d in ctx.could_be(draft) if d not in docs)
        said.append(repr((draft.words or "the motion")[:80]))
    return naming_review(
        ctx, docs, lambda which: f"it rules on {' and '.join(said)}, which may be {which}"
    )


#: CM/ECF's link to an earlier entry names that entry's events: "re: 13 Order on Motion for
#: TRO, Order on Motion for Preliminary Injunction, Temporary Restraining Order Hearing",
#: "re: 18 Order on Stipulation, Terminate Motions". The docket's own record that entry 13
#: ruled on a motion for a preliminary injunction, or that 18 terminated motions.
_LINK = re.compile(r"\b(\d{1,5})\s+(order\s+on\s+[^.;()\[\]]{3,400})", re.I)


def doubt_from_links(text: str, ctx: DocketContext) -> Review | None:
    """A review for an entry whose link to an earlier order names that order's CM/ECF events
    ("13 Order on Motion for Preliminary Injunction", "18 ..., Terminate Motions") when no
    ruling of that order on the motions it names was read: they may have been disposed of."""
    if not text or ("rder on" not in text and "RDER ON" not in text):
        return None
    named: dict[int, int] = {}
    for link in _LINK.finditer(text):
        order = int(link.group(1))
        for name in link.group(2).split(","):
            low = " ".join(name.lower().split())
            if low.startswith("order on motion"):
                hit = ctx.pending_named(low.removeprefix("order on "), order)
                if hit is not None:
                    named.setdefault(hit.doc, order)
            elif low in ("terminate motions", "terminate motion"):
                for m in ctx.all_motions():
                    if m.pending and m.doc < order:
                        named.setdefault(m.doc, order)
    if not named or len(named) > _MOST:
        return None
    which = ", ".join(f"Doc. {order} may have ruled on Doc. {doc}" for doc, order in named.items())
    return Review(
        reason=f"the docket's link names the order's events: {which}"[:500],
        may_rule_on=tuple(named),
    )


#: The clerk's record that motions were terminated, without the order or the way: "***Motions
#: terminated: 12 MOTION to Dismiss filed by Acme", "Terminate Motions: 12".
_TERMINATED = re.compile(
    r"^\W*(?:motions?\s*(?:\(s\)\s*)?terminated|terminate\s+motions?|motions?\s+terminated)\b",
    re.I,
)


def doubt_on_terminated(text: str, ctx: DocketContext) -> Review | None:
    """A review for the clerk's entry that motions were terminated, which says neither how
    nor by what order: each pending motion it names was disposed of in a way to be read."""
    if not text or ("ermin" not in text and "ERMIN" not in text) or not _TERMINATED.match(text):
        return None
    named = [
        n
        for n in dict.fromkeys(ref.doc for ref in find_refs(text))
        if any(m.pending for m in ctx.motions.get(n, ()))
    ]
    return naming_review(
        ctx,
        named,
        lambda which: (
            f"the clerk records {which} terminated, without saying how: an order may "
            "have disposed of it"
        ),
    )


#: A party's own paper dismissing (FRCP 41(a)(1)(A)): self-executing when it reaches the
#: whole action, which the reader could not tell when it did not close the case.
_DISMISSAL_PAPER = re.compile(
    r"^\W*(?:joint\s+|amended\s+)?(?:notice|stipulation)\s+(?:of\s+)?(?:voluntary\s+)?dismissal\b",
    re.I,
)


#: Words before "dismiss" or "transfer" that make it a motion's title or a request, not the
#: order's act: "setting hearing on 2 MOTION to Dismiss", "Motion for Change of Venue".
_IN_A_TITLE = re.compile(
    r"\b(?:motion|motions|move[sd]?|moving|request\w*|petition|application)\s+(?:\w+\s+){0,3}?"
    r"(?:to|for)\s+(?:(?:partial|voluntary|involuntary|a|an|the)\s+)?$"
)


#: The order grants the motion whose title holds the word: "granting 9 Motion to Transfer
#: Venue" may send the case away, "ORDER setting hearing on 2 MOTION to Dismiss" does not.
_PAST = re.compile(r"(?:granted|allowed|approved)\b")
_GRANTING = re.compile(r"\b(?:grant\w*|allow\w*|approv\w*)\b[^.;]{0,60}$")


def doubt_on_closing(text: str, *, paper: bool) -> Review | None:
    """A review for an entry that dismisses but was not read as ending the case: a party's
    notice or stipulation of dismissal (``paper``), or an order dismissing or transferring
    (granting a motion to transfer venue, 28 U.S.C. 1404(a), may send the case away), or
    directing a judgment that may reach only some parties or claims."""
    if not text:
        return None
    if paper:
        found = _DISMISSAL_PAPER.match(text)
    else:
        low = text.lower()
        wording = "dismiss" in low or "transfer" in low or "venue" in low
        spans = sentence_spans(text) if "recommend" in low else []
        found = next(
            (
                m
                for m in (_DISMISSES.finditer(text) if wording else ())
                if (
                    len(low) != len(text)
                    or not _IN_A_TITLE.search(low, max(0, m.start() - 40), m.start())
                    or (
                        (granting := _GRANTING.search(low, max(0, m.start() - 80), m.start()))
                        is not None
                        # "RECOMMENDS granting 12 Motion to Dismiss": no grant yet.
                        and not recommended(
                            low,
                            spans,
                            granting.start(),
                            active=_PAST.match(low, granting.start()) is None,
                        )
                    )
                )
                # "It is RECOMMENDED that this action be dismissed": no dismissal yet.
                and not recommended(low, spans, m.start(), active=False)
                and not recommended(low, spans, m.start(), active=True)
            ),
            None,
        )
    if found is None:
        if not paper and judgment_directed(text) is None:
            # "The Clerk shall enter default judgment against Acme Corp.": a judgment that
            # may reach some parties or claims only (FRCP 54(b), 55(b)).
            return Review(
                reason="it directs a judgment that may not reach the whole action: it may "
                "end the case",
                may_close=True,
            )
        return None
    return Review(
        reason="it dismisses, but not plainly the whole action: it may end the case",
        may_close=True,
    )


#: Motions a decision ending the case may have decided in words not on the docket: to dismiss,
#: for judgment on the pleadings or summary judgment (FRCP 12(b), 12(c), 56), for a default
#: judgment (FRCP 55(b)).
_DECIDED_BY_ENDING = DISPOSITIVE_KINDS | {MotionKind.DEFAULT_JUDGMENT}
#: Endings that decide no motion on its merits: the parties' own dismissal or settlement, a
#: consent judgment, an administrative closing, a remand for want of jurisdiction.
_NOT_ON_THE_MERITS = re.compile(
    r"stipulat|settle|voluntar|41\s*\(a\)|consent|agreed|administrativ|remand", re.I
)


def doubt_on_ending(
    text: str | None,
    ctx: DocketContext,
    besides: Review | None = None,
    *,
    ends: bool = True,
    ruled: Iterable[tuple[int | None, int | None]] = (),
) -> Review | None:
    """A review for an order or judgment of the court that ends the case while a motion to
    dismiss, for judgment on the pleadings, for summary judgment or for a default judgment is
    pending and no ruling on it was read: the decision may have granted or denied it (an
    opinion not on the docket, words not read), so it is not ended with the case unremarked.
    An ending on the parties' own terms (a stipulation, a settlement, a consent judgment), an
    administrative closing or a remand decides none of them. Motions ``besides`` names
    already (the same entry's other doubts), or that it rules on (``ruled``: docket
    number and part, ``None`` for the whole document), are not named. ``ends`` false: the
    order dismisses claims or the complaint without ending the case ("the complaint is
    DISMISSED with leave to amend"), which may as well have decided the motion."""
    if text and _NOT_ON_THE_MERITS.search(text):
        return None
    named = set(besides.may_rule_on) if besides is not None else set()
    done = set(ruled)  # the motions it rules on itself: (docket number, part)
    pending = [
        m
        for m in ctx.all_motions()
        if m.pending
        and m.doc >= 0
        and m.kind in _DECIDED_BY_ENDING
        and m.doc not in named
        and (m.doc, m.part) not in done
        and (m.doc, None) not in done
    ]
    docs = list(dict.fromkeys(m.doc for m in pending))
    was, it = ("was", "it") if len(docs) == 1 else ("were", "them")
    does = "ends the case" if ends else "dismisses"
    return naming_review(
        ctx,
        docs,
        lambda which: (
            f"it {does} while {which} {was} pending, asking for a decision on the "
            f"merits: it may have decided {it} in words not read"
        ),
    )


def doubt_on_terminating(text: str | None, rulings: tuple[Ruling, ...]) -> Review | None:
    """A review for an order terminating motions without a word of why ("Motion to enforce
    [202] is terminated."): read as moot, but it may as well have been withdrawn, mooted by
    another paper or decided; a person says which."""
    if not text or not rulings:
        return None
    low = text.lower()
    if "terminat" not in low or "moot" in low or "withdr" in low:
        return None
    docs = tuple(
        r.motion for r in rulings if r.motion is not None and r.disposition is Disposition.MOOT
    )
    if not docs:
        return None
    which = ", ".join(f"Doc. {n}" for n in docs)
    return Review(
        reason=f"it terminates {which} without saying why: moot, withdrawn or decided is for a "
        "person to say",
        may_rule_on=docs,
    )


def doubt_on_leave_used(
    ctx: DocketContext, paper: str, filer: str | None, attorney: str | None
) -> Review | None:
    """A review for a paper (an answer, an amended complaint: ``paper`` is a word of the
    title asking leave to file it) filed by the movant of a motion for leave to file it still
    pending: the clerk docketing it may mean leave was granted (by an order not on the sheet,
    or in the docket text of another entry)."""
    asked = [
        m.doc
        for m in ctx.all_motions()
        if m.pending
        and m.doc >= 0
        and m.kind in (MotionKind.LEAVE_TO_FILE, MotionKind.AMEND)
        and paper in m.title.lower()
        # The movant filed it, or the docket does not say who moved.
        and (not m.filer or ctx.filed_by_movant(m.doc, filer, attorney))
    ]
    if not asked:
        return None
    which = ", ".join(f"Doc. {n}" for n in dict.fromkeys(asked))
    return Review(
        reason=f"it is the paper {which} asked leave to file: leave may have been granted",
        may_rule_on=tuple(dict.fromkeys(asked)),
    )


def merge_doubts(*doubts: Review | None) -> Review | None:
    """One review holding every doubt about an entry: the reasons joined, the motions it may
    rule on united, and whether it may end the case."""
    found = [d for d in doubts if d is not None]
    if len(found) < 2:
        return found[0] if found else None
    return Review(
        reason="; ".join(d.reason for d in found)[:500],
        may_rule_on=tuple(dict.fromkeys(n for d in found for n in d.may_rule_on))[:200],
        may_close=any(d.may_close for d in found),
        may_schedule=any(d.may_schedule for d in found),
        may_rule_on_entries=tuple(dict.fromkeys(n for d in found for n in d.may_rule_on_entries))[
            :200
        ],
    )
