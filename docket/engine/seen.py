"""What replay has seen of a docket's numbering, kept compact: a million entries' ids and
docket numbers in a few hundred kilobytes, not a hundred megabytes of strings and ints.

An entry id is almost always the case's id and the entry's number (``"1:21-cv-00123/45"``):
such an id is kept as a bit for its number, any other id as itself. Two ids are the same
entry exactly when they are the same text, whichever way each is kept: an id is read as a
number only when the number written back gives the same text (``"/045"`` is kept as text).
"""

from __future__ import annotations

__all__ = ["IdSet", "NumberSet"]

#: Numbers below this are kept as bits (at most 2 MB); a larger one is kept as itself.
_BITS_BELOW = 1 << 24


class NumberSet:
    """A set of docket numbers, kept as bits (numbers from 0 below 2**24; others as ints)."""

    __slots__ = ("_bits", "_other")

    def __init__(self) -> None:
        self._bits = bytearray()
        self._other: set[int] = set()

    def __contains__(self, n: int) -> bool:
        if 0 <= n < _BITS_BELOW:
            byte = n >> 3
            return byte < len(self._bits) and bool(self._bits[byte] >> (n & 7) & 1)
        return n in self._other

    def add(self, n: int) -> None:
        """Add docket number ``n``."""
        self.add_new(n)

    def add_new(self, n: int) -> bool:
        """Add docket number ``n``; whether it was not there before (one look, not two)."""
        if 0 <= n < _BITS_BELOW:
            byte, bit = n >> 3, 1 << (n & 7)
            bits = self._bits
            if byte >= len(bits):
                bits.extend(bytes(max(byte + 1 - len(bits), len(bits))))
            elif bits[byte] & bit:
                return False
            bits[byte] |= bit
            return True
        if n in self._other:
            return False
        self._other.add(n)
        return True


class IdSet:
    """A set of entry ids: ``{case}/{n}`` kept as number ``n`` of ``case``'s, others as text.

    Args:
        case: The case whose entries' ids are read as numbers (``None``: none is).
    """

    __slots__ = ("_numbers", "_other", "_prefix")

    def __init__(self, case: str | None = None) -> None:
        self._prefix = None if case is None else f"{case}/"
        self._numbers = NumberSet()
        self._other: set[str] = set()

    def _number(self, entry: str) -> int | None:
        prefix = self._prefix
        if prefix is None or not entry.startswith(prefix):
            return None
        tail = entry[len(prefix) :]
        # ASCII digits only, no leading zero, short enough: str(int(tail)) == tail.
        if tail.isascii() and tail.isdigit() and (tail[0] != "0" or tail == "0") and len(tail) < 9:
            return int(tail)
        return None

    def __contains__(self, entry: str) -> bool:
        n = self._number(entry)
        return entry in self._other if n is None else n in self._numbers

    def add(self, entry: str) -> None:
        """Add entry id ``entry``."""
        self.add_new(entry)

    def add_new(self, entry: str) -> bool:
        """Add entry id ``entry``; whether it was not there before (one look, not two)."""
        n = self._number(entry)
        if n is not None:
            return self._numbers.add_new(n)
        if entry in self._other:
            return False
        self._other.add(entry)
        return True
