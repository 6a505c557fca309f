"""The docket's state machines: the only module that imports ``transitions``.

Each machine is declared once as a ``transitions`` table (states and transitions as data,
``auto_transitions=False``) and compiled at import into a frozen lookup table,
``(state, trigger) -> state``. Replay folds millions of entries through these tables without
building one machine, or binding one model, per motion. The compiler reads the declarations
as ``transitions`` does (the first transition declared for a state and trigger wins; no
``dest`` stays put) and accepts nothing else (no conditions or callbacks), so that a command
does not pay for importing ``transitions``; :func:`check_against_transitions` (run by the
tests) proves every compiled table agrees with ``transitions`` itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from docket.errors import IllegalTransition
from docket.records import FrozenRecord

__all__ = [
    "BRIEFING",
    "CASE",
    "DEADLINE",
    "DISCOVERY",
    "LEAVE",
    "MACHINES",
    "MOTION",
    "STAY",
    "Table",
    "check_against_transitions",
]


class Table(FrozenRecord):
    """A compiled state machine: its states, initial state and moves."""

    __slots__ = ("initial", "moves", "name", "spec", "states")

    name: str
    states: tuple[str, ...]
    initial: str
    moves: Mapping[tuple[str, str], str]
    spec: tuple[dict[str, Any], ...]

    def __init__(
        self,
        name: str,
        states: tuple[str, ...],
        initial: str,
        moves: Mapping[tuple[str, str], str],
        spec: tuple[dict[str, Any], ...],
    ) -> None:
        put = object.__setattr__
        put(self, "name", name)
        put(self, "states", states)
        put(self, "initial", initial)
        put(self, "moves", moves)
        put(self, "spec", spec)

    def __repr__(self) -> str:
        # Without its spec, the table it was compiled from (as the dataclass's repr was).
        return (
            f"Table(name={self.name!r}, states={self.states!r}, initial={self.initial!r},"
            f" moves={self.moves!r})"
        )

    def fire(self, state: str, trigger: str) -> str:
        """The state after ``trigger`` in ``state``.

        Raises:
            IllegalTransition: the table has no such move.
        """
        try:
            return self.moves[(state, trigger)]
        except KeyError:
            raise IllegalTransition(self.name, state, trigger) from None

    def can(self, state: str, trigger: str) -> bool:
        """Whether ``trigger`` is allowed in ``state``."""
        return (state, trigger) in self.moves

    @property
    def triggers(self) -> frozenset[str]:
        """Every trigger the machine knows."""
        return frozenset(t for _, t in self.moves)


def _compile(name: str, states: list[str], initial: str, spec: list[dict[str, Any]]) -> Table:
    known = set(states)
    if initial not in known:
        raise ValueError(f"{name}: initial state {initial!r} is not a state")
    moves: dict[tuple[str, str], str] = {}
    for move in spec:
        if not set(move) <= {"trigger", "source", "dest"}:
            raise ValueError(f"{name}: only trigger, source and dest are compiled: {move}")
        sources = [move["source"]] if isinstance(move["source"], str) else move["source"]
        dest = move.get("dest")
        for source in sources:
            if source not in known or (dest is not None and dest not in known):
                raise ValueError(f"{name}: {move} names a state the machine does not have")
            moves.setdefault((source, move["trigger"]), source if dest is None else dest)
    return Table(name, tuple(states), initial, MappingProxyType(moves), tuple(spec))


class _Probe:
    """A throwaway model for checking a compiled table against ``transitions`` itself."""

    state: str


def check_against_transitions(table: Table) -> None:
    """Raise ``AssertionError`` unless every move in ``table`` is what ``transitions`` does.

    Builds one ``transitions`` machine for the table, then walks every (state, trigger) pair.
    Meant for tests and for ``scripts/``; replay never calls it.
    """
    from transitions import Machine, MachineError

    probe = _Probe()
    machine = Machine(
        model=probe,
        states=list(table.states),
        initial=table.initial,
        transitions=list(table.spec),
        auto_transitions=False,
    )
    for state in table.states:
        for trigger in table.triggers:
            machine.set_state(state)
            try:
                machine.events[trigger].trigger(probe)
                expected: str | None = probe.state
            except MachineError:
                expected = None
            got = table.moves.get((state, trigger))
            assert got == expected, f"{table.name}: {state} --{trigger}--> {got}, not {expected}"


_DECIDED = ["granted", "granted_in_part", "denied", "denied_without_prejudice", "moot"]

#: A motion: pending until an order disposes of it or the movant withdraws it. An order that
#: vacates or reconsiders a ruling sets the motion pending again.
MOTION = _compile(
    "motion",
    ["pending", *_DECIDED, "withdrawn"],
    "pending",
    [
        {"trigger": "grant", "source": "pending", "dest": "granted"},
        {"trigger": "grant_in_part", "source": "pending", "dest": "granted_in_part"},
        {"trigger": "deny", "source": "pending", "dest": "denied"},
        {
            "trigger": "deny_without_prejudice",
            "source": "pending",
            "dest": "denied_without_prejudice",
        },
        {"trigger": "moot", "source": "pending", "dest": "moot"},
        {"trigger": "withdraw", "source": "pending", "dest": "withdrawn"},
        {"trigger": "vacate", "source": _DECIDED, "dest": "pending"},
    ],
)

#: Briefing of a motion under the court's rules (e.g. D.N.M.LR-Civ. 7.4(a)).
BRIEFING = _compile(
    "briefing",
    ["awaiting_response", "awaiting_reply", "complete", "decided"],
    "awaiting_response",
    [
        {"trigger": "respond", "source": "awaiting_response", "dest": "awaiting_reply"},
        {"trigger": "reply", "source": ["awaiting_response", "awaiting_reply"], "dest": "complete"},
        {"trigger": "response_time_elapsed", "source": "awaiting_response", "dest": "complete"},
        {"trigger": "reply_time_elapsed", "source": "awaiting_reply", "dest": "complete"},
        {
            "trigger": "notice_complete",
            "source": ["awaiting_response", "awaiting_reply"],
            "dest": "complete",
        },
        {
            "trigger": "decide",
            "source": ["awaiting_response", "awaiting_reply", "complete"],
            "dest": "decided",
        },
        {"trigger": "reopen", "source": "decided", "dest": "complete"},
        # An extension granted after the time ran out reopens briefing for that filing.
        {"trigger": "reopen_response", "source": "complete", "dest": "awaiting_response"},
        {"trigger": "reopen_reply", "source": "complete", "dest": "awaiting_reply"},
    ],
)

#: Leave to refile a motion denied without prejudice.
LEAVE = _compile(
    "leave_to_refile",
    ["conditional", "available", "foreclosed"],
    "conditional",
    [
        {"trigger": "condition_met", "source": "conditional", "dest": "available"},
        {"trigger": "condition_failed", "source": "conditional", "dest": "foreclosed"},
        {"trigger": "case_ended", "source": ["conditional", "available"], "dest": "foreclosed"},
        # The last day to refile ("by December 1", "within 14 days") has passed.
        {
            "trigger": "deadline_passed",
            "source": ["conditional", "available"],
            "dest": "foreclosed",
        },
        # The ruling that settled the condition was vacated: it is open again.
        {
            "trigger": "condition_reopened",
            "source": ["available", "foreclosed"],
            "dest": "conditional",
        },
    ],
)

#: One stay: in force until it lifts by its own terms, by order, or with the case.
STAY = _compile(
    "stay",
    ["in_force", "lifted"],
    "in_force",
    [
        {"trigger": "lift_by_terms", "source": "in_force", "dest": "lifted"},
        {"trigger": "lift_by_order", "source": "in_force", "dest": "lifted"},
        {"trigger": "case_ended", "source": "in_force", "dest": "lifted"},
    ],
)

#: A deadline: running until met, run out, suspended by a stay of the case, or mooted when
#: the motion it belongs to is decided. An extension moves it, even after it ran out.
DEADLINE = _compile(
    "deadline",
    ["running", "met", "elapsed", "suspended", "moot"],
    "running",
    [
        {"trigger": "meet", "source": "running", "dest": "met"},
        {"trigger": "run_out", "source": "running", "dest": "elapsed"},
        {"trigger": "suspend", "source": "running", "dest": "suspended"},
        {"trigger": "resume", "source": "suspended", "dest": "running"},
        {"trigger": "extend", "source": ["running", "elapsed"], "dest": "running"},
        {"trigger": "moot", "source": ["running", "suspended"], "dest": "moot"},
    ],
)

#: Discovery: closed until it opens (FRCP 26(d)(1)); stayed while any full stay is in force.
DISCOVERY = _compile(
    "discovery",
    ["not_open", "open", "stayed", "closed"],
    "not_open",
    [
        {"trigger": "open", "source": "not_open", "dest": "open"},
        {"trigger": "stay", "source": ["not_open", "open"], "dest": "stayed"},
        {"trigger": "lift", "source": "stayed", "dest": "open"},
        {"trigger": "close", "source": ["not_open", "open", "stayed"], "dest": "closed"},
        {"trigger": "reopen", "source": "closed", "dest": "open"},
    ],
)

#: The case as a whole.
CASE = _compile(
    "case",
    ["open", "stayed", "closed"],
    "open",
    [
        {"trigger": "stay", "source": "open", "dest": "stayed"},
        {"trigger": "lift", "source": "stayed", "dest": "open"},
        {"trigger": "close", "source": ["open", "stayed"], "dest": "closed"},
        {"trigger": "reopen", "source": "closed", "dest": "open"},
    ],
)

#: Every machine, by name.
MACHINES: Mapping[str, Table] = MappingProxyType(
    {t.name: t for t in (MOTION, BRIEFING, LEAVE, STAY, DEADLINE, DISCOVERY, CASE)}
)
