"""Docket numbers against filed dates: an entry dated well after a later-numbered one.

The clerk numbers entries as they are docketed, so docket order is the order of docketing.
A filed date can lawfully trail the docketing: papers filed conventionally or by mail, sealed
and restricted filings, transcripts and lodged records are often docketed days or weeks after
the date they were filed, and ties and small inversions are everyday. Only an inversion
beyond :data:`DATE_ORDER_TOLERANCE` is flagged, as ``date_out_of_order``.
"""

from __future__ import annotations

from datetime import timedelta

from docket._world import World
from docket.events import DocketEvent, OrderEntered

__all__ = ["DATE_ORDER_TOLERANCE", "check_date_order"]

#: How far an entry's filed date may run past that of an entry with a higher docket number
#: before it is flagged. Beyond a month, a mistyped date is the likelier reading.
DATE_ORDER_TOLERANCE = timedelta(days=30)


def check_date_order(world: World, event: DocketEvent) -> None:
    """Flag ``event`` if an entry with a higher docket number was filed over a month earlier.

    Entries with inferred dates or numbers (``reconstructed``), unnumbered entries, and orders
    effective on another date than they were filed (nunc pro tunc) are exempt. Replay applies
    the rest in filed-date order, so ``world.docketed`` stays sorted and each entry is looked
    at once: it is compared with the highest docket number filed before the tolerance.
    """
    if event.doc is None or event.reconstructed:
        return
    if isinstance(event, OrderEntered) and event.effective not in (None, event.filed):
        return
    cutoff = event.filed - DATE_ORDER_TOLERANCE
    while world.docketed and world.docketed[0][0] < cutoff:
        filed, doc = world.docketed.popleft()
        if world.settled is None or doc > world.settled[0]:
            world.settled = (doc, filed)
    if world.settled is not None and event.doc < world.settled[0]:
        later, filed = world.settled
        world.flag(
            event,
            "date_out_of_order",
            f"Doc. {event.doc} is dated {event.filed.isoformat()}, more than "
            f"{DATE_ORDER_TOLERANCE.days} days after Doc. {later} ({filed.isoformat()})",
        )
    world.docketed.append((event.filed, event.doc))
