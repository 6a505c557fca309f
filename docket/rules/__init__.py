"""Procedural rules: rule packs as data, time computation, and the doctrines replay applies.

Rule packs (``docket/rules/packs/*.toml``) hold each court's periods on top of the FRCP
base; :func:`compute_deadline` counts a period under FRCP 6(a) and 6(d) and explains itself;
:func:`briefing_deadlines` and :func:`reply_deadline` give replay a motion's briefing dates.

Example:
    >>> from datetime import date
    >>> compute_deadline(date(2019, 5, 10), 14, court="nmd").due
    datetime.date(2019, 5, 24)
"""

from docket.rules.briefing import (
    CourtRules,
    Lateness,
    briefing_deadlines,
    compel_deadline,
    court_rules,
    lateness,
    reply_deadline,
)
from docket.rules.calendar import Closure, CourtCalendar, Holiday, federal_holidays, state_holidays
from docket.rules.computation import compute_deadline, compute_rule
from docket.rules.errors import InvalidPeriod, NoPeriod, RulePackError, UnknownRule
from docket.rules.model import SERVICE_METHODS, Provision, Rule, Service, Trigger
from docket.rules.pack import BASE_PACK, RulePack, available_courts, load_pack
from docket.rules.result import DeadlineResult, Reading, Step, long_date

__all__ = [
    "BASE_PACK",
    "SERVICE_METHODS",
    "Closure",
    "CourtCalendar",
    "CourtRules",
    "DeadlineResult",
    "Holiday",
    "InvalidPeriod",
    "Lateness",
    "NoPeriod",
    "Provision",
    "Reading",
    "Rule",
    "RulePack",
    "RulePackError",
    "Service",
    "Step",
    "Trigger",
    "UnknownRule",
    "available_courts",
    "briefing_deadlines",
    "compel_deadline",
    "compute_deadline",
    "compute_rule",
    "court_rules",
    "federal_holidays",
    "lateness",
    "load_pack",
    "long_date",
    "reply_deadline",
    "state_holidays",
]
