"""Deadlines where lawyers keep them: an iCalendar file of every case's deadlines."""

from __future__ import annotations

from docket.calendaring.ics import CaseDeadlines, deadline_calendar

__all__ = ["CaseDeadlines", "deadline_calendar"]
