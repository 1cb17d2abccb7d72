"""Issue 13, session 37, causal95 (docs/causal.md round 95): a table of made-up sentences in the style of 2025 news, on
the effect of a trailing participle of a causal verb. A clause that ends in a participle of a causal verb ("The
government raised fuel prices by 30 percent, | sparking protests in three cities") says that the main clause brought
about what the participle's clause tells. The stage reads the participle as the marker of the pair and takes the
participle's object as the effect ("protests in three cities"); CNC train marks such an effect with its participle
("sparking protests in three cities": 50 of the 65 gold effects next to such a participle of CNC train start at it),
as it does for the participle clauses the clause split already gives ("..., killing 13 people"). With
``participle_effects`` on, the effect of such a claim starts at the participle (and an adverb right before it:
"further fuelling ..."). A causal verb that is finite ("The rise sparked protests") or passive ("Protests were sparked
by the rise") keeps an effect without the verb: CNC train marks those without it as often as with it (21 of 38), and
those rows are the controls. Rows are checked on their effect's exact text and their cause by the scorer's token
overlap (half or more). Rows the stage does not get are strict xfails with the general reason. None is copied from an
evaluation set, the seeds or a news excerpt.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.analysis.cognitive_map import build_maps
from detente.analysis.concepts import effect_cores
from tests.conftest import claim_row

from .causal_sentences import assert_shipped_on_default_off, claim_pairs, pair_match, settings_set

# (text, cause, effect): the effect exactly, the cause by token overlap
CAUSAL: list[tuple[str, str, str]] = [
    (
        "The government in Abuja raised petrol prices by 30 percent on Monday, sparking protests in three cities.",
        "The government in Abuja raised petrol prices by 30 percent on Monday",
        "sparking protests in three cities",
    ),
    (
        "Heavy rain lashed the coast of Kerala for a third day, forcing the closure of schools and colleges.",
        "Heavy rain lashed the coast of Kerala for a third day",
        "forcing the closure of schools and colleges",
    ),
    (
        "A landslide blocked the main highway north of Kathmandu, prompting the army to send in bulldozers.",
        "A landslide blocked the main highway north of Kathmandu",
        "prompting the army to send in bulldozers",
    ),
    (
        "The central bank of Turkey cut its key rate by two points, triggering a sharp fall in the lira.",
        "The central bank of Turkey cut its key rate by two points",
        "triggering a sharp fall in the lira",
    ),
    (
        "Militants attacked a police post in Balochistan overnight, provoking a large security operation.",
        "Militants attacked a police post in Balochistan overnight",
        "provoking a large security operation",
    ),
    (
        "Dockworkers in Antwerp walked off the job for 48 hours, causing long delays for container ships.",
        "Dockworkers in Antwerp walked off the job for 48 hours",
        "causing long delays for container ships",
    ),
    (
        "The drought has cut the maize harvest in Zambia by half, driving food prices to a record high.",
        "The drought has cut the maize harvest in Zambia by half",
        "driving food prices to a record high",
    ),
    (
        "Ukrainian drones struck an oil refinery near Saratov, fuelling fears of fuel shortages in the region.",
        "Ukrainian drones struck an oil refinery near Saratov",
        "fuelling fears of fuel shortages in the region",
    ),
    (
        "The railway unions in France extended their strike into a second week, compelling commuters to work from"
        " home.",
        "The railway unions in France extended their strike into a second week",
        "compelling commuters to work from home",
    ),
    (
        "Floodwaters swept through villages in Sindh province, displacing more than 200,000 people.",
        "Floodwaters swept through villages in Sindh province",
        "displacing more than 200,000 people",
    ),
    (
        "Customs officers at the border with Mexico went on a go-slow, delaying thousands of lorries.",
        "Customs officers at the border with Mexico went on a go-slow",
        "delaying thousands of lorries",
    ),
    (
        "The new tariffs on Chinese steel took effect on Friday, hurting carmakers in Ohio and Michigan.",
        "The new tariffs on Chinese steel took effect on Friday",
        "hurting carmakers in Ohio and Michigan",
    ),
    (
        "Power cuts hit factories across South Africa for a fifth week, slowing output in the mining sector.",
        "Power cuts hit factories across South Africa for a fifth week",
        "slowing output in the mining sector",
    ),
    (
        "The finance ministry in Buenos Aires froze public sector wages, denting consumer spending in the capital.",
        "The finance ministry in Buenos Aires froze public sector wages",
        "denting consumer spending in the capital",
    ),
    (
        "A gas explosion ripped through a market in Karachi on Sunday, causing panic among shoppers.",
        "A gas explosion ripped through a market in Karachi on Sunday",
        "causing panic among shoppers",
    ),
    (
        "Police in Nairobi fired tear gas at the marchers, sparking running battles in the city centre.",
        "Police in Nairobi fired tear gas at the marchers",
        "sparking running battles in the city centre",
    ),
    (
        "The ruling party expelled two senior ministers in Dhaka, triggering a split in the coalition.",
        "The ruling party expelled two senior ministers in Dhaka",
        "triggering a split in the coalition",
    ),
    (
        "Wildfires raged across the hills of Attica, forcing thousands of residents to flee their homes.",
        "Wildfires raged across the hills of Attica",
        "forcing thousands of residents to flee their homes",
    ),
    (
        "The court in Islamabad sentenced the opposition leader to ten years, prompting calls for a general strike.",
        "The court in Islamabad sentenced the opposition leader to ten years",
        "prompting calls for a general strike",
    ),
    (
        "Israeli jets struck targets near Beirut's airport, further fuelling tensions along the border.",
        "Israeli jets struck targets near Beirut's airport",
        "further fuelling tensions along the border",
    ),
    (
        "The Houthis fired missiles at two tankers in the Red Sea, driving up insurance costs for shipping firms.",
        "The Houthis fired missiles at two tankers in the Red Sea",
        "driving up insurance costs for shipping firms",
    ),
    (
        "Nurses in Ghana stayed away from public hospitals for a week, forcing patients to seek private care.",
        "Nurses in Ghana stayed away from public hospitals for a week",
        "forcing patients to seek private care",
    ),
    (
        "The storm knocked out power to most of Havana, leading to shortages of drinking water.",
        "The storm knocked out power to most of Havana",
        "leading to shortages of drinking water",
    ),
    (
        "Farmers in Punjab blocked railway lines for three days, resulting in the cancellation of 150 trains.",
        "Farmers in Punjab blocked railway lines for three days",
        "resulting in the cancellation of 150 trains",
    ),
    (
        "The army seized the state broadcaster in Niamey, provoking condemnation from neighbouring states.",
        "The army seized the state broadcaster in Niamey",
        "provoking condemnation from neighbouring states",
    ),
    (
        "A cyberattack shut down the payment systems of three Chilean banks, causing queues at cash machines.",
        "A cyberattack shut down the payment systems of three Chilean banks",
        "causing queues at cash machines",
    ),
    (
        "The Kremlin banned the export of petrol until the end of the year, sparking a rise in prices in Armenia.",
        "The Kremlin banned the export of petrol until the end of the year",
        "sparking a rise in prices in Armenia",
    ),
    (
        "Airport staff in Berlin held a one-day strike on Thursday, forcing airlines to cancel 300 flights.",
        "Airport staff in Berlin held a one-day strike on Thursday",
        "forcing airlines to cancel 300 flights",
    ),
    (
        "The regulator fined the telecom operator 40 million dollars, triggering a slump in its shares.",
        "The regulator fined the telecom operator 40 million dollars",
        "triggering a slump in its shares",
    ),
    (
        "Gunmen kidnapped 20 students from a school in Zamfara, prompting the state to close all boarding schools.",
        "Gunmen kidnapped 20 students from a school in Zamfara",
        "prompting the state to close all boarding schools",
    ),
    (
        "Heavy snow cut off mountain villages in northern Pakistan, delaying aid deliveries by several days.",
        "Heavy snow cut off mountain villages in northern Pakistan",
        "delaying aid deliveries by several days",
    ),
    (
        "The Fed kept rates on hold for a sixth month, fuelling a rally in emerging market bonds.",
        "The Fed kept rates on hold for a sixth month",
        "fuelling a rally in emerging market bonds",
    ),
]

# controls: a finite or passive causal verb, a participle before its noun, a past participle clause: the effect has
# no verb of cause, with the switch on as off
CONTROLS: list[tuple[str, str, str]] = [
    (
        "The rise in bread prices sparked protests in Khartoum on Tuesday.",
        "The rise in bread prices",
        "protests in Khartoum on Tuesday",
    ),
    (
        "The collapse of the coalition in Lisbon triggered a snap election.",
        "The collapse of the coalition in Lisbon",
        "a snap election",
    ),
    (
        "Torrential rain caused flooding in large parts of Valencia overnight.",
        "Torrential rain",
        "flooding in large parts of Valencia overnight",
    ),
    (
        "The shortage of fuel forced bus companies in Colombo to cut services.",
        "The shortage of fuel",
        "bus companies in Colombo to cut services",
    ),
    (
        "The clashes were sparked by the arrest of a local opposition leader in Conakry.",
        "the arrest of a local opposition leader in Conakry",
        "The clashes",
    ),
    (
        "The strike at the port of Durban led to long queues of trucks on the N3 highway.",
        "The strike at the port of Durban",
        "long queues of trucks on the N3 highway",
    ),
    (
        "Soaring rents have driven thousands of young families out of central Lisbon.",
        "Soaring rents",
        "thousands of young families out of central Lisbon",
    ),
    (
        "The outbreak of cholera in Lusaka prompted the closure of all markets in the city.",
        "The outbreak of cholera in Lusaka",
        "the closure of all markets in the city",
    ),
    (
        "The blockade of the main road has delayed deliveries of medicine to hospitals in Tigray.",
        "The blockade of the main road",
        "deliveries of medicine to hospitals in Tigray",
    ),
    (
        "The embargo on Russian oil has hurt refiners in eastern Germany.",
        "The embargo on Russian oil",
        "refiners in eastern Germany",
    ),
    (
        "Shipping firms rerouted their vessels around Africa because of attacks in the Red Sea.",
        "attacks in the Red Sea",
        "Shipping firms rerouted their vessels around Africa",
    ),
    (
        "Thousands of people fled their homes in Goma after rebels shelled the city.",
        "rebels shelled the city",
        "Thousands of people fled their homes in Goma",
    ),
]

XFAIL_CAUSAL: dict[int, str] = {
    8: "a turned pair: the object's infinitive ('to work from home') is read as the cause, no participle to open",
    23: "a turned pair: the tagger's pair takes the participle's phrase ('in the cancellation ...') as the cause",
    30: "the effect ends before its trailing 'by' phrase (round 33's effect phrase stops), the participle is opened",
}
XFAIL_CONTROLS: dict[int, str] = {
    2: "the effect ends before the trailing time word 'overnight' (a time cut of the effect, not this round's)",
    3: "no claim: the stage makes none of this sentence (its recall), with the switch on or off",
}


def _matches(nlp: Language, text: str, cause: str, effect: str) -> bool:
    """Whether a claim of ``text`` has exactly ``effect`` as its effect and a cause the scorer would match."""
    return any(e == effect and pair_match((c, e), (cause, effect)) >= 0.5 for c, e in claim_pairs(nlp, text))


def _cases(rows: list[tuple[str, str, str]], xfail: dict[int, str], prefix: str) -> list:
    return [
        pytest.param(*row, id=f"{prefix}{i:02d}", marks=[pytest.mark.xfail(reason=xfail[i], strict=True)])
        if i in xfail
        else pytest.param(*row, id=f"{prefix}{i:02d}")
        for i, row in enumerate(rows)
    ]


@pytest.mark.parametrize(("text", "cause", "effect"), _cases(CAUSAL, XFAIL_CAUSAL, "causal"))
def test_a_trailing_participle_opens_its_effect(causal_nlp: Language, text: str, cause: str, effect: str) -> None:
    assert _matches(causal_nlp, text, cause, effect), claim_pairs(causal_nlp, text)


@pytest.mark.parametrize(("text", "cause", "effect"), _cases(CONTROLS, XFAIL_CONTROLS, "control"))
def test_a_finite_or_passive_verb_stays_out_of_its_effect(
    causal_nlp: Language, text: str, cause: str, effect: str
) -> None:
    assert _matches(causal_nlp, text, cause, effect), claim_pairs(causal_nlp, text)


def test_the_table_has_its_shape() -> None:
    assert len(CAUSAL) == 32 and len(CONTROLS) == 12
    assert set(XFAIL_CAUSAL) <= set(range(len(CAUSAL))) and set(XFAIL_CONTROLS) <= set(range(len(CONTROLS)))


def test_the_switch_is_shipped_on_and_off_by_default() -> None:
    assert_shipped_on_default_off("participle_effects")


def test_the_participle_opens_the_effect_only_when_on(causal_nlp: Language) -> None:
    text, cause, effect = CAUSAL[0]
    with settings_set(causal_nlp, participle_effects=False):
        assert not _matches(causal_nlp, text, cause, effect)
        assert _matches(causal_nlp, text, cause, "protests in three cities")
    with settings_set(causal_nlp, participle_effects=True):
        assert _matches(causal_nlp, text, cause, effect)


# the concept layer (analysis/concepts.py ``effect_cores``): an effect that opens with a causal participle names what
# follows it, so the map draws the same concept as before round 95 ("protests", not "sparking protests")
CORES: list[tuple[str, str]] = [
    ("sparking protests in three cities", "protests in three cities"),
    ("further fuelling tensions along the border", "tensions along the border"),
    ("leading to shortages of drinking water", "shortages of drinking water"),
    ("causing long delays for container ships", "long delays for container ships"),
    ("prompting calls for a general strike", "calls for a general strike"),
    ("sending relations into a deep freeze", "relations into a deep freeze"),
]
# left as they are: a direction verb (read by the concept layer's own direction words, "driving up" by its particle), a
# verb with a nominalisation, a finite verb, plain noun phrases
CORE_CONTROLS: list[str] = [
    "strengthening ties with India",
    "driving up insurance costs for shipping firms",
    "escalating tensions in the region",
    "sparked protests in three cities",
    "protests in three cities",
    "the rising cost of bread",
]


def test_an_opening_causal_participle_is_left_off_the_concept(parse: Language) -> None:
    cores = effect_cores([e for e, _ in CORES] + CORE_CONTROLS, nlp=parse)
    assert cores == dict(CORES)


def test_the_map_draws_the_effect_without_its_participle(parse: Language) -> None:
    rows = [
        claim_row("a1", "d1", "the fuel price rise", "sparking protests in three cities", "+", False, sentence_idx=1),
        claim_row("b1", "d2", "the fuel price rise", "protests in three cities", "+", False, sentence_idx=1),
    ]
    merged = build_maps(rows, {"d1": "Reuters", "d2": "AFP"}, nlp=parse).merged
    labels = {c.label for c in merged.concepts}
    assert "protests" in labels and not any("sparking" in label for label in labels)
    assert len(merged.edges) == 1
