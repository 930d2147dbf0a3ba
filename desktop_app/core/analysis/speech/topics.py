"""Reported speech without an "att" clause: a speaker and a reporting verb with its particle.

"Hon lyfter också fram att ...", "Han tar upp svårigheterna att rekrytera", "Hon ger exempel på
en ändring", "Han återkommer flera gånger till bemanningen", "Mannen förnekar brott", "De två
yngre männen erkände delvis brott", "Åklagaren yrkar på fängelse"; "Whitaker pointed to a budget
analysis", "Price denies 12 counts of theft". The verbs are ``topic_verbs`` (adverbs may stand
between a verb and its particle); what follows is the speaker's, the speaker stands before the
verb ("Hon pekar på") or, in a Swedish inverted clause, right after it ("Särskilt lyfter hon
fram"). A sentence whose speaker nobody is is narration (``Candidate.needs_speaker``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.speech.candidates import (
    WINDOW,
    Candidate,
    RuleContext,
    SpeakerRef,
    inside,
    trim_sentence_end,
)
from desktop_app.core.analysis.speech.findings import document_issuer, is_document
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.patterns import trie_alternation
from desktop_app.core.analysis.text.tokenizer import window_tokens

_BETWEEN = {
    "sv": "också även dock särskilt gärna ofta flera gånger bland annat i stället däremot framför allt inte delivs "
    "delvis helt tydligt själv hela tiden fortfarande alltså därför sedan nu vidare redan tidigare samtidigt "
    "ändå heller emellertid åter återigen",
    "en": "also again repeatedly specifically not",
}
# "Hon är noga med att lyfta fram ...", "He was quick to point to ...": the subject before.
_KEEN_RE = re.compile(
    r"\s(?:är|var|was|is|were|are)\s+(?:noga|snabb|angelägen|mån|quick|keen|eager|careful)\s+(?:med\s+)?(?:att|to)\s+$"
)
_NEEDS_THAT = frozenset({"lägger till", "lade till", "lagt till"})
_NEEDS_AS = frozenset({"pekar ut", "pekade ut", "pekat ut"})
_SELF_CONTAINED = ("om ursäkt", "om förlåtelse")  # verb phrases that say their own content
_THAT_RE = {"sv": re.compile(r"\s*att(?!\w)"), "en": re.compile(r"\s*that(?!\w)")}
# An apology to someone named between the verb and its particle: "bad de boende om ursäkt".
_APOLOGY_RE = re.compile(
    r"(?P<verb>(?:ber|bad|bett)\s+(?:(?!om\s)[\w-]+\s+){1,3}?om\s+(?:ursäkt|förlåtelse))(?!\w)", re.IGNORECASE
)


@lru_cache(maxsize=None)
def _between_re(language: str) -> re.Pattern[str]:
    """Adverbs between a verb and its "att" ("understryker samtidigt att"): not the topic."""
    words = "|".join(sorted(set(_BETWEEN[supported(language)].split()), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{words})(?!\w)){{1,3}}(?=\s*(?:att|that)(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _topic_re(language: str) -> re.Pattern[str]:
    lang = supported(language)
    between = "|".join(sorted(set(_BETWEEN[lang].split()), key=len, reverse=True))
    parts: dict[str, set[str]] = {}
    for entry in load_lines(lang, "topic_verbs"):
        verb, _, particle = entry.casefold().partition(" ")
        parts.setdefault(verb, set()).add(particle)
    alternatives = []
    for verb, particles in sorted(parts.items()):
        words = sorted(p for p in particles if p)
        tail = rf"(?:\s+(?:(?:{between})\s+){{0,3}}(?P<p_{len(alternatives)}>{trie_alternation(words)}))" if words else ""
        optional = "?" if "" in particles else ""
        alternatives.append(rf"{re.escape(verb)}{tail}{optional}")
    return re.compile(rf"(?<!\w)(?P<verb>{'|'.join(alternatives) or '(?!)'})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _particles(language: str) -> dict[str, frozenset[str]]:
    parts: dict[str, set[str]] = {}
    for entry in load_lines(supported(language), "topic_verbs"):
        verb, _, particle = entry.casefold().partition(" ")
        if particle and " " not in particle:
            parts.setdefault(verb, set()).add(particle)
    return {verb: frozenset(p) for verb, p in parts.items()}


_WORD_RE = re.compile(r"[^\W\d_]+")
_PARTICLE_RE = re.compile(r"\s+([^\W\d_]+)(?!\w)")


def _inverted(ctx: RuleContext, start: int) -> Candidate | None:
    """ "Under förhandlingen berättade pojken om kvällen": the subject between the verb and its
    particle in an inverted clause."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    word = _WORD_RE.match(text, start, block.end)
    if word is None:
        return None
    particles = _particles(voc.language).get(word.group().casefold())
    if not particles:
        return None
    sent_start, sent_end = block.sentence_at(start)
    if start == sent_start:
        return None  # a verb opening the sentence is no inverted clause
    ref = speaker_after(text, word.end(), sent_end, voc)
    if ref is None or ref.kind not in ("pronoun", "name", "noun", "unnamed") or ref.start > word.end() + 2:
        return None
    particle = _PARTICLE_RE.match(text, ref.end, sent_end)
    if particle is None or particle.group(1).casefold() not in particles:
        return None
    phrase = f"{word.group().casefold()} {particle.group(1).casefold()}"
    rest = text[particle.end() : sent_end]
    if phrase in _NEEDS_THAT and not re.match(r"\s+(?:\w+\s+){0,2}?att(?!\w)", rest) or (
        phrase in _NEEDS_AS and " som " not in rest
    ):
        return None
    that = _THAT_RE[voc.language].match(text, particle.end(), sent_end)
    span = trim_sentence_end(text, that.end() if that else particle.end(), sent_end)
    if span[1] - span[0] < 2:
        return None
    return Candidate(span[0], span[1], "indirect", (start, particle.end()), ref, paragraph=block.index,
                     needs_speaker=True)


