"""The mentions of one text in text order, with look-ups by position that stay logarithmic while
coreference keeps adding pronoun mentions between them.

Mentions added before the first look-up are sorted once. Those added later go to a second sorted
list that is merged into the first when it has grown to an eighth of it: a single sorted list
would move every later mention in memory at each insertion, quadratic in a long text.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from heapq import merge
from operator import attrgetter

LATE_MIN = 512  # later mentions kept apart at least up to this many


class MentionDraft:
    """One mention; its end changes only through ``MentionIndex.set_end`` (the index knows the
    longest mention), its start never once added. Its ``actor`` may be reassigned at any time
    (coreference merges actors): the index it belongs to is told, and keeps its mentions by actor.
    Reading a field is a plain slot; only setting one goes through ``__setattr__``."""

    __slots__ = ("actor", "start", "end", "via", "_index")

    def __init__(self, actor: int, start: int, end: int, via: str) -> None:
        _SET_ACTOR(self, actor)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_VIA(self, via)
        _SET_INDEX(self, None)

    def __setattr__(self, name: str, value: object) -> None:
        if name == "actor":
            old = self.actor
            _SET_ACTOR(self, value)
            ref = self._index  # a weak reference: a mention and its index make no cycle
            index = ref() if ref is not None else None
            if index is not None and old != value:
                index._moved(self, old, value)  # type: ignore[arg-type]
        else:
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not MentionDraft:
            return NotImplemented
        return (self.actor, self.start, self.end, self.via) == (other.actor, other.start, other.end, other.via)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return f"MentionDraft(actor={self.actor!r}, start={self.start!r}, end={self.end!r}, via={self.via!r})"


_SET_ACTOR = MentionDraft.actor.__set__  # type: ignore[attr-defined]
_SET_START = MentionDraft.start.__set__  # type: ignore[attr-defined]
_SET_END = MentionDraft.end.__set__  # type: ignore[attr-defined]
_SET_VIA = MentionDraft.via.__set__  # type: ignore[attr-defined]
_SET_INDEX = MentionDraft._index.__set__  # type: ignore[attr-defined]


_START = attrgetter("start")


class MentionIndex:
    """Mentions by position. The order is that of one list kept sorted by start, each later
    mention placed after those that start where it does."""

    def __init__(self) -> None:
        self._ref = weakref.ref(self)  # what its mentions hold, to tell it of a new actor
        self._by_actor: dict[int, tuple[list[MentionDraft], list[int]]] = {}  # by start, and the starts
        self._passed: dict[int, int] = {}  # actor -> how many of its first mentions pass ``test``
        self._base: list[MentionDraft] = []
        self._base_starts: list[int] = []
        self._late: list[MentionDraft] = []
        self._late_starts: list[int] = []
        self._sorted = True
        self._longest = 0  # the longest mention's length (end - start)

    @property
    def all(self) -> list[MentionDraft]:
        """Every mention, in the index's order (as added, before the first look-up)."""
        if self._late:
            self._merge()
        return self._base

    def add(self, mention: MentionDraft) -> None:
        _SET_INDEX(mention, self._ref)
        self._file(mention, mention.actor)
        if mention.end - mention.start > self._longest:
            self._longest = mention.end - mention.start
        if self._sorted and (self._base or self._late):
            # Once look-ups have begun, keep the order instead of re-sorting on the next look-up.
            i = bisect_right(self._late_starts, mention.start)
            self._late.insert(i, mention)
            self._late_starts.insert(i, mention.start)
            if len(self._late) > max(LATE_MIN, len(self._base) >> 3):
                self._merge()
        else:
            self._base.append(mention)
            self._sorted = False

    def set_end(self, mention: MentionDraft, end: int) -> None:
        """Move the end of a mention of this index (its start, and so its place, stays)."""
        _SET_END(mention, end)
        if end - mention.start > self._longest:
            self._longest = end - mention.start

    def _file(self, mention: MentionDraft, actor: int) -> None:
        """Put ``mention`` among ``actor``'s mentions (after those that start where it does)."""
        mentions, starts = self._by_actor.setdefault(actor, ([], []))
        i = bisect_right(starts, mention.start)
        mentions.insert(i, mention)
        starts.insert(i, mention.start)
        if i < self._passed.get(actor, 0):
            self._passed[actor] = i  # the new one is not tested yet

    def _moved(self, mention: MentionDraft, old: int, new: int) -> None:
        """``mention`` now belongs to ``new``, no longer to ``old``."""
        mentions, starts = self._by_actor[old]
        i = bisect_left(starts, mention.start)
        while mentions[i] is not mention:
            i += 1
        del mentions[i], starts[i]
        if i < self._passed.get(old, 0):
            self._passed[old] -= 1  # the ones before it still passed
        self._file(mention, new)

    def all_before(self, actor: int, pos: int, test: Callable[[int], bool]) -> bool | None:
        """Whether every mention of ``actor`` that starts before ``pos`` passes ``test`` (a pure
        question about a mention's start, the same at every call: the answers are kept); None
        when it has none there. Each mention is tested once while it stays."""
        found = self._by_actor.get(actor)
        if found is None:
            return None
        mentions, starts = found
        stop = bisect_left(starts, pos)
        if stop == 0:
            return None
        done = self._passed.get(actor, 0)
        if done < stop:
            while done < stop:
                if not test(mentions[done].start):
                    self._passed[actor] = done
                    return False
                done += 1
            self._passed[actor] = done
        return True

    def _merge(self) -> None:
        """The later mentions into the sorted list; at one start, those already there first."""
        self._base = list(merge(self._base, self._late, key=_START))
        self._base_starts = [m.start for m in self._base]
        self._late, self._late_starts = [], []

    def _ensure_sorted(self) -> None:
        if not self._sorted:
            self._base.sort(key=lambda m: (m.start, m.end))
            self._base_starts = [m.start for m in self._base]
            self._sorted = True

    def _before(self, i: int, j: int) -> tuple[MentionDraft | None, int, int]:
        """The mention before positions (i, j) of the two lists, and the positions without it."""
        base, late = self._base, self._late
        if j > 0 and (i == 0 or late[j - 1].start >= base[i - 1].start):
            return late[j - 1], i, j - 1
        if i > 0:
            return base[i - 1], i - 1, j
        return None, i, j

    def _after(self, i: int, j: int) -> tuple[MentionDraft | None, int, int]:
        """The mention at positions (i, j) of the two lists, and the positions after it."""
        base, late = self._base, self._late
        if i < len(base) and (j == len(late) or base[i].start <= late[j].start):
            return base[i], i + 1, j
        if j < len(late):
            return late[j], i, j + 1
        return None, i, j

    def overlapping(self, start: int, end: int) -> list[MentionDraft]:
        """Mentions that overlap ``start:end``, in text order."""
        self._ensure_sorted()
        i, j = bisect_left(self._base_starts, start), bisect_left(self._late_starts, start)
        while True:  # back over the mentions that start before and reach into the span
            m, pi, pj = self._before(i, j)
            if m is None or m.end <= start:
                break
            i, j = pi, pj
        out: list[MentionDraft] = []
        while True:
            m, i, j = self._after(i, j)
            if m is None or m.start >= end:
                break
            if m.end > start:
                out.append(m)
        return out

    def ending_within(self, pos: int, reach: int) -> list[MentionDraft]:
        """Mentions that end in ``pos - reach .. pos``, in the order of ``all``. Before the first
        look-up (the index still in the order mentions were added) this walks them all, so it
        neither sorts the index nor changes that order; after it, only those that start at most
        the longest mention's length before ``pos - reach``."""
        if not self._sorted:
            return [m for m in self._base if m.end <= pos and pos - m.end <= reach]
        low = pos - reach - self._longest
        i, j = bisect_left(self._base_starts, low), bisect_left(self._late_starts, low)
        out: list[MentionDraft] = []
        while True:
            m, i, j = self._after(i, j)
            if m is None or m.start > pos:
                return out
            if m.end <= pos and pos - m.end <= reach:
                out.append(m)

    def near(self, pos: int, count: int) -> tuple[list[MentionDraft], list[MentionDraft]]:
        """Up to ``count`` mentions before and after ``pos`` (nearest first)."""
        self._ensure_sorted()
        i, j = bisect_left(self._base_starts, pos), bisect_left(self._late_starts, pos)
        if not self._late:
            base = self._base
            return base[max(0, i - count) : i][::-1], base[i : i + count]
        before: list[MentionDraft] = []
        bi, bj = i, j
        while len(before) < count:
            m, bi, bj = self._before(bi, bj)
            if m is None:
                break
            before.append(m)
        after: list[MentionDraft] = []
        while len(after) < count:
            m, i, j = self._after(i, j)
            if m is None:
                break
            after.append(m)
        return before, after
