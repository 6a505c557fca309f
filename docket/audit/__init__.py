"""Auditing a posture: as-of snapshots, what changed and when, and why."""

from docket.audit.index import Change, PostureIndex

__all__ = ["Change", "PostureIndex"]
