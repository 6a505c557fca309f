"""Posture as a docket clerk would write it: plain text, one line per fact."""

from __future__ import annotations

from collections.abc import Callable

from docket.courts import abbreviation
from docket.posture import (
    AppealState,
    BriefingState,
    DefendantState,
    DiscoveryState,
    JudgmentState,
    MotionState,
    Posture,
    ReviewFlag,
    StayState,
)
from docket.words import doc_ref, kind_words, motion_ref, title_words

__all__ = [
    "appeal_line",
    "briefing_words",
    "defendant_line",
    "entry_ref",
    "judgment_line",
    "motion_line",
    "motion_what",
    "posture_text",
    "stay_line",
    "wrap",
]


def motion_what(m: MotionState) -> str:
    """What a motion is: "motion to compel", or the title of a motion of no known kind."""
    # A motion of no known kind is named by its own title, not "motion".
    return title_words(m.title) if m.kind == "other" and m.title else kind_words(m.kind, m.grounds)


def motion_line(m: MotionState) -> str:
    """One motion: what it is, who moved, and what became of it."""
    who = f" by {m.movant}" if m.movant else ""
    what = motion_what(m)
    line = f"{motion_ref(m.doc, m.part)}: {what}{who}, filed {m.filed}: {m.status.replace('_', ' ').upper()}"
    if m.decided is not None:
        line += f" {m.decided} ({doc_ref(m.decided_by)})"
    if m.hearing is not None:
        line += f"; hearing {m.hearing}"
    a = m.abeyance
    if m.status == "held_in_abeyance" and a is not None:
        line += f" since {a.since} (order {doc_ref(a.by)}) pending {a.pending_text}"
        line += "; briefing suspended: no response is due"
    elif m.briefing is not None:
        line += "; " + briefing_words(m.briefing)
    if a is not None and a.lifted is not None and m.status == "pending":
        line += f"; abeyance ended {a.lifted}: {a.lifted_because}"
        if a.review:
            line += f"; NEEDS REVIEW: {a.review}"
    leave = m.leave_to_refile
    if leave is not None:
        line += f"; leave to refile {leave.status.upper()}"
        if leave.status == "conditional":
            line += f" on {leave.condition_text}"
        elif leave.condition is not None:
            line += f" since {leave.since} ({leave.condition_text})"
        if leave.until is not None:
            line += f", last day to refile {leave.until}"
    line += "".join(
        f"; NEEDS REVIEW: {entry_ref(r)} may rule on {motion_ref(m.doc, m.part)} ({r.reason})"
        for r in m.review
    )
    return line


def _discovery_close(d: DiscoveryState) -> list[str]:
    """When discovery closes (or how many days were left when it was stayed), and what about
    it a person should check."""
    lines = []
    if d.closes is not None and d.days_left is not None:
        lines.append(
            f"  Discovery deadline {d.closes} does not run while discovery is stayed: "
            f"{d.days_left} days left"
        )
    elif d.closes is not None and d.status in ("open", "not_open"):
        lines.append(f"  Discovery closes {d.closes}")
    lines.extend(f"  NEEDS REVIEW: {r.reason}" + _by(r) for r in d.review)
    return lines


def _by(r: ReviewFlag) -> str:
    return f" ({doc_ref(r.doc)})" if r.doc is not None else ""


def judgment_line(j: JudgmentState) -> str:
    """One judgment: what it decides, for whom, and whether the time to appeal is held."""
    if j.final:
        line = f"Final judgment {doc_ref(j.doc)} entered {j.entered}"
    elif j.rule_54b:
        line = f"Rule 54(b) judgment {doc_ref(j.doc)} entered {j.entered}, final only as to {', '.join(j.parties + j.claims)}"
    else:
        line = f"Partial judgment {doc_ref(j.doc)} entered {j.entered}"
    if j.docketed is not None:
        line = line.replace(f" entered {j.entered}", f" docketed {j.docketed}", 1)
    if j.in_favor_of:
        line += f" in favor of {j.in_favor_of}"
    if j.entered_under == "FRCP 58(c)(2)(B)":
        line += (
            f"; no separate document: judgment entered {j.entered}, when 150 days ran "
            "(FRCP 58(c)(2)(B)); the periods after judgment run from then"
        )
    elif j.entered_under is not None:
        line += f"; entered {j.entered} by its separate document ({j.entered_under})"
    if j.tolled_by:
        held = ", ".join(f"Doc. {k}" for k in j.tolled_by)
        line += f"; time to appeal SUSPENDED while {held} pending (FRAP 4(a)(4)(A))"
    line += "".join(f"; NEEDS REVIEW: {entry_ref(r)}: {r.reason}" for r in j.review)
    return line


