"""Procedural rules: rule packs as data, time computation, and the doctrines replay applies."""
