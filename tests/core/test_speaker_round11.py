"""Speaker rules of round 11 (issue 12, helper s12c), each a table of invented Swedish and
English sentences: a headline's role is the person who holds it, not someone of the office that
role names; a group noun ("bolaget", "the company", "polisen") points past an organization named
only as where someone works."""

from __future__ import annotations

import pytest

from tests.core.analysis_helpers import CUE_WORD_RUNS, assert_speaker_row, quotes_of

ROWS = [
    # A headline's role noun: the person titled so ("Sheriff Marla Kincaid"), not the one whose
    # role only names the office ("a spokesman for the sheriff's office").
    ("headline role: the titled holder, not a spokesman for the office", "en",
     "Sheriff says storm damaged 40 homes\n\nHeavy rain flooded roads in Pike County on Monday, the "
     "Pike County Sheriff's Office said.\n\nSheriff Marla Kincaid said 40 homes had been damaged by the "
     "storm.\n\nDeputy Ron Baxter, a spokesman for the sheriff's office, said crews were clearing roads.",
     0, ("Marla Kincaid", "indirect")),
    ("headline role: an abbreviated title before the name", "en",
     "Governor says schools will reopen\n\nSchools closed by the flood will open again next week.\n\n"
     "A spokeswoman for the governor's office, Dana Pruitt, said buses would run as usual.\n\n"
     "Gov. Helen Marsh said all 14 schools had been inspected.",
     0, ("Helen Marsh", "indirect")),
    ("headline role (sv): the prosecutor, not the authority's press officer", "sv",
     "Åklagaren: Mannen planerade branden i flera månader\n\nEn 38-årig man åtalas för mordbrand i "
     "Kumla.\n\nJonas Ekwall, presstalesperson vid Åklagarmyndigheten, säger att rättegången börjar i "
     "maj.\n\nKammaråklagare Sara Holmgren menar att mannen planerade branden i flera månader.",
     0, ("Sara Holmgren", "direct")),
    ("decoy: with no holder named, the office's spokesman still speaks the headline", "en",
     "Sheriff says storm damaged 40 homes\n\nHeavy rain flooded roads in Pike County on Monday.\n\n"
     "Deputy Ron Baxter, a spokesman for the sheriff's office, said 40 homes had been damaged.",
     0, ("Ron Baxter", "indirect")),
    # "Bolaget" / "the company" after an analyst's bank or an association's economist.
    ("'Bolaget skriver' after 'analytiker på Nordea' and 'Aktiespararnas ekonom' is the company", "sv",
     "Verktygsbolaget sänker prognosen\n\nBrandtmarks Verktyg i Eskilstuna sänker sin prognos för "
     "året.\n\nJohan Ekstedt, analytiker på Nordea, menar att prognosen fortfarande är för optimistisk."
     "\n\nHan får medhåll av Aktiespararnas ekonom Lisa Bergvik, som anser att utdelningen bör sänkas."
     "\n\nBolaget skriver i rapporten att elbilsdelen fortsätter att växa.",
     4, ("Brandtmarks Verktyg", "indirect")),
    ("'The company said' after 'an analyst at Barclays' is the company", "en",
     "Toolmaker cuts forecast\n\nHartwell Tools cut its profit forecast on Tuesday.\n\nJane Rourke, an "
     "analyst at Barclays, said the forecast was still too optimistic.\n\nThe company said demand from "
     "carmakers would stay weak.",
     3, ("Hartwell Tools", "indirect")),
    ("'skriver polisen' after 'presstalesperson vid polisen i Borås' is the named police region", "sv",
     "Man knivskuren i Borås\n\nPolisregion Väst larmades strax efter midnatt om ett bråk på "
     "Stora torget.\n\n– Mannen fördes till sjukhus med allvarliga skador, säger Anton Sjöblom, "
     "presstalesperson vid polisen i Borås.\n\nI ett pressmeddelande skriver polisen att två personer "
     "har gripits.",
     3, ("Polisregion Väst", "indirect")),
    ("decoy: a company named only through its chief still is 'bolaget'", "sv",
     "Fabriken byggs ut\n\nKarlbergs Plåt vd Maria Lindén säger att fabriken ska byggas ut.\n\n"
     "Bolaget uppger att 40 nya jobb skapas.",
     2, ("Karlbergs Plåt", "indirect")),
    ("decoy: the one organization there, named only as an employer, is 'bolaget'", "sv",
     "Nya jobb i Mora\n\nLisa Ström, platschef på Morakniv Industri, säger att fabriken ska byggas ut."
     "\n\nBolaget uppger att 40 nya jobb skapas.",
     2, ("Morakniv Industri", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_eleven_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


@pytest.mark.parametrize(("run", "language"), CUE_WORD_RUNS)
def test_affiliations_in_long_runs(run: str, language: str) -> None:
    """Many employers and group nouns in one long paragraph: each cue reads a bounded window, and
    every quote's speaker is a real actor or nobody."""
    head = "Anna Ek, analytiker på Nordea, menar att bolaget sade att " if language == "sv" else (
        "Jane Roe, an analyst at Barclays, said the company said that "
    )
    text = "Rubrik\n\n" + f"{head}{run}" * 300
    quotes = quotes_of(text, language)
    assert quotes and all(q[0] is None or isinstance(q[0], str) for q in quotes)
