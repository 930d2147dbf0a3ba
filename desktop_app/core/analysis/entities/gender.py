"""Gender of a speaker from a first name ("Anna", "Per-Åke") or a role noun ("mamman", "the wife").

Used to resolve "han"/"hon" and "he"/"she" to the right actor; None whenever the word does not say.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.analysis.text.language import LANGUAGES
from desktop_app.core.analysis.text.lexicon import load_folded, load_lines

# Swedish compounds end in the word that carries the gender: "affärskvinnan", "tonårspojken".
# Only long, unambiguous endings ("sonen" would also match "personen").
_FEMALE_ENDINGS: tuple[str, ...] = (
    "kvinna", "kvinnan", "kvinnor", "kvinnorna", "flicka", "flickan", "tjejen", "mamman",
    "dottern", "systern", "woman", "women",
)
_MALE_ENDINGS: tuple[str, ...] = ("pojke", "pojken", "killen", "pappan", "brodern")


@lru_cache(maxsize=None)
def _name_genders(language: str) -> dict[str, str | None]:
    """casefolded first name -> "female" | "male" | None (a name listed for both is unisex)."""
    genders: dict[str, str | None] = {}
    for gender, list_name in (("female", "first_names_female"), ("male", "first_names_male")):
        for name in load_lines(language, list_name):
            key = name.casefold()
            if key in genders and genders[key] != gender:
                genders[key] = None
            else:
                genders[key] = gender
    return genders


def gender_of_first_name(name: str, language: str | None = None) -> str | None:
    """"female", "male" or None for the first name that opens ``name``.

    ``name`` may be a full name ("Magnus Ranstorp"); the lists of ``language`` are asked first
    (an Andrea is a woman in Sweden and a man in Italy), then those of the other language.
    """
    words = name.split()
    if not words:
        return None
    first = words[0].strip(".,;:!?()\"'").casefold()
    if not first:
        return None
    order = [language] if language in LANGUAGES else []
    order += [lang for lang in LANGUAGES if lang not in order]
    candidates = [first]
    if "-" in first:  # "Per-Åke" -> "per" when the double name is not listed itself
        candidates.append(first.split("-", 1)[0])
    for candidate in candidates:
        for lang in order:
            genders = _name_genders(lang)
            if candidate in genders:
                return genders[candidate]
    return None


def gender_of_role(noun: str) -> str | None:
    """"female", "male" or None for a role noun: "mamma", "kvinnan", "mannen", "the wife".

    Gender-neutral roles ("statsministern", "forskaren") give None.
    """
    word = noun.strip().casefold()
    if not word:
        return None
    word = word.split()[-1].strip(".,;:!?()\"'")  # "den unga kvinnan", "the wife"
    for lang in LANGUAGES:
        if word in load_folded(lang, "roles_female"):
            return "female"
        if word in load_folded(lang, "roles_male"):
            return "male"
    if len(word) > 6:
        if word.endswith(_FEMALE_ENDINGS):
            return "female"
        if word.endswith(_MALE_ENDINGS):
            return "male"
    return None
