"""A tax, levy or duty laid on another country's goods or firms is a tariff in all but name (issue 14, session 39,
branch confli34; docs/events.md rule 411a); an organisation's officer named by the country of the post ("the Chile
director of Amnesty International") is the organisation's, not that country's (rule 411b).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set, the seeds, the news
excerpts or the ConfliBERT / PLOVER / CAMEO sets; the expected events were written before the coder ran. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

411a, the construction: a verb that imposes, suspends, lifts, scraps, waives or cuts a "tax", "levy" or "duty" whose
"on" phrase names another party's goods or firms ("suspended its digital services tax on American technology
firms"). The lexicon knew "tariff" as a 163 noun (the embargo family: "imposed tariffs on Y" 163, "suspended tariffs
on Y" 085 through the reduce wrapper) but not its kin, so the same act said with "tax", "levy" or "duty" coded nothing
(or, for "import duty", the trade the compound's "import" names, 061). CAMEO 163 "Impose embargo, boycott, or
sanctions" is the codebook's class for an economic penalty laid on a party's trade, the project's convention for a
tariff; 085 "Ease economic sanctions, boycott, embargo" is that penalty eased, suspended or removed. A tax on one's own
people or on no named party codes nothing (no party is acted on), as before; "duty" as an obligation or a post ("on
duty", "a duty to help") is no trade measure and stays nothing.

411b, the construction: "the <Country> <title> of <organisation>" (director, head, chief, representative,
correspondent): the country before the title names where the officer serves, and the party acted on is the
organisation of the "of" phrase, as "the country head of Human Rights Watch" already read. START took the country
noun as the target (ARG -> CHL for "the Chile director of Amnesty International"), or, when it was the subject's own
country, coded nothing (a domestic pair).

``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


# rule 411a: a tax, levy or duty on another party's goods or firms, imposed (163) or eased (085)
TAX_SENTENCES: list[tuple[str, Events]] = [
    ("Canada suspended its digital services tax on American technology firms.", {("CAN", "USA", "085")}),
    ("India scrapped a 2 % equalisation levy on U.S. e-commerce companies.", {("IND", "USA", "085")}),
    ("Turkey imposed an extra tax on Chinese electric cars in June.", {("TUR", "CHN", "163")}),
    ("Brazil imposed a 25 % import duty on Chinese steel on Monday.", {("BRA", "CHN", "163")}),
    ("Indonesia has waived duties on Australian wheat for six months.", {("IDN", "AUS", "085")}),
    ("Hungary scrapped the special tax on German retailers last week.", {("HUN", "DEU", "085")}),
    ("Argentina removed a tax on Brazilian car parts.", {("ARG", "BRA", "085")}),
    ("Australia imposed anti-dumping duties on Chinese aluminium.", {("AUS", "CHN", "163")}),
    ("South Africa lifted the duty on Zambian maize.", {("ZAF", "ZMB", "085")}),
    ("Pakistan slapped a regulatory tax on Indian cotton.", {("PAK", "IND", "163")}),
    ("Colombia dropped its levy on Venezuelan fuel.", {("COL", "VEN", "085")}),
    ("Britain halted the levy on Norwegian salmon.", {("GBR", "NOR", "085")}),
    ("Kenya has cut the excise duty on Ugandan sugar.", {("KEN", "UGA", "085")}),
    ("Vietnam postponed a new tax on Thai rice until March.", {("VNM", "THA", "085")}),
    ("Morocco imposed a levy on Spanish tomatoes on Thursday.", {("MAR", "ESP", "163")}),
]

# rule 411b: "the <Country> <title> of <organisation>": the organisation is the party acted on
OFFICER_SENTENCES: list[tuple[str, Events]] = [
    ("Argentine police detained the Chile director of rights group Amnesty International.", {("ARG", "NGO", "173")}),
    ("Saudi authorities detained the Yemen country director of Save the Children.", {("SAU", "NGO", "173")}),
    (
        "Ethiopian police arrested the Kenya head of the International Rescue Committee on Friday.",
        {("ETH", "NGO", "173")},
    ),
    ("Israeli troops detained the Gaza director of UNRWA on Monday.", {("ISR", "IGO", "173")}),
    ("Iranian police detained the Tehran bureau chief of the BBC.", {("IRN", "GBR", "173")}),
    ("Egyptian police arrested the Cairo correspondent of Al Jazeera.", {("EGY", "QAT", "173")}),
    ("Hungarian police detained the Hungary director of Transparency International.", {("HUN", "NGO", "173")}),
    ("Nigerian soldiers detained the Niger representative of the World Food Programme.", {("NGA", "IGO", "173")}),
]

XFAIL: dict[str, str] = {
    "Saudi authorities detained the Yemen country director of Save the Children.": "the parser reads 'Save' as a "
    "gerund clause of 'of' (pcomp), so the 'of' phrase has no object naming the organisation; the country is taken",
    "Egyptian police arrested the Cairo correspondent of Al Jazeera.": "the resolver codes 'Cairo correspondent' as "
    "one title mention (EGYMED), before the argument search; the 'of' organisation is never reached",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TAX_SENTENCES + OFFICER_SENTENCES, XFAIL))
def test_confli34_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CONFLI34_CONTROLS: list[tuple[str, Events]] = [
    # rule 411a: a tax on one's own people or on no named party, "duty" as an obligation or a post
    ("Poland raised taxes on its own banks.", set()),
    ("French lawmakers approved a new tax on wealthy households.", set()),
    ("Ghanaian soldiers on duty at the border arrested three Togolese smugglers.", {("GHA", "TGO", "173")}),
    ("The tax office in Kyiv was raided by Ukrainian police.", set()),
    # tariffs keep their codes
    ("Britain suspended tariffs on Indian textiles.", {("GBR", "IND", "085")}),
    ("Japan imposed tariffs on South Korean steel.", {("JPN", "KOR", "163")}),
    # rule 411b: an officer of a country, and an organisation head with no country before the title
    ("Argentine police detained the Chilean ambassador.", {("ARG", "CHL", "173")}),
    ("Pakistani police arrested the country head of Human Rights Watch.", {("PAK", "NGO", "173")}),
    # (the resolver codes "Red Crescent" as the movement, IGOMSF, and "Syrian" apart: expectation corrected after the
    # first run on START, the coder unchanged by it)
    ("Turkish police detained the head of the Syrian Red Crescent.", {("TUR", "IGO", "173")}),
    ("Kenyan police arrested the Somali director of a charity.", {("KEN", "SOM", "173")}),
]


@pytest.mark.parametrize(("text", "expected"), CONFLI34_CONTROLS)
def test_confli34_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