def appeal_line(a: AppealState) -> str:
    """One appeal: who appeals from what, and whether the mandate has issued."""
    kind = "Interlocutory appeal" if a.interlocutory else "Appeal"
    who = f" by {', '.join(a.appellants)}" if a.appellants else ""
    frm = ", ".join(doc_ref(d) for d in a.from_docs) or "the judgment"
    grounds = f" ({', '.join(g.value.replace('_', ' ') for g in a.grounds)})" if a.grounds else ""
    line = f"{kind}{grounds}{who} from {frm} (notice {doc_ref(a.doc)}, {a.noticed}): "
    if a.status == "pending":
        return line + "PENDING"
    outcome = (a.outcome or "decided").replace("_", " ").upper()
    return line + f"{outcome}, mandate {a.mandate} ({doc_ref(a.decided_by)})"


def defendant_line(d: DefendantState) -> str:
    """One defendant: served how and when, and where its answer stands (FRCP 12(a), 55(a))."""
    line = f"{d.name}: "
    if d.service is not None:
        how = "waived service (request sent" if d.service == "waiver" else "served"
        line += f"{how} {d.served or 'on a day the docket does not give'}"
        line += ")" if d.service == "waiver" else ""
        line += "; "
    due = f"{d.answer_due} ({d.rule})" if d.answer_due is not None else "on a date not computed"
    match d.answer:
        case "not_served":
            line += "no service on the docket"
        case "due":
            line += f"ANSWER DUE {due}"
        case "suspended":
            held = ", ".join(f"Doc. {k}" for k in d.held_by)
            line += (
                f"time to answer SUSPENDED while {held} (Rule 12) pending; 14 days after notice"
                " of a denial (FRCP 12(a)(4)(A))"
                if d.held_by
                else f"time to answer SUSPENDED by the stay of the case (was due {d.answer_due})"
            )
        case "answered":
            line += f"ANSWERED {d.answered} ({doc_ref(d.answered_by)})"
        case "overdue":
            line += (
                f"NO ANSWER on the docket by {due}; unless the time was extended or the "
                "defendant otherwise defends, default may be requested (FRCP 55(a))"
            )
        case "in_default":
            line += f"IN DEFAULT since {d.default_entered} (FRCP 55(a))"
            if d.answered is not None:
                line += f"; answer filed {d.answered} ({doc_ref(d.answered_by)})"
        case "dismissed":
            line += "DISMISSED on its Rule 12 motion: no answer is due"
        case "moot":
            line += "no answer is due: the case ended"
    if d.default_requested is not None and d.default_entered is None:
        line += f"; entry of default REQUESTED {d.default_requested}"
    line += "".join(f"; NEEDS REVIEW: {entry_ref(r)}: {r.reason}" for r in d.review)
    return line


def entry_ref(r: ReviewFlag) -> str:
    """The entry a review flag points at: its docket number, or its date when unnumbered."""
    return doc_ref(r.doc) if r.doc is not None else f"the entry of {r.filed}"


def briefing_words(b: BriefingState) -> str:
    """A motion's briefing: what was filed, what is awaited, or why it is complete."""
    said = []
    if b.response is not None:
        said.append(f"response Doc. {b.response} filed")
    if b.reply is not None:
        said.append(f"reply Doc. {b.reply} filed")
    if b.status == "awaiting_response":
        said.append(
            f"awaiting response (due {b.response_due})" if b.response_due else "awaiting response"
        )
    elif b.status == "awaiting_reply":
        said.append(f"awaiting reply (due {b.reply_due})" if b.reply_due else "awaiting reply")
    elif b.complete_because and b.reply is None:
        said.append(f"{b.complete_because} ({b.complete_since})")
    return "briefing: " + ", ".join(said) if said else "briefing: none"


