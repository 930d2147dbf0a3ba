"""Add Sweden's commonest first names to resources/lexicons/sv/first_names_{female,male}.txt.

The names are the 500 commonest female and 500 commonest male first names in Sweden as the
Faker package ships them (``faker.providers.person.sv_SE``, version 40.63.0, MIT licence; its
lists are Isof's and Statistics Sweden's first-name statistics). Faker is not a dependency of the
app: install it in a scratch environment and run this script with that environment's Python,
from the repository root:

    python benchmarks/build_first_names.py

The hand-written lists keep their entries; the names they miss are written between the marker
lines at the end of each file (the block is replaced on a re-run). Left out are names already in
a Swedish or English gendered list, names of one or two letters ("Lo"), ordinary English words and
the stopwords of either language ("May", "Else"), Swedish ordinary words of three letters ("Del"),
non-entities (months: "Juni", "August") and names the gazetteer knows as a place or an
organization ("Vilhelmina", "Milton"). A name in both of Faker's lists goes into both files (unisex).
Swedish ordinary words of four letters or more stay ("Klara", "Lova"): the recognizer reads a first
name that is also a word as a name only next to another name or a cue, not alone at a sentence start.
The names added are taken out of sv/first_names_world.txt (no gender), which stays disjoint from
the gendered lists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.analysis.text.lexicon import load_folded, load_lines, load_words  # noqa: E402
from desktop_app.core.analysis.text.vocabulary import stopwords  # noqa: E402

BEGIN = "# --- begin: Sweden's commonest first names (build_first_names.py) ---"
END = "# --- end ---"
NOTE = (
    "# From the 500 commonest {gender} first names in Sweden (Isof / Statistics Sweden, as shipped by",
    "# the Faker package 40.63.0, MIT licence) that the hand-written lists missed; filtered as described",
    "# in benchmarks/build_first_names.py.",
)


def kept(names: list[str]) -> list[str]:
    known = {n.casefold() for lang in ("sv", "en") for f in ("first_names_female", "first_names_male")
             for n in _hand_entries(lang, f)}
    en_common = load_folded("en", "common_words") | stopwords("en") | stopwords("sv")
    sv_common = load_folded("sv", "common_words")
    non_entities = load_words("sv", "non_entities") | load_words("en", "non_entities")
    gazetteer = {
        e.casefold()
        for lang in ("sv", "en")
        for name in ("countries", "regions", "places", "places_geonames", "organizations")
        for e in load_lines(lang, name)
    }
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key in known or len(name) <= 2 or key in en_common or (len(name) <= 3 and key in sv_common):
            continue
        if name in non_entities or key in gazetteer or not name.replace("-", "").isalpha():
            continue
        out.append(name)
    return sorted(set(out))


def _hand_entries(language: str, name: str) -> list[str]:
    """The list's entries outside the generated block."""
    path = ROOT / "resources" / "lexicons" / language / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text[: text.index(BEGIN)]
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def write_block(name: str, gender: str, names: list[str]) -> None:
    path = ROOT / "resources" / "lexicons" / "sv" / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text[: text.index(BEGIN)]
    block = [BEGIN, *(line.format(gender=gender) for line in NOTE), *names, END]
    path.write_text(text.rstrip("\n") + "\n" + "\n".join(block) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    try:
        from faker.providers.person.sv_SE import Provider
    except ImportError:
        print("faker is not installed: install it in a scratch environment (pip install faker==40.63.0)",
              file=sys.stderr)
        return 2
    added: set[str] = set()
    for name, gender, source in (
        ("first_names_female", "female", list(Provider.first_names_female)),
        ("first_names_male", "male", list(Provider.first_names_male)),
    ):
        names = kept(source)
        write_block(name, gender, names)
        added.update(names)
        print(f"sv/{name}.txt: {len(names)} names added")
    world = ROOT / "resources" / "lexicons" / "sv" / "first_names_world.txt"
    lines = world.read_text(encoding="utf-8").splitlines()
    kept_lines = [line for line in lines if line.startswith("#") or line.strip() not in added]
    world.write_text("\n".join(kept_lines) + "\n", encoding="utf-8")
    print(f"sv/first_names_world.txt: {len(lines) - len(kept_lines)} names moved to the gendered lists")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
