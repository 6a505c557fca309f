"""The compiled machine tables do exactly what ``transitions`` does with the same declaration."""

from __future__ import annotations

import pytest

from docket.errors import IllegalTransition
from docket.machines import MACHINES, MOTION, check_against_transitions


@pytest.mark.parametrize("name", sorted(MACHINES))
def test_each_compiled_table_agrees_with_transitions(name):
    check_against_transitions(MACHINES[name])


def test_a_decided_motion_cannot_be_decided_again():
    with pytest.raises(IllegalTransition, match="cannot 'grant' from 'denied'"):
        MOTION.fire("denied", "grant")


def test_a_vacated_ruling_returns_the_motion_to_pending():
    assert MOTION.fire("granted_in_part", "vacate") == "pending"


def test_machine_states_are_exactly_the_statuses_the_posture_can_show():
    from typing import get_args

    from docket import posture

    # A motion held in abeyance is pending to its machine (undecided: conditions waiting on
    # its resolution stay open); the posture shows it held_in_abeyance from its abeyance.
    shown = set(get_args(posture.MotionStatus))
    assert set(MACHINES["motion"].states) == shown - {"held_in_abeyance"}
    assert set(MACHINES["leave_to_refile"].states) == set(get_args(posture.LeaveStatus))
    assert set(MACHINES["case"].states) == set(get_args(posture.CaseStatus))
    assert set(MACHINES["discovery"].states) == set(get_args(posture.DiscoveryStatus))
    assert set(MACHINES["briefing"].states) == set(get_args(posture.BriefingStatus))
    assert set(MACHINES["stay"].states) == {"in_force", "lifted"}
