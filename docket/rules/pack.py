"""Rule packs: the FRCP base and one pack per court, written as TOML in
``docket/rules/packs/`` and validated on load.

Each ``<court>.toml`` ships beside ``<court>.json``, the same data as JSON
(:func:`pack_file_json`, written by ``scripts/build_packs.py``), which is what a command
reads: pydantic parses and validates JSON in one pass, while Python's TOML parser costs a
command's start-up about as much as the rest of the pack's loading.

A case's court selects its pack; an unknown court (or none) falls back to the FRCP base
alone, and the pack says so (:attr:`RulePack.fallback`, :attr:`RulePack.notice`).

Example:
    >>> pack = load_pack("nmd")
    >>> pack.rule("nmd.7.4a.response").days
    14
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import TypeVar

from pydantic import ValidationError

from docket.events import MotionKind
from docket.records import FixedRecord
from docket.rules._timeline import Timeline
from docket.rules.calendar import Closure, CourtCalendar
from docket.rules.errors import InvalidPeriod, RulePackError, UnknownRule
from docket.rules.model import (
    Computation,
    Court,
    Dated,
    PackFile,
    Provision,
    Rule,
    Service,
    ServiceAllowance,
    StateHolidays,
    Trigger,
)

__all__ = [
    "BASE_PACK",
    "RulePack",
    "available_courts",
    "load_pack",
    "pack_file_json",
    "read_pack_file",
]

#: The pack every court builds on, and the one an unknown court falls back to.
BASE_PACK = "frcp"

D = TypeVar("D", bound=Dated)


# A dataclass so that dataclasses.replace() gives a pack other values (its closures, in the
# tests), a record otherwise: the dataclass machinery only collects the fields (see
# docket.posture).
@dataclass(slots=True, init=False, repr=False, eq=False)
class RulePack(FixedRecord):
    """The rules that govern one court's cases: its own on top of the FRCP base.

    Packs compare and hash by identity: :func:`load_pack` returns one object per court,
    which keeps them cheap as cache keys. Which version of a rule (of FRCP 6, of a service
    allowance) is in force on a date is worked out once per pack and looked up by bisection.

    Attributes:
        id: The pack's id (``"nmd"``, or ``"frcp"`` for the base alone).
        name: What the pack holds.
        court: The court, or ``None`` for the FRCP base.
        fallback: True when the court asked for has no pack and the FRCP base stands in.
        notice: Why the pack fell back, in words a posture can show.
        state_holidays: The state whose holidays count for forward periods, if known.
        computation: The versions of FRCP 6's method of computing time.
        service: What FRCP 6(d) adds for each method of service, version by version.
        rules: Every period, court rules first, then the base's.
        provisions: Every rule without a period, court provisions first.
        closures: Days the court's clerk's office is recorded as inaccessible (FRCP 6(a)(3)).
        own_rules: The periods of the pack itself, without the base's.
    """

    id: str
    name: str
    court: Court | None
    fallback: bool
    notice: str | None
    state_holidays: StateHolidays | None
    computation: tuple[Computation, ...]
    service: tuple[ServiceAllowance, ...]
    rules: tuple[Rule, ...]
    provisions: tuple[Provision, ...]
    closures: CourtCalendar
    #: The periods the court's own pack holds (not the base's), in pack order.
    own_rules: tuple[Rule, ...] = ()
    _by_id: dict[str, tuple[Rule, ...]] = field(default_factory=dict, init=False, repr=False)
    # Timelines (docket.rules._timeline): FRCP 6's versions, each method of service's; each
    # rule's by id and the periods by what falls due and motion kind, built on first use.
    _frcp6: Timeline[Computation | None] = field(init=False, repr=False)
    _allowances: dict[str, Timeline[ServiceAllowance | None]] = field(init=False, repr=False)
    _versions: dict[str, Timeline[Rule | None]] = field(
        default_factory=dict, init=False, repr=False
    )
    _periods: dict[tuple[str, MotionKind | str | None], Timeline[Rule | None]] = field(
        default_factory=dict, init=False, repr=False
    )

    _derived = frozenset({"_by_id", "_frcp6", "_allowances", "_versions", "_periods"})

    def __init__(
        self,
        id: str,
        name: str,
        court: Court | None,
        fallback: bool,
        notice: str | None,
        state_holidays: StateHolidays | None,
        computation: tuple[Computation, ...],
        service: tuple[ServiceAllowance, ...],
        rules: tuple[Rule, ...],
        provisions: tuple[Provision, ...],
        closures: CourtCalendar,
        own_rules: tuple[Rule, ...] = (),
    ) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "name", name)
        put(self, "court", court)
        put(self, "fallback", fallback)
        put(self, "notice", notice)
        put(self, "state_holidays", state_holidays)
        put(self, "computation", computation)
        put(self, "service", service)
        put(self, "rules", rules)
        put(self, "provisions", provisions)
        put(self, "closures", closures)
        put(self, "own_rules", own_rules)
        by_id: dict[str, tuple[Rule, ...]] = {}
        for r in rules:
            by_id[r.id] = (*by_id.get(r.id, ()), r)
        put(self, "_by_id", by_id)
        put(self, "_frcp6", _first_in_force(computation))
        methods = {s.method for s in service}
        allowances = {m: _first_in_force([s for s in service if s.method == m]) for m in methods}
        put(self, "_allowances", allowances)
        put(self, "_versions", {})
        put(self, "_periods", {})

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule id in the pack, in pack order."""
        return tuple(self._by_id)

    def rule(self, rule_id: str, on: date | None = None) -> Rule:
        """The rule ``rule_id`` as in force on ``on`` (its latest version when ``on`` is None).

        Raises:
            UnknownRule: no such rule, or none of its versions was in force on ``on``.
        """
        versions = self._by_id.get(rule_id)
        if not versions:
            raise UnknownRule(f"rule pack {self.id!r} has no rule {rule_id!r}")
        if on is None:
            return max(versions, key=lambda v: v.effective_from or date.min)
        line = self._versions.get(rule_id)
        if line is None:
            line = self._versions[rule_id] = _first_in_force(versions)
        found = line.on(on)
        if found is None:
            raise UnknownRule(f"rule {rule_id!r} was not in force on {on.isoformat()}")
        return found

    def rules_for(self, trigger: Trigger | str, on: date | None = None) -> tuple[Rule, ...]:
        """The rules ``trigger`` starts running: all versions, or those in force on ``on``
        less any a court rule in force then supersedes."""
        found = [r for r in self.rules if r.trigger == trigger]
        if on is None:
            return tuple(found)
        return self._live([r for r in found if r.in_effect(on)], on)

    def rule_for(
        self, due: str, on: date, motion_kind: MotionKind | str | None = None
    ) -> Rule | None:
        """The rule that sets when ``due`` (e.g. ``"response"``) falls, on ``on``, for a
        motion of ``motion_kind``: the court's own rule before the base's default."""
        line = self._periods.get((due, motion_kind))
        if line is None:
            rules = [r for r in self.rules if r.due == due and r.governs(motion_kind)]
            if motion_kind is not None:
                # A rule for this kind of motion (S.D.N.Y. 6.1(a): discovery motions) comes
                # before the court's rule for every motion, which comes before the base's.
                rules.sort(key=lambda r: not r.motion_kinds)

            def first_live(d: date) -> Rule | None:
                live = self._live([r for r in rules if r.in_effect(d)], d)
                return live[0] if live else None

            line = self._periods[due, motion_kind] = Timeline(rules, first_live)
        return line.on(on)

    def provision(self, provision_id: str, on: date | None = None) -> Provision:
        """A rule without a period, by id (its version in force on ``on``, or the latest).

        Raises:
            UnknownRule: no such provision in the pack.
        """
        versions = [p for p in self.provisions if p.id == provision_id]
        if on is not None:
            versions = [p for p in versions if p.in_effect(on)]
        if not versions:
            raise UnknownRule(f"rule pack {self.id!r} has no provision {provision_id!r}")
        return max(versions, key=lambda v: v.effective_from or date.min)

    def computation_on(self, on: date) -> Computation:
        """The version of FRCP 6 in force on ``on``.

        Raises:
            InvalidPeriod: no version was in force then (before the FRCP).
        """
        found = self._frcp6.on(on)
        if found is not None:
            return found
        first = min((c.effective_from for c in self.computation if c.effective_from), default=None)
        since = f" (the pack's rules start {first.isoformat()})" if first else ""
        raise InvalidPeriod(f"no version of FRCP 6 was in force on {on.isoformat()}{since}")

    def service_on(self, method: Service, on: date) -> ServiceAllowance:
        """What FRCP 6(d) adds for ``method`` of service on ``on``."""
        line = self._allowances.get(method)
        found = line.on(on) if line is not None else None
        if found is not None:
            return found
        raise RulePackError(self.id, f"no service rule for {method!r} on {on.isoformat()}")

    def _live(self, rules: list[Rule], on: date) -> tuple[Rule, ...]:
        superseded = {s for r in rules for s in r.supersedes}
        return tuple(r for r in rules if r.id not in superseded)


