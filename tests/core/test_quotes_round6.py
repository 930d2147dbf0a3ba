"""Round 6 of the issue-12 rules: speaker accuracy (who is given the words).

One row per rule, with decoys: real-style sentences -> (speaker, kind) of a quote in the
paragraph named. Speaker names compare case-insensitively. ``("__none__", kind)`` means no quote
of that kind in the paragraph; ``(name, "__no_speaker__")`` means no quote there is ``name``'s.
"""

from __future__ import annotations

import pytest

from tests.core.analysis_helpers import assert_speaker_row

Row = tuple[str, str, str, int, tuple[str, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # A pronoun goes to the narration's subject, not to a person named in passing after it.
    ("'säger hon' after 'X ... åkte ifrån norskan Y'", "sv",
     "Guld i Lahtis\n\nMoa Isaksson vann tiokilometern.\n\n– Jag åkte för pappa i dag, säger hon.\n\n"
     "Isaksson låg trea vid den sista mellantiden men åkte ifrån norskan Ingrid Haugland i backen.\n\n"
     "– Jag har tränat backarna hela hösten, säger hon.", 4, ("Moa Isaksson", "direct")),
    ("'säger hon' after 'X ... slog Y' (subject after a role)", "sv",
     "Finalen\n\nTränaren Lena Boström säger att laget är redo.\n\n"
     "Lagkaptenen Sara Lind gjorde två mål och passerade backen Maja Ek flera gånger.\n\n"
     "– Vi har tränat på det här hela veckan, säger hon.", 3, ("Sara Lind", "direct")),
    ("decoy: with no subject since the quote, the last speaker keeps 'she'", "en",
     "Vote\n\nMaria Lopez, the mayor, said the plan was fair.\n\n"
     "\"It is the right thing to do,\" she said.", 2, ("Maria Lopez", "direct")),
    # A group noun never points back to an outlet named only as whom words were given to.
    ("'Förbundet uppger' after 'berättar X för ST'", "sv",
     "Branden\n\nRäddningstjänsten Medelpad medger att styrkorna inte räckte.\n\n"
     "– Vi var för få, säger räddningschefen Henrik Wallgren.\n\n"
     "Det berättar Wallgren för ST.\n\nFörbundet uppger i ett pressmeddelande att 900 hektar har brunnit.", 4,
     ("ST", "__no_speaker__")),
    # A reported clause whose trailing cue follows another cue that opens it.
    ("'She said ..., which the union had rejected' is hers", "en",
     "Strike\n\n\"We deeply regret the disruption,\" said Ingrid Solvang, a spokesperson for the airline.\n\n"
     "She said the company had offered a 4.5 percent raise, which the union had rejected.", 2,
     ("Ingrid Solvang", "indirect")),
    ("decoy: 'enligt KPIF' inside the words of a trailing 'enligt SCB'", "sv",
     "Inflationen\n\nInflationstakten enligt KPIF sjönk till 2,2 procent i mars, enligt Statistiska centralbyrån.", 1,
     ("Statistiska centralbyrån", "indirect")),
    # Criticism from a group the text does not name.
    ("'Kritiken från oppositionen gäller'", "sv",
     "Biblioteket stänger\n\nKulturnämndens ordförande Roger Holm (M) säger att stängningen är nödvändig.\n\n"
     "Kritiken från oppositionen gäller framför allt att stängningen drabbar en utsatt stadsdel.", 2,
     ("oppositionen", "indirect")),
    ("decoy: 'Kritiken från oppositionen' is not the chair's view", "sv",
     "Biblioteket stänger\n\nKulturnämndens ordförande Roger Holm (M) säger att stängningen är nödvändig.\n\n"
     "Kritiken från oppositionen gäller framför allt att stängningen drabbar en utsatt stadsdel.", 2,
     ("Roger Holm", "__no_speaker__")),
    # Role nouns: the definite role is the unnamed person introduced before.
    ("'sa väktaren' after 'en väktare som befann sig där'", "sv",
     "Rånet i Tumba\n\nAdvokaten Mikael Sjöholm ifrågasatte pojkens beskrivning.\n\n"
     "Sedan spelades ett förhör upp med en väktare som befann sig vid stationen.\n\n"
     "– Den ena hade en ljus jacka över armen, sa väktaren i förhöret.", 3, ("väktaren", "direct")),
    ("decoy: 'sa väktaren' is not the lawyer's", "sv",
     "Rånet i Tumba\n\nAdvokaten Mikael Sjöholm ifrågasatte pojkens beskrivning.\n\n"
     "Sedan spelades ett förhör upp med en väktare som befann sig vid stationen.\n\n"
     "– Den ena hade en ljus jacka över armen, sa väktaren i förhöret.", 3, ("Mikael Sjöholm", "__no_speaker__")),
    ("'the paramedic said'", "en",
     "Crash\n\nA paramedic who was first at the scene spoke to reporters.\n\n"
     "The paramedic said the driver had been trapped for an hour.", 2, ("the paramedic", "indirect")),
    # An outlet's abbreviation yields to an organization the text names with those initials.
    ("'HD' after 'Högsta domstolen' is the court", "sv",
     "Hyresgäst får bo kvar\n\nHögsta domstolen slår fast att hyresvärden inte kan säga upp kvinnan.\n\n"
     "”Hyresgästen har gjort vad som rimligen kan krävas”, skriver HD i domen.", 2,
     ("Högsta domstolen", "direct")),
    ("decoy: 'HD' alone stays the newspaper", "sv",
     "Hamnen\n\n– Vi behöver en ny kaj, säger hamnchefen Lars Åkesson till HD.\n\n"
     "HD har sökt kommunen utan att få svar.", 1, ("Lars Åkesson", "direct")),
    # A group noun fits an organization whose last word is its definite form.
    ("'Domstolen konstaterar' after 'Högsta domstolen'", "sv",
     "Domen\n\nSvea hovrätt gick på bostadsbolagets linje.\n\nHögsta domstolen gör en annan bedömning.\n\n"
     "Domstolen konstaterar att kvinnan bad sonen att flytta.", 3, ("Högsta domstolen", "indirect")),
    # "Organisationen" / "the organization" points back.
    ("'Organisationen menar' after the organization", "sv",
     "Mobilförbud\n\nSkolministern Maja Forsell säger att förbudet fungerar.\n\n"
     "Lärarförbundet är kritiskt. Organisationen menar att lärarna aldrig fick vara med.", 2,
     ("Lärarförbundet", "indirect")),
    ("'the organization said' after the organization", "en",
     "Report\n\nThe Resolution Foundation published figures on Tuesday.\n\n"
     "The organization said more than a quarter of households had fallen behind on bills.", 2,
     ("Resolution Foundation", "indirect")),
    # The person, not their employer.
    ("'X på konsultbolaget Y säger'", "sv",
     "Dataintrånget\n\nKommunen drabbades av ett dataintrång i helgen.\n\n"
     "Säkerhetsexperten Linnéa Grip på konsultbolaget Bastionsäkerhet säger att mindre kommuner är ett lätt mål.", 2,
     ("Linnéa Grip", "indirect")),
    ("'X, an analyst at Y, said'", "en",
     "Shares fall\n\nShares in the airline fell 4 percent.\n\n"
     "Per Aasland, an analyst at Fjord Securities, said investors were worried about a long dispute.", 2,
     ("Per Aasland", "indirect")),
    ("decoy: the organization itself states it", "sv",
     "Vägbygget\n\nAnna Berg, presschef på Trafikverket, säger att bygget är försenat.\n\n"
     "Trafikverket skriver i ett pressmeddelande att vägen öppnar i maj.", 2, ("Trafikverket", "indirect")),
    ("'X, presschef på Y, säger' is X's", "sv",
     "Vägbygget\n\nAnna Berg, presschef på Trafikverket, säger att bygget är försenat.\n\n"
     "Trafikverket skriver i ett pressmeddelande att vägen öppnar i maj.", 1, ("Anna Berg", "indirect")),
    # English: a council named as a place, and "the leader of X" is a person named next.
    ("'The council said' after 'Wrexham council'", "en",
     "Bin strike\n\nRubbish is piling up in Wrexham council's area.\n\n"
     "The council said in a statement that its offer was fair.", 2, ("Wrexham council", "indirect")),
    ("'The leader of X council has warned' is the leader named next", "en",
     "Bin strike\n\nThe leader of Wrexham council has warned that a strike could continue for weeks.\n\n"
     "Karen Ashworth said the council could not afford more.", 1, ("Karen Ashworth", "indirect")),
    ("decoy: 'The leader of X' is not X", "en",
     "Bin strike\n\nThe leader of Wrexham council has warned that a strike could continue for weeks.\n\n"
     "Karen Ashworth said the council could not afford more.", 1, ("Wrexham", "__no_speaker__")),
    # An organization's branch named after "i": the branch, not the place's organization.
    ("'Vårdförbundet i Region Kalmar län kräver'", "sv",
     "Nattillägget\n\nVårdförbundet i Region Kalmar län kräver att regionen återinför tillägget för nattarbete.", 1,
     ("Region Kalmar län", "__no_speaker__")),
    # A long apposition between the name and the verb.
    ("'Sen. X, a Republican who has introduced legislation that ..., wrote on X that'", "en",
     "Age checks\n\nThe company said it would verify the age of its users.\n\n"
     "Sen. Marsha Delacroix, a Louisiana Republican who has introduced legislation that would require age "
     "verification for AI companion apps, wrote on X that the decision was overdue.", 2,
     ("Marsha Delacroix", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_six_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)
