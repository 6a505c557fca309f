"""The one discriminated union over every kind of docket entry, and its parse and dump."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError

from docket.errors import InvalidEvent, UnknownEventType
from docket.events._base import SCHEMA_VERSION
from docket.events.appeals import AppealDecided, NoticeOfAppeal
from docket.events.corrections import EntryCorrected, EntryStricken
from docket.events.court import CaseClosed, JudgmentEntered, OrderEntered
from docket.events.filings import (
    AnswerFiled,
    BriefingCompleteNoticed,
    BriefingScheduled,
    CaseOpened,
    ExtensionNoticed,
    HearingNoticed,
    MotionFiled,
    MotionWithdrawn,
    ReplyFiled,
    ResponseFiled,
)
from docket.events.generic import DocketEntry
from docket.events.pleadings import (
    AnswerTimeExtended,
    DefaultEntered,
    DefaultRequested,
    PleadingAmended,
    Rule26fConference,
    SummonsServed,
    WaiverReturned,
)
from docket.limits import MAX_JSON_DEPTH, json_depth_over

__all__ = [
    "EVENT_TYPES",
    "UNION_AFTER",
    "DocketEvent",
    "dump_event",
    "event_json_schema",
    "parse_event",
    "parse_event_data",
]

DocketEvent = Annotated[
    CaseOpened
    | AnswerFiled
    | MotionFiled
    | ResponseFiled
    | ReplyFiled
    | BriefingCompleteNoticed
    | BriefingScheduled
    | ExtensionNoticed
    | HearingNoticed
    | MotionWithdrawn
    | OrderEntered
    | JudgmentEntered
    | NoticeOfAppeal
    | AppealDecided
    | CaseClosed
    | Rule26fConference
    | PleadingAmended
    | SummonsServed
    | WaiverReturned
    | DefaultRequested
    | DefaultEntered
    | AnswerTimeExtended
    | EntryCorrected
    | EntryStricken
    | DocketEntry,
    Field(discriminator="type"),
]

# Built on first use (defer_build): a command that reads a kept index parses no event, and
# one that reads a short history parses each entry with its own kind's model (below).
_ADAPTER: TypeAdapter[DocketEvent] = TypeAdapter(DocketEvent, config=ConfigDict(defer_build=True))

#: Events a process parses one kind at a time before it builds the whole union's validator.
#: Building it costs about as much as parsing a few thousand entries the slower way (JSON
#: decoded, then the kind's own model, built on first use): a short docket's command pays
#: only for the kinds it holds, a long docket's parse runs in one pass. Both ways accept
#: and refuse the same entries, with the same reasons (anything the union refuses takes
#: the kind-by-kind path, which says why).
UNION_AFTER = 1000
_parsed_by_kind = 0

#: Every ``type`` tag the vocabulary knows, mapped to its model.
EVENT_TYPES: dict[str, type[Any]] = {
    model.model_fields["type"].default: model
    for model in (
        CaseOpened,
        AnswerFiled,
        MotionFiled,
        ResponseFiled,
        ReplyFiled,
        BriefingCompleteNoticed,
        BriefingScheduled,
        ExtensionNoticed,
        HearingNoticed,
        MotionWithdrawn,
        OrderEntered,
        JudgmentEntered,
        NoticeOfAppeal,
        AppealDecided,
        CaseClosed,
        Rule26fConference,
        PleadingAmended,
        SummonsServed,
        WaiverReturned,
        DefaultRequested,
        DefaultEntered,
        AnswerTimeExtended,
        EntryCorrected,
        EntryStricken,
        DocketEntry,
    )
}

#: Upcasters: version N's JSON object in, version N+1's out. Empty while only version 1 exists.
_UPCASTERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _upcast(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    while isinstance(version, int) and version in _UPCASTERS:
        data = _UPCASTERS[version](data)
        version = data["schema_version"]
    return data


_BOUNDS = frozenset({"greater_than_equal", "less_than_equal"})


def _reason(error: ValidationError, kind: str) -> str:
    first = error.errors(include_url=False)[0]
    loc = list(first["loc"])
    if loc and loc[0] == kind:  # the union's tag, which says nothing the reader does not know
        loc = loc[1:]
    where = ".".join(str(p) for p in loc) or "event"
    if first["type"] in _BOUNDS:  # say which value is out of the bounds of docket.limits
        return f"{where}: {first['input']} is out of range ({first['msg'].lower()})"
    return f"{where}: {first['msg']}"


def parse_event_data(data: object) -> DocketEvent:
    """Validate one event from already-decoded JSON.

    Raises:
        UnknownEventType: ``type`` is missing or not in the vocabulary.
        InvalidEvent: any other field is missing or wrong.
    """
    if not isinstance(data, dict):
        raise InvalidEvent(f"an event is a JSON object, not {type(data).__name__}")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in EVENT_TYPES:
        known = ", ".join(sorted(EVENT_TYPES))
        raise UnknownEventType(f"unknown event type {kind!r} (known: {known})")
    data = _upcast(data)
    model = EVENT_TYPES.get(str(data.get("type")), EVENT_TYPES[kind])
    try:
        event: DocketEvent = model.model_validate(data)
    except ValidationError as e:
        raise InvalidEvent(_reason(e, str(kind))) from e
    return event


def parse_event(text: str | bytes) -> DocketEvent:
    """Parse one event from its JSON text (one line of a docket history).

    Raises:
        InvalidEvent: the text is not one valid event, or nests deeper than
            :data:`~docket.limits.MAX_JSON_DEPTH` (refused before Python's ``json`` could
            recurse on it).
    """
    global _parsed_by_kind
    if _parsed_by_kind >= UNION_AFTER:
        try:
            # Fast path: pydantic-core parses and validates in one pass. Anything it refuses
            # (bad JSON, an unknown type, an older schema version) takes the path below,
            # which upcasts old versions and says exactly what is wrong.
            return _ADAPTER.validate_json(text)
        except ValidationError:
            pass
    else:
        _parsed_by_kind += 1
    # pydantic-core refuses deep JSON safely; Python's json would recurse until it fails.
    if json_depth_over(text):
        raise InvalidEvent(f"JSON nested more than {MAX_JSON_DEPTH} deep: not a docket entry")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidEvent(f"malformed JSON: {e.msg} at column {e.colno}") from e
    except ValueError as e:  # Python refuses to convert an integer of over 4,300 digits
        raise InvalidEvent("malformed JSON: a number with too many digits") from e
    return parse_event_data(data)


def dump_event(event: DocketEvent) -> str:
    """One event as compact JSON text, fields in declaration order, defaults included.

    The optional fields added after version 1 (``part`` and the other references to one
    motion of a document, ``classified_by``) are left out when unset, so an event that does
    not use them dumps byte for byte as before: its canonical JSON and its hash in the store
    do not change.
    """
    return event.model_dump_json()


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema of one line of a docket history."""
    schema = _ADAPTER.json_schema()
    schema["title"] = "DocketEvent"
    schema["description"] = "One docket entry: one line of a docket history (JSONL)."
    return schema
