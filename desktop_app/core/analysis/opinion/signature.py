"""The lines that name an opinion piece's authors: a signature block, the lead, the metadata.

"Kenneth Nilsson (S), kommunstyrelsens ordförande Örebro" gives a name, a party and a role; a
signature block is the run of such lines at the end of the text (a name followed by a party, a
role or nothing else, and role lines under a name); "..., skriver Anna Ek" in the lead names
the author too. ``authors`` decides which of them count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.analysis.entities.recognizer import EntitySpan
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_name_token

MAX_SIGNATURE_WORDS = 22
MAX_ROLE_LINE_WORDS = 10
_PAREN_RE = re.compile(r"\(\s*([^\W\d_]{1,4})\s*\)")
_BIO_RE = re.compile(r"\s+(?:är|is|was|var)\s+")
_ARTICLE_RE = re.compile(r"^(?:a|an|the|en|ett)\s+", re.IGNORECASE)
_REPORTED_AFTER_RE = re.compile(r"(?:\s*\([^)]{1,12}\))?,?\s+(?:att|that|om|about)(?![\w-])")
_TITLE_BEFORE_RE = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Rev|Sir|Dame|Docent|Överläkare)\.?\s+")
_LEAD_RE = {"sv": re.compile(r"(?<![\w-])skriver\s+"), "en": re.compile(r"(?<![\w-])writes?\s+")}


@dataclass
class Author:
    """One signer: name, party label and role as the signature gives them; or a writer the text
    names elsewhere (``span``: the words naming them, resolved to an actor when registered)."""

    name: str
    party: str | None = None
    role: str | None = None
    kind: str = "person"  # "organization" for a party, an association or the outlet
    span: tuple[int, int] | None = None


def parse_author(line: str, voc: Vocabulary) -> Author | None:
    """ "Kenneth Nilsson (S), kommunstyrelsens ordförande Örebro" -> name, party "S", role."""
    toks = [m for m in TOKEN_RE.finditer(line)]
    names: list[re.Match[str]] = []
    for i, tok in enumerate(toks):
        word = tok.group()
        nxt = toks[i + 1].group() if i + 1 < len(toks) else None
        if len(names) < 5 and is_name_token(word, nxt) and word.casefold() not in voc.party_forms:
            names.append(tok)
            continue
        break
    if not names or (len(names) < 2 and not names[0].group()[0].isupper()):
        return None
    name = line[names[0].start() : names[-1].end()]
    rest = line[names[-1].end() :]
    party = None
    paren = next((m for m in _PAREN_RE.finditer(rest) if m.group(1).casefold() in voc.party_forms), None)
    if paren is not None:
        party = voc.party_forms[paren.group(1).casefold()]
        rest = rest[: paren.start()] + rest[paren.end() :]
    else:
        word = re.match(r"\s*([^\W\d_][\w-]*)", rest)
        if word and word.group(1).casefold() in voc.party_forms:
            party = voc.party_forms[word.group(1).casefold()]
            rest = rest[word.end() :]
    role = " ".join(rest.split()).strip(" ,;–—-").rstrip(".").strip(" ,") or None
    return Author(" ".join(name.split()), party, role)


def _is_name_line(text: str, start: int, end: int, people: list[EntitySpan]) -> bool:
    """The paragraph opens with a person's name (from the recognizer)."""
    title = _TITLE_BEFORE_RE.match(text, start, end)  # "Dr. Maren Tolliver is ..."
    for e in people:
        if (e.start == start or (title is not None and e.start == title.end())) and len(e.text.split()) >= 2:
            return True
        if e.start > start:
            break
    return False


def signature_block(
    text: str,
    paragraphs: list[tuple[int, int]],
    entities: list[EntitySpan],
    voc: Vocabulary,
    *,
    need_role: bool,
) -> tuple[list[int], list[Author]]:
    """Indices of the trailing signature paragraphs and the authors they name.

    With ``need_role`` a line must carry a party or a role, so a reporter's byline at the end of
    a news text is not taken for a signature.
    """
    people = [e for e in entities if e.kind == "PER"]
    lines: list[int] = []
    authors: list[Author] = []
    carries_role = False
    i = len(paragraphs) - 1
    while i >= 0 and len(lines) < 12:
        start, end = paragraphs[i]
        line = text[start:end]
        words = len(line.split())
        if words > MAX_SIGNATURE_WORDS:
            break
        if _is_name_line(text, start, end, [p for p in people if start <= p.start < end]):
            bio = _BIO_RE.search(line)
            title = _TITLE_BEFORE_RE.match(line)
            head = line[: bio.start()] if bio else line
            author = parse_author(head[title.end() :] if title and bio else head, voc)
            if author is None:
                break
            if bio:
                role = _ARTICLE_RE.sub("", line[bio.end() :].rstrip(". "))
                author.role = role or author.role
            elif line.rstrip().endswith("."):
                break
            carries_role = carries_role or bool(author.party or author.role)
            authors.insert(0, author)
            lines.insert(0, i)
        elif words <= MAX_ROLE_LINE_WORDS and not line.rstrip().endswith((".", "!", "?")) and lines:
            # A role on its own line under a name: "kommunstyrelsens ordförande".
            lines.insert(0, i)
        else:
            break
        i -= 1
    while lines and not authors:
        lines.pop()
    # A role line that came before every name is not part of the signature.
    while lines and authors and not _starts_author(text, paragraphs[lines[0]], people):
        lines.pop(0)
    if not authors or (need_role and not carries_role):
        return [], []
    return lines, authors


def _starts_author(text: str, span: tuple[int, int], people: list[EntitySpan]) -> bool:
    return _is_name_line(text, span[0], span[1], [p for p in people if span[0] <= p.start < span[1]])


def lead_authors(
    text: str, lead: list[tuple[int, int]], entities: list[EntitySpan], voc: Vocabulary
) -> list[Author]:
    """ "..., skriver Anna Ek (S) och Bo Ek (M)." in the first paragraphs."""
    pattern = _LEAD_RE.get(voc.language)
    if pattern is None:
        return []
    for start, end in lead:
        for m in pattern.finditer(text, start, end):
            stop = text.find(".", m.end(), end)
            stop = end if stop == -1 else stop
            names = [e for e in entities if e.kind == "PER" and m.end() <= e.start < stop]
            if names and names[0].start - m.end() < 40:
                if _REPORTED_AFTER_RE.match(text, names[-1].end):
                    continue  # "skriver ordföranden Maria Ek att ...": she is quoted, not the writer
                return [Author(e.name or e.text) for e in names]
    return []


def metadata_authors(authors: list[str], voc: Vocabulary) -> list[Author]:
    """The authors listed in the document's metadata, parsed like a signature line."""
    out: list[Author] = []
    for raw in authors:
        raw = " ".join(raw.split())
        if not raw:
            continue
        author = parse_author(raw, voc)
        out.append(author if author is not None else Author(raw))
    return out
