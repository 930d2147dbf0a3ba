"""Round 7 of the issue-12 rules: recall first (quotes real news hides), then speakers.

One row per rule, with decoys: real-style sentences -> (speaker, kind) of a quote in the
paragraph named. Speaker names compare case-insensitively. ``("__none__", kind)`` means no quote
of that kind in the paragraph; ``(name, "__no_speaker__")`` means no quote there is ``name``'s.
"""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import analyze
from tests.core.analysis_helpers import assert_speaker_row, quotes_by_paragraph

Row = tuple[str, str, str, int, tuple[str, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # A hyphenated first name after a role noun the lists do not know.
    ("'berättar renskötaren Ann-Sofie X för P4' (dash lost)", "sv",
     "Betet\n\nRenarna gräver men kommer inte igenom isen, berättar renskötaren Ann-Sofie Kuoljok för P4 Norrbotten.",
     1, ("Ann-Sofie Kuoljok", "direct")),
    # A role opening the sentence, its workplace, then the name between commas.
    ("'Verksamhetschefen för X i Region Skåne, NAME, säger att'", "sv",
     "Löner\n\nVerksamhetschefen för kvinnosjukvården i Region Skåne, Marie Lindwall, säger att lönerna har höjts.",
     1, ("Marie Lindwall", "indirect")),
    ("decoy: 'Anna Ek, ordförande i Kommunal, säger' keeps the first name", "sv",
     "Avtal\n\nAnna Ek, ordförande i Kommunal, säger att avtalet är bra.", 1, ("Anna Ek", "indirect")),
    # People in the definite plural opening the sentence.
    ("'Fastighetsägarna, som ..., är mer kritiska'", "sv",
     "Domen\n\nFastighetsägarna, som företräder privata hyresvärdar, är mer kritiska.", 1,
     ("fastighetsägarna", "indirect")),
    # Praise and criticism received.
    ("'får hård kritik från kulturlivet i X'", "sv",
     "Teatern\n\nBeslutet att dra ned anslaget får hård kritik från kulturlivet i nordöstra Skåne.", 1,
     ("kulturlivet", "indirect")),
    ("'tar samtidigt emot beröm från X'", "sv",
     "Teatern\n\nKulturrådet Eva Lind (M) försvarar beslutet.\n\n"
     "Hon tar samtidigt emot beröm från Sverigedemokraterna i Region Skåne.", 2,
     ("Sverigedemokraterna i Region Skåne", "indirect")),
    ("'möter hård kritik från föräldrarna'", "sv",
     "Skolan\n\nBeslutet att stänga skolan möter hård kritik från föräldrarna.", 1, ("föräldrarna", "indirect")),
    ("'Arrangörerna uppskattade att'", "sv",
     "Protest\n\nFlera hundra personer samlades på torget. Arrangörerna uppskattade att 800 personer deltog.", 1,
     ("arrangörerna", "indirect")),
    # A surname alone before a coordinated reporting verb.
    ("'Brannigan refused to ... but suggested that'", "en",
     "Draw\n\nManager Callum Brannigan was angry after the match.\n\n"
     "Brannigan refused to single out individuals but suggested that his side had dropped too deep.", 2,
     ("Callum Brannigan", "indirect")),
    ("decoy: a genitive is no lone name ('Teaterns konstnärliga ledare X sågar ... och kallar')", "sv",
     "Teatern\n\nTeaterns konstnärliga ledare Johanna Ekdal sågar beslutet och kallar det ”ett hugg i ryggen”.", 1,
     ("teaterns", "__no_speaker__")),
    # "known as" names the speaker.
    ("'The national forestry agency, known as CONAF, said'", "en",
     "Fires\n\nThe national forestry agency, known as CONAF, said that 43 fires were active.", 1,
     ("CONAF", "indirect")),
    # One of a group.
    ("'En av nämndemännen var skiljaktig'", "sv",
     "Hovrätten\n\nDomen var inte enig. En av nämndemännen var skiljaktig och ville fastställa domen.", 1,
     ("en av nämndemännen", "indirect")),
    ("'One of the jurors said'", "en",
     "Trial\n\nOne of the jurors said the evidence had been confusing.", 1, ("one of the jurors", "indirect")),
    ("decoy: 'En av anledningarna är att' is nobody", "sv",
     "Köerna\n\nEn av anledningarna är att det saknas personal.", 1, ("__none__", "indirect")),
    ("'Även flera av regeringspartierna kritiserar'", "sv",
     "Inlägget\n\nÄven flera av regeringspartierna kritiserar inlägget.", 1,
     ("flera av regeringspartierna", "indirect")),
    # A later reporting verb owns the "att" clause.
    ("'När en reporter frågade om ... svarade X att' is not the reporter's", "sv",
     "Gripandet\n\nNär en reporter från SVT frågade om polisen söker fler personer svarade Jonatan Brask att "
     "det ”inte finns något som tyder på det”.", 1, ("en reporter", "__no_speaker__")),
    # Blame.
    ("'Oppositionen ger regeringen skulden för'", "sv",
     "Vården\n\nOppositionen ger i sin tur regeringen skulden för underskottet.", 1, ("oppositionen", "indirect")),
    # Plural sources before the verb.
    ("'Branschkällor som X har talat med menar att'", "sv",
     "Fabriken\n\nBranschkällor som Ny Teknik har talat med menar att problemen är större än bolaget medger.", 1,
     ("branschkällor", "indirect")),
    ("'Flera källor uppger att'", "sv",
     "Affären\n\nFlera källor uppger att affären är nära.", 1, ("flera källor", "indirect")),
    # Telling of something: people, not books.
    ("'Flera vittnen har berättat om skottlossningen'", "sv",
     "Skotten\n\nFlera vittnen har berättat om skottlossningen.", 1, ("flera vittnen", "indirect")),
    ("'berättade pojken om kvällen då'", "sv",
     "Rånet\n\nUnder förhandlingen berättade pojken om kvällen då han blev rånad.", 1, ("pojken", "indirect")),
    ("decoy: 'Boken berättar om en familj' is nobody's quote", "sv",
     "Recension\n\nBoken berättar om en familj i Norrland.", 1, ("__none__", "indirect")),
    ("decoy: 'Utställningen berättar om' is nobody's quote", "sv",
     "Museet\n\nUtställningen berättar om stadens historia.", 1, ("__none__", "indirect")),
    # An unnamed spokesperson and an organization's unnamed official.
    ("'A spokesman for the governor said' is an unnamed source", "en",
     "Storm\n\nA spokesman for the governor said the state would send help.", 1,
     ("a spokesman for the governor", "indirect")),
    ("'The hospital's medical director said that'", "en",
     "Beds\n\nThe hospital's medical director said that all beds were full.", 1,
     ("hospital's medical director", "indirect")),
    # Whom it told is no branch.
    ("'Det bekräftar polisen för Aftonbladet' is Polisen", "sv",
     "Branden\n\nBranden släcktes under natten.\n\nDet bekräftar polisen för Aftonbladet.", 1, ("Polisen", "indirect")),
    ("decoy: 'Hovrätten för Västra Sverige' stays a branch", "sv",
     "Målet\n\nHovrätten för Västra Sverige meddelar att den tar upp målet.", 1,
     ("Hovrätten för Västra Sverige", "indirect")),
    ("'Räddningstjänsten Medelpad medger att' is the branch", "sv",
     "Branden\n\nRäddningstjänsten Medelpad medger att styrkorna inte räckte till.", 1,
     ("Räddningstjänsten Medelpad", "indirect")),
    # Naming without quotation marks.
    ("'S i Ludvika kallar beslutet för ett svek'", "sv",
     "Skolan\n\nSocialdemokraterna i Ludvika kallar beslutet för ett svek.", 1,
     ("Socialdemokraterna i Ludvika", "indirect")),
    ("decoy: 'Byn kallas för Lilla Paris' is nobody's view", "sv",
     "Byn\n\nByn kallas för Lilla Paris.", 1, ("__none__", "indirect")),
    # English groups and bare clauses.
    ("'Environmental groups have criticised the decision'", "en",
     "Mine\n\nEnvironmental groups have criticised the decision.", 1, ("environmental groups", "indirect")),
    ("'Police believe the fire was started deliberately'", "en",
     "Fire\n\nPolice believe the fire was started deliberately.", 1, ("Police", "indirect")),
    ("'X, a Democrat from Ohio, has long argued that'", "en",
     "Funding\n\nSen. Dana Whitlock spoke on Monday.\n\n"
     "Whitlock, a Democrat from Ohio, has long argued that the program is underfunded.", 2,
     ("Dana Whitlock", "indirect")),
    ("decoy: 'X, a Democrat from Quincy, wrote the post on X' is no clause", "en",
     "Post\n\nState Rep. Kevin Doherty, a Democrat from Quincy, wrote the post on X late Saturday.", 1,
     ("__none__", "indirect")),
    ("'The mayor's office said' is the mayor's", "en",
     "Talks\n\nMayor Jane Rowe faces a vote.\n\nThe mayor's office said in a statement that talks would resume.", 2,
     ("Jane Rowe", "indirect")),
    ("decoy: 'The Home Office said' stays the Home Office", "en",
     "Visas\n\nThe Home Office said the rules would change.", 1, ("Home Office", "indirect")),
    ("'Enligt rapporten' after 'Statskontoret presenterade en ny rapport'", "sv",
     "Beredskap\n\nStatskontoret presenterade på tisdagen en ny rapport om kommunernas krisberedskap.\n\n"
     "I många kommuner saknas övningar.\n\nEnligt rapporten har en tredjedel av kommunerna inte övat.", 3,
     ("Statskontoret", "indirect")),
    ("decoy: 'The lawsuit says' is not the court the suit was filed in", "en",
     "Suit\n\nThe town filed the lawsuit Monday in Hillsborough County Superior Court.\n\n"
     "The lawsuit says the company hid what it knew.", 2, ("Hillsborough County Superior Court", "__no_speaker__")),
    ("decoy: 'No study has shown' / 'ingen studie som visar' is no finding", "sv",
     "Parken\n\nDet finns ingen oberoende studie som visar det.", 1, ("__none__", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_seven_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


def test_company_short_name_merges_with_the_company() -> None:
    """ "Merrimack Coatings said" after "Merrimack Coatings Inc.": one actor, and "The company"
    in the next sentence is it."""
    text = (
        "Lawsuit\n\nThe town of Hollis has sued Merrimack Coatings Inc. over chemicals in its wells.\n\n"
        "The lawsuit says Merrimack Coatings \"made a deliberate decision\" not to tell residents.\n\n"
        "Merrimack Coatings said in a statement that it had \"always complied with the law\". "
        "The company noted that PFAS were not regulated when the plant was operating."
    )
    analysis = analyze(text, language="en", genre="news")
    companies = [a for a in analysis.actors if a.name.startswith("Merrimack")]
    assert [a.kind for a in companies] == ["organization"], [(a.name, a.kind) for a in companies]
    got = quotes_by_paragraph(text, "en", casefold=True).get(3, set())
    assert (companies[0].name.casefold(), "indirect") in got, got


def test_opening_we_makes_an_unlabelled_text_the_organizations_piece() -> None:
    """A file analysed by path: "Vi i <organization> ..." opening the narration is its writer."""
    text = (
        "Vindkraften hotar fåglarna\n\n"
        "Vi i Naturskyddsföreningen i Jämtland står fast vid vår kritik mot parken vid Storsjön.\n\n"
        "Vi menar att länsstyrelsen måste göra en ny prövning."
    )
    analysis = analyze(text, language="sv", title="Vindkraften hotar fåglarna")
    assert analysis.genre == "opinion"
    authors = {a.id: a.name for a in analysis.actors}
    assert {authors.get(q.speaker) for q in analysis.quotes if q.kind == "author"} == {
        "Naturskyddsföreningen i Jämtland"
    }


def test_we_inside_a_dash_quote_is_no_writer() -> None:
    text = "Badhuset stänger\n\nBadhuset i Kumla stänger i höst.\n\n– Vi i Simklubben Kumla är besvikna, säger Per Ek."
    analysis = analyze(text, language="sv", title="Badhuset stänger")
    assert analysis.genre == "other"
    assert not [q for q in analysis.quotes if q.kind == "author"]