def topic_verbs(ctx: RuleContext) -> list[Candidate]:
    """ "Hon lyfter fram X", "Han tar upp X", "Mannen förnekar brott": the speaker's, what
    follows the verb (its "att" clause too)."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    pattern = _topic_re(voc.language)
    out: list[Candidate] = []
    seen: set[int] = set()
    for start, _ in block.rule_words:
        if start in seen or inside(start, ctx.covered):
            continue
        m = pattern.match(text, start, block.end)
        if m is None and voc.language == "sv":
            m = _APOLOGY_RE.match(text, start, min(block.end, start + 80))
        if m is None:
            inverted = _inverted(ctx, start) if voc.language == "sv" else None
            if inverted is not None:
                seen.add(start)
                out.append(inverted)
            continue
        seen.add(start)
        sent_start, sent_end = block.sentence_at(start)
        keen = _KEEN_RE.search(text, max(sent_start, start - 40), start)
        ref = speaker_before(text, keen.start() if keen else start, sent_start, voc)
        if ref is None and voc.language == "sv":
            # "Särskilt lyfter hon fram ...": an inverted clause, the subject after the verb.
            word_end = start + len(m.group("verb").split()[0])
            after = speaker_after(text, word_end, sent_end, voc)
            if after is not None and after.start <= word_end + 2 and after.kind in ("pronoun", "name", "noun"):
                ref = after
        if ref is None or ref.kind in ("plural", "document", "it"):
            continue
        verb_words = " ".join(m.group().casefold().split())
        if verb_words in _NEEDS_THAT and not re.match(r"\s+(?:\w+\s+){0,2}?att(?!\w)", text[m.end() : sent_end]):
            continue  # "lade till ett nytt ord": adding a thing, not words
        if verb_words in _NEEDS_AS and " som " not in text[m.end() : sent_end]:
            continue  # "pekar ut vägen": pointing, not naming ("pekar ut nattpassen som det svåraste")
        body = m.end()
        adverbs = _between_re(voc.language).match(text, body, sent_end)
        if adverbs is not None:
            body = adverbs.end()
        that = _THAT_RE[voc.language].match(text, body, sent_end)
        if that is not None:
            body = that.end()
        span = trim_sentence_end(text, body, sent_end)
        if span[1] - span[0] < 2 and m.group().casefold().endswith(_SELF_CONTAINED):
            span = (start, m.end())  # "där hon bad om ursäkt.": the apology is what she says
        if span[1] - span[0] < 2:
            continue
        cue = (min(ref.start, start), max(m.end(), ref.end if ref.start > start else m.end()))
        # (Swedish only: English gold reads "pointed to an analysis that found ..." as the citer's alone.)
        cited = _cited_document(ctx, verb_words, span) if voc.language == "sv" else None
        if cited is not None:
            span = (span[0], cited[0])
            out.append(cited[1])
        out.append(Candidate(span[0], span[1], "indirect", cue, ref, paragraph=block.index, needs_speaker=True))
    return out


_CITING = frozenset({"hänvisar till", "hänvisade till", "hänvisat till", "pekar på", "pekade på", "pekat på"})
_CITED_CLAUSE_RE = re.compile(r",?\s+(?:där|som\s+(?:visar|visade|visat)\s+att|enligt\s+vilken)\s+")
_CITED_ARTICLES = frozenset("en ett den det sin sitt sina".split())
_CITED_REACH = 160  # characters from the document noun to the clause that gives its content


def _cited_document(ctx: RuleContext, verb_words: str, span: tuple[int, int]) -> tuple[int, Candidate] | None:
    """ "Ministern hänvisar till en enkät från Skolverket där sju av tio lärare uppger att ...":
    what the cited document says (after "där", "som visar att") is its issuer's; the one who
    cites it speaks up to there. Returns (where the citer's words end, the document's quote)."""
    if verb_words not in _CITING:
        return None
    text = ctx.text
    toks = window_tokens(text, span[0], min(span[1], span[0] + WINDOW), 6)
    first = 1 if toks and toks[0][2].casefold() in _CITED_ARTICLES else 0
    noun = next((k for k in range(first, min(len(toks), first + 3)) if is_document(toks[k][2], ctx.voc.language)), None)
    if noun is None:
        return None
    clause = _CITED_CLAUSE_RE.search(text, toks[noun][1], min(span[1], toks[noun][1] + _CITED_REACH))
    if clause is None or span[1] - clause.end() < 8:
        return None
    issuer = document_issuer(ctx, window_tokens(text, toks[0][0], clause.start(), 16), noun, clause.start())
    if issuer is None:
        issuer = SpeakerRef(toks[0][0], toks[noun][1], "unnamed", None, False, True)
    quote = Candidate(clause.end(), span[1], "indirect", (toks[0][0], clause.end()), issuer,
                      paragraph=ctx.block.index, needs_speaker=True)
    return clause.start(), quote