def _first_in_force(versions: Sequence[D]) -> Timeline[D | None]:
    # The first of ``versions`` in force, on any day.
    return Timeline(versions, lambda on: next((v for v in versions if v.in_effect(on)), None))


def _toml(text: str, source: str) -> dict[str, object]:
    import tomllib  # only to read a pack's source: a command reads the JSON beside it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RulePackError(source, f"not valid TOML: {e}") from e
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise RulePackError(source, "not valid TOML: nested too deep") from None
    except ValueError:  # Python refuses to convert an integer of over 4,300 digits
        raise RulePackError(source, "not valid TOML: a number with too many digits") from None


def _validated(data: dict[str, object] | bytes, source: str) -> PackFile:
    try:
        if isinstance(data, bytes):
            return PackFile.model_validate_json(data)
        return PackFile.model_validate(data)
    except ValidationError as e:
        first = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        msg = " ".join(str(first["msg"]).split())  # a validator's message on one line
        raise RulePackError(source, f"{where}: {msg}") from e


def read_pack_file(text: str, source: str) -> PackFile:
    """Parse and validate one pack file's TOML text.

    Raises:
        RulePackError: the text is not TOML or does not describe a valid pack.
    """
    return _validated(_toml(text, source), source)


def pack_file_json(text: str, source: str) -> str:
    """The JSON shipped beside a pack file: its TOML's data, dates as ISO 8601 text.

    The pack is validated first (:func:`read_pack_file`), so a broken one is never written.

    Raises:
        RulePackError: the text is not TOML or does not describe a valid pack.
    """
    read_pack_file(text, source)
    return json.dumps(_toml(text, source), default=_iso, ensure_ascii=False, indent=1) + "\n"


