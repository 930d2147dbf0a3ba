"""The mention index answers as one sorted list would, however mentions and look-ups interleave."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

import pytest

from desktop_app.core.analysis.entities import mention_index
from desktop_app.core.analysis.entities.mention_index import MentionDraft, MentionIndex


class OneList:
    """The index as it was: one list, sorted at the first look-up, then kept sorted by insertion."""

    def __init__(self) -> None:
        self.mentions: list[MentionDraft] = []
        self.starts: list[int] = []
        self.sorted = True

    def add(self, m: MentionDraft) -> None:
        if self.sorted and self.mentions:
            i = bisect_right(self.starts, m.start)
            self.mentions.insert(i, m)
            self.starts.insert(i, m.start)
        else:
            self.mentions.append(m)
            self.sorted = False

    def _sort(self) -> None:
        if not self.sorted:
            self.mentions.sort(key=lambda m: (m.start, m.end))
            self.starts = [m.start for m in self.mentions]
            self.sorted = True

    def overlapping(self, start: int, end: int) -> list[MentionDraft]:
        self._sort()
        i = bisect_left(self.starts, start)
        while i > 0 and self.mentions[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end > start:
                out.append(self.mentions[i])
            i += 1
        return out

    def near(self, pos: int, count: int) -> tuple[list[MentionDraft], list[MentionDraft]]:
        self._sort()
        i = bisect_left(self.starts, pos)
        return self.mentions[max(0, i - count) : i][::-1], self.mentions[i : i + count]


@pytest.mark.parametrize("seed", range(40))
def test_same_answers_as_one_sorted_list(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mention_index, "LATE_MIN", 4)  # merge often, to test the merge too
    rng = random.Random(seed)
    index, reference = MentionIndex(), OneList()
    for step in range(400):
        if rng.random() < 0.6:
            start = rng.randrange(200)
            m = MentionDraft(step, start, start + rng.choice((rng.randint(1, 12), rng.randint(0, 60))), "name")
            index.add(m)
            reference.add(m)
        elif rng.random() < 0.1 and reference.mentions:
            # A mention stretched after it was added ("Polisen" -> "Polisen i Region Väst").
            m = rng.choice(reference.mentions)
            index.set_end(m, m.end + rng.randint(0, 80))
        elif rng.random() < 0.3:
            # Ending within a reach, in the list's order, sorted or not (and without sorting it).
            pos, reach = rng.randrange(220), rng.randint(0, 30)
            expected = [m for m in reference.mentions if m.end <= pos and pos - m.end <= reach]
            assert index.ending_within(pos, reach) == expected
        elif rng.random() < 0.5:
            start = rng.randrange(210)
            end = start + rng.randint(0, 15)
            assert index.overlapping(start, end) == reference.overlapping(start, end)
        else:
            pos = rng.randrange(210)
            assert index.near(pos, 10) == reference.near(pos, 10)
        if step % 97 == 0:
            assert index.all == reference.mentions
    assert index.all == reference.mentions


@pytest.mark.parametrize("seed", range(30))
def test_all_before_answers_as_a_scan_of_every_mention(seed: int) -> None:
    """``all_before`` (each actor's mentions, each tested once) says what a walk over every
    mention says, while mentions are added and moved between actors in any order."""
    rng = random.Random(seed)
    passing = {start for start in range(200) if rng.random() < 0.7}
    tested: list[int] = []

    def test(start: int) -> bool:
        tested.append(start)
        return start in passing

    index = MentionIndex()
    mentions: list[MentionDraft] = []
    for step in range(500):
        roll = rng.random()
        if roll < 0.4 or not mentions:
            start = rng.randrange(200)
            m = MentionDraft(rng.randrange(6), start, start + rng.randint(1, 12), "name")
            index.add(m)
            mentions.append(m)
        elif roll < 0.6:
            rng.choice(mentions).actor = rng.randrange(6)  # coreference merges two actors
        else:
            actor, pos = rng.randrange(7), rng.randrange(210)
            before = [m.start in passing for m in mentions if m.actor == actor and m.start < pos]
            expected = None if not before else all(before)
            assert index.all_before(actor, pos, test) is expected


def test_all_before_tests_each_mention_once() -> None:
    """An outlet named thousands of times, always as whom words were given to ("säger hon till
    TT"), asked about at each of its mentions: every mention is tested once, not once per question."""
    calls: list[int] = []
    index = MentionIndex()

    def given_to(start: int) -> bool:
        calls.append(start)
        return True

    for k in range(3000):
        index.add(MentionDraft(0, 10 * k, 10 * k + 2, "name"))
        assert index.all_before(0, 10 * k + 5, given_to) is True
    assert len(calls) == 3000


def test_a_mention_compares_and_prints_by_its_fields() -> None:
    a, b = MentionDraft(1, 2, 3, "name"), MentionDraft(1, 2, 3, "name")
    assert a == b and a != MentionDraft(2, 2, 3, "name")
    assert repr(a) == "MentionDraft(actor=1, start=2, end=3, via='name')"
    b.actor = 2
    assert a != b and b.actor == 2
