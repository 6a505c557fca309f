"""The verified computations of RULES.md, each from a D.N.M. order (or computed by hand)."""

from __future__ import annotations

from datetime import date

from docket.rules import briefing_deadlines, compel_deadline, load_pack, reply_deadline

NMD = load_pack("nmd")


def test_molina_response_to_an_e_served_motion_is_due_fourteen_days_later() -> None:
    # Molina v. DHS (D.N.M. 2019): motion filed Fri 2019-05-10, e-served; 7.4(a), 14 days.
    result = briefing_deadlines(NMD, "other", date(2019, 5, 10), "electronic")
    assert result.due == date(2019, 5, 24)
    assert result.rule_id == "nmd.7.4a.response"
    assert result.citation == "D.N.M.LR-Civ. 7.4(a)"
    assert len(result.readings) == 1


def test_fitzgerald_response_to_a_mailed_motion_gets_three_days_and_lands_on_monday() -> None:
    # Fitzgerald v. New Mexico (D.N.M. 2017): motion filed Fri 2017-04-07, mailed to a pro se
    # plaintiff; 14 days + 3 (FRCP 6(d)) -> Mon 2017-04-24.
    result = briefing_deadlines(NMD, "dismiss", date(2017, 4, 7), "mail")
    assert result.due == date(2017, 4, 24)
    assert any(s.action == "add" and "FRCP 6(d)" in s.citation for s in result.readings[0].steps)


def test_sandager_motion_to_compel_is_due_twenty_one_days_after_objections() -> None:
    # Sandager v. Progressive (D.N.M. 2016): objections served 2016-02-15; 26.6, 21 days ->
    # Mon 2016-03-07. The order counts no service days, as for service by hand.
    result = compel_deadline(NMD, date(2016, 2, 15), "personal")
    assert result is not None
    assert result.due == date(2016, 3, 7)
    assert result.rule_id == "nmd.26.6.compel"


def test_reply_after_a_response_served_before_thanksgiving_2025_has_two_readings() -> None:
    # Computed in RULES.md: response e-served Fri 2025-11-14; 7.4(a), 14 days -> Fri 2025-11-28
    # (federal holidays only) or Mon 2025-12-01 (NM's day after Thanksgiving counted).
    result = reply_deadline(NMD, date(2025, 11, 14), "electronic")
    assert [r.due for r in result.readings] == [date(2025, 11, 28), date(2025, 12, 1)]
    assert result.due == date(2025, 11, 28)
    assert "federal legal holidays only" in result.readings[0].assumption
    assert "New Mexico" in result.readings[1].assumption
    assert "FRCP 6(a)(6)(C)" in result.readings[1].assumption
