"""The docket's vocabulary: one frozen model per kind of entry, tagged by ``type``."""

from docket.events._base import SCHEMA_VERSION, EventBase
from docket.events.conditions import (
    AllOf,
    AnyOf,
    Condition,
    DateReached,
    MotionResolved,
    MotionRuled,
    describe,
    motion_denied_at_least_in_part,
)
from docket.events.corrections import EntryCorrected, EntryStricken
from docket.events.court import (
    CaseClosed,
    JudgmentEntered,
    LeaveToRefile,
    OrderEntered,
    Ruling,
    StayImposed,
    StayLifted,
)
from docket.events.filings import (
    AnswerFiled,
    BriefingCompleteNoticed,
    CaseOpened,
    MotionFiled,
    MotionWithdrawn,
    Party,
    ReplyFiled,
    ResponseFiled,
)
from docket.events.generic import DocketEntry
from docket.events.union import (
    EVENT_TYPES,
    DocketEvent,
    dump_event,
    event_json_schema,
    parse_event,
    parse_event_data,
)
from docket.events.vocabulary import (
    DISPOSITIVE_KINDS,
    Disposition,
    Ground,
    MotionKind,
    Position,
    StayScope,
)

__all__ = [
    "DISPOSITIVE_KINDS",
    "EVENT_TYPES",
    "SCHEMA_VERSION",
    "AllOf",
    "AnswerFiled",
    "AnyOf",
    "BriefingCompleteNoticed",
    "CaseClosed",
    "CaseOpened",
    "Condition",
    "DateReached",
    "Disposition",
    "DocketEntry",
    "DocketEvent",
    "EntryCorrected",
    "EntryStricken",
    "EventBase",
    "Ground",
    "JudgmentEntered",
    "LeaveToRefile",
    "MotionFiled",
    "MotionKind",
    "MotionResolved",
    "MotionRuled",
    "MotionWithdrawn",
    "OrderEntered",
    "Party",
    "Position",
    "ReplyFiled",
    "ResponseFiled",
    "Ruling",
    "StayImposed",
    "StayLifted",
    "StayScope",
    "describe",
    "dump_event",
    "event_json_schema",
    "motion_denied_at_least_in_part",
    "parse_event",
    "parse_event_data",
]
