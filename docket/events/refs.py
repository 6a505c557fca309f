"""Which motion: a docket number and, for a document holding several motions, the part."""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

import re
from typing import NamedTuple

__all__ = ["MotionRef"]

#: A docket number of at most 7 digits and a part of at most 3 (:mod:`docket.limits`).
_KEY = re.compile(r"^\s*([0-9]{1,7})(?:\s*[./]\s*([0-9]{1,3}))?\s*$")


class MotionRef(NamedTuple):
    """One motion on the docket: Doc. ``doc``, part ``part`` (``None``: the document's only
    motion, or, for a paper about it, the whole document)."""

    doc: int
    part: int | None = None

    @property
    def key(self) -> str:
        """The short key deadline ids and ``--motion`` write: ``45``, or ``45.2``."""
        return f"{self.doc}" if self.part is None else f"{self.doc}.{self.part}"

    @classmethod
    def parse(cls, text: str) -> "MotionRef":
        """``"45"``, ``"45.2"`` or ``"45/2"`` as a reference.

        Raises:
            ValueError: ``text`` names no motion.
        """
        found = _KEY.match(text)
        if found is None or (found.group(2) is not None and int(found.group(2)) < 1):
            raise ValueError(f"{text!r} is not a docket number (N, or N.P for motion P of Doc. N)")
        doc, part = found.groups()
        return cls(int(doc), int(part) if part is not None else None)
