"""Polarity of a statement toward what it is about: positive, negative or neutral.

Evaluative words give +1 or -1 ("gediget", "otillräckliga"; "solid", "inadequate"); a negation
flips the nearest one within three words of its clause ("inte tillräckligt", "does not work"), and
a negation with nothing evaluative near it is a weak criticism ("ingenting har gjorts"). Saying
that more must be done, or what should have been done, is critical. Comparatives are evaluative
through their lemma ("sämre än" -> "dålig"). When a sentence turns on "men"/"but", the clause
after the turn decides. An explicit stance cue decides over all of it: "håller inte med om att X"
holds the opposite of X, "instämmer i att X" holds X.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.viewpoints.lexicons import Lexicon
from desktop_app.core.viewpoints.terms import PhraseIndex, Token, Vocabulary, tokenize

NEGATION_REACH_AFTER = 3  # words a negation reaches forward ("inte alls tillräckligt")
NEGATION_REACH_BEFORE = 2  # and backward ("fungerar inte")
BARE_NEGATION = -0.5
NEGATED_THING = True  # "inget alternativ", "no evidence" is a weak criticism too
DENIAL_REACH = 2  # words before a rejection cue in which a negation grants instead ("does not dispute")
NOUN_PHRASE_REACH = 6  # words "no" / "ingen" reaches forward over its noun phrase (dev: 5–8 alike)
DEMAND_REACH = 6  # words after a demand in which its "more" or "stop" word stands ("uppmanar X i Y att stoppa")
UNASSERTED = True  # the judgments of a clause opened by "whether" / "avgör om den är" are not asserted
DEMAND_STANCE = True  # a demand for more or better, or to stop, is critical: the stance layer
_NO_DETERMINERS = frozenset({"ingen", "inget", "inga", "no"})
_BOUNDARY_CHARS = frozenset(",;:()–—\n.!?\"”“«»")
_COMPLEMENT_END = frozenset({"och", "and", "men", "but"})
_COMPLEMENT_START = frozenset({"att", "om", "i", "that", "the"})
_COPULAS = frozenset({"är", "var", "vore", "blir", "is", "was", "are", "were", "would"})


@dataclass(frozen=True)
class Polarity:
    value: int  # +1, -1, 0
    evidence: tuple[str, ...]  # the words that decided it
    need_more: bool = False
    cue_relation: str | None = None  # "agree" / "disagree" when a stance cue is present
    cue_text: str = ""
    cue_start: int = -1  # character span of the cue
    cue_end: int = -1
    cue_has_complement: bool = False  # "håller inte med om att X": X follows, not a target
    complement: tuple[int, int] = (-1, -1)  # character span of X
    complement_value: int = 0  # polarity of X itself
    # (first token, end token, value) of each comma-separated segment: the polarity toward the
    # words of that segment ("by agreement, firm by firm, not by law": -1 toward "law")
    segments: tuple[tuple[int, int, int], ...] = ()


class PolarityRules:
    """The polarity lists of one language, compiled for matching."""

    def __init__(self, lex: Lexicon, lemma=None) -> None:
        self.lex = lex
        positive, negative = _inflected(lex.positive, lemma), _inflected(lex.negative, lemma)
        phrases = positive + negative
        gap = frozenset(lex.stopwords - lex.negators)
        self.evaluative = PhraseIndex(phrases, ["+"] * len(positive) + ["-"] * len(negative))
        demand, demand_get = (lex.demand, lex.demand_get) if DEMAND_STANCE else ((), ())
        special = (
            list(lex.need_more) + list(lex.counterfactual) + list(lex.stance_agree) + list(lex.stance_disagree)
            + list(lex.proposition) + list(demand) + list(demand_get)
        )
        tags = (
            ["need"] * len(lex.need_more)
            + ["counter"] * len(lex.counterfactual)
            + ["agree"] * len(lex.stance_agree)
            + ["disagree"] * len(lex.stance_disagree)
            + ["claim"] * len(lex.proposition)
            + ["demand"] * len(demand)
            + ["get"] * len(demand_get)
        )
        self.special = PhraseIndex(special, tags, gap)
        # what a demand asks for: more or better of something, or that something stops
        more_stop = list(lex.demand_more) + _inflected(lex.demand_stop, lemma)
        self.demanded = PhraseIndex(more_stop, ["more"] * len(lex.demand_more)
                                    + ["stop"] * (len(more_stop) - len(lex.demand_more)))
        self.inaction = PhraseIndex(lex.inaction)
        self.asking = lex.unasserted | lex.unasserted_verb

    def is_negator(self, tok: Token) -> bool:
        return tok.text in self.lex.negators or tok.text.endswith(("n't", "n’t"))

    def polarity(self, text: str, tokens: list[Token], first: int = 0) -> Polarity:
        """Polarity of ``tokens[first:]``; ``tokens[:first]`` is the sentence before it, searched
        only for a stance cue ("Löfven håller inte med om att" before the reported words)."""
        if not tokens:
            return Polarity(0, ())
        n = len(tokens)
        boundary = [False] * n  # a clause or phrase boundary before token i
        clause = [0] * n
        current = 0
        for i in range(1, n):
            gap = text[tokens[i - 1].end : tokens[i].start]
            if gap != " " and not _BOUNDARY_CHARS.isdisjoint(gap):  # most gaps are one space
                boundary[i] = True
            if tokens[i].text in self.lex.contrast and i >= first:
                boundary[i] = True
                current += 1
            clause[i] = current
        consumed = [False] * n
        specials = []
        for s, e, tag in self.special.find(tokens):
            if any(consumed[s:e]):
                continue
            specials.append((s, e, tag))
            for k in range(s, e):
                consumed[k] = True
        cue = next(((s, e, tag) for s, e, tag in specials if tag in ("agree", "disagree", "claim")), None)
        denial = self._denial(tokens, cue[0], cue[1], boundary) if cue is not None and cue[2] == "disagree" else -1
        if denial >= 0:
            # "Nobody denies that the budget is tight" / "Vi förnekar inte att": a denied rejection
            # grants what follows (and, with a "but" after it, is a concession: below)
            consumed[denial] = True
            cue = (min(denial, cue[0]), max(denial + 1, cue[1]), "agree")
        if cue is not None and cue[2] == "agree" and clause[-1] > clause[cue[1] - 1]:
            # a concession: "It is true that X, but Y" / "Visst stämmer det att X, men Y" holds Y
            cue = None
        hits: list[list] = []  # [start, end, value, words]
        for s, e, tag in self.evaluative.find(tokens):
            if s < first or any(consumed[s:e]):
                continue
            hits.append([s, e, 1.0 if tag == "+" else -1.0, " ".join(t.text for t in tokens[s:e])])
            for k in range(s, e):
                consumed[k] = True
        need_more = False
        extra: list[tuple[int, float, str]] = []  # (token index, value, words)
        for s, e, tag in specials:
            if s < first and tag in ("need", "counter", "demand", "get"):
                continue
            words = " ".join(t.text for t in tokens[s:e])
            if tag == "need" and DEMAND_STANCE and self._negated_before(tokens, s, boundary, consumed):
                continue  # "We do not need more rules"
            if tag == "need":
                need_more = True
                extra.append((s, -1.0, words))
            elif tag in ("demand", "get"):
                if self._negated_before(tokens, s, boundary, consumed):
                    continue  # "We do not need a better plan": no demand
                asked = self._demand(tokens, s, e, tag, boundary, hits)
                if asked and not any(t == "need" and clause[s2] == clause[s] for s2, _, t in specials):
                    extra.append((s, -1.0, f"{words} … {asked}"))
            elif tag == "counter":
                extra.append((s, -1.0, words))
                for hit in hits:  # "kunde ha skötts bättre": the good word is what was missed
                    if hit[0] >= e and clause[hit[0]] == clause[s] and hit[2] > 0:
                        hit[2] = -hit[2]
        doing = {i for s, e, _ in self.inaction.find(tokens) for i in range(s, e)}
        self._negate(tokens, first, consumed, boundary, hits, extra, doing)
        values: list[tuple[int, float, str]] = [(h[0], h[2], h[3]) for h in hits] + extra
        if UNASSERTED and values and not self.asking.isdisjoint([t.text for t in tokens]):
            asked = self._unasserted(tokens, first, boundary)
            if asked:
                values = [v for v in values if v[0] not in asked]
        if cue is not None:
            return self._with_cue(text, tokens, cue, values, need_more, boundary)
        return _decide(values, clause, need_more, self._segments(tokens, first, boundary, values))

    def _negated_before(self, tokens: list[Token], s: int, boundary: list[bool], consumed: list[bool]) -> bool:
        """Is one of the two words before token ``s``, in its clause, a negation ("do not need")?
        It is then the demand's, and marked used: denying a need is no criticism."""
        for k in range(s - 1, max(-1, s - 3), -1):
            if boundary[k + 1]:
                return False
            if self.is_negator(tokens[k]) and not consumed[k]:
                consumed[k] = True
                return True
        return False

    def _demand(self, tokens: list[Token], s: int, e: int, tag: str, boundary: list[bool], hits: list[list]) -> str:
        """The stance layer: what the demand at tokens ``s:e`` asks for, "" when it asks for
        nothing that judges how things are now. A demand for more or better of something
        ("Det behövs fler av oss", "we need a real plan"; after "ge oss" / "deserve" any good
        word: "Ge oss bättre villkor") criticises how it is now; a demand to stop something
        ("Nämnden måste dra tillbaka förslaget", "should scrap the levy") is against it. Either
        way the good words of its clause are what is wanted, not what is: they are dropped from
        ``hits``. A negation right after the demand ("vi behöver inte fler") asks for nothing."""
        n = len(tokens)
        end = e
        while end < n and not boundary[end]:  # the demand's clause
            end += 1
        reach = min(end, e + DEMAND_REACH)
        if any(self.is_negator(tokens[k]) for k in range(e, reach)):
            return ""
        found = self.demanded.find(tokens[e:reach]) if reach > e else []
        if found:
            asked = " ".join(t.text for t in tokens[e + found[0][0] : e + found[0][1]])
        else:
            good = [h for h in hits if e <= h[0] < reach and h[2] > 0] if tag == "get" else []
            asked = good[0][3] if good else ""
        if asked:
            hits[:] = [h for h in hits if not (e <= h[0] < end and h[2] > 0)]
        return asked

    def _unasserted(self, tokens: list[Token], first: int, boundary: list[bool]) -> set[int]:
        """Token indices of clauses that ask rather than assert: from "whether" / "huruvida", or
        an "om" inside a clause before a clause verb ("avgör om den är rimlig"), to the clause's
        end. Their evaluative words are no stance."""
        lex = self.lex
        out: set[int] = set()
        n = len(tokens)
        for i in range(first, n):
            word = tokens[i].text
            if word in lex.unasserted or (
                    word in lex.unasserted_verb and i > first and not boundary[i]  # not a condition
                    and i + 1 < n and tokens[i + 1].text not in ("att", "that")  # "med om att"
                    and any(tokens[k].text in lex.clause_verbs and not any(boundary[i + 1 : k + 1])
                            for k in range(i + 1, min(n, i + 4)))):
                k = i + 1
                while k < n and not boundary[k]:
                    out.add(k)
                    k += 1
        return out

    def _denial(self, tokens: list[Token], start: int, end: int, boundary: list[bool]) -> int:
        """The negation of the stance cue at tokens ``start:end``: the word right after it ("vi
        förnekar inte"), or one of the two before it in its clause ("nobody denies", "I do not
        dispute", "ingen förnekar"); -1 when there is none."""
        if end < len(tokens) and self.is_negator(tokens[end]) and not boundary[end]:
            return end
        for k in range(start - 1, max(-1, start - 1 - DENIAL_REACH), -1):
            if self.is_negator(tokens[k]):
                return -1 if any(boundary[k + 1 : start + 1]) else k
        return -1

    def _segments(self, tokens, first, boundary, values) -> tuple[tuple[int, int, int], ...]:
        """Polarity of each segment between boundaries; a segment opened by a negation and
        holding nothing evaluative rejects its words ("X, inte Y", "X, not Y")."""
        out = []
        start = first
        for i in range(first + 1, len(tokens) + 1):
            if i == len(tokens) or boundary[i]:
                total = sum(v for k, v, _ in values if start <= k < i)
                if not total and self.is_negator(tokens[start]) and i - start > 1:
                    total = -1.0
                out.append((start, i, 1 if total > 0 else -1 if total < 0 else 0))
                start = i
        return tuple(out)

    def _negate(self, tokens, first, consumed, boundary, hits, extra, doing) -> None:
        flipped: set[int] = set()
        for i in range(first, len(tokens)):
            if consumed[i] or not self.is_negator(tokens[i]):
                continue
            target = None
            # "no" / "ingen" before a noun phrase denies all of it: "no realistic prospect of
            # enough sustainable fuel", "ingen långsiktig plan för en trygg skola"
            reach = NOUN_PHRASE_REACH if tokens[i].text in _NO_DETERMINERS else NEGATION_REACH_AFTER
            for hit_no, hit in enumerate(hits):
                s = hit[0]
                if i < s <= i + reach and not any(boundary[i + 1 : s + 1]):
                    if target is None or s < hits[target][0]:
                        target = hit_no
            if target is None:
                for hit_no, hit in enumerate(hits):
                    e = hit[1]
                    if i - NEGATION_REACH_BEFORE <= e - 1 < i and not any(boundary[e : i + 1]):
                        target = hit_no
            if target is not None and target not in flipped and reach > NEGATION_REACH_AFTER:
                # the rest of the noun phrase too: "ingen långsiktig plan för en trygg skola"
                for hit_no, hit in enumerate(hits):
                    if hit_no != target and hit_no not in flipped and hits[target][0] < hit[0] <= i + reach \
                            and not any(boundary[i + 1 : hit[0] + 1]):
                        flipped.add(hit_no)
                        hit[2] = -hit[2]
            if target is not None and target not in flipped:
                flipped.add(target)
                hits[target][2] = -hits[target][2]
                hits[target][3] = tokens[i].text + " " + hits[target][3]
            elif target is None and (self._negates_doing(i, boundary, doing, len(tokens))
                                     or self._negates_thing(tokens, i, boundary)):
                extra.append((i, BARE_NEGATION, tokens[i].text))

    def _negates_thing(self, tokens: list[Token], i: int, boundary: list[bool]) -> bool:
        """"inget alternativ", "ingen lösning", "no evidence": a thing said to be missing."""
        if not NEGATED_THING or tokens[i].text not in _NO_DETERMINERS or i + 1 >= len(tokens) or boundary[i + 1]:
            return False
        nxt = tokens[i + 1]
        if nxt.text in ("annat", "annan", "andra", "other"):  # "inget annat val än bilen"
            if i + 2 >= len(tokens) or boundary[i + 2]:
                return False
            nxt = tokens[i + 2]
        return len(nxt.text) > 2 and nxt.text not in self.lex.stopwords and not nxt.text.isdigit()

    @staticmethod
    def _negates_doing(i: int, boundary: list[bool], doing: set[int], n: int) -> bool:
        """Is a doing word ("gjorts", "jobbar", "listened") within reach of the negation at i?"""
        for k in range(max(0, i - NEGATION_REACH_BEFORE), min(n, i + NEGATION_REACH_AFTER + 1)):
            if k in doing:
                lo, hi = (k + 1, i + 1) if k < i else (i + 1, k + 1)
                if not any(boundary[lo:hi]):
                    return True
        return False

    def _with_cue(self, text, tokens, cue, values, need_more, boundary) -> Polarity:
        """A stance cue decides: its relation, and the polarity of what follows it (the complement).

        "håller inte med om att X" holds the opposite of X; "instämmer i att X" holds X; a bare
        rejection ("Det stämmer inte.", "I do not accept that") defends against a criticism
        (positive); "påståendet att X är skrämselpropaganda" rejects X through the verdict.
        """
        s, e, relation = cue
        stop = e
        ends = _COMPLEMENT_END | (_COPULAS if relation == "claim" else frozenset())
        while stop < len(tokens) and not (stop > e and (boundary[stop] or tokens[stop].text in ends)):
            stop += 1
        complement = sum(v for i, v, _ in values if e <= i < stop)
        rest = sum(v for i, v, _ in values if not e <= i < stop)
        if relation == "claim":
            if not rest:  # a claim reported without a verdict is no stance
                return _decide_values(values, need_more)
            relation = "disagree" if rest < 0 else "agree"
            total = -complement if relation == "disagree" and complement else rest if not complement else complement
        else:
            sign = -1.0 if relation == "disagree" else 1.0
            has_words = stop > e + 1
            if complement:
                total = sign * 2 * complement + rest
            elif rest:
                total = rest
            else:  # rejecting a claim is against it; a bare "that is not true" defends
                total = sign if has_words and tokens[e].text in _COMPLEMENT_START else 1.0
        cue_text = text[tokens[s].start : tokens[e - 1].end]
        value = 1 if total > 0 else -1 if total < 0 else 0
        evidence = (cue_text,) + tuple(w for _, _, w in values)
        has_complement = stop > e and e < len(tokens) and tokens[e].text in _COMPLEMENT_START | {"att", "that"}
        comp_span = (tokens[e].start, tokens[stop - 1].end) if stop > e else (-1, -1)
        comp_value = 1 if complement > 0 else -1 if complement < 0 else 0
        return Polarity(value, evidence, need_more, relation, cue_text, tokens[s].start, tokens[e - 1].end,
                        has_complement or cue[2] == "claim", comp_span, comp_value)


