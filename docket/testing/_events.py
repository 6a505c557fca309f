"""Single docket entries of every kind, and conditions: for testing parsing, storage, rendering.

These are entries one at a time, each valid as an entry but not as part of any history: a
ruling may name a motion that was never filed. Use :func:`docket_histories` for histories.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from docket.events import (
    EVENT_TYPES,
    Abeyance,
    AbeyanceLifted,
    AllOf,
    AnyOf,
    AppealOutcome,
    Condition,
    DateReached,
    Disposition,
    DocketEvent,
    Extension,
    Ground,
    LeaveToRefile,
    MotionKind,
    MotionResolved,
    MotionRuled,
    Party,
    Position,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
    dump_event,
)

__all__ = ["docket_conditions", "docket_events"]

_DATES = st.dates(date(1990, 1, 1), date(2035, 12, 31))
_DOCS = st.integers(0, 500)
_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
_SERVICE = st.none() | st.sampled_from(["electronic", "mail", "clerk", "other", "personal"])
_DEADLINES = st.sampled_from(["response", "reply"])
_NAMES = st.sampled_from(["plaintiff", "defendants", "court", "clerk", "City of Clovis"])
#: Which motion of a document holding several (mostly absent: the document's only motion).
_PARTS = st.none() | st.integers(1, 4)
_RULES = st.none() | st.sampled_from(["motion.head", "order.active_voice", "generic.no_head"])


def docket_conditions() -> st.SearchStrategy[Condition]:
    """Conditions as data: a motion resolved or ruled on, a date reached, and their any/all."""
    leaves: st.SearchStrategy[Any] = st.one_of(
        st.builds(MotionResolved, motion=_DOCS, part=_PARTS),
        st.builds(
            MotionRuled,
            motion=_DOCS,
            part=_PARTS,
            dispositions=st.lists(
                st.sampled_from(Disposition), min_size=1, max_size=3, unique=True
            ).map(tuple),
        ),
        st.builds(DateReached, on=_DATES),
    )

    def either(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        parts = st.lists(children, min_size=1, max_size=3).map(tuple)
        return st.one_of(st.builds(AnyOf, conditions=parts), st.builds(AllOf, conditions=parts))

    return st.recursive(leaves, either, max_leaves=5)


def _tuples(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[Any]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _extras() -> dict[str, dict[str, st.SearchStrategy[Any]]]:
    conditions = docket_conditions()
    ruling = st.builds(
        Ruling,
        motion=_DOCS,
        part=_PARTS,
        disposition=st.sampled_from(Disposition),
        leave_to_refile=_maybe(
            st.builds(LeaveToRefile, condition=_maybe(conditions), description=_maybe(_WORDS))
        ),
    )
    stay = st.builds(
        StayImposed,
        scope=st.sampled_from(StayScope),
        parties=_tuples(_NAMES, 2),
        lifts_when=_maybe(conditions),
        grounds=_tuples(st.sampled_from(Ground), 2),
    )
    party = st.builds(
        Party,
        name=st.sampled_from(["Jane Roe", "City of Clovis", "Officer Doe"]),
        role=st.sampled_from(["plaintiff", "defendant", "intervenor", "other"]),
        entity=st.booleans(),
        united_states=st.booleans(),
    )
    return {
        "case_opened": {
            "court": _maybe(st.sampled_from(["nmd", "cod", "txwd"])),
            "number": _maybe(st.just("1:20-cv-00001")),
            "title": _maybe(_WORDS),
            "parties": _tuples(party),
        },
        "answer_filed": {"defendants": _tuples(_NAMES, 2)},
        "summons_served": {
            "defendants": _tuples(_NAMES, 2),
            "served_on": _maybe(_DATES),
            "answer_due": _maybe(_DATES),
        },
        "waiver_returned": {
            "defendants": _tuples(_NAMES, 2),
            "requested": _maybe(_DATES),
            "abroad": st.booleans(),
            "answer_due": _maybe(_DATES),
        },
        "default_requested": {"defendants": _tuples(_NAMES, 2)},
        "answer_time_extended": {"defendants": _tuples(_NAMES, 2), "until": _maybe(_DATES)},
        "default_entered": {"defendants": _tuples(_NAMES, 2)},
        "motion_filed": {
            "kind": st.sampled_from(MotionKind),
            "grounds": _tuples(st.sampled_from(Ground), 2),
            "movants": _tuples(_NAMES, 2),
            "title": _maybe(_WORDS),
            "stay_pending": _maybe(_DOCS),
            "refiles": _maybe(_DOCS),
            "service": _SERVICE,
            "part": _PARTS,
            "stay_pending_part": _PARTS,
            "refiles_part": _PARTS,
            "hearing": _maybe(_DATES),
        },
        "response_filed": {
            "to_motion": _maybe(_DOCS),
            "position": st.sampled_from(Position),
            "service": _SERVICE,
            "to_part": _PARTS,
        },
        "reply_filed": {"to_motion": _maybe(_DOCS), "to_part": _PARTS},
        "briefing_complete": {"motion": _DOCS, "part": _PARTS},
        "motion_withdrawn": {"motion": _DOCS, "part": _PARTS},
        "briefing_scheduled": {
            "motion": _DOCS,
            "response_due": _maybe(_DATES),
            "reply_due": _maybe(_DATES),
            "part": _PARTS,
        },
        "hearing_noticed": {"motion": _DOCS, "hearing": _DATES, "part": _PARTS},
        "extension_noticed": {
            "motion": _DOCS,
            "deadline": _DEADLINES,
            "until": _DATES,
            "part": _PARTS,
        },
        "order": {
            "rulings": _tuples(ruling),
            "stays": _tuples(stay, 2),
            "lifts": _tuples(
                st.builds(StayLifted, scope=st.sampled_from(StayScope), stay_order=_maybe(_DOCS)), 2
            ),
            "effective": _maybe(_DATES),
            "opens_discovery": st.booleans(),
            "discovery_closes": _maybe(_DATES),
            "extensions": _tuples(
                st.builds(Extension, motion=_DOCS, part=_PARTS, deadline=_DEADLINES, until=_DATES),
                2,
            ),
            "abeyances": _tuples(
                st.builds(
                    Abeyance,
                    motion=_DOCS,
                    part=_PARTS,
                    pending=_maybe(conditions),
                    description=_maybe(_WORDS),
                ),
                2,
            ),
            "abeyance_lifted": _tuples(st.builds(AbeyanceLifted, motion=_DOCS, part=_PARTS), 2),
        },
        "judgment": {
            "final": st.booleans(),
            "in_favor_of": _maybe(_NAMES),
            "parties": _tuples(_NAMES, 2),
            "claims": _tuples(st.sampled_from(["Count I", "Count II"]), 2),
            "trial": _maybe(st.sampled_from(["jury", "bench"])),
            "separate_document": st.booleans(),
        },
        "notice_of_appeal": {
            "from_docs": _tuples(_DOCS, 2),
            "interlocutory": st.booleans(),
            "grounds": _tuples(st.sampled_from(Ground), 2),
            "appellants": _tuples(_NAMES, 2),
        },
        "appeal_decided": {
            "appeal": _maybe(_DOCS),
            "outcome": _maybe(st.sampled_from(AppealOutcome)),
            "on": _maybe(_DATES),
        },
        "case_closed": {"reason": _maybe(_WORDS)},
        "rule26f_conference": {},
        "pleading_amended": {"service": _maybe(st.sampled_from(["electronic", "mail"]))},
        "entry_corrected": {"target": st.just("x"), "reason": _maybe(_WORDS)},
        "entry_stricken": {"target": st.just("x"), "reason": _maybe(_WORDS)},
        "docket_entry": {"event_name": _maybe(st.sampled_from(["Summons Issued", "Transcript"]))},
    }


@st.composite
def _event(draw: st.DrawFn, kind: str, case: str | None) -> DocketEvent:
    model = EVENT_TYPES[kind]
    fields = {name: draw(s) for name, s in _extras()[kind].items()}
    case_id = case or draw(st.sampled_from(["nmd-1:20-cv-00001", "cod-1:19-cv-00442"]))
    number = draw(st.integers(1, 10_000))
    if kind == "entry_corrected":
        original = draw(_event(draw(st.sampled_from(_PLAIN)), case_id))
        fields["target"] = original.id
        fields["corrected"] = {**original.model_dump(mode="json"), "text": "(corrected)"}
    elif kind == "entry_stricken":
        fields["target"] = f"{case_id}/{draw(st.integers(1, 10_000))}"
    event: DocketEvent = model(
        id=f"{case_id}/{number}",
        case=case_id,
        filed=draw(_DATES),
        doc=draw(_maybe(_DOCS)),
        text=draw(_maybe(_WORDS)),
        filed_by=draw(_maybe(_NAMES)),
        entered=draw(_maybe(_DATES)),
        reconstructed=draw(st.booleans()),
        note=draw(_maybe(_WORDS)),
        classified_by=draw(_RULES),
        **fields,
    )
    dump_event(event)  # every drawn entry must dump: fail here, not in the test
    return event


_PLAIN = sorted(k for k in EVENT_TYPES if k not in ("entry_corrected", "entry_stricken"))


def docket_events(
    *, types: Iterable[str] | None = None, case: str | None = None
) -> st.SearchStrategy[DocketEvent]:
    """Single docket entries, of every kind in :data:`docket.events.EVENT_TYPES`.

    Args:
        types: Only these ``type`` tags (default: every kind).
        case: The case id every entry carries (default: one of two).

    Raises:
        InvalidArgument: a type is not in the vocabulary, or the vocabulary has a kind this
            strategy does not know how to draw.
    """
    chosen = sorted(EVENT_TYPES if types is None else set(types))
    known = _extras()
    for kind in chosen:
        if kind not in EVENT_TYPES:
            raise InvalidArgument(
                f"unknown event type {kind!r} (known: {', '.join(sorted(EVENT_TYPES))})"
            )
        if kind not in known:
            raise InvalidArgument(f"docket_events does not know how to draw {kind!r} yet")
    if not chosen:
        raise InvalidArgument("types is empty")
    return st.one_of([_event(kind, case) for kind in chosen])
