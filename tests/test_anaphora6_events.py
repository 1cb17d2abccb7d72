"""An object pronoun, a possessive or a description in the next sentence names one of the previous sentence's two
people (issue 14, session 40, branch anaphora6; docs/events.md rule 428, refining the he/she anaphora of
``ActorResolver._anaphora``, docs/actors.md, and rules 74b / 408 / 417).

Wire copy of a meeting or a call names two leaders and goes on with both: "Russian President Vladimir Putin spoke by
telephone with Turkish President Recep Tayyip Erdogan on Friday. He urged him to ...". The he/she anaphora gave a
pronoun a person only when exactly one person was named in reach, so every such second sentence lost its source and
its target. English reads a subject "he" and an object "him" of one verb as two people (a reflexive would be needed
for one), and the subject-preference reading gives the subject pronoun the previous sentence's subject; a pronoun of
the only gender one of the two people has names that person. The rows are our own two- and three-sentence texts
(leaders of many states, calls, visits, hosts; simple past, simple present of headlines, present perfect), a
possessive before a role ("His foreign minister", "Her government"), and definite descriptions ("the two leaders",
"the two sides", "the kingdom", "the Chinese leader", "the former" / "the latter"). None is copied from an
evaluation set, the seeds or the news excerpts; the expected events were written from the code list
(/work/shared/data/cameo-eventcodes.tsv) and docs/events.md before the coder ran: a meeting or a call 04 both ways, a
host 043 from the host alone (rule 93; first written with the visitor's 042 too, corrected after the first run to the
convention tests/test_anaphora4_events.py holds, before any rule was written), "urged / called on ... to" 02,
praise, thanks and congratulations 05, accuse 112, a pledge of aid 03, a signed agreement 057 both ways. Rows compare
CAMEO roots and the whole asserted set (as tests/test_anaphora5_events.py does): a spurious extra event fails a row
as a missed one does.

The controls are the precision side: each names the false event a wrong antecedent would make (a reply by the
accused, three people in reach, a new person named in between, a paragraph break, a "him" that is a new unnamed man,
"the former" as an adjective of a title, "the two leaders" among three). The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ANAPHORA6_SENTENCES: list[tuple[str, Events]] = [
    # "He ... him": two men, the subject pronoun the previous subject, the object pronoun the other (simple past)
    (
        "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Friday. "
        "He urged him to keep the Turkish Straits open to Russian grain ships.",
        both("RUS", "TUR", "04") | {("RUS", "TUR", "02")},
    ),
    (
        "Turkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev in Ankara on Tuesday. "
        "He praised him for his leadership during the talks with Yerevan.",
        {("TUR", "AZE", "043"), ("TUR", "AZE", "051")},
    ),
    (
        "French President Emmanuel Macron met Algerian President Abdelmadjid Tebboune in Algiers on Monday. He urged "
        "him to free the jailed novelist.",
        both("FRA", "DZA", "04") | {("FRA", "DZA", "02")},
    ),
    (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Saturday, "
        "officials said. He called on him to pull Ethiopian troops back from the Somali border.",
        both("KEN", "ETH", "04") | {("KEN", "ETH", "02")},
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev spoke with Uzbek President Shavkat Mirziyoyev by phone on Monday. He "
        "congratulated him on the opening of the new border crossing.",
        both("KAZ", "UZB", "04") | {("KAZ", "UZB", "05")},
    ),
    (
        "Argentine President Javier Milei met Chilean President Gabriel Boric in Santiago on Friday. After the talks, "
        "he thanked him for Chile's help in fighting the Patagonian wildfires.",
        both("ARG", "CHL", "04") | {("ARG", "CHL", "05")},
    ),
    (
        "Polish Prime Minister Donald Tusk met Hungarian Prime Minister Viktor Orban in Brussels on Thursday. The "
        "talks lasted two hours. He accused him of blocking the bloc's aid to Ukraine.",
        both("POL", "HUN", "04") | {("POL", "HUN", "112")},
    ),
    # the simple present of headlines and the present perfect
    (
        "Macron meets Tebboune in Algiers. He urges him to free the jailed novelist.",
        both("FRA", "DZA", "04") | {("FRA", "DZA", "02")},
    ),
    (
        "Chinese President Xi Jinping hosts Brazilian President Luiz Inacio Lula da Silva in Beijing. He praises him "
        "as a true friend of the Chinese people.",
        {("CHN", "BRA", "043"), ("CHN", "BRA", "051")},
    ),
    (
        "Indian Prime Minister Narendra Modi has met Australian Prime Minister Anthony Albanese in New Delhi. He has "
        "thanked him for Australia's backing of India's bid for a permanent Security Council seat.",
        both("IND", "AUS", "04") | {("IND", "AUS", "05")},
    ),
    (
        "Egyptian President Abdel Fattah el-Sisi has received Nigerian President Bola Tinubu in Cairo. He has urged "
        "him to back the Arab plan for Gaza's reconstruction.",
        {("EGY", "NGA", "043"), ("EGY", "NGA", "02")},
    ),
    # a pronoun of the only gender one of the two has
    (
        "Italian Prime Minister Giorgia Meloni met Turkish President Recep Tayyip Erdogan in Rome on Wednesday. She "
        "urged him to do more to stop migrant boats leaving Libya.",
        both("ITA", "TUR", "04") | {("ITA", "TUR", "02")},
    ),
    (
        "Ukrainian President Volodymyr Zelensky met Danish Prime Minister Mette Frederiksen in Kyiv on Thursday. He "
        "thanked her for Denmark's support.",
        both("UKR", "DNK", "04") | {("UKR", "DNK", "05")},
    ),
    (
        "Danish Prime Minister Mette Frederiksen spoke with Finnish President Alexander Stubb on Tuesday. He urged "
        "her to send more air defence systems to Kyiv.",
        both("DNK", "FIN", "04") | {("FIN", "DNK", "02")},
    ),
    # a possessive before a role
    (
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday. His "
        "foreign minister then signed ten trade agreements with Brazil.",
        both("CHN", "BRA", "04") | both("CHN", "BRA", "057"),
    ),
    (
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. His defence "
        "minister later accused Moscow of breaking the grain deal.",
        both("TUR", "RUS", "04") | {("TUR", "RUS", "112")},
    ),
    (
        "Danish Prime Minister Mette Frederiksen received Ukrainian President Volodymyr Zelensky in Copenhagen on "
        "Friday. Her government then pledged 500 million euros in military aid to Ukraine.",
        {("DNK", "UKR", "043"), ("DNK", "UKR", "03")},
    ),
    # definite descriptions
    (
        "Kenyan President William Ruto met Rwandan President Paul Kagame in Kigali on Sunday. The two leaders signed "
        "a deal to build a railway between their capitals.",
        both("KEN", "RWA", "04") | both("KEN", "RWA", "057"),
    ),
    (
        "Armenian and Azerbaijani negotiators held talks in Abu Dhabi on Friday. The two sides signed a protocol on "
        "border demarcation.",
        both("ARM", "AZE", "04") | both("ARM", "AZE", "057"),
    ),
    (
        "Morocco recalled its ambassador from Algeria on Tuesday, the foreign ministry said. The kingdom also accused "
        "Algiers of arming the Polisario Front.",
        {("MAR", "DZA", "16"), ("MAR", "DZA", "112")},
    ),
    (
        "Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing on Monday. The Chinese "
        "leader praised Hungary's stance on the war in Ukraine.",
        both("HUN", "CHN", "04") | {("CHN", "HUN", "05")},
    ),
    (
        "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk on Thursday. The "
        "Russian leader promised him more gas at a discount.",
        both("RUS", "BLR", "04") | {("RUS", "BLR", "03")},
    ),
    (
        "Egyptian President Abdel Fattah el-Sisi received Ethiopian Prime Minister Abiy Ahmed in Cairo on Sunday. The "
        "former urged the latter to sign a binding deal on the Nile dam.",
        {("EGY", "ETH", "043"), ("EGY", "ETH", "02")},
    ),
    (
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Thursday. The former "
        "accused Rwanda of backing rebels in North Kivu.",
        both("COD", "RWA", "04") | {("COD", "RWA", "112")},
    ),
    (
        "Ukrainian President Volodymyr Zelensky spoke with Polish Prime Minister Donald Tusk on Saturday. The latter "
        "promised him two more batteries of air defence missiles.",
        both("UKR", "POL", "04") | {("POL", "UKR", "03")},
    ),
]

# on START 3 of 25 rows held ("the two leaders", "the kingdom", "the Chinese leader"); rule 428 takes 19 more; left,
# one reason each:
XFAIL: dict[str, str] = {
    "Turkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev in Ankara on Tuesday. "
    "He praised him for his leadership during the talks with Yerevan.": (
        "the pronouns are right (TUR -> AZE 051); 'the talks with Yerevan' takes the clause's subject as its party "
        "(TUR <-> ARM 040), as it does with the names written out: a noun-argument error, not the anaphora"
    ),
    "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday. His "
    "foreign minister then signed ten trade agreements with Brazil.": (
        "a lone possessive between two men: the subject preference is a guess (precision first), left unresolved"
    ),
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. His defence "
    "minister later accused Moscow of breaking the grain deal.": (
        "a lone possessive between two men: the subject preference is a guess (precision first), left unresolved"
    ),
}


# (text, the events a wrong reading would make): none of them may be coded
ANAPHORA6_CONTROLS: list[tuple[str, Events]] = [
    # the reply belongs to the accused: "he" is not the previous subject
    (
        "Ukrainian President Volodymyr Zelensky accused Russian President Vladimir Putin of sabotaging the talks. He "
        "rejected the charge and accused him of prolonging the war.",
        {("UKR", "RUS", "12")},
    ),
    # three men in reach: no pair to split
    (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham "
        "Aliyev in Sochi. He urged him to reopen the trade routes.",
        {("RUS", "TUR", "02"), ("RUS", "AZE", "02"), ("TUR", "RUS", "02"), ("AZE", "RUS", "02")},
    ),
    # a new person named in between takes the subject
    (
        "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in New Delhi on Monday. "
        "Ukrainian President Volodymyr Zelensky later praised him.",
        {("IND", "AUS", "05"), ("AUS", "IND", "05")},
    ),
    # a paragraph break ends the reach
    (
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Ankara on Tuesday.\n\nHe "
        "urged him to sign the peace treaty with Armenia.",
        {("TUR", "AZE", "02"), ("AZE", "TUR", "02")},
    ),
    # "him" is a new unnamed man of the pronoun's own sentence
    (
        "Polish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelensky in Warsaw on Friday. He later "
        "met a farmer protesting grain imports and promised him compensation.",
        {("POL", "UKR", "03"), ("UKR", "POL", "03")},
    ),
    # "former" of a title, no description of a party
    (
        "Argentine President Javier Milei met Chilean President Gabriel Boric in Santiago on Friday. The former "
        "president Michelle Bachelet criticised the meeting.",
        {("ARG", "CHL", "11"), ("CHL", "ARG", "11")},
    ),
    # "the two leaders" among three
    (
        "Kenyan President William Ruto met Rwandan President Paul Kagame and Congolese President Felix Tshisekedi in "
        "Nairobi. The two leaders signed a deal on the railway.",
        {("KEN", "RWA", "057"), ("RWA", "KEN", "057"), ("KEN", "COD", "057"), ("COD", "KEN", "057")},
    ),
    # added with the rules, before they ran on these: "him" between two men, though "she" is the one woman
    (
        "Italian Prime Minister Giorgia Meloni met Turkish President Recep Tayyip Erdogan and Russian President "
        "Vladimir Putin in Istanbul. She urged him to extend the grain corridor.",
        {("ITA", "TUR", "02"), ("ITA", "RUS", "02")},
    ),
    # a passive lead: its subject was acted on, so neither reading is the subject preference's
    (
        "Turkish President Recep Tayyip Erdogan was received by Russian President Vladimir Putin in Sochi on Monday. "
        "He urged him to revive the grain deal.",
        {("TUR", "RUS", "02"), ("RUS", "TUR", "02")},
    ),
    # the subject names a third party: "him" may be either of the two
    (
        "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk. The Chinese leader "
        "later praised him.",
        {("CHN", "BLR", "05"), ("CHN", "RUS", "05")},
    ),
    # "the latter" after three parties
    (
        "Egypt, Sudan and Ethiopia held talks on the Nile dam in Addis Ababa. The latter accused Cairo of stalling.",
        {("SDN", "EGY", "112"), ("ETH", "EGY", "112")},
    ),
    # the object of the pronoun's verb is a named third party: "him" is absent, no pair to split
    (
        "Russian President Vladimir Putin spoke with Turkish President Recep Tayyip Erdogan on Friday. He urged "
        "Kyiv to accept the terms.",
        {("TUR", "UKR", "02")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(ANAPHORA6_SENTENCES, XFAIL))
def test_anaphora6_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


def _hits(found: Events, wrong: tuple[str, str, str]) -> bool:
    return any((s, t) == wrong[:2] and c.startswith(wrong[2]) for s, t, c in found)


@pytest.mark.parametrize(("text", "wrong"), ANAPHORA6_CONTROLS)
def test_anaphora6_control_codes_no_wrong_reading(rules_nlp: Language, text: str, wrong: Events) -> None:
    found = asserted(rules_nlp, text)
    assert not [w for w in wrong if _hits(found, w)], found
