"""What can go wrong with rules and deadlines, each a :class:`~docket.errors.DocketError`."""

from __future__ import annotations

from docket.errors import DocketError

__all__ = ["InvalidPeriod", "NoPeriod", "RulePackError", "UnknownRule"]


class RulePackError(DocketError, ValueError):
    """A rule pack file cannot be read or does not validate: names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class UnknownRule(DocketError, KeyError):
    """A rule id the pack does not hold, or not in force on the date asked about."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown rule"


class InvalidPeriod(DocketError, ValueError):
    """A period that cannot be computed: negative days, an unknown method of service."""


class NoPeriod(UnknownRule):
    """The court's rule sets no period that can run yet: the court sets the time by order,
    or the period counts from a date the docket does not give (a hearing not yet noticed).
    Its message says which rule and why, for the posture to show instead of a deadline."""
