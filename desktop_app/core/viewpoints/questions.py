"""Questions: links grouped by what they are about, each with a short readable label.

Two links are about the same question when they share a passage and one of their main shared
words, or when they share two main words. The label is the shortest stretch of one of the linked
passages that holds the question's two main words ("arbetet med återvändare"), else the words.
"""

from __future__ import annotations

from collections import Counter

from desktop_app.core.viewpoints.model import Link, Question
from desktop_app.core.viewpoints.terms import Vocabulary, tokenize

MAIN_TERMS = 3  # shared words of a link that count for grouping
LABEL_WINDOW = 4  # words a label may span ("arbetet med återvändare")
LABEL_LINKS = 8  # links of a question searched for a label


def group_questions(links: list[Link], texts: dict[str, str], languages: dict[str, str]) -> list[Question]:
    """Assign every link a question (sets ``link.question``) and return the questions."""
    parent = list(range(len(links)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union_all(members: list[int]) -> None:
        for b in members[1:]:
            parent[find(b)] = find(members[0])

    # same passage and a main word in common; or two main words in common
    buckets: dict[tuple, list[int]] = {}
    for i, lk in enumerate(links):
        main = sorted(set(lk.terms[:MAIN_TERMS]))
        for side, pos in (("left", lk.left), ("right", lk.right)):
            for term in main:
                buckets.setdefault((side, pos.speaker.key, pos.paragraph, term), []).append(i)
        for a in range(len(main)):
            for b in range(a + 1, len(main)):
                buckets.setdefault((main[a], main[b]), []).append(i)
    for members in buckets.values():
        union_all(members)
    clusters: dict[int, list[int]] = {}
    for i in range(len(links)):
        clusters.setdefault(find(i), []).append(i)
    ordered = sorted(clusters.values(), key=lambda ids: min(links[i].left.start for i in ids))
    questions = []
    for qid, ids in enumerate(ordered):
        weights: Counter[str] = Counter()
        for i in ids:
            for rank, term in enumerate(links[i].terms[:MAIN_TERMS]):
                weights[term] += links[i].score * (1.0 - 0.2 * rank)
        terms = tuple(sorted(weights, key=lambda t: (-round(weights[t], 9), t))[:4])
        members = [links[i] for i in ids]
        for lk in members:
            lk.question = qid
        questions.append(Question(qid, _label(terms, members, texts, languages), terms, members))
    return questions


def _label(terms: tuple[str, ...], links: list[Link], texts: dict[str, str], languages: dict[str, str]) -> str:
    if not terms:
        return "(shared question)"
    wanted = [t for t in terms[:2] if not t.startswith(("more ", "threat "))]
    if not wanted:
        return terms[0]
    best: str | None = None
    # the best-scoring links, and the shortest label of them (then the first in the alphabet):
    # the same whichever text is on the left
    chosen = sorted(links, key=lambda lk: (-lk.score, sorted(((lk.left.start, lk.left.end), (lk.right.start, lk.right.end)))))
    for lk in chosen[:LABEL_LINKS]:
        for side, pos in (("left", lk.left), ("right", lk.right)):
            label = _window(texts[side], pos.start, pos.end, languages[side], wanted)
            if label and (best is None or (len(label), label) < (len(best), best)):
                best = label
    if best:
        return best
    joiner = " och " if "sv" in languages.values() else " and "
    return joiner.join(terms[:2])


def _window(text: str, start: int, end: int, language: str, wanted: list[str]) -> str | None:
    """The shortest run of at most LABEL_WINDOW words in text[start:end] holding every wanted term."""
    if not wanted:
        return None
    vocab = Vocabulary.get(language)
    tokens = tokenize(text, start, end, language)
    hits = []
    for i, tok in enumerate(tokens):
        names = {tok.text, tok.lemma} | {f.lstrip("~@") for f, _ in vocab.features(tok)}
        hits.append({w for w in wanted if w in names})
    best = None
    for i in range(len(tokens)):
        if not hits[i]:
            continue
        seen: set[str] = set()
        for j in range(i, min(len(tokens), i + LABEL_WINDOW)):
            seen |= hits[j]
            if len(seen) == len(wanted):
                if hits[j] and (best is None or j - i < best[1] - best[0]):
                    best = (i, j)
                break
    if best is None:
        return None
    return text[tokens[best[0]].start : tokens[best[1]].end]