def stay_line(s: StayState) -> str:
    """One stay: scope, who entered it, and its lifting terms."""
    scope = {"discovery": "Discovery", "case": "Case", "parties": "Discovery"}[s.scope.value]
    if s.parties:
        scope += " as to " + ", ".join(s.parties)
    by = f"order {doc_ref(s.imposed_by)}" + (
        f", granting {motion_ref(s.on_motion, s.on_motion_part)}" if s.on_motion else ""
    )
    if s.pending_appeal is not None:
        by = f"notice of interlocutory appeal {doc_ref(s.pending_appeal)}"
    if s.status == "in_force":
        terms = "until further order" if s.lifts_when is None else f"pending {s.lifts_when_text}"
        if s.pending_appeal is not None:
            terms = "pending the appeal, until the mandate"
        review = f"; NEEDS REVIEW: {s.review}" if s.review else ""
        return f"{scope} STAYED since {s.imposed} {terms} ({by}){review}"
    return f"{scope} stay of {s.imposed} ({by}) LIFTED {s.lifted}: {s.lifted_because}"


def posture_text(p: Posture, motion_text: Callable[[MotionState], str] = motion_line) -> str:
    """The posture as a clerk's summary (``motion_text`` phrases each motion: a caller
    writing many postures of one case may pass :func:`motion_line` with a cache)."""
    court = abbreviation(p.case.court)
    title = p.case.title or p.case.id or "(no case)"
    lines = [f"{title} ({p.case.id}, {court})"]
    lines.append(
        f"Case {p.case.status.upper()}" + (f" since {p.case.since}" if p.case.since else "")
    )
    lines.extend(
        f"  NEEDS REVIEW: {entry_ref(r)} ({r.filed}) may end the case ({r.reason})"
        for r in p.case.review
    )
    lines.extend(judgment_line(j) for j in p.case.judgments)
    lines.extend(appeal_line(a) for a in p.case.appeals)
    if p.case.defendants:
        lines.append(f"Defendants ({len(p.case.defendants)}):")
        lines.extend("  " + defendant_line(d) for d in p.case.defendants)
    in_force = [s for s in p.discovery.stays if s.status == "in_force"]
    if not in_force or p.discovery.status != "stayed":
        # The status line says what the JSON says; a stay as to some parties, or one entered
        # after discovery closed, follows it.
        since = f" since {p.discovery.since}" if p.discovery.since else ""
        lines.append(f"Discovery {p.discovery.status.replace('_', ' ').upper()}{since}")
    lines.extend(stay_line(s) for s in in_force)
    lines.extend(f"  Why: {s.explanation}" for s in in_force if s.explanation)
    lines.extend(_discovery_close(p.discovery))
    lines.extend(stay_line(s) for s in p.discovery.stays if s.status != "in_force")
    lines.append(f"Motions ({len(p.motions)}):" if p.motions else "Motions: none")
    lines.extend("  " + motion_text(m) for m in p.motions)
    if p.deadlines:
        lines.append("Deadlines:")
        for d in p.deadlines:
            flag = "; UNVERIFIED period" if d.unverified else ""
            lines.append(f"  {d.due} {d.what} ({d.citation}; {d.status}{flag})")
    if p.case.rule_pack_notice:
        lines.append(f"Rules: {p.case.rule_pack_notice}")
    if p.anomalies:
        lines.append(f"Anomalies ({len(p.anomalies)}):")
        lines.extend(f"  {doc_ref(a.doc)} ({a.filed}): {a.reason}" for a in p.anomalies)
    return "\n".join(lines)


def wrap(text: str, width: int) -> str:
    """``text`` for a terminal ``width`` columns wide: each longer line broken at spaces, its
    continuation indented four more than the line (a citation or a docket number is never
    split; a word longer than the width stands alone on its line)."""
    import textwrap

    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        out.extend(
            textwrap.wrap(
                line.strip(" "),
                width=max(width, len(indent) + 24),
                initial_indent=indent,
                subsequent_indent=indent + "    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(out)
