"""The closed word lists of the docket: kinds of motion, dispositions, stay scopes, grounds."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "DISPOSITIVE_KINDS",
    "AppealOutcome",
    "Disposition",
    "Ground",
    "MotionKind",
    "Position",
    "StayScope",
]


class MotionKind(StrEnum):
    """What a motion asks the court to do."""

    COMPEL = "compel"
    STAY_DISCOVERY = "stay_discovery"
    STAY_CASE = "stay_case"
    SUMMARY_JUDGMENT = "summary_judgment"
    DISMISS = "dismiss"
    JUDGMENT_ON_PLEADINGS = "judgment_on_pleadings"
    EXTENSION_OF_TIME = "extension_of_time"
    PROTECTIVE_ORDER = "protective_order"
    LEAVE_TO_FILE = "leave_to_file"
    AMEND = "amend"
    RECONSIDERATION = "reconsideration"
    SANCTIONS = "sanctions"
    REMAND = "remand"
    DEFAULT_JUDGMENT = "default_judgment"
    #: After a judgment (FRCP 50(b), 52(b), 59, 54(d)(2), 60(b)): some restart the time to
    #: appeal (FRAP 4(a)(4)(A)).
    RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW = "renewed_judgment_as_a_matter_of_law"
    AMEND_FINDINGS = "amend_findings"
    NEW_TRIAL = "new_trial"
    ALTER_JUDGMENT = "alter_judgment"
    ATTORNEY_FEES = "attorney_fees"
    RELIEF_FROM_JUDGMENT = "relief_from_judgment"
    OTHER = "other"


#: Motions that can end a case or a claim (FRCP 12(b), 12(c), 56): the ones that carry
#: a qualified-immunity defence (Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004)).
DISPOSITIVE_KINDS = frozenset(
    {MotionKind.SUMMARY_JUDGMENT, MotionKind.DISMISS, MotionKind.JUDGMENT_ON_PLEADINGS}
)


class Ground(StrEnum):
    """A legal ground a motion or a stay rests on."""

    QUALIFIED_IMMUNITY = "qualified_immunity"
    ABSOLUTE_IMMUNITY = "absolute_immunity"
    LACK_OF_JURISDICTION = "lack_of_jurisdiction"
    FAILURE_TO_STATE_A_CLAIM = "failure_to_state_a_claim"
    RULE_56D = "rule_56d"
    OTHER = "other"


class Disposition(StrEnum):
    """How an order disposes of one motion."""

    GRANTED = "granted"
    GRANTED_IN_PART = "granted_in_part"
    DENIED = "denied"
    DENIED_WITHOUT_PREJUDICE = "denied_without_prejudice"
    MOOT = "moot"
    #: Sets aside an earlier ruling: the motion is pending again (reconsideration, vacatur).
    VACATED = "vacated"


class StayScope(StrEnum):
    """What a stay halts."""

    DISCOVERY = "discovery"
    CASE = "case"
    #: Discovery as to the named parties only.
    PARTIES = "parties"


class Position(StrEnum):
    """A response's position on the motion it answers."""

    OPPOSED = "opposed"
    UNOPPOSED = "unopposed"
    PARTIAL = "partial"


class AppealOutcome(StrEnum):
    """What the court of appeals did, as its mandate tells the district court."""

    AFFIRMED = "affirmed"
    REVERSED = "reversed"
    VACATED = "vacated"
    DISMISSED = "dismissed"
    AFFIRMED_IN_PART = "affirmed_in_part"
