"""Who "enligt" / "according to" names, when it may be no person: documents, institutions,
unnamed groups.

"Enligt prognosen" speaks for the forecaster named just before, "according to a statement
from the ministry" for the ministry; "enligt arrangörerna" names nobody in particular;
"enligt tekniska förvaltningen" names an organization by a common noun. ``according_after``
reads the whole cue: a named speaker (``speaker_phrase``) first, else one of these sources.
The noun classes come from ``source_nouns.txt`` (``word_classes``).
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import WINDOW, SpeakerRef
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.word_classes import is_plural_group, source_class
from desktop_app.core.analysis.text.tokenizer import window_tokens
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_definite_noun

_ACCORDING_RE = re.compile(r"(?<![\w-])(?:[Ee]nligt|[Aa]ccording\s+to)\s+")
_ARTICLES = {"sv": frozenset("en ett den det de".split()), "en": frozenset("the a an".split())}
_JOINERS = frozenset({"och", "and"})
_TO_WORDS = {"sv": frozenset({"till"}), "en": frozenset({"to"})}
_ISSUER_WORDS = {"sv": frozenset("från av hos".split()), "en": frozenset("from by of".split())}
_MEDIUM_RE = {
    "sv": re.compile(r"(?<!\w)(?:i|på|via)\s+(?:ett|en|sitt|sin|hans|hennes|deras|dess)?\s*([\w-]+)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:in|at|on|during)\s+(?:a|an|the|its|his|her|their)?\s*([\w-]+)", re.IGNORECASE),
}


def according_after(
    text: str, pos: int, limit: int, voc: Vocabulary
) -> tuple[tuple[int, int], SpeakerRef] | None:
    """ "enligt X" / "according to X" starting at ``pos``: (cue span, speaker) or None."""
    m = _ACCORDING_RE.match(text, pos, limit)
    if not m:
        return None
    ref = speaker_after(text, m.end(), limit, voc, allow_object=True)
    named = text[ref.start : ref.end].split() if ref is not None and ref.kind == "name" else []
    if sum(w[:1].isupper() for w in named) == 1 and not named[-1].endswith(("s", "'s", "’s", ":s")):
        source = source_after(text, m.end(), limit, voc)
        if source is not None and source.end > ref.end:
            ref = source  # "according to a Finnish study": the study, not "Finnish"
    if ref is None:
        ref = source_after(text, m.end(), limit, voc)  # "enligt prognosen", "enligt arrangörerna"
    if ref is None or ref.kind == "plural":
        return None
    if _NORM_AFTER_RE.match(text, ref.end, limit) or _ADVICE_AFTER_RE.match(text, ref.end, limit):
        return None  # "Enligt Folkhälsomyndighetens rekommendationer bör vuxna ...": a norm, no view
    return (m.start(), ref.end), ref


# Norms and plans after an issuer's genitive: what they prescribe is no one's view.
_NORM_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:regler(?:na)?|föreskrift(?:er|erna)?|tidtabell(?:en)?|schema(?:t)?|plan(?:en|er)?|"
    r"rules|regulations|schedule|timetable)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Advice that prescribes ("rekommendationer bör vuxna", "guidelines, adults should") is a norm
# too; what advice says is so ("rekommendationer behöver tonåringar åtta timmars sömn") is a view.
_ADVICE_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:rekommendation(?:er|erna)?|riktlinje(?:r|rna)?|råd(?:en)?|recommendations?|guidelines?|advice)"
    r",?\s+(?:\w+\s+){0,3}?(?:bör|ska|skall|should|must)(?![\w-])",
    re.IGNORECASE,
)
_VERB_STOPS = frozenset(
    "ska skall har hade kan kunde bör borde skulle kommer måste får fick är var blir blev "
    "will would has had have is was are were can could should must may".split()
)


def source_after(text: str, pos: int, limit: int, voc: Vocabulary) -> SpeakerRef | None:
    """After "enligt" / "according to", a source that names no person, or None.

    A document with its issuer ("en rapport från SCB" is SCB's words), or the document named
    before ("prognosen", kind "document": whoever issued it); an institution ("tekniska
    förvaltningen", kind "noun"); a new document, an unnamed group or an issuer the text does
    not name ("en ny undersökning", "arrangörerna": kind "unnamed").
    """
    lang = voc.language
    toks = window_tokens(text, pos, min(limit, pos + WINDOW), 8)
    i = 1 if toks and toks[0][2].casefold() in _ARTICLES[lang] else 0
    for k in range(i, min(i + 5, len(toks))):
        word = toks[k][2]
        if word == "-" or word in _JOINERS:
            continue  # "barn- och utbildningsförvaltningen"
        if word.casefold() in _VERB_STOPS:
            return None  # "Enligt planen ska reglerna ...": the clause goes on, no source named
        if not word.replace("-", "").isalpha() or not word[1:].islower():
            return None
        if k > i and not word.islower():
            return None
        kinds = source_class(word, lang)
        if "document" in kinds:
            found = _issuer(text, toks, k, limit, voc) or _given_to(text, toks, k, limit, voc)
            if found is not None:
                return found
            if (lang == "en" and i == 1 and toks[0][2].casefold() == "the") or (
                lang == "sv" and is_definite_noun(word, lang)
            ):
                return SpeakerRef(toks[0][0], toks[k][1], "document")  # "prognosen": issued before
            return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)  # "en ny undersökning"
        if "group" in kinds:
            return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)  # "enligt italienska medier"
        if "institution" in kinds and (lang == "sv" and is_definite_noun(word, lang) or (lang == "en" and i == 1)):
            return SpeakerRef(toks[0][0], toks[k][1], "noun")
        if is_plural_group(word, lang, role=voc.is_role_word(word)) or (
            lang == "sv" and k == i and voc.is_role_word(word) and not is_definite_noun(word, lang)
        ):
            return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)
    return None


def _issuer(
    text: str, toks: list[tuple[int, int, str]], k: int, limit: int, voc: Vocabulary
) -> SpeakerRef | None:
    """The issuer after a document noun: "från SCB", "from the ministry"; "unnamed" when the
    text does not name it ("from the exchange operator"); None when no issuer is given."""
    if k + 2 > len(toks) or toks[k + 1][2].casefold() not in _ISSUER_WORDS[voc.language]:
        return None
    start = toks[k + 2][0] if k + 2 < len(toks) else toks[k + 1][1]
    ref = speaker_after(text, start, limit, voc)
    if ref is None or ref.kind in ("plural", "document"):
        ref = source_after(text, start, limit, voc)
    if ref is not None and ref.kind not in ("plural", "document", "unnamed"):
        return ref
    # An issuer the text does not name: the whole phrase names the source ("figures from the
    # network operator").
    end = toks[k][1]
    if toks[k + 1][2].casefold() in ("of", "av"):
        return SpeakerRef(toks[0][0], end, "unnamed", None, False, True)  # "a study of 70,000 adults"
    for n in range(k + 2, min(len(toks), k + 6)):
        word = toks[n][2]
        if not word.isalpha() or not word.islower():
            break
        end = toks[n][1]
    return SpeakerRef(toks[0][0], end, "unnamed", None, False, True)


def _given_to(
    text: str, toks: list[tuple[int, int, str]], k: int, limit: int, voc: Vocabulary
) -> SpeakerRef | None:
    """ "enligt uppgifter till Expressen": words given to an outlet, whose source stays unnamed."""
    if k + 2 >= len(toks) or toks[k + 1][2].casefold() not in _TO_WORDS[voc.language]:
        return None
    outlet = speaker_after(text, toks[k + 2][0], limit, voc)
    if outlet is None or outlet.kind != "name":
        return None
    return SpeakerRef(toks[0][0], outlet.end, "unnamed", None, False, True)


def has_medium(text: str, start: int, end: int, language: str) -> bool:
    """A place of speech in ``text[start:end]``: "i ett pressmeddelande", "in a letter"."""
    pattern = _MEDIUM_RE.get(language, _MEDIUM_RE["sv"])
    return any("medium" in source_class(m.group(1), language) for m in pattern.finditer(text, start, end))
