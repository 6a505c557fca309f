"""Default (FRCP 55): the request for the clerk's entry of default, the entry, and an order
setting it aside.

A defendant who has failed to plead or otherwise defend may be defaulted (FRCP 55(a)); one who
answered, whose time to answer still runs, or who moved under Rule 12 (which is defending) has
not, and a default sought or entered against it is flagged. The court may set an entry of
default aside for good cause (FRCP 55(c)); when the answer is then due, its order says. A
motion for default judgment (FRCP 55(b)) is a motion like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from docket.engine import deadlines
from docket.engine.answers import EVERY, WDefendant, flag, normalize, resolve, touch
from docket.events import DefaultEntered, DefaultRequested, DocketEvent, OrderEntered
from docket.words import doc_ref, motion_ref

if TYPE_CHECKING:
    from docket.engine.world import World

__all__ = ["default_entered", "default_requested", "default_set_aside"]


def _premature(world: World, w: WDefendant, e: DocketEvent, what: str) -> None:
    """Flag a default sought or entered against a defendant who has answered, or whose time
    to answer still runs or is suspended by a Rule 12 motion (FRCP 55(a))."""
    d = w.deadline
    if w.answered is not None:
        reason = f"{what} against {w.name}, who answered on {w.answered}"
    elif d is not None and d.status == "running":
        reason = f"{what} against {w.name}, whose time to answer runs until {d.due}"
    elif w.held_by:
        held = ", ".join(motion_ref(r.doc, r.part) for r in w.held_by)
        reason = f"{what} against {w.name}, who moved under Rule 12 ({held}) and so defends"
    else:
        return
    world.flag(e, "premature_default", reason, "FRCP 55(a)")


def _defaulted(
    world: World, e: DefaultRequested | DefaultEntered, named_as: str, what: str
) -> Iterator[WDefendant]:
    """Each defendant a request for or entry of default names (FRCP 55(a)), one at a time,
    once a premature one is flagged and the step recorded."""
    for w in resolve(world, e, e.defendants, named_as, create=True):
        touch(world)
        _premature(world, w, e, what)
        w.steps.append(world.step(f"{what} {doc_ref(e.doc)}", "FRCP 55(a)"))
        yield w


def default_requested(world: World, e: DefaultRequested) -> None:
    """A request that the clerk enter default (FRCP 55(a))."""
    for w in _defaulted(world, e, "request for entry of default", "entry of default requested"):
        w.default_requested = w.default_requested or e.filed


def default_entered(world: World, e: DefaultEntered) -> None:
    """The clerk's entry of default (FRCP 55(a)): the time to answer no longer runs."""
    for w in _defaulted(world, e, "entry of default", "default entered"):
        w.default_entered = w.default_entered or e.filed
        d = w.deadline
        if d is not None:
            deadlines.end(world, world.book, d, f"default entered {doc_ref(e.doc)}")


def default_set_aside(world: World, e: OrderEntered) -> None:
    """An order sets aside the entry of default (FRCP 55(c)): the defendant is no longer in
    default, and when its answer is due, the order says (a person reads it)."""
    named = e.defaults_set_aside
    if any(normalize(n) in EVERY for n in named):
        chosen = [w for w in world.defendants.values() if w.default_entered is not None]
    else:
        chosen = resolve(world, e, named, "order setting aside default", create=False)
    for w in chosen:
        if w.default_entered is None:
            continue
        touch(world)
        w.default_entered = w.default_requested = None
        w.default_set_aside = e.filed
        w.steps.append(world.step(f"default set aside by order {doc_ref(e.doc)}", "FRCP 55(c)"))
        flag(w, e, "default set aside: when the answer is due, the order says; none is computed")