def _iso(value: object) -> str:
    # TOML has dates of its own (effective_from, a closure's day); JSON writes them as text,
    # which pydantic reads back into the same dates.
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no JSON for a TOML {type(value).__name__}")


@cache
def _pack_file(pack_id: str) -> PackFile:
    source = resources.files("docket.rules").joinpath("packs", f"{pack_id}.json")
    if not source.is_file():
        raise RulePackError(f"packs/{pack_id}.json", "no such rule pack")
    pack = _validated(source.read_bytes(), f"packs/{pack_id}.json")
    if pack.id != pack_id:
        raise RulePackError(f"packs/{pack_id}.json", f"declares id {pack.id!r}")
    return pack


@cache
def available_courts() -> tuple[str, ...]:
    """The court ids that have a pack of their own (the FRCP base excluded)."""
    folder = resources.files("docket.rules").joinpath("packs")
    names = sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )
    return tuple(n for n in names if n != BASE_PACK)


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for court_id in available_courts():
        court = _pack_file(court_id).court
        table[court_id] = court_id
        for alias in court.aliases if court else ():
            table[alias.lower()] = court_id
    return table


def _merge(pack_id: str, *, fallback: bool, notice: str | None) -> RulePack:
    chain: list[PackFile] = []
    current: str | None = pack_id
    while current is not None:
        if current in (p.id for p in chain):
            raise RulePackError(f"packs/{pack_id}.toml", f"base packs loop at {current!r}")
        chain.append(_pack_file(current))
        current = chain[-1].base
    top = chain[0]
    pick_court = next((p.court for p in chain if p.court), None)
    return RulePack(
        id=top.id,
        name=top.name,
        court=pick_court,
        fallback=fallback,
        notice=notice,
        state_holidays=next((p.state_holidays for p in chain if p.state_holidays), None),
        computation=next((p.computation for p in chain if p.computation), ()),
        service=next((p.service for p in chain if p.service), ()),
        rules=tuple(r for p in chain for r in p.rules),
        provisions=tuple(v for p in chain for v in p.provisions),
        closures=CourtCalendar.of(
            Closure(c.day, c.reason) for c in (pick_court.closures if pick_court else ())
        ),
        own_rules=top.rules,
    )


@lru_cache(maxsize=256)
def _built(pack_id: str, notice: str | None) -> RulePack:
    return _merge(pack_id, fallback=notice is not None, notice=notice)


@lru_cache(maxsize=256)
def load_pack(court: str | None) -> RulePack:
    """The rule pack for ``court`` (e.g. ``"nmd"``; case-insensitive, aliases accepted).

    ``"frcp"`` gives the FRCP base alone. Any other court without a pack, or ``None``, also
    gets the FRCP base, marked ``fallback`` with a ``notice`` saying why. Every name of one
    court gives the same pack object.

    Raises:
        RulePackError: a shipped pack file is broken.
    """
    key = (court or "").strip().lower()
    if key == BASE_PACK:
        return _built(BASE_PACK, None)
    if key in available_courts():
        # A court id names its own file: no need to read every pack for its aliases
        # (start-up time: one pack parsed, not eighteen).
        return _built(key, None)
    pack_id = _aliases().get(key)
    if pack_id is not None:
        return _built(pack_id, None)
    said = f"court {court!r} has no rule pack" if key else "no court given"
    notice = (
        f"{said}: deadlines follow the FRCP alone, with default briefing periods and no "
        "local rules or state holidays."
    )
    return _built(BASE_PACK, notice)
