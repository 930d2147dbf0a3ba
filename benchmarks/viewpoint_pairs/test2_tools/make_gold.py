"""Write gold.json for the test2 pairs (annotations kept here so they are easy to review)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "test2"
A = "the authors"


def L(q, l, ls, r, rs, rel):
    return {"question": q, "left": l, "left_speaker": ls, "right": r, "right_speaker": rs, "relation": rel}


PAIRS = {
    "sv_skolmat_news_opinion": (["news", "opinion"], "sv", [
        L("Is closing the school kitchens the right decision?", [2, 3], "Henrik Ståhl", [1, 7], A, "disagree"),
        L("Will the food get worse with a central kitchen?", [4, 5], "Henrik Ståhl", [2], A, "disagree"),
        L("Will the food get worse with a central kitchen?", [8], "Jenny Forslund", [2], A, "agree"),
        L("Will more food be thrown away?", [9], "Jenny Forslund", [3], A, "agree"),
        L("Will more food be thrown away?", [10, 11], "Lena Åberg", [3], A, "disagree"),
        L("Does the central kitchen save money?", [2, 3], "Henrik Ståhl", [4], A, "disagree"),
        L("What happens to the kitchen staff?", [5], "Henrik Ståhl", [5], A, "related"),
    ]),
    "sv_vargjakt_opinion_reply": (["opinion", "opinion"], "sv", [
        L("Is the wolf population too large, so that licence hunting should be expanded?", [1, 8], A, [1, 7], A, "disagree"),
        L("Are sheep farmers giving up because of the wolf?", [2], A, [3], A, "disagree"),
        L("Are sheep farmers giving up because of the wolf?", [3], "Gunilla Persson", [3], A, "disagree"),
        L("Do fences protect the sheep, or are fewer wolves needed?", [4], A, [4], A, "disagree"),
        L("Is the wolf population viable?", [5], A, [2], A, "disagree"),
        L("Is trust in the predator policy low?", [7], A, [5], A, "agree"),
    ]),
    "sv_busstaxa_editorial_news": (["editorial", "news"], "sv", [
        L("Does the deficit force the region to act?", [2], A, [2, 3], "Tomas Tornberg", "agree"),
        L("Is raising fares and cutting lines the right decision?", [1, 3, 8], A, [2, 3], "Tomas Tornberg", "disagree"),
        L("Is on-demand traffic a good replacement for the cut lines?", [4], A, [4, 5], "Tomas Tornberg", "disagree"),
        L("Is on-demand traffic a good replacement for the cut lines?", [4], A, [12], "Elsa Norberg", "agree"),
        L("Will higher fares drive passengers away?", [5], A, [7, 8], "Ulla Björk", "agree"),
        L("Will higher fares drive passengers away?", [5], A, [9, 10], "Per Lundqvist", "disagree"),
        L("Where should the money come from?", [7], A, [3], "Tomas Tornberg", "disagree"),
        L("Where should the money come from?", [7], A, [13, 14], "Linnea Forsberg", "related"),
    ]),
    "sv_hemtjanst_interview_news": (["interview", "news"], "sv", [
        L("Has the new system given the elderly more time?", [3], "Birgitta Holm", [1, 3], "Emma Lindqvist", "disagree"),
        L("Do the elderly meet the same few staff?", [5], "Birgitta Holm", [6, 7], "Gunnel Åström", "disagree"),
        L("Has the system made the work more stressful?", [7], "Birgitta Holm", [1, 2], "Emma Lindqvist", "disagree"),
        L("Is the time set for each visit enough?", [9], "Birgitta Holm", [9], "Fatima Hassan", "disagree"),
        L("Does home care need more staff?", [11], "Birgitta Holm", [4], "Emma Lindqvist", "agree"),
        L("Does home care need more staff?", [11], "Birgitta Holm", [11], "Mikael Sandberg", "agree"),
    ]),
    "sv_simkunnighet_news_news": (["news", "news"], "sv", [
        L("Are more and more children unable to swim?", [1], "Skolinspektionen", [2], "Maria Öhman", "agree"),
        L("Are more and more children unable to swim?", [1], "Skolinspektionen", [10, 11], "Malin Ekström", "agree"),
        L("Are more and more children unable to swim?", [2], "Johanna Fridh", [2], "Maria Öhman", "agree"),
        L("Are more and more children unable to swim?", [2], "Johanna Fridh", [10, 11], "Malin Ekström", "agree"),
        L("Is the school's swimming teaching enough?", [3, 4], "Johanna Fridh", [4], "Maria Öhman", "agree"),
        L("Is the school's swimming teaching enough?", [3, 4], "Johanna Fridh", [5, 6], "Anders Hedlund", "agree"),
        L("Are newly arrived children the most affected?", [6], "Skolinspektionen", [3, 4], "Maria Öhman", "agree"),
        L("Is a lack of pool time the cause?", [7, 8], "Peter Hallberg", [8, 9], "Malin Ekström", "disagree"),
    ]),
    "sv_gruva_news_news": (["news", "news"], "sv", [
        L("Will the mine bring jobs and residents to the municipality?", [1, 2], "Peter Lindqvist", [7, 8], "Lena Marklund", "disagree"),
        L("Will the mine bring jobs and residents to the municipality?", [5, 6], "Anna Nygård", [7, 8], "Lena Marklund", "disagree"),
        L("Is the mine part of the green transition?", [4], "Peter Lindqvist", [2], "Jon-Ante Sarri", "disagree"),
        L("Can the mine and reindeer herding coexist?", [10, 11], "Peter Lindqvist", [1, 2], "Jon-Ante Sarri", "disagree"),
        L("Can the mine and reindeer herding coexist?", [10, 11], "Peter Lindqvist", [9], "Länsstyrelsen i Norrbotten", "disagree"),
        L("Can the mine and reindeer herding coexist?", [8, 9], "Jon-Ante Sarri", [1, 2], "Jon-Ante Sarri", "agree"),
        L("Can the mine and reindeer herding coexist?", [8, 9], "Jon-Ante Sarri", [9], "Länsstyrelsen i Norrbotten", "agree"),
        L("Has the sameby been properly consulted?", [11], "Peter Lindqvist", [3, 4], "Jon-Ante Sarri", "disagree"),
    ]),
    "sv_kamera_editorial_news": (["editorial", "news"], "sv", [
        L("Should cameras be put up on the square, or are they too great an intrusion?", [1, 4, 8], A, [2, 3], "Susanne Dahl", "agree"),
        L("Should cameras be put up on the square, or are they too great an intrusion?", [1, 4, 8], A, [11, 12], "Ali Rezaei", "disagree"),
        L("Do cameras help solve crimes?", [2], A, [3], "Susanne Dahl", "agree"),
        L("Do cameras help solve crimes?", [2], A, [8], "Jonas Ekman", "agree"),
        L("Do cameras prevent violence and make people feel safer?", [3], A, [7, 8], "Jonas Ekman", "disagree"),
        L("Do cameras prevent violence and make people feel safer?", [3], A, [10], "Sofia Lindberg", "agree"),
        L("Do cameras prevent violence and make people feel safer?", [3], A, [12], "Ali Rezaei", "disagree"),
        L("Are police on the spot still needed?", [5], A, [4, 5], "Susanne Dahl", "agree"),
        L("Should the lighting be improved?", [6, 8], A, [13, 14], "Niklas Wahlberg", "agree"),
    ]),
    "en_fluoride_news_news": (["news", "news"], "en", [
        L("Is fluoride in the water safe?", [3], "Dale Hutchins", [2], "Jessica Moore", "agree"),
        L("Is fluoride in the water safe?", [3], "Dale Hutchins", [5], "Samuel Okafor", "disagree"),
        L("Is fluoride in the water safe?", [6, 7], "Karen Whitfield", [2], "Jessica Moore", "disagree"),
        L("Is fluoride in the water safe?", [6, 7], "Karen Whitfield", [5], "Samuel Okafor", "agree"),
        L("Can families get fluoride elsewhere, or will children's teeth suffer?", [2, 4], "Dale Hutchins", [3, 4], "Samuel Okafor", "disagree"),
        L("Can families get fluoride elsewhere, or will children's teeth suffer?", [2, 4], "Dale Hutchins", [9], "Jessica Moore", "agree"),
        L("Can families get fluoride elsewhere, or will children's teeth suffer?", [6, 7], "Karen Whitfield", [3, 4], "Samuel Okafor", "agree"),
        L("Can families get fluoride elsewhere, or will children's teeth suffer?", [6, 7], "Karen Whitfield", [9], "Jessica Moore", "disagree"),
        L("How much does ending fluoridation save?", [5], "Dale Hutchins", [6, 7], "Greg Paulson", "related"),
        L("How much does ending fluoridation save?", [8], "Rosa Delgado", [6, 7], "Greg Paulson", "agree"),
    ]),
    "en_cyclelane_opinion_reply": (["opinion", "opinion"], "en", [
        L("Should the parking spaces be restored?", [8], A, [1], A, "disagree"),
        L("Has the lane hurt trade on the high street?", [1, 2], A, [2], A, "disagree"),
        L("Has the lane hurt trade on the high street?", [3], "Mary Dale", [2], A, "disagree"),
        L("Do most customers arrive by car?", [4], A, [3], A, "disagree"),
        L("Has the lane made the street safer?", [5], A, [4], A, "disagree"),
        L("Was the consultation poor?", [6], A, [5], A, "agree"),
    ]),
    "en_flooding_interview_news": (["interview", "news"], "en", [
        L("Will floods come more often?", [3], "Helen Marsh", [7], "Claire Hobson", "agree"),
        L("Is a wall alone enough?", [5], "Helen Marsh", [3, 4], "Andrew Pike", "agree"),
        L("Is a wall alone enough?", [5], "Helen Marsh", [8, 9], "Ray Turner", "disagree"),
        L("Should homes be built on the floodplain?", [7], "Helen Marsh", [5], "Andrew Pike", "agree"),
        L("Is the flood defence funding enough?", [9], "Helen Marsh", [6], "Andrew Pike", "agree"),
    ]),
}


def main() -> None:
    for name, (genres, lang, links) in PAIRS.items():
        rows = ",\n".join("    " + json.dumps(link, ensure_ascii=False) for link in links)
        text = (
            '{\n  "left": "left", "right": "right",\n'
            f'  "genres": {json.dumps(genres)}, "language": "{lang}",\n'
            f'  "links": [\n{rows}\n  ]\n}}\n'
        )
        (ROOT / name / "gold.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
