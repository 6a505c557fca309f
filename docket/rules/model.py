"""The shape of a rule pack: pydantic models every pack file is validated against on load.

A pack file (``docket/rules/packs/<court>.toml``) holds the court, its rules (periods with
their trigger, direction and effective dates), its provisions (rules without a period, cited
by anomalies), and, in the FRCP base, the versions of FRCP 6 itself (how time is computed,
and what each method of service adds) so that an old docket is computed under its own rules.
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from docket.courts import district
from docket.events import MotionKind, Service
from docket.limits import MAX_PERIOD_DAYS

__all__ = [
    "SERVICE_METHODS",
    "ClosureDay",
    "Computation",
    "ComputationCitations",
    "Court",
    "Dated",
    "Direction",
    "PackFile",
    "Provision",
    "Rule",
    "Service",
    "ServiceAllowance",
    "StateHolidays",
    "Trigger",
]

Direction = Literal["after", "before"]

SERVICE_METHODS: tuple[Service, ...] = ("electronic", "mail", "clerk", "other", "personal")

_ID = r"^[a-z0-9]+(\.[a-z0-9_]+)+$"


class Trigger(StrEnum):
    """The event that starts a period running."""

    #: A motion filed (and served through CM/ECF on filing).
    MOTION_FILED = "motion_filed"
    #: A response to a motion filed and served.
    RESPONSE_FILED = "response_filed"
    #: The summons and complaint served on a defendant.
    COMPLAINT_SERVED = "complaint_served"
    #: A request to waive service sent (FRCP 4(d)).
    WAIVER_REQUESTED = "waiver_requested"
    #: Notice of the court's ruling on a Rule 12 motion.
    RULE12_MOTION_DECIDED = "rule12_motion_decided"
    #: An amended pleading served (FRCP 15(a)(3)).
    AMENDED_PLEADING_SERVED = "amended_pleading_served"
    #: A defendant's first appearance.
    DEFENDANT_APPEARED = "defendant_appeared"
    #: Objections to a discovery request served.
    OBJECTIONS_SERVED = "objections_served"
    #: The scheduling conference (periods counted before it).
    SCHEDULING_CONFERENCE = "scheduling_conference"
    #: The close of all discovery.
    DISCOVERY_CLOSED = "discovery_closed"
    #: Entry of a judgment (or of an appealable order) on the civil docket.
    JUDGMENT_ENTERED = "judgment_entered"
    #: Entry of the order disposing of the last timely motion that restarts the time to
    #: appeal (FRAP 4(a)(4)(A)).
    TOLLING_MOTION_DECIDED = "tolling_motion_decided"
    #: The first notice of appeal filed (FRAP 4(a)(3)).
    NOTICE_OF_APPEAL_FILED = "notice_of_appeal_filed"
    #: The hearing a motion is noticed for (periods counted back from it, FRCP 6(a)(5)).
    MOTION_HEARING = "motion_hearing"
    #: The day a response to a motion was due (N.D. Cal. Civil L.R. 7-3(c): a reply runs
    #: from it, not from the day the opposition was filed).
    RESPONSE_DUE = "response_due"


class _Frozen(BaseModel):
    # Built on first use (start-up time): validating a pack builds the whole pack file's schema.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Dated(_Frozen):
    """Something in force from ``effective_from`` (inclusive) until ``effective_until`` (exclusive)."""

    effective_from: date | None = None
    effective_until: date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Dated":
        if (
            self.effective_from is not None
            and self.effective_until is not None
            and self.effective_until <= self.effective_from
        ):
            raise ValueError("effective_until must come after effective_from")
        return self

    def in_effect(self, on: date) -> bool:
        """Whether this was the rule on ``on``."""
        return (self.effective_from is None or self.effective_from <= on) and (
            self.effective_until is None or on < self.effective_until
        )


class Rule(Dated):
    """A period: what is due, how many days after (or before) which event, under which rule.

    Several entries may share an id when the period changed over time; their effective
    dates must not overlap.
    """

    id: str = Field(pattern=_ID)
    citation: str = Field(min_length=1)
    title: str = Field(min_length=1)
    due: str = Field(min_length=1, description="What falls due, e.g. 'response', 'answer'")
    trigger: Trigger
    days: int = Field(ge=0, le=MAX_PERIOD_DAYS)
    direction: Direction = "after"
    service_adjustment: bool = Field(
        default=True, description="Whether FRCP 6(d) adds days when the trigger was served"
    )
    motion_kinds: tuple[MotionKind, ...] = Field(
        default=(), description="The motions the rule governs; empty means every motion"
    )
    supersedes: tuple[str, ...] = ()
    consequence: str | None = None
    uncertain: bool = False
    by_order: bool = Field(
        default=False,
        description="The court sets this time by order (no period runs until it does): "
        "the rule says so and the pack's days are 0",
    )
    verified: bool = Field(
        default=True,
        description="Whether the period was confirmed from the rule's own text; a court "
        "pack must say, and an unverified period is shown as such, never as fact",
    )
    version: int | None = Field(
        default=None, ge=1938, le=2100, description="The year of the rule's version read"
    )
    source: str | None = Field(
        default=None, min_length=1, description="Where the rule's text (or a summary) was read"
    )
    forward_on_holiday: str | None = Field(
        default=None,
        min_length=1,
        description="For a period counted back: the court's own calendar that moves a last "
        "day falling on a weekend or holiday to the next day, where FRCP 6(a)(5) moves it "
        "back. The court's date is a second, later reading: meet the earliest; a paper filed "
        "by the later is not called late",
    )
    note: str | None = None

    @model_validator(mode="after")
    def _by_order_has_no_days(self) -> "Rule":
        if self.by_order and self.days != 0:
            raise ValueError("a time the court sets by order has days = 0")
        if self.forward_on_holiday is not None and self.direction != "before":
            raise ValueError("forward_on_holiday is for a period counted back (direction before)")
        return self

    @property
    def unverified(self) -> str | None:
        """Why the period is not to be taken as fact, or ``None`` when it was confirmed."""
        if self.verified:
            return None
        where = f" (read: {self.source})" if self.source else ""
        return f"{self.citation}: the {self.days}-day period is not verified from the rule's text{where}"

    def governs(self, kind: MotionKind | str | None) -> bool:
        """Whether the rule governs a motion of ``kind`` (any motion when it names none)."""
        return not self.motion_kinds or kind is None or kind in self.motion_kinds


class Provision(Dated):
    """A rule with no period, cited when a filing breaks it (e.g. consent by not responding)."""

    id: str = Field(pattern=_ID)
    citation: str = Field(min_length=1)
    text: str = Field(min_length=1)
    uncertain: bool = False
    note: str | None = None


class ComputationCitations(_Frozen):
    """Where each step of a time computation comes from, in one version of FRCP 6."""

    count: str
    roll: str
    weekend: str
    federal_holiday: str
    declared_holiday: str
    state_holiday: str
    inaccessible: str
    backward: str
    service: str
    short_period: str | None = None
    last_day_ends: str | None = None


class Computation(Dated):
    """One version of FRCP 6's method of computing time.

    Attributes:
        short_period_under: Periods shorter than this many days skip intermediate weekends
            and legal holidays (FRCP 6(a) before Dec. 1, 2009); ``None`` when no such rule.
        state_holidays: Whether a state holiday is a legal holiday for periods counted
            forward only (FRCP 6(a)(6)(C) since 2009) or in both directions.
        service_order: ``roll_then_add``: compute the period under 6(a), roll it off a
            weekend or holiday, add the service days, roll again (FRCP 6(d); 6(e) as
            amended in 2005). ``add_then_roll``: add the service days to the unrolled end.
    """

    id: str = Field(pattern=_ID)
    short_period_under: int | None = Field(default=None, ge=1)
    state_holidays: Literal["forward_only", "both"] = "forward_only"
    service_order: Literal["roll_then_add", "add_then_roll"] = "roll_then_add"
    citations: ComputationCitations
    uncertain: bool = False
    note: str | None = None


class ServiceAllowance(Dated):
    """Days FRCP 6(d) adds when a paper was served by ``method``."""

    method: Service
    extra_days: int = Field(ge=0, le=30)
    citation: str = Field(min_length=1)
    note: str | None = None


class StateHolidays(_Frozen):
    """The state holidays of the state where the court sits (FRCP 6(a)(6)(C)).

    The state-only days are the ``holidays`` package's calendar for ``subdiv`` less every
    federal holiday (that calendar alone drops federal days the state does not keep).
    """

    state: str = Field(min_length=1)
    subdiv: str = Field(min_length=2, max_length=3)
    uncertain: bool = Field(
        default=False,
        description="Whether a state-only day's status as a legal holiday is unresolved: "
        "a deadline that depends on it then has two readings",
    )
    note: str | None = None


class ClosureDay(_Frozen):
    """A day a court's clerk's office was inaccessible (FRCP 6(a)(3)), recorded in its pack."""

    day: date
    reason: str = Field(min_length=1)


class Court(_Frozen):
    """The court a pack belongs to.

    A district court's name, abbreviation, state and time zone come from the court table
    (:mod:`docket.courts`): its pack names only its id (with aliases and closures). A pack
    that writes one of those facts anyway must agree with the table.
    """

    id: str = Field(pattern=r"^[a-z0-9]+$")
    name: str = Field(min_length=1)
    abbreviation: str = Field(min_length=1)
    state: str | None = None
    timezone: str | None = None
    timezone_name: str | None = None
    aliases: tuple[str, ...] = ()
    closures: tuple[ClosureDay, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _facts_from_the_court_table(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            return data
        found = district(data["id"])
        if found is None:
            return data
        facts = {
            "name": found.name,
            "abbreviation": found.abbreviation,
            "state": found.state,
            "timezone": found.timezone,
            "timezone_name": found.timezone_name,
        }
        for key, value in facts.items():
            if key in data and data[key] != value:
                raise ValueError(
                    f"{key} {data[key]!r} disagrees with the court table ({value!r}): "
                    "court facts come from docket/courts/districts.json"
                )
        return {**data, **facts}


class PackFile(_Frozen):
    """One pack file as written: a court (or the FRCP base) and its rules."""

    id: str = Field(pattern=r"^[a-z0-9]+$")
    name: str = Field(min_length=1)
    base: str | None = None
    court: Court | None = None
    state_holidays: StateHolidays | None = None
    computation: tuple[Computation, ...] = ()
    service: tuple[ServiceAllowance, ...] = ()
    rules: tuple[Rule, ...] = ()
    provisions: tuple[Provision, ...] = ()

    @model_validator(mode="after")
    def _versions_do_not_overlap(self) -> "PackFile":
        groups: dict[str, list[Dated]] = {}
        for r in self.rules:
            groups.setdefault(f"rule {r.id}", []).append(r)
        for p in self.provisions:
            groups.setdefault(f"provision {p.id}", []).append(p)
        for s in self.service:
            groups.setdefault(f"service {s.method}", []).append(s)
        for c in self.computation:
            groups.setdefault("computation", []).append(c)
        if self.court is not None:
            for r in self.rules:
                missing = [k for k in ("verified", "source") if k not in r.model_fields_set]
                if missing:
                    raise ValueError(
                        f"rule {r.id}: a court's period must say {', '.join(missing)} "
                        "(where its text was read, and whether the period was confirmed from it)"
                    )
        for name, versions in groups.items():
            ordered = sorted(versions, key=lambda v: v.effective_from or date.min)
            for a, b in pairwise(ordered):
                if a.effective_until is None or b.effective_from is None:
                    raise ValueError(f"{name}: versions overlap (open-ended dates)")
                if b.effective_from < a.effective_until:
                    raise ValueError(f"{name}: versions overlap at {b.effective_from}")
        return self
