"""Every kind of docket entry dumps to JSON and parses back to itself."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docket.errors import InvalidEvent, UnknownEventType
from docket.events import EVENT_TYPES, dump_event, event_json_schema, parse_event

#: The fields each type needs beyond the common ones, with a representative value.
REQUIRED: dict[str, dict[str, Any]] = {
    "case_opened": {
        "court": "nmd",
        "parties": [{"name": "City", "role": "defendant", "entity": True}],
    },
    "answer_filed": {"defendants": ["City"]},
    "summons_served": {
        "defendants": ["City"],
        "served_on": "2019-05-20",
        "answer_due": "2019-06-10",
    },
    "waiver_returned": {
        "defendants": ["Officer Doe"],
        "requested": "2019-05-01",
        "abroad": True,
        "answer_due": "2019-07-30",
    },
    "default_requested": {"defendants": ["City"]},
    "answer_time_extended": {"defendants": ["City"], "until": "2019-07-01"},
    "default_entered": {"defendants": ["Defendants"]},
    "motion_filed": {
        "kind": "summary_judgment",
        "grounds": ["qualified_immunity"],
        "movants": ["Defendants"],
    },
    "response_filed": {"to_motion": 38, "position": "opposed"},
    "reply_filed": {"to_motion": 38},
    "briefing_complete": {"motion": 38},
    "motion_withdrawn": {"motion": 27},
    "extension_noticed": {"motion": 38, "deadline": "reply", "until": "2019-12-16"},
    "hearing_noticed": {"motion": 38, "hearing": "2019-12-20"},
    "briefing_scheduled": {"motion": 38, "response_due": "2019-12-02", "reply_due": "2019-12-09"},
    "order": {
        "rulings": [
            {
                "motion": 27,
                "disposition": "denied_without_prejudice",
                "leave_to_refile": {
                    "condition": {"kind": "motion_ruled", "motion": 30, "dispositions": ["denied"]}
                },
            },
        ],
        "stays": [
            {
                "scope": "parties",
                "parties": ["City"],
                "lifts_when": {
                    "kind": "any_of",
                    "conditions": [
                        {"kind": "motion_resolved", "motion": 30},
                        {"kind": "date_reached", "on": "2020-01-01"},
                    ],
                },
            }
        ],
        "lifts": [{"scope": "case"}],
        "effective": "2019-12-01",
        "extensions": [{"motion": 38, "deadline": "response", "until": "2019-12-02"}],
        "abeyances": [
            {
                "motion": 27,
                "pending": {"kind": "motion_resolved", "motion": 30},
                "description": "pending the ruling on qualified immunity",
            }
        ],
        "abeyance_lifted": [{"motion": 28}],
    },
    "judgment": {
        "final": False,
        "parties": ["City"],
        "claims": ["Count I"],
        "trial": "jury",
        "separate_document": False,
    },
    "notice_of_appeal": {
        "from_docs": [60],
        "interlocutory": True,
        "grounds": ["qualified_immunity"],
        "appellants": ["Defendants"],
    },
    "appeal_decided": {"appeal": 62, "outcome": "affirmed", "on": "2021-07-30"},
    "case_closed": {"reason": "settled"},
    "rule26f_conference": {},
    "pleading_amended": {"service": "mail"},
    "entry_corrected": {
        "target": "x/1",
        "corrected": {"type": "answer_filed", "id": "x/1", "case": "x", "filed": "2019-01-01"},
    },
    "entry_stricken": {"target": "x/1"},
    "docket_entry": {"event_name": "Summons Issued"},
}


def test_every_event_type_has_a_round_trip_example():
    assert set(REQUIRED) == set(EVENT_TYPES)


@pytest.mark.parametrize("kind", sorted(EVENT_TYPES))
@given(
    ident=st.text(min_size=1, max_size=40),
    case=st.text(min_size=1, max_size=40),
    filed=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    doc=st.none() | st.integers(min_value=0, max_value=10**6),
    text=st.none() | st.text(max_size=200),
    reconstructed=st.booleans(),
)
def test_every_event_type_dumps_and_parses_back_to_itself(
    kind, ident, case, filed, doc, text, reconstructed
):
    data = {
        "type": kind,
        "id": ident,
        "case": case,
        "filed": filed.isoformat(),
        "doc": doc,
        "text": text,
        "reconstructed": reconstructed,
        **REQUIRED[kind],
    }
    event = parse_event(__import__("json").dumps(data))
    assert parse_event(dump_event(event)) == event
    assert event.type == kind


def test_an_unknown_type_is_refused_by_name():
    with pytest.raises(UnknownEventType, match="'hearing_held'"):
        parse_event('{"type": "hearing_held", "id": "a", "case": "c", "filed": "2020-01-01"}')


def test_an_impossible_date_is_refused_with_the_field_named():
    with pytest.raises(InvalidEvent, match=r"^filed: "):
        parse_event('{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-02-30"}')


def test_an_unknown_field_is_refused():
    with pytest.raises(InvalidEvent, match=r"^x: Extra inputs"):
        parse_event(
            '{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-02-03", "x": 1}'
        )


def test_events_are_frozen():
    event = parse_event('{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-02-03"}')
    with pytest.raises(ValueError):
        event.doc = 3  # type: ignore[misc]


def test_a_correction_must_carry_a_whole_entry():
    with pytest.raises(InvalidEvent, match="corrected"):
        parse_event(
            '{"type": "entry_corrected", "id": "a", "case": "c", "filed": "2019-02-03",'
            ' "target": "b", "corrected": {"type": "answer_filed"}}'
        )


def test_the_json_schema_names_every_event_type():
    schema = event_json_schema()
    tags = set(schema["discriminator"]["mapping"])
    assert tags == set(EVENT_TYPES)
