"""The docket's phrasebook: every phrase for a document, a motion, its kind and a status.

The posture's text, the explanations, the timeline and the deadlines all phrase a motion
with these functions, so they say the same thing. (Conditions are phrased by
:func:`docket.events.describe`, with the docket numbers phrased here.)
"""

from __future__ import annotations

import re

# The vocabulary module itself, not the package: the condition phrases in docket.events
# use this module while that package is still loading.
from docket.events.vocabulary import Ground, MotionKind

__all__ = [
    "doc_ref",
    "kind_words",
    "motion_ref",
    "motion_words",
    "status_words",
    "title_words",
]

_KINDS = {
    MotionKind.COMPEL: "motion to compel",
    MotionKind.STAY_DISCOVERY: "motion to stay discovery",
    MotionKind.STAY_CASE: "motion to stay the case",
    MotionKind.SUMMARY_JUDGMENT: "motion for summary judgment",
    MotionKind.DISMISS: "motion to dismiss",
    MotionKind.JUDGMENT_ON_PLEADINGS: "motion for judgment on the pleadings",
    MotionKind.EXTENSION_OF_TIME: "motion for extension of time",
    MotionKind.PROTECTIVE_ORDER: "motion for protective order",
    MotionKind.LEAVE_TO_FILE: "motion for leave to file",
    MotionKind.AMEND: "motion to amend",
    MotionKind.RECONSIDERATION: "motion for reconsideration",
    MotionKind.SANCTIONS: "motion for sanctions",
    MotionKind.REMAND: "motion to remand",
    MotionKind.DEFAULT_JUDGMENT: "motion for default judgment",
    MotionKind.RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW: "renewed motion for judgment as a matter of law",
    MotionKind.AMEND_FINDINGS: "motion to amend the findings",
    MotionKind.NEW_TRIAL: "motion for a new trial",
    MotionKind.ALTER_JUDGMENT: "motion to alter or amend the judgment",
    MotionKind.ATTORNEY_FEES: "motion for attorney's fees",
    MotionKind.RELIEF_FROM_JUDGMENT: "motion for relief from the judgment",
    MotionKind.OTHER: "motion",
}


def doc_ref(doc: int | None) -> str:
    """``Doc. 38``, or "an unnumbered entry"."""
    return f"Doc. {doc}" if doc is not None else "an unnumbered entry"


def motion_ref(doc: int | None, part: int | None = None) -> str:
    """``Doc. 45``, or ``Doc. 45 part 2`` for one motion of a document holding several."""
    return doc_ref(doc) if part is None else f"{doc_ref(doc)} part {part}"


def kind_words(kind: MotionKind, grounds: tuple[Ground, ...] = ()) -> str:
    """ "motion for summary judgment (qualified immunity)"."""
    name = _KINDS[kind]
    if grounds:
        name += " (" + ", ".join(g.value.replace("_", " ") for g in grounds) + ")"
    return name


def motion_words(doc: int | None, kind: MotionKind, part: int | None = None) -> str:
    """ "Doc. 38 (motion to stay discovery)", "Doc. 45 (part 2: motion for summary judgment)"."""
    if part is not None:
        return f"{doc_ref(doc)} (part {part}: {_KINDS[kind]})"
    return f"{doc_ref(doc)} ({_KINDS[kind]})"


def status_words(status: str) -> str:
    """ "denied_without_prejudice" -> "denied without prejudice"."""
    return status.replace("_", " ")


#: What a docket's own title says before the motion itself: "NOTICE OF MOTION AND MOTION to ...".
_NOTICE_OF_MOTION = re.compile(r"^notice of motion and\s+", re.I)
#: A word CM/ECF writes in capitals for its event type: "MOTION", "EX PARTE", "APPLICATION".
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")


def title_words(title: str, limit: int = 72) -> str:
    """A motion the vocabulary has no kind for, named by its docket title as a clerk would say
    it: "First MOTION to Continue Sentencing" -> "first motion to Continue Sentencing";
    cut at a word before ``limit`` characters, with "..." where it was cut."""
    words = _SHOUTED.sub(lambda m: m[0].lower(), _NOTICE_OF_MOTION.sub("", title.strip()))
    words = " ".join(words.split())
    if len(words) > limit:
        words = words[: limit - 3].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."
    return words[:1].lower() + words[1:]
