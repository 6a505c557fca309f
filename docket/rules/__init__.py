"""Procedural rules: rule packs as data, time computation, and the doctrines replay applies."""

__all__: list[str] = []
