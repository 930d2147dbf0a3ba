"""Speaker rules of round 11 (issue 12, helper s12c), each a table of invented Swedish and
English sentences:
- a headline's role is the person titled so, not someone of the office that role names; a
  headline's group noun ("Myndigheten varnar") is the organization the article quotes;
- a group noun ("bolaget", "the company", "polisen") points past an organization named only as
  where someone works, and "the company" is no public body ("... Commission") when a company was
  named;
- a headline's descriptor before a company's short name ("Automaker X") is the company;
- "the department" heads a name; "the district" is a US school district ("... Public Schools");
- a pronoun in a lead that names nobody is the person the next paragraph introduces;
- a place closing the subject's noun phrase ("Personalen på vårdcentralen i Bjurholm menar") is no
  speaker, the people it names are;
- "säger Lund" after "Eva Lund" is her, not the city; "Councillor Amy Park", read as a place, is a
  person "she" can mean;
- English institutions named "<head> for <what>" and "St. ..." keep their whole names; Swedish
  ones their compass or size word ("Norra Kärr Fastigheter") and their municipality
  ("Miljöförvaltningen i Uppsala kommun");
- "That is what X told the Courier." names the speaker of the paragraph before (English puts
  the speaker before the verb);
- a possessive before a new person ("Hennes man Johan Vik", "Her husband, John Vickers") brings in
  that person: a dash paragraph with no cue after it is theirs;
- a role noun opening a sentence ("Rådmannen konstaterar") and a role set before a name between
  commas ("a spokesperson for the airline, Kim Osei") point to the person who holds them;
- "he"/"hon" never means an unnamed source that is a thing ("the water" of a misread cue)."""

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
    # A company's short name after a descriptor in the headline ("Automaker Brenholt").
    ("'Automaker X' in the headline is the company 'X Group'", "en",
     "Automaker Brenholt to cut 900 jobs\n\nSwedish carmaker Brenholt Group will cut 900 jobs in Europe, "
     "the company said on Monday.\n\nThe cuts will be made by the end of 2027, Brenholt said in a statement.",
     2, ("Brenholt Group", "indirect")),
    # "the department" / "the district": organizations whose names do not end in the noun.
    ("'according to the department' after 'the Vermont Department of Health'", "en",
     "Wells tested for chemicals\n\nSince May, the Vermont Department of Health has tested 80 wells near "
     "the plant.\n\nTwelve of the wells exceeded the federal limit, according to the department.",
     2, ("Vermont Department of Health", "indirect")),
    ("'According to district figures' after 'Dayton Public Schools'", "en",
     "School board votes to close two schools\n\nThe Dayton Public Schools board voted on Tuesday to close "
     "two elementary schools.\n\nSuperintendent Carl Moss said the buildings were half empty.\n\n"
     "According to district figures, the closures will save $2 million a year.",
     3, ("Dayton Public Schools", "indirect")),
    ("decoy: 'According to district figures' with no district named stays unnamed", "en",
     "Two schools to close\n\nThe board voted on Tuesday to close two elementary schools.\n\n"
     "According to district figures, the closures will save $2 million a year.",
     2, ("district figures", "indirect")),
    # A pronoun in a lead before anyone is named: the person the next paragraph introduces.
    ("lead pronoun before the name: the person named next", "en",
     "Councillor deletes post calling bus drivers 'lazy'\n\nA Leeds councillor deleted a post on Sunday in "
     "which he called bus drivers \"lazy and overpaid\" after a backlash.\n\nCouncillor Martin Hale, a "
     "Labour member, wrote the post late on Saturday.\n\n\"I was frustrated,\" Hale said.",
     1, ("Martin Hale", "direct")),
    ("lead pronoun before the name (sv): the person named next", "sv",
     "Riksdagsledamot raderar inlägg om lärare\n\nEn riksdagsledamot har raderat ett inlägg där hon kallade "
     "lärarna ”lata och bortskämda”.\n\nRiksdagsledamoten Eva Dahlin (M) skrev inlägget sent på lördagen."
     "\n\n– Jag uttryckte mig klumpigt, säger Dahlin.",
     1, ("Eva Dahlin", "direct")),
    # A place at the end of the subject's noun phrase: the people the phrase names speak.
    ("'Personalen på vårdcentralen i Bjurholm menar': the staff, not the place", "sv",
     "Vården i Bjurholm\n\nPersonalen på vårdcentralen i Bjurholm menar att patienterna får åka fyra mil."
     "\n\nRegionrådet Jonas Berg (S) försvarar beslutet.",
     1, ("personalen på vårdcentralen i Bjurholm", "indirect")),
    ("'Staff at the health centre in Bjurholm say': the staff, not the place", "en",
     "Clinic closure\n\nStaff at the health centre in Bjurholm say the closure will force patients to "
     "travel 40 miles.\n\nRegional councillor John Berg defended the decision.",
     1, ("staff at the health centre in Bjurholm", "indirect")),
    ("decoy: 'Polisen i Göteborg uppger' is the police there", "sv",
     "Skjutning\n\nPolisen i Göteborg uppger att två personer har gripits.", 1, ("Polisen i Göteborg", "indirect")),
    # A headline's group noun: the organization the article quotes, not its press officer.
    ("headline 'Myndigheten varnar': the authority, not its press officer", "sv",
     "Myndigheten varnar för bedrägerier\n\nMaria Wennberg, presschef på Skatteverket, säger att antalet "
     "bedrägeriförsök har fördubblats.\n\nMyndigheten uppmanar allmänheten att aldrig lämna ut koder i telefon.",
     0, ("Skatteverket", "indirect")),
    ("headline 'Agency warns': the agency, not its spokesperson", "en",
     "Agency warns of scams\n\nMaria Wenner, a spokesperson for the Internal Revenue Service, said scam "
     "attempts had doubled.\n\nThe agency urged the public never to give out codes by phone.",
     0, ("Internal Revenue Service", "indirect")),
    # "The company" after a commission: the company named before it.
    ("'The company said' after 'the Consumer Product Safety Commission said' is the company", "en",
     "Company recalls heaters\n\nBrightwell Appliances Inc. is recalling 40,000 space heaters after reports "
     "of fires, the company said Tuesday.\n\nThe Consumer Product Safety Commission said it had received 12 "
     "reports of fires.\n\nThe company said customers should stop using the heaters immediately.",
     3, ("Brightwell Appliances Inc", "indirect")),
    ("'Bolaget uppger' after 'Arbetsmiljöverket' is the company", "sv",
     "Fabrik granskas\n\nNorrviks Plast AB i Skellefteå har fått föreläggande efter en arbetsplatsolycka, "
     "uppger bolaget.\n\nArbetsmiljöverket har inlett en granskning av fabriken.\n\nBolaget uppger att "
     "rutinerna ska ses över.",
     3, ("Norrviks Plast AB", "indirect")),
    # A surname that is also a place: the person named so before.
    ("'säger Lund', 'säger Berg' after 'Rektorn Eva Lund och läraren Karl Berg'", "sv",
     "Skolan stängs\n\nRektorn Eva Lund och läraren Karl Berg har arbetat på skolan i 20 år.\n\n"
     "– Det är sorgligt, säger Lund.\n\n– Men vi förstår beslutet, säger Berg.", 2, ("Eva Lund", "direct")),
    ("the second surname that is a place", "sv",
     "Skolan stängs\n\nRektorn Eva Lund och läraren Karl Berg har arbetat på skolan i 20 år.\n\n"
     "– Det är sorgligt, säger Lund.\n\n– Men vi förstår beslutet, säger Berg.", 3, ("Karl Berg", "direct")),
    ("'Chester said' after 'Mayor Tom Chester'", "en",
     "Mayor backs stadium\n\nMayor Tom Chester backed the new stadium on Monday.\n\n"
     "\"It will bring jobs to the east side,\" Chester said.", 2, ("Tom Chester", "direct")),
    ("'Councillor Amy Park' (a place to the recognizer) is whom 'She said' means", "en",
     "Trucks at dawn\n\nResidents of Elm Street have complained about the noise for months.\n\n"
     "Councillor Amy Park met them on Tuesday. She said the council would review the permit.",
     2, ("Amy Park", "indirect")),
    # English institution names the recognizer cut at "for" or after "St.".
    ("'the Alliance for Fair Transport' keeps its 'for ...'", "en",
     "Rail fares rise\n\nFares will rise by 5% in March.\n\nFigures published on Monday by the Alliance "
     "for Fair Transport show that fares have doubled since 2010.", 2, ("Alliance for Fair Transport", "indirect")),
    ("'the Rowan Center for Rural Health Policy' (read as two people) is one organization", "en",
     "Hospitals close\n\nMore than 100 rural clinics have closed since 2015, according to the Rowan Center "
     "for Rural Health Policy at the University of Vermont.", 1, ("Rowan Center for Rural Health Policy", "indirect")),
    ("'St.' opens a school district's name", "en",
     "Schools\n\nThe St. Cloud Area School District said the closures would save $3 million a year.",
     1, ("St. Cloud Area School District", "indirect")),
    # Swedish names the recognizer cut short.
    ("'Miljöförvaltningen i Uppsala kommun': the unit with its municipality", "sv",
     "Återvinningen\n\nMiljöförvaltningen i Uppsala kommun vill stänga återvinningscentralen i Librobäck.\n\n"
     "Enligt förvaltningen är anläggningen för liten.", 2, ("Miljöförvaltningen i Uppsala kommun", "indirect")),
    ("'Norra Kärr Fastigheter' keeps 'Norra' when it opens the sentence", "sv",
     "Hyresgäster\n\nBostadsbolaget Norra Kärr Fastigheter sade upp avtalet i våras.\n\nNorra Kärr "
     "Fastigheter skriver i en kommentar att bolaget respekterar beslutet.", 2, ("Norra Kärr Fastigheter", "indirect")),
    ("'Stora Kopparbergs Bostäder' keeps 'Stora'", "sv",
     "Hyresgäster\n\nAvtalet sades upp i våras av Stora Kopparbergs Bostäder.\n\nBolaget skriver i en "
     "kommentar att det respekterar beslutet.", 2, ("Stora Kopparbergs Bostäder", "indirect")),
    ("'That is what X told the Courier.' after a quoted paragraph", "en",
     "Cafe in the old station\n\n\"I always dreamed of having my own cafe.\"\n\nThat is what Ellen Vickers "
     "told the Courier. She has worked as a baker in Derby for 15 years.", 1, ("Ellen Vickers", "direct")),
    ("'That's what he said' with a pronoun", "en",
     "Bridge plan\n\nMayor Tom Reed visited the bridge on Monday.\n\n\"It has to be replaced.\"\n\n"
     "That's what he told reporters after the visit.", 2, ("Tom Reed", "direct")),
    ("a dash paragraph after 'Hennes man Johan Vik har ...' is his", "sv",
     "Kaféet\n\n– Jag har alltid drömt om ett eget kafé, säger Elin Vik.\n\nHennes man Johan Vik har byggt om "
     "köket.\n\n– Det har varit mycket jobb, men det är värt det.", 3, ("Johan Vik", "direct")),
    ("a quoted paragraph after 'Her husband, John Vickers, rebuilt ...' is his", "en",
     "The cafe\n\n\"I always dreamed of a cafe of my own,\" said Ellen Vickers.\n\nHer husband, John Vickers, "
     "rebuilt the kitchen.\n\n\"It has been a lot of work, but it is worth it.\"", 3, ("John Vickers", "direct")),
    ("decoy: 'Hon har arbetat ...' brings in no one new: the dash paragraph stays hers", "sv",
     "Kaféet\n\n– Jag har alltid drömt om ett eget kafé, säger Elin Vik.\n\nHon har arbetat som bagare i "
     "femton år.\n\n– Nu får jag äntligen bestämma själv.", 3, ("Elin Vik", "direct")),
    ("'Rådmannen konstaterar' after 'Rådmannen Karin Svahn'", "sv",
     "Domen\n\nRådmannen Karin Svahn skriver i domen att mannen saknar trovärdighet.\n\nMannens försvarare "
     "Per Lindgren säger att domen kommer att överklagas.\n\nRådmannen konstaterar också att brottet är grovt.",
     3, ("Karin Svahn", "indirect")),
    ("'The spokesperson said' after 'a spokesperson for the airline, Kim Osei'", "en",
     "Flights cancelled\n\nNorthwind Air cancelled 80 flights on Friday, according to a spokesperson for the "
     "airline, Kim Osei.\n\nUnion leader Dan Price said pilots would not return until pay improved.\n\n"
     "The spokesperson said passengers would be rebooked.", 3, ("Kim Osei", "indirect")),
    ("'he said' after 'X said the water rose' is X, not 'the water'", "en",
     "Flood victims wait\n\n\"We lost everything,\" said Maria Gonzalez, 54.\n\nHer neighbor, Tom Hill, said "
     "the water rose within minutes.\n\n\"It came through the floor,\" he said. \"There was no time.\"",
     3, ("Tom Hill", "direct")),
    ("decoy: 'säger hon' after 'En kvinna som bor intill säger att' is the unnamed woman", "sv",
     "Branden\n\nEn kvinna som bor intill säger att hon vaknade av röken.\n\n– Jag hörde en smäll, säger hon.",
     2, ("en kvinna", "direct")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_eleven_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


@pytest.mark.parametrize(("run", "language"), CUE_WORD_RUNS)
def test_affiliations_in_long_runs(run: str, language: str) -> None:
    """Many employers and group nouns in one long paragraph: each cue reads a bounded window, and
    every quote's speaker is a real actor or nobody."""
    head = "Anna Ek, analytiker på Nordea, menar att bolaget sade att " if language == "sv" else (
        "Jane Roe, an analyst at Barclays, said the Campaign for Better Transport said, according to district figures, that "
    )
    text = "Rubrik\n\n" + f"{head}{run}" * 300
    quotes = quotes_of(text, language)
    assert quotes and all(q[0] is None or isinstance(q[0], str) for q in quotes)
