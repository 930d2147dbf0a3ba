"""The phrase before a cue that names who speaks: ``speaker_before`` reads it before a verb
("Statsminister Stefan Löfven (S) håller", "Magnus Ranstorp, terrorforskare vid X, som anser").
It looks at a bounded window, so every call costs the same whatever the length of the text.
``speaker_after`` (speaker_phrase.py) reads the phrase after a verb or "enligt".
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.clause_subjects import BACK_WINDOW, clause_subject
from desktop_app.core.analysis.speech.descriptions import (
    described_subject,
    is_age_noun,
    is_collective,
    is_people_plural,
    is_person_word,
    role_of_organization,
)
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.subject_gaps import (
    long_org_name,
    named_before_and,
    subject_end,
)
from desktop_app.core.analysis.speech.subjects import (
    PARTY_STATE_RE,
    bare_group,
    name_start_of,
    names_inner,
    skip_party_state,
    described,
    institution,
    named_with_descriptor,
)
from desktop_app.core.analysis.speech.word_classes import (
    AFFILIATIONS,
    AUXILIARIES,
    DETERMINERS,
    INDEFINITE,
    OBJECT_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    TITLE_ABBREVIATIONS,
    is_institution,
    is_person_noun,
    is_plural_group,
    is_role_plural,
    is_role_prefix_word,
    is_sentence_initial,
    source_class,
    starts_apposition,
)
from desktop_app.core.analysis.text.tokenizer import window_tokens
from desktop_app.core.analysis.text.vocabulary import (
    Vocabulary,
    is_definite_noun,
    is_genitive_modifier,
    is_name_token,
    stopwords,
)


_WE = frozenset({"vi", "we"})
_WORKPLACE = frozenset({"at", "vid", "på", "hos"})  # "Analysts at Jefferies": the firm speaks  # "Vi i föreningen", "We at the council": the organization speaks
_SOURCE_PLURALS = {"sv": ("källor", "källorna"), "en": ("sources",)}
_SOURCE_COUNTS = {
    "sv": frozenset("flera två tre några många olika oberoende samstämmiga".split()),
    "en": frozenset("several two three some many multiple other".split()),
}
_YOU = {"sv": frozenset({"du", "ni"}), "en": frozenset({"you"})}


def _plural_person_opener(word: str, voc: Vocabulary) -> bool:
    """A capitalized plural noun for people opening the sentence: "Firefighters", "Opponents",
    "Meteorologer" (by the ending of a noun for a person, where the role lists lack the word)."""
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    low, lang = word.lower(), voc.language
    if low in voc.group_nouns or low in voc.org_nouns:
        return False  # "Forecasters" = the weather service named before
    if lang == "en":
        return low.endswith("s") and not low.endswith("ss") and is_person_noun(low, "en")
    if low.endswith("are") and is_person_noun(low, lang) or is_people_plural(low, lang):
        return True  # "Obligationsinnehavare som DI har talat med", "Föräldrar"
    if low.endswith("arna") and is_person_noun(low[:-2] + "e", lang):
        return True  # "Fastighetsägarna är kritiska", "Hamnarbetarna varnar": the definite plural
    return any(low.endswith(e) and is_person_noun(low[: -len(e)], lang) for e in ("er", "ar", "or"))


_OFFICE_OF_RE = re.compile(
    r"(?P<who>(?:[Tt]he[ \t]+)?(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}|(?<=[Tt]he[ \t])[a-z]+))['’]s[ \t]+"
    r"(?:office|campaign|administration)"
)
_KNOWN_AS_RE = re.compile(
    r",[ \t]+(?:also[ \t]+|better[ \t]+)?known[ \t]+as[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,3}),[ \t]+$"
)

# "The company behind a popular app said", "A driver travelling in the opposite direction, who
# cannot be named, said", "A woman living nearby said": the noun before "behind" or a participle
# is the subject; the rest of the sentence's start (no clause of its own) describes it.
_POSTMODIFIED_RE = re.compile(
    r"(?P<det>The|A|An)[ \t]+(?:[a-z-]+[ \t]+)?(?P<noun>[a-z]+)[ \t]+"
    r"(?P<desc>(?:behind|(?P<part>[a-z]{3,}(?:ing|ed)))[ \t]+[^,.;:!?\n\"“”]{2,80}?)"
    r"(?:,[ \t]+(?:who|which)[ \t]+[^,.;:!?\n]{2,80},)?[ \t]+$"
)
_POSTMODIFIED_REACH = 200
_PROMPTED_RE = re.compile(
    r"(?<![\w-])(?:prompted|prompting|led|leading|forced|forcing|pushed|moved)[ \t]+(?P<np>[^.;:!?\n]{2,90}?),?[ \t]+to[ \t]+$"
)  # characters back from the verb to the sentence's start


# Swedish: "En socialsekreterare i en mellanstor kommun sa att", "En av dem, en lärare på skolan,
# berättar att": someone new, described by the noun and its place. A named place right after the
# preposition ("En pendlare i Gävle") only says where the person is: the rules after read it.
_SV_POSTMODIFIED_RE = re.compile(
    r"(?:En[ \t]+av[ \t]+(?:dem|dessa|de[ \t]+\w+),[ \t]+(?P<det2>en|ett)|(?P<det>En|Ett))[ \t]+"
    r"(?:[a-zåäöé-]+[ \t]+)?(?P<noun>[a-zåäöé]+)[ \t]+"
    r"(?P<desc>(?:i|på|vid|från|hos|inom)[ \t]+[a-zåäöé][^,.;:!?\n\"”»]{1,60}?)"
    r"(?:,[ \t]+som[ \t]+[^,.;:!?\n]{2,80})?,?[ \t]+$"
)


def _sv_postmodified_subject(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    lo = max(floor, pos - _POSTMODIFIED_REACH)
    dot = text.rfind(". ", lo, pos)
    sent = dot + 2 if dot >= 0 else lo
    m = _SV_POSTMODIFIED_RE.match(text, sent, pos)
    if m is None or m.end() != pos or not is_sentence_initial(text, m.start(), floor):
        return None
    noun = m.group("noun")
    if not voc.is_role_word(noun) and not is_person_noun(noun, voc.language):
        return None
    start = m.start("det2") if m.group("det2") else m.start()
    return SpeakerRef(start, m.end("desc"), "noun", None, True, True)


def _postmodified_subject(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    lo = max(floor, pos - _POSTMODIFIED_REACH)
    dot = text.rfind(". ", lo, pos)
    sent = dot + 2 if dot >= 0 else lo
    dash = text.rfind("— ", sent, pos)
    if dash >= 0:
        sent = dash + 2  # "SAN FRANCISCO (AP) — The company behind ...": after the dateline
    m = _POSTMODIFIED_RE.match(text, sent, pos)
    if m is None or m.end() != pos or not is_sentence_initial(text, m.start(), floor):
        return None
    part = m.group("part")
    if part is not None and (part in voc.verbs or part in voc.participles):
        return None  # "The man reported ...": the participle is itself a cue
    noun = m.group("noun")
    if (
        f"the {noun}" not in voc.group_nouns
        and f"the {noun}" not in voc.org_nouns
        and not voc.is_role_word(noun)
        and not is_person_noun(noun, voc.language)
    ):
        return None
    if m.group("det") == "The":
        return SpeakerRef(m.start(), m.end("noun"), "noun", None, True)  # "The company behind X": named before
    # "A driver travelling in the opposite direction": someone new, described by the whole phrase.
    return SpeakerRef(m.start(), m.end("desc"), "noun", None, True, True)


def speaker_before(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    """The speaker phrase that ends just before ``pos`` (a verb), not reaching before ``floor``.

    Handles "Ranstorp menar", "Han säger", "polisen menar", "Statsminister Stefan Löfven (S)
    håller", the relative "Magnus Ranstorp, terrorforskare vid X, som anser", the subject of a
    coordinated verb ("Han vill inte ..., men säger att") and an unnamed person described by a
    relative clause ("En kvinna som bor intill berättar att").
    """
    pos = subject_end(text, pos, floor, voc.language)
    if voc.language == "en":
        known = _KNOWN_AS_RE.search(text, max(floor, pos - 60), pos)
        if known is not None:
            # "The national forestry agency, known as CONAF, said": the name the text gives it.
            return SpeakerRef(known.start("name"), known.end("name"), "name")
        described_after = _postmodified_subject(text, pos, floor, voc)
        if described_after is not None:
            return described_after
        prompted = _PROMPTED_RE.search(text, max(floor, pos - 100), pos)
        if prompted is not None:
            # "..., which prompted the interior minister, Carla Espinoza, to say that": the one prompted
            ref = speaker_after(text, prompted.start("np"), prompted.end("np"), voc)
            if ref is not None and ref.kind in ("name", "noun", "pronoun"):
                return ref
    elif voc.language == "sv":
        described_after = _sv_postmodified_subject(text, pos, floor, voc)
        if described_after is not None:
            return described_after
    ref = _speaker_just_before(text, pos, floor, voc)
    if ref is not None and voc.language == "en":
        owner = _OFFICE_OF_RE.search(text, max(floor, ref.start - 60), ref.end)
        if owner is not None and owner.end() == ref.end:
            # "Rowe's office said", "The mayor's office said": the office speaks for its holder.
            kind = "name" if owner.group("owner")[:1].isupper() else "noun"
            return SpeakerRef(owner.start("who"), owner.end("owner"), kind, None, ref.sentence_initial)
    if ref is not None and ref.kind in ("noun", "unnamed"):
        ref = named_before_and(text, ref, floor, voc.language) or ref
    if ref is None:
        ref = long_org_name(text, pos, floor, voc)
    if ref is None:
        ref = clause_subject(text, pos, floor, voc)
    return ref


def _speaker_just_before(
    text: str, pos: int, floor: int, voc: Vocabulary, toks: list[tuple[int, int, str]] | None = None
) -> SpeakerRef | None:
    """The speaker phrase ending at ``pos``; ``toks`` are the tokens up to ``pos`` when read."""
    if toks is None:
        toks = window_tokens(text, max(floor, pos - BACK_WINDOW), pos)
    lang = voc.language
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 4 and (
        toks[i][2].casefold() in voc.adverbs or toks[i][2].casefold() in AUXILIARIES[lang]
    ):
        i -= 1
        skipped += 1
    if i < 0:
        return None
    if toks[i][2] == ",":
        # "Anna Ek, ordförande i X, säger" / "Sarah Collins, who inspected it, said": skip back
        # over the apposition or relative clause to the name before it.
        j = i - 1
        while j >= 0 and toks[j][2] != "," and i - j < 24:
            j -= 1
        if j < 0 or toks[j][2] != "," or j + 1 >= i:
            return None
        first = toks[j + 1][2].casefold()
        if j + 2 == i and toks[j + 1][2].isdigit():
            i = j - 1  # "Mark Dean, 52, denies": an age between commas
        elif names_inner(toks, j, i, voc):
            # "Mannens försvarare, advokat Daniel Rosén, betonar": the name is in the apposition.
            i -= 1
        elif (
            first not in RELATIVES[lang]
            and not starts_apposition(toks, j + 1, voc)
            and not (lang == "en" and first.endswith(("ing", "ed")) and toks[j + 1][2].islower())
            and not (lang == "en" and first in ("known", "of") and toks[j + 2][2][:1].isupper())
            and not PARTY_STATE_RE.fullmatch(text, toks[j][1], toks[i][0])
        ):
            return None  # (", speaking at an event in New York," ", known as CONAF," are skipped like a clause)
        else:
            i = skip_party_state(text, toks, j - 1)
            if lang == "en" and toks[i][2].isdigit() and i >= 2 and toks[i - 1][2] == ",":
                i -= 2  # "Margaret Dunne, 74, who has used the library ..., said"
            elif toks[i][2].islower() and not voc.is_role_word(toks[i][2]):
                # "Kardiologen Daniel Forsgren vid Skånes universitetssjukhus, som ...,": the
                # person before the workplace
                for a in range(i - 1, max(0, i - 5), -1):
                    if toks[a][2].casefold() in AFFILIATIONS[lang] and toks[a - 1][2][:1].isupper():
                        i = a - 1
                        break
            elif lang == "en" and i >= 4 and toks[i][2][:1].isupper() and toks[i - 1][2] == "of":
                # "Darren Mills, 38, of Frome, denies": the place after the age
                k = i - 1
                if toks[k - 1][2] == "," and toks[k - 2][2].isdigit() and k >= 4 and toks[k - 3][2] == ",":
                    i = k - 4
        if i < 0:
            return None
    elif toks[i][2].casefold() in RELATIVES[lang]:
        i -= 1
        if i >= 0 and toks[i][2] == ",":
            i -= 1
            # Skip back over an apposition: "X, terrorforskare vid Försvarshögskolan, som".
            j = i
            while j >= 0 and toks[j][2] != "," and i - j < 14:
                j -= 1
            if j >= 0 and toks[j][2] == "," and j + 1 <= i and starts_apposition(toks, j + 1, voc):
                i = j - 1
        if i < 0:
            return None
    phrase = described_subject(text, toks, i, floor, voc)
    if phrase is not None:
        return phrase  # "Two people familiar with the matter", "En 91-årig man", "a spokesperson for X"
    s, e, word = toks[i]
    low = word.casefold()
    initial = is_sentence_initial(text, s, floor)
    if is_collective(word, lang):
        return SpeakerRef(s, e, "unnamed", None, initial, True)  # "Oppositionen riktar kritik"
    if i >= 1 and is_collective(f"{toks[i - 1][2]} {word}", lang):
        return SpeakerRef(toks[i - 1][0], e, "unnamed", None, initial, True)  # "His family said"
    if i >= 1 and is_genitive_modifier(toks[i - 1][2], lang) and any(
        is_collective(f"{own} {word}", lang) for own in ("his", "hans", "the")
    ):
        # "The victim's family described him", "Mannens familj beskriver": a family, unnamed.
        first = i - 2 if i >= 2 and toks[i - 2][2].casefold() in ("the", "a") else i - 1
        return SpeakerRef(toks[first][0], e, "unnamed", None, initial, True)
    if is_age_noun(word, lang):
        return SpeakerRef(s, e, "noun", None, initial, not low.endswith("en"))  # "19-åringen hävdar"
    owner = role_of_organization(toks, i, voc)
    if owner is not None:
        if is_role_plural(word, voc) and not voc.is_role_word(word):
            return SpeakerRef(toks[owner][0], e, "unnamed", None, initial, True)  # "Kommunens revisorer bekräftar"
        return SpeakerRef(toks[owner][0], e, "noun", None, initial)  # "NA:s recensent riktade"
    if low in voc.pronouns and low not in OBJECT_PRONOUNS[lang]:
        return SpeakerRef(s, e, "pronoun", voc.pronouns[low], initial)
    if low in _YOU[lang]:
        return SpeakerRef(s, e, "you", None, initial)  # "Du har sagt att ...?": the one asked
    if low in PLURAL_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural")
    if lang == "en" and word == "it":
        return SpeakerRef(s, e, "it", None, initial)  # "..., it said.": the organization spoken of
    if word.isalpha() and word[1:].islower() and low.endswith(_SOURCE_PLURALS[lang]) and "group" in source_class(low, lang):
        # "Branschkällor som Ny Teknik har talat med menar", "Flera källor uppger", "Sources say".
        first = i - 1 if i >= 1 and toks[i - 1][2].casefold() in _SOURCE_COUNTS[lang] else i
        if first == i and not initial and toks[i][2][:1].isupper():
            first = -1
        if first >= 0:
            return SpeakerRef(toks[first][0], e, "unnamed", None, initial or first < i, True)
    if initial and _plural_person_opener(word, voc) and not (i >= 1 and is_name_token(toks[i - 1][2])):
        return SpeakerRef(s, e, "unnamed", None, initial, True)  # "Firefighters said", "Meteorologer varnar"
    end = e
    if word == ")" and i >= 2 and toks[i - 2][2] == "(":
        i -= 3
        if i < 0:
            return None
    k = i
    while k >= 0 and i - k < 6:
        tok = toks[k][2]
        nxt = toks[k + 1][2] if k + 1 < len(toks) else None
        if (
            is_name_token(tok, nxt)
            and tok.casefold() not in voc.pronouns
            and not voc.is_role_word(tok)
            and not (k == i and lang == "sv" and is_institution(tok, lang))  # "Socialnämnden"
            and not (k == i and tok.casefold() in voc.group_nouns)  # "Bolaget motiverar"
        ):
            k -= 1
            continue
        if tok == "." and k > 0 and k < i and toks[k - 1][2].casefold() in TITLE_ABBREVIATIONS:
            k -= 1
            continue
        break
    if k < i:
        first = k + 1
        a = k - 1 if k >= 2 and toks[k][2].casefold() in DETERMINERS[lang] else k  # "of the Brookings ..."
        if a >= 1 and toks[a][2].casefold() in AFFILIATIONS[lang] and toks[a - 1][2].casefold() in _WE:
            return SpeakerRef(toks[first][0], end, "name", None, False)  # "Vi i Vänsterpartiet menar"
        if a >= 1 and toks[a][2].casefold() in AFFILIATIONS[lang] and toks[a - 1][2].isalpha():
            # "Mark Zandi of Moody's Analytics said", "Anna Ek på Volvo säger", "En mamma i
            # Teleborg säger", "Police in Manchester said": who stands before the place speaks.
            before = _speaker_just_before(text, toks[a][0], floor, voc, toks[:a])
            if (
                before is not None
                and before.kind == "unnamed"
                and toks[first][2][:1].isupper()
                and toks[a][2].casefold() in _WORKPLACE
            ):
                return SpeakerRef(name_start_of(toks, first), end, "name", None, False)  # "Analysts at Jefferies"
            if before is not None:
                return before
        # Extend over the role words before the name.
        while k >= 0 and first - k < 5:
            tok = toks[k][2]
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if is_role_prefix_word(tok, voc) or (
                is_genitive_modifier(tok, lang) and is_role_prefix_word(nxt, voc)
            ):
                k -= 1
                continue
            break
        start = toks[k + 1][0]
        name_start = toks[first][0]
        initial = is_sentence_initial(text, name_start, floor)
        if initial and first == i and toks[i][2].casefold() in stopwords(lang):
            return None  # "Det menar ...", "Många anser ...": a capitalized ordinary word
        return SpeakerRef(start, end, "name", None, initial)
    low = toks[i][2].casefold()
    if i >= 2 and toks[i - 1][2].casefold() in AFFILIATIONS[lang] and toks[i - 2][2].casefold() in _WE:
        if low in voc.group_nouns or low in voc.org_nouns:
            return SpeakerRef(toks[i][0], toks[i][1], "noun")  # "Vi i föreningen menar": the association
    if lang == "en" and i >= 1:
        two = f"{toks[i - 1][2].casefold()} {low}"
        if two in voc.org_nouns or two in voc.group_nouns:
            return SpeakerRef(toks[i - 1][0], toks[i][1], "noun")
    if low in voc.org_nouns or low in voc.group_nouns:
        return SpeakerRef(toks[i][0], toks[i][1], "noun", None, initial)
    article = toks[i - 1][2].casefold() if i >= 1 else ""
    if article in INDEFINITE[lang] and (voc.is_role_word(low) or is_person_noun(toks[i][2], lang)):
        # "En granne säger att ...", "A spokesman said ...": someone new.
        return SpeakerRef(toks[i - 1][0], toks[i][1], "noun", None, initial, True)
    if lang == "en" and voc.is_role_word(low) and i >= 2 and article not in ("the", "a", "an"):
        art = toks[i - 2][2].casefold()
        if art in ("the", "a", "an") and toks[i - 1][2].isalpha():
            # "The Democratic governor", "A former colleague": the article two words back.
            return SpeakerRef(toks[i - 2][0], toks[i][1], "noun", None, initial, art != "the")
    if lang == "sv" and article in QUANTIFIERS[lang] and (voc.is_role_word(low) or is_person_word(toks[i][2], voc)):
        return bare_group(text, toks, i, floor, voc)  # "Flera vittnen berättar"
    if voc.is_role_word(low) and (lang == "en" or is_definite_noun(toks[i][2].lower(), lang)):
        start = toks[i][0]
        if lang == "en" and article == "the":
            if is_plural_group(toks[i][2], lang, role=True):
                return SpeakerRef(toks[i - 1][0], toks[i][1], "unnamed", None, initial, True)
            start = toks[i - 1][0]
        elif lang == "en":
            return bare_group(text, toks, i, floor, voc)
        return SpeakerRef(start, toks[i][1], "noun", None, initial)
    if voc.is_role_word(low) or is_role_plural(low, voc):
        return bare_group(text, toks, i, floor, voc)
    return (
        institution(text, toks, i, floor, voc)
        or described(text, toks, i, floor, voc)
        or named_with_descriptor(text, toks, i, floor, voc)
    )
