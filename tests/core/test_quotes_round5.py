"""Round 5 of the issue-12 rules: how Swedish and English outlets really write.

One row per rule: real-style sentences -> (speaker, kind) of a quote in the paragraph named.
Speaker names compare case-insensitively (unnamed sources keep the text's phrase, which may
open a sentence). ``("__none__", kind)`` means no quote of that kind in the paragraph (decoys).
"""

from __future__ import annotations

from bisect import bisect_right

import pytest

from desktop_app.core.analysis import analyze
from desktop_app.core.document import split_paragraphs
from tests.core.analysis_helpers import assert_speaker_row

Row = tuple[str, str, str, int, tuple[str, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # class 2: speech introduced after the quote, pronoun- and role-led reporting
    ("a run of dash paragraphs before 'Det berättar X'", "sv",
     "Branden i Timrå\n\nRäddningstjänsten medger att styrkorna inte räckte till.\n\n"
     "– Vi var för få när branden spred sig. Det är ingen hemlighet.\n\n"
     "– Vi fick låna folk från Härnösand, och det tog tid.\n\n"
     "Det berättar räddningschefen Henrik Wallgren för ST.", 2, ("Henrik Wallgren", "direct")),
    ("'Vd:n' is the role holder", "sv",
     "Bolaget går bra\n\nBolagets vd Per Hyltén säger att han är nöjd med kvartalet.\n\n"
     "Vd:n understryker att inga varsel planeras.", 2, ("Per Hyltén", "indirect")),
    ("adverb between the verb and 'att'", "sv",
     "Företaget växer\n\nElvira Sund säger att hon är nöjd.\n\n"
     "Sund tar samtidigt upp att reklamationerna har varit få.", 2, ("Elvira Sund", "indirect")),
    ("'lade till att'", "sv",
     "Skottlossning i Vivalla\n\nPolischefen Carina Ekwall säger att läget är lugnt.\n\n"
     "Ekwall lade till att polisen håller ett öppet möte i kväll.", 2, ("Carina Ekwall", "indirect")),
    ("'pekar ut'", "sv",
     "Barnmorskorna larmar\n\nBarnmorskan Gunilla Sandell säger att bemanningen är för låg.\n\n"
     "Sandell pekar ut nattpassen som det svåraste.", 2, ("Gunilla Sandell", "indirect")),
    ("Swedish quotation over two paragraphs", "sv",
     "Beskedet dröjer\n\nKalle Berg säger att allt är bra.\n\n"
     "”Vi har väntat i tio år på det här beskedet. Nu måste det hända något.\n\n"
     "Vi tänker inte ge upp”, säger föreningens ordförande Anna Ek.", 2, ("Anna Ek", "direct")),
    ("'Detta enligt X' gives X the sentence before", "sv",
     "Skolan stängs\n\nSkolan i byn stängs i höst. Detta enligt rektorn Anna Ek.", 1, ("Anna Ek", "indirect")),
    # class 3: praise, criticism and stance in narration
    ("criticism after a long subject, a reason after the critic", "sv",
     "Kommunalråd får kritik\n\nKommunstyrelsens ordförande i Ånge, Maria Tjärnström (S), får kritik från "
     "oppositionen för sina resor till Bryssel.", 1, ("oppositionen", "indirect")),
    ("criticism carrying quoted words is direct", "sv",
     "Teatern får mindre pengar\n\nTeaterns konstnärliga ledare Johanna Ekdal sågar beslutet och kallar det "
     "”ett hugg i ryggen på publiken”.", 1, ("Johanna Ekdal", "direct")),
    ("an emotion as a stance", "sv",
     "Beslutet klart\n\nAnna Ek säger att hon har väntat länge.\n\nAnna Ek är glad över beslutet.", 2,
     ("Anna Ek", "indirect")),
    ("'misstänker att'", "sv",
     "Brand i skolan\n\nPolisen misstänker att branden är anlagd.", 1, ("Polisen", "indirect")),
    ("English: praise with quoted words is direct", "en",
     "Tax bill passes\n\nGov. Dale Hartman praised lawmakers in a statement for \"refusing to kick the can "
     "down the road again.\"", 1, ("Dale Hartman", "direct")),
    ("English: an emotion as a stance", "en",
     "Vote counted\n\nJohn Smith said the count was fair.\n\nJohn Smith is pleased with the result.", 2,
     ("John Smith", "indirect")),
    # class 5: English reporting
    ("a surname ending in a role suffix is a name", "en",
     "Budget\n\nDale Hartman said the bill was good for families.", 1, ("Dale Hartman", "indirect")),
    ("'told <outlet> <clause>' without 'that'", "en",
     "Bin strike\n\nDarren Pugh leads the union branch.\n\n"
     "Pugh told BBC Wales the strike would escalate if no new offer was made.", 2, ("Darren Pugh", "indirect")),
    ("'told the board he ...' after an apposition 'a junior at'", "en",
     "Later school start\n\nMarcus Webb, a junior at Central High School, told the board he regularly fell "
     "asleep in class.", 1, ("Marcus Webb", "indirect")),
    ("'urged residents to'", "en",
     "Storm\n\nHarris County Judge Maria Ocampo urged residents to stay off the roads.", 1,
     ("Maria Ocampo", "indirect")),
    ("'complained about'", "en",
     "Bin strike\n\nResidents have complained about rats near overflowing bins.", 1, ("residents", "indirect")),
    ("a collective after the quote", "en",
     "Crash victim named\n\n“We are devastated,” the family said in a statement.", 1, ("the family", "direct")),
    ("a Swedish collective after the quote", "sv",
     "Olyckan\n\n– Vi är förtvivlade, säger familjen.", 1, ("familjen", "direct")),
    ("a live blog's time stamp opens no sentence", "en",
     "Storms knock out power\n\n7:40 p.m. — Houston Fire Department officials said crews had responded to more "
     "than 60 calls.", 1, ("Houston Fire Department officials", "indirect")),
    ("Swedish time stamp before the subject", "sv",
     "Bråk på torget\n\n21.31 Flera vittnen berättar att det började med ett gräl utanför en bar.", 1,
     ("flera vittnen", "indirect")),
    # class 11: unnamed and collective sources
    ("counted people", "sv",
     "Skolan flyttar\n\nFlera föräldrar är upprörda över förslaget.", 1, ("flera föräldrar", "indirect")),
    ("counted people in a place", "sv",
     "Teatern\n\nMånga i publiken är besvikna över beskedet.", 1, ("många i publiken", "indirect")),
    ("counted people and the outlet that spoke to them", "sv",
     "Skolan\n\nFlera lärare på skolan som Mitti har talat med är kritiska.", 1,
     ("flera lärare på skolan", "indirect")),
    ("people by where they live", "sv",
     "Gasläckan\n\nFlera boende på Stenungsön berättar att de inte fick något sms.", 1,
     ("flera boende på stenungsön", "indirect")),
    ("a plural in -are opening the sentence", "sv",
     "Obligationerna\n\nObligationsinnehavare som DI har talat med är oroliga.", 1,
     ("obligationsinnehavare", "indirect")),
    ("a genitive before a plural role", "sv",
     "Resorna granskas\n\nKommunens revisorer bekräftar att en granskning pågår.", 1,
     ("kommunens revisorer", "indirect")),
    ("'enligt <adjective> medier'", "sv",
     "Jordskalv i Italien\n\nEnligt italienska medier befaras antalet döda stiga.", 1,
     ("italienska medier", "indirect")),
    ("'enligt diplomatkällor som X har talat med'", "sv",
     "Tullarna\n\nEnligt diplomatkällor som Expressen har talat med är länderna djupt splittrade.", 1,
     ("diplomatkällor", "indirect")),
    ("research without an issuer", "sv",
     "PFAS i vattnet\n\nAmerikansk forskning har kopplat PFAS till sämre immunförsvar hos barn.", 1,
     ("amerikansk forskning", "indirect")),
    ("English people described at a sentence's start", "en",
     "Rural hospitals\n\nHospital executives say the math no longer works.", 1,
     ("hospital executives", "indirect")),
    ("English people with an 'of' phrase after 'But'", "en",
     "School start\n\nBut parents of younger children said an earlier start would be hard.", 1,
     ("parents of younger children", "indirect")),
    ("people described, then an apposition", "en",
     "Wildfires\n\nResidents of El Olivar, one of the hardest-hit neighborhoods, said they had received no "
     "warning.", 1, ("residents of El Olivar", "indirect")),
    ("'a spokesperson for the Welsh government'", "en",
     "Bin strike\n\nA spokesperson for the Welsh government said it was monitoring the situation.", 1,
     ("a spokesperson for the welsh government", "indirect")),
    # class 9: the person, named with an unknown work noun
    ("a work noun the lists lack before a full name", "sv",
     "Skogsbranden\n\n”Många av våra medlemmar har förlorat skog”, skriver föreningens skogsinspektor "
     "Lena Bodén i ett mejl till ST.", 1, ("Lena Bodén", "direct")),
    # decoys: nothing reported
    ("a refusal is no quote", "en",
     "Age checks\n\nKindred Labs declined to say how many of its users it believes are under 18.", 1,
     ("__none__", "indirect")),
    ("'adding up to' is a sum", "en",
     "Shipping\n\nNordsund has diverted its ships around the Cape, adding up to two weeks to each voyage.", 1,
     ("__none__", "indirect")),
    ("figures nobody published", "en",
     "Housing\n\nFigures published last week showed that construction began on fewer homes.", 1,
     ("__none__", "indirect")),
    ("'told the story of' reports nothing", "en",
     "Memoir\n\nSmith told the story of his life.", 1, ("__none__", "indirect")),
    ("'said the council had refused': the council is no speaker", "en",
     "Bin strike\n\nThe union, which represents most of the workers, said the council had refused to negotiate.", 1,
     ("the council", "__no_speaker__")),
    ("'kopplade ihop' is no finding", "sv",
     "Släpet\n\nHan kopplade ihop släpet med bilen.", 1, ("__none__", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_five_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


MORE: list[Row] = [
    ("a phrase between 'har' and the participle", "sv",
     "Avgår\n\nAnna Ek har i flera intervjuer sagt att hon vill avgå.", 1, ("Anna Ek", "indirect")),
    ("'har flera gånger sagt'", "sv",
     "Stödet\n\nSenatorn Gary Whitcomb säger att han är nöjd.\n\nHan har flera gånger sagt att Europa måste ta "
     "ett större ansvar.", 2, ("Gary Whitcomb", "indirect")),
    ("'säger sig vara'", "sv",
     "Rättegången\n\nÅklagaren Eva Lind säger att bevisen är starka.\n\nMannen säger sig vara oskyldig.", 2,
     ("mannen", "indirect")),
    ("'uttalat sig kritiskt om'", "sv",
     "Förslaget\n\nAnna Ek har tidigare uttalat sig kritiskt om förslaget.", 1, ("Anna Ek", "indirect")),
    ("'är av en annan uppfattning'", "sv",
     "Läget\n\nKalle Berg säger att allt är bra.\n\nAnna Ek är av en annan uppfattning.", 2, ("Anna Ek", "indirect")),
    ("a role of the organization with no name: the person, not the employer", "sv",
     "Underskottet växer\n\nPartille kommun väntas gå med underskott i år.\n\n"
     "– Vi ser en kraftig ökning av placeringarna, säger kommunens ekonomichef till GP.", 2,
     ("kommunens ekonomichef", "direct")),
    ("a speaker phrase completes a name that lost its head", "sv",
     "Rapporten\n\nMyndigheten för samhällsskydd och beredskap skriver i en kommentar att den välkomnar rapporten.", 1,
     ("Myndigheten för samhällsskydd och beredskap", "indirect")),
    ("English people with a relative clause, stance 'largely supportive'", "en",
     "Later start\n\nStudents who spoke at the meeting were largely supportive.", 1,
     ("students who spoke at the meeting", "indirect")),
    ("two givers in one sentence: support from X but criticism from Y", "en",
     "Age checks\n\nThe bill has drawn support from parents' groups but criticism from digital rights "
     "organizations.", 1, ("digital rights organizations", "indirect")),
    ("Swedish: stöd av X men kritik från Y", "sv",
     "Förslaget\n\nFörslaget har fått stöd av Moderaterna men kritik från Vänsterpartiet.", 1,
     ("Vänsterpartiet", "indirect")),
    ("an office states a finding", "en",
     "Sidewalks\n\nTwo years later, the city auditor found that the program was spending money slowly.", 1,
     ("the city auditor", "indirect")),
    ("a person's 'found that' is what happened to them", "en",
     "Burglary\n\nJohn Smith found that his house had been burgled.", 1, ("__none__", "indirect")),
    ("'forecasters' stay the weather service named before", "en",
     "Storm nears\n\nThe National Hurricane Center issued a warning.\n\nForecasters said the storm could "
     "strengthen.", 2, ("National Hurricane Center", "indirect")),
    ("'enligt hans försvarare, advokat X': the lawyer, not the pronoun", "sv",
     "Rättegången\n\nPolischefen Jonatan Brask säger att utredningen är klar.\n\n"
     "Den 24-årige mannen förnekar brott, enligt hans offentliga försvarare, advokat Anneli Sjöqvist.", 2,
     ("Anneli Sjöqvist", "indirect")),
    ("'according to his lawyer' is the lawyer", "en",
     "Trial\n\nJohn Smith appeared in court.\n\nSmith is innocent, according to his lawyer.", 2,
     ("his lawyer", "indirect")),
    ("an inverted clause: 'tar hon upp'", "sv",
     "Skolan\n\nRektorn Eva Lund säger att skolan klarar sig.\n\nI sitt tal tar hon upp bristen på lärare.", 2,
     ("Eva Lund", "indirect")),
    ("an apology is its own content", "sv",
     "Ursäkten\n\nPå tisdagskvällen publicerade Tilda Kronqvist ett inlägg på Instagram där hon bad om ursäkt.", 1,
     ("Tilda Kronqvist", "indirect")),
    ("'ser projektet som en möjlighet'", "sv",
     "Vindkraften\n\nMarkägaren Lars Ström har upplåtit mark. Han ser projektet som en möjlighet för bygden.", 1,
     ("Lars Ström", "indirect")),
    ("'ser allvarligt på'", "sv",
     "Läget\n\nAnna Ek säger att hon är orolig.\n\nAnna Ek ser allvarligt på saken.", 2, ("Anna Ek", "indirect")),
    ("seeing a film is no view", "sv",
     "Bio\n\nAnna Ek såg filmen i går.", 1, ("__none__", "indirect")),
    ("'a story about' is no speaker: 'Filmen berättar om'", "sv",
     "Bio\n\nFilmen berättar om en familj i Norrland.", 1, ("__none__", "indirect")),
    ("a topic before a colon is no speaker", "sv",
     "Gasläckan i Stenungsund: Tusentals fick hålla sig inomhus\n\nRäddningstjänsten larmades vid midnatt.", 0,
     ("__none__", "direct")),
    ("a role before a colon still speaks", "sv",
     "Räddningschefen: Vi var för få\n\n– Vi var för få i början, säger räddningschefen Henrik Wallgren.", 0,
     ("Henrik Wallgren", "direct")),
    ("a refusal reported is no view", "en",
     "Shipping\n\nA Nordsund spokesperson said the company did not comment on market speculation.", 1,
     ("__none__", "indirect")),
    ("a Swedish refusal reported is no view", "sv",
     "Bolaget\n\nPolisen uppger att man inte vill kommentera uppgifterna.", 1, ("__none__", "indirect")),
    ("a title read into a name is left out of the speaker's name", "en",
     "Water lawsuit\n\n\"Someone knew, and nobody told them,\" Town Administrator Beth Colby said at a news "
     "conference.", 1, ("Beth Colby", "direct")),
    ("'X och hennes medförfattare skriver': the one named", "sv",
     "Skogen\n\nLinnea Ask och hennes medförfattare skriver att familjeskogsbruket ”bär huvudansvaret” för "
     "att arter försvinner.", 1, ("Linnea Ask", "direct")),
    ("counted people after the verb: 'berättade flera av de drabbade att'", "sv",
     "Bedrägerierna\n\nUnder rättegången berättade flera av de drabbade att de först inte förstod vad som hänt.", 1,
     ("flera av de drabbade", "indirect")),
    ("'är noga med att lyfta fram'", "sv",
     "Premiären\n\nSkådespelaren Elsa Kjellberg säger att hon är glad.\n\nHon är noga med att lyfta fram "
     "regissören Tomas Gerdin.", 2, ("Elsa Kjellberg", "indirect")),
    ("a parenthetical plural source: ', administrators tell me,'", "en",
     "Rural hospitals\n\nThe reason, administrators tell me, is that the payments are too low.", 1,
     ("administrators", "indirect")),
    ("a plural source after the comma: ', analysts warned'", "en",
     "Markets\n\nPrices will rise again next year, analysts warned.", 1, ("analysts", "indirect")),
    ("'påstår att'", "sv", "Alibit\n\nAnna Ek påstår att hon var hemma hela kvällen.", 1, ("Anna Ek", "indirect")),
    ("'– ..., påstår X'", "sv", "Alibit\n\n– Det stämmer inte, påstår Anna Ek.", 1, ("Anna Ek", "direct")),
    ("'vowed that'", "en", "Party\n\nJohn Smith vowed that the party would fight on.", 1, ("John Smith", "indirect")),
    ("'The court heard that' in the body: the prosecution named in the article", "en",
     "Cyclist died\n\nA van driver killed a cyclist, a court has heard.\n\nAnthony Pryce, prosecuting, told the "
     "jury the driver had been on his phone.\n\nThe court heard that the cyclist had been riding home.", 3,
     ("Anthony Pryce", "indirect")),
    ("a family by whose it is", "en",
     "Man charged\n\nThe victim's family described him as \"a gentle soul\".", 1, ("the victim's family", "direct")),
    ("'Uppgifterna bekräftas av polisen': the sentence before", "sv",
     "Gripen\n\nEn man har gripits för mordet i Kalmar. Uppgifterna bekräftas av polisen.", 1,
     ("Polisen", "indirect")),
    ("'That was confirmed by police'", "en",
     "Arrest\n\nA man has been arrested over the killing. That was confirmed by police on Monday.", 1,
     ("Police", "indirect")),
    ("', with critics saying ...'", "en",
     "Vote\n\nThe measure passed 52-48, with critics saying it would raise prices.", 1, ("critics", "indirect")),
    ("a mood is no view: 'är glad när solen skiner'", "sv",
     "Sommaren\n\nAnna Ek driver kaféet i hamnen.\n\nAnna Ek är glad när solen skiner.", 2, ("__none__", "indirect")),
    ("'lade till ett nytt ord' adds a thing", "sv",
     "Ordlistan\n\nAnna Ek driver kaféet i hamnen.\n\nVid lunch lade hon till ett nytt ord i listan.", 2,
     ("__none__", "indirect")),
    ("'pekar ut vägen' points", "sv",
     "Turisterna\n\nAnna Ek driver kaféet i hamnen.\n\nHon pekar ut vägen till stationen.", 2,
     ("__none__", "indirect")),
    ("a reflexive is no group of people: 'Tories distance themselves from'", "en",
     "Tories distance themselves from MP's remarks\n\nThe party said the remarks were wrong.", 0,
     ("tories distance themselves from mp's", "__no_speaker__")),
    ("verdict narration stays no quote", "sv",
     "Domen\n\nMannen döms till fängelse i två år. Det framgår av domen från Solna tingsrätt.", 1,
     ("__none__", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), MORE, ids=[r[0] for r in MORE])
def test_round_five_more(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    test_round_five_rule(rule, language, text, paragraph, expected)


def test_question_and_dash_answer_in_one_paragraph() -> None:
    """ "Varför stänger du? – För att ...": the interviewer asks, the interviewee answers."""
    text = (
        "Kocken som stänger\n\nI tolv år har Nadja Ek drivit krogen. GP träffade henne.\n\n"
        "Varför stänger du när det går så bra? – För att jag inte längre tycker att det är roligt."
    )
    analysis = analyze(text, language="sv", genre="interview")
    names = {a.id: a.name for a in analysis.actors}
    got = {(names.get(q.speaker), text[q.start : q.end][:12]) for q in analysis.quotes}
    assert ("the interviewer", "Varför stäng") in got, got
    assert ("Nadja Ek", "För att jag ") in got, got


def test_an_editorial_paragraph_that_only_reports_has_no_author_voice() -> None:
    """ "X sa att hamnen är ”fullt belagd” och att ...": the whole reported sentence is X's."""
    text = (
        "Hamnen behöver mer\n\nLedare\n\nGävle Hamn har haft ett rekordår. Det är en framgång.\n\n"
        "Hamnens vd Peter Sandin sa i veckan att hamnen nu är ”fullt belagd” och att en ny utbyggnad "
        "behövs inom fem år.\n\nDet borde vara ett larm för politikerna."
    )
    analysis = analyze(text, language="sv", genre="editorial", outlet="Gefle Dagblad")
    starts = [p.start for p in split_paragraphs(text)]
    kinds = {q.kind for q in analysis.quotes if bisect_right(starts, q.start) - 1 == 3}
    assert kinds == {"direct"}, kinds
    assert any(q.kind == "author" and bisect_right(starts, q.start) - 1 == 4 for q in analysis.quotes)