def _decide_values(values, need_more) -> Polarity:
    total = sum(v for _, v, _ in values)
    value = 1 if total > 0 else -1 if total < 0 else 0
    return Polarity(value, tuple(w for _, v, w in values if v), need_more)


def _decide(values: list[tuple[int, float, str]], clause: list[int], need_more: bool, segments=()) -> Polarity:
    if not values:
        return Polarity(0, (), need_more, segments=segments)
    last = max(clause[i] for i, v, _ in values if v)  # the clause after the last "men"/"but"
    if last > 0:
        chosen = [(i, v, w) for i, v, w in values if clause[i] == last]
        total = sum(v for _, v, _ in chosen)
        if total:
            return Polarity(1 if total > 0 else -1, tuple(w for _, _, w in chosen), need_more, segments=segments)
    total = sum(v for _, v, _ in values)
    if not total:  # a tie: the verdict usually comes last ("när det fungerar, är ett misstag")
        total = max(values)[1]
    value = 1 if total > 0 else -1 if total < 0 else 0
    return Polarity(value, tuple(w for _, v, w in values if v), need_more, segments=segments)


def _inflected(phrases, lemma) -> list[tuple[str, ...]]:
    """The phrases, and each multiword phrase again with its words as lemmas: a word of a
    phrase matches a token's form or lemma, so "gör nytta" also finds "göra mer nytta" and
    "gjorde nytta" ("makes a difference" / "made a difference")."""
    out = list(phrases)
    if lemma is None or not LEMMA_PHRASES:
        return out
    seen = set(out)
    for phrase in phrases:
        if len(phrase) < 2:
            continue
        lemmas = tuple(w if w.endswith("*") else lemma(w) for w in phrase)
        if lemmas not in seen:
            seen.add(lemmas)
            out.append(lemmas)
    return out


LEMMA_PHRASES = True
_RULES: dict[str, PolarityRules] = {}


def rules(language: str) -> PolarityRules:
    """The compiled polarity rules of a language, built once."""
    vocab = Vocabulary.get(language)
    found = _RULES.get(vocab.language)
    if found is None:
        found = _RULES[vocab.language] = PolarityRules(vocab.lex, vocab.lemma)
    return found


def statement_polarity(text: str, language: str) -> Polarity:
    """Polarity of one sentence on its own ("Insatserna är otillräckliga." -> -1)."""
    return rules(language).polarity(text, tokenize(text, 0, len(text), language))
