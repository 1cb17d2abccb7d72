"""General constructions earlier sessions left as strict xfails, in new wordings (issue 14, session 28, branch
leftovers3; docs/events.md rule 195).

Ten constructions, each in three or four new invented sentences (other actors, tenses, headline and body style),
none copied from an evaluation set or from the older tables that left them: a coordinated subject that "eyes" ties
(030), a headline "X, Y hold call" (041 both ways), "X called Y to <do something>" (041 from the caller), "a halt to
fighting" and "a humanitarian pause" agreed (0356), "rejected calls to join the sanctions" (12), "returned to Y
<goods>" with the recipient first (0842), a welcomed or praised act noun owned by its doer ("welcomed Turkey's
lifting of sanctions": 085 beside the 051), militants' attacks on civilians or civilian places (180, unconventional
violence, not 190), police beating protesters (175, violent repression, not 182) and "called Y's act a provocation"
(111, not 020). Expected codes were written from the CAMEO code list (/work/shared/data/cameo-eventcodes.tsv) before
the coder ran. A row passes when every wanted (source, target, code prefix) is asserted and no unwanted one is. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, prefix_hit, table_cases

Triple = tuple[str, str, str]


# (sentence, events that must be asserted, events that must not be)
ROWS: list[tuple[str, list[Triple], list[Triple]]] = [
    # -- (a) a coordinated subject eyes ties: an intent to cooperate (03), each side toward the other --
    ("Vietnam and the Philippines eye deeper ties", [("VNM", "PHL", "03"), ("PHL", "VNM", "03")], []),
    ("Brazil and Argentina eye closer defence ties", [("BRA", "ARG", "03"), ("ARG", "BRA", "03")], []),
    ("Poland and Lithuania are eyeing stronger ties.", [("POL", "LTU", "03"), ("LTU", "POL", "03")], []),
    ("Kenya eyes deeper ties with Tanzania", [("KEN", "TZA", "03")], []),
    # -- (b) headline "X, Y hold call": a phone call between the two (041 both ways) --
    ("Modi, Erdogan hold call", [("IND", "TUR", "041"), ("TUR", "IND", "041")], []),
    ("Macron, Zelensky hold phone call", [("FRA", "UKR", "041"), ("UKR", "FRA", "041")], []),
    ("Lula, Milei hold call on trade", [("BRA", "ARG", "041"), ("ARG", "BRA", "041")], []),
    ("Scholz, Sisi hold phone call on Gaza", [("DEU", "EGY", "041"), ("EGY", "DEU", "041")], []),
    # -- (c) "X called Y to <do something>": a phone call placed by X (041) --
    ("Macron called Starmer to congratulate him on the vote.", [("FRA", "GBR", "041")], [("FRA", "GBR", "02")]),
    ("Erdogan called Putin to discuss the grain corridor on Friday.", [("TUR", "RUS", "041")], []),
    ("Modi called Netanyahu to express his condolences.", [("IND", "ISR", "041")], [("IND", "ISR", "02")]),
    ("Zelensky has called Duda to thank him for the air defence systems.", [("UKR", "POL", "041")], []),
    # -- (d) "a halt to (the) fighting", "a humanitarian pause" agreed: intent to de-escalate (0356) --
    (
        "Armenia and Azerbaijan agreed to a halt to the fighting on Sunday.",
        [("ARM", "AZE", "0356"), ("AZE", "ARM", "0356")],
        [],
    ),
    (
        "Russia and Ukraine agreed to a humanitarian pause in Mariupol.",
        [("RUS", "UKR", "0356"), ("UKR", "RUS", "0356")],
        [],
    ),
    ("Thailand agreed to a halt to fighting with Cambodia.", [("THA", "KHM", "0356")], []),
    (
        "Israel has agreed to a four-hour humanitarian pause in its fighting with Hamas, officials said.",
        [("ISR", "PSE", "0356")],
        [],
    ),
    # -- (e) rejected calls to join sanctions: a rejection (12) toward the party the sanctions are on --
    ("India rejected calls to join Western sanctions against Russia.", [("IND", "RUS", "12")], []),
    ("Turkey has rebuffed calls to impose sanctions on Iran.", [("TUR", "IRN", "12")], []),
    ("Brazil dismissed calls to join the embargo on Venezuela.", [("BRA", "VEN", "12")], []),
    ("Hungary rejects calls to join sanctions on Russia", [("HUN", "RUS", "12")], []),
    # -- (f) the recipient before the goods ("returned to Y N statues"): return of property (0842) --
    ("Britain returned to Nigeria 30 Benin bronzes on Tuesday.", [("GBR", "NGA", "08")], []),
    ("The Netherlands returned to Indonesia hundreds of looted artefacts.", [("NLD", "IDN", "08")], []),
    ("Italy has handed back to Greece two marble sculptures.", [("ITA", "GRC", "08")], []),
    ("Germany returns to Namibia stolen manuscripts", [("DEU", "NAM", "08")], []),
    # -- (g) a welcomed or praised act noun owned by its doer: the act (085) beside the praise (051) --
    (
        "Japan welcomed South Korea 's lifting of sanctions on Japanese firms .",
        [("KOR", "JPN", "085"), ("JPN", "KOR", "051")],
        [],
    ),
    ("Iran hailed Britain 's easing of sanctions on Iranian banks .", [("GBR", "IRN", "08")], []),
    ("Ukraine condemned Hungary 's lifting of sanctions on Belarus .", [("HUN", "BLR", "085")], []),
    ("Egypt welcomed Israel 's lifting of its blockade of Gaza .", [("ISR", "PSE", "0872")], []),
    # -- (h) militants' attacks on civilians or civilian places: unconventional violence (18), not 19 --
    ("Gunmen attacked a mosque in northern Nigeria on Friday.", [("NGA", "NGA", "18")], [("NGA", "NGA", "19")]),
    ("Jihadist militants attacked a market in Mali.", [("MLI", "MLI", "18")], [("MLI", "MLI", "19")]),
    ("Islamist militants attack a school in Niger", [("NER", "NER", "18")], [("NER", "NER", "19")]),
    ("Al-Shabaab fighters have attacked a hotel in Kismayo.", [("SOM", "SOM", "18")], [("SOM", "SOM", "19")]),
    # -- (i) police beating protesters: violent repression (175), not physical assault (182) --
    ("Police in Georgia beat protesters in Tbilisi.", [("GEO", "GEO", "175")], [("GEO", "GEO", "182")]),
    ("Kenyan riot police beat demonstrators outside parliament.", [("KEN", "KEN", "175")], [("KEN", "KEN", "182")]),
    ("Demonstrators were beaten by police in Caracas on Saturday.", [("VEN", "VEN", "175")], [("VEN", "VEN", "182")]),
    ("Serbian police beat student protesters", [("SRB", "SRB", "175")], [("SRB", "SRB", "182")]),
    # -- (j) "called Y's act a provocation": a denunciation (111), no appeal (02) --
    ("Japan called the North Korean missile launch a provocation.", [("JPN", "PRK", "111")], [("JPN", "PRK", "02")]),
    ("China called the US warship 's transit a provocation .", [("CHN", "USA", "111")], [("CHN", "USA", "02")]),
    ("Seoul called Pyongyang 's drone incursion a grave provocation.", [("KOR", "PRK", "111")], [("KOR", "PRK", "02")]),
    ("Taiwan calls Chinese drills a provocation", [("TWN", "CHN", "111")], [("TWN", "CHN", "02")]),
    # -- controls: neighbours of the constructions that must give nothing of the kind --
    ("Japan eyes sanctions on Russia", [], [("JPN", "RUS", "03")]),
    ("Modi, Erdogan hold talks", [], [("IND", "TUR", "041"), ("TUR", "IND", "041")]),
    ("Macron called Starmer a friend.", [], [("FRA", "GBR", "")]),
    ("Erdogan called on Putin to release the prisoners.", [], [("TUR", "RUS", "041")]),
    ("Airlines announced a pause in flights to Israel.", [], [("", "", "035")]),
    ("The fighting in Khartoum halted traffic.", [], [("", "", "035")]),
    ("India rejected calls for a vote.", [], [("IND", "", "16")]),
    ("The delegation returned to Kenya on Monday.", [], [("", "KEN", "08")]),
    ("Japan welcomed the lifting of sanctions on Iran .", [], [("JPN", "IRN", "08"), ("IRN", "IRN", "08")]),
    ("Militants attacked a Nigerian army base.", [], [("", "", "18")]),
    ("Indian police beat two Nepali porters on Monday.", [("IND", "NPL", "182")], [("IND", "NPL", "175")]),
    ("A mob beat two policemen in Dhaka on Sunday.", [("BGD", "BGD", "182")], [("BGD", "BGD", "175")]),
    ("Japan called North Korea a threat.", [("JPN", "PRK", "111")], [("JPN", "PRK", "02")]),
    ("Japan called the launch a provocation.", [], [("JPN", "", "02")]),
]

# rows the change leaves, each with why
XFAIL: dict[str, str] = {
    # "Russia and Ukraine agreed to a humanitarian pause in Mariupol" passes since rule 230a (session 30, mideast1)
    "Britain returned to Nigeria 30 Benin bronzes on Tuesday.": (
        "actor: 'Benin' in the artefacts' name 'Benin bronzes' is resolved as the country, and the parser hangs the"
        " goods as a clause (bronzes a verb): no object to re-hang"
    ),
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), table_cases(ROWS, XFAIL))
def test_leftovers3_codes_its_events(
    rules_nlp: Language, text: str, wanted: list[Triple], unwanted: list[Triple]
) -> None:
    found = asserted(rules_nlp, text)
    assert all(prefix_hit(found, w) for w in wanted), found
    assert not any(prefix_hit(found, u) for u in unwanted), found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS}


def test_table_has_three_to_four_rows_per_construction_and_controls() -> None:
    constructions = [r for r in ROWS if r[1]]
    assert len(constructions) >= 40
    assert len({r[0] for r in ROWS}) == len(ROWS)
