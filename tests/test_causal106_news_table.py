"""Issue 13, session 40, causal106 (docs/causal.md round 106): a table of made-up sentences in the style of 2025 news,
on a trailing phrase of reason whose object is an act. "Two lawmakers were among 37 people detained by riot police |
for blocking the main avenue", "A student activist died in hospital on Sunday | after being beaten by unidentified
men", "Three officers were suspended | after they fired tear gas into a market": a "for" or "after" (markers.yml
``reason_phrase_preps``) trailing the verb it hangs on, whose object is a gerund, a participle or a clause with a
subject of its own, gives the reason of the clause before it, and the Causal News Corpus marks the act as the cause.
CNC train's 5-fold CV leaves such sentences without a claim where the clause split does not reach the phrase (a verb
below the root, a reduced relative, a hedge before the gerund). With the switch on, the phrase stands as the
sentence's claim where nothing else does, from ``trailing_reason_min_prob``. Controls: a fronted "after" (the scene,
round 97), a "for" on a noun, a "for" with a plain noun object, a reporting verb's "after", and sequences of one
actor's acts give no claim. Each row's pairs were written before the stage was run on it; none is copied from an
evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails with the reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import trailing_reasons
from detente.nlp.causal_rules import Extractor

from .causal_sentences import claim_pairs, claims_at, news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Two opposition lawmakers were among 37 people detained by riot police in Tbilisi on Saturday for blocking the"
        " main avenue outside parliament, the interior ministry said.",
        [
            (
                "blocking the main avenue outside parliament",
                "Two opposition lawmakers were among 37 people detained by riot police in Tbilisi on Saturday",
            )
        ],
    ),
    (
        "A prominent Kenyan blogger has been held in custody in Nairobi since early March for publishing a cartoon of"
        " the president, his lawyers told reporters on Monday.",
        [
            (
                "publishing a cartoon of the president",
                "A prominent Kenyan blogger has been held in custody in Nairobi since early March",
            )
        ],
    ),
    (
        "Three Peruvian police officers were reported to have been suspended on Wednesday after they fired tear gas"
        " into a crowded market in Juliaca.",
        [
            (
                "they fired tear gas into a crowded market in Juliaca",
                "Three Peruvian police officers were reported to have been suspended on Wednesday",
            )
        ],
    ),
    (
        "A 23-year-old student activist, the son of a local councillor, died in hospital in Dhaka on Sunday after"
        " being beaten by unidentified men near the university campus.",
        [
            (
                "being beaten by unidentified men near the university campus",
                "A 23-year-old student activist, the son of a local councillor, died in hospital in Dhaka on Sunday",
            )
        ],
    ),
    (
        "The union is demanding the reinstatement of 14 drivers dismissed in January after allegedly taking part in"
        " an unofficial strike at the Durban depot.",
        [("taking part in an unofficial strike at the Durban depot", "14 drivers dismissed in January")],
    ),
    (
        "Indonesian prosecutors have charged a former mining executive for allegedly bribing officials to obtain"
        " export permits, the attorney general's office said on Thursday.",
        [
            (
                "bribing officials to obtain export permits",
                "Indonesian prosecutors have charged a former mining executive",
            )
        ],
    ),
    (
        "A court in Ankara sentenced the editor of an opposition daily to two years in prison for insulting the"
        " president in a column published last spring.",
        [
            (
                "insulting the president in a column published last spring",
                "A court in Ankara sentenced the editor of an opposition daily to two years in prison",
            )
        ],
    ),
    (
        "Hundreds of farmers who had camped outside the regional assembly in Rennes for three days were dispersed by"
        " police on Friday after they set fire to bales of hay at the entrance.",
        [
            (
                "they set fire to bales of hay at the entrance",
                "Hundreds of farmers who had camped outside the regional assembly in Rennes for three days were"
                " dispersed by police on Friday",
            )
        ],
    ),
    (
        "The Nigerian Labour Congress said on Tuesday that two of its officials had been arrested in Abuja for"
        " organising a sit-in at the central bank.",
        [("organising a sit-in at the central bank", "two of its officials had been arrested in Abuja")],
    ),
    (
        "Vietnam has expelled a foreign correspondent for reporting on land disputes in the Mekong Delta, a move press"
        " groups called a warning to other journalists.",
        [("reporting on land disputes in the Mekong Delta", "Vietnam has expelled a foreign correspondent")],
    ),
    (
        "Security forces in the Sahel region of Burkina Faso killed at least nine suspected militants on Monday after"
        " gunmen ambushed a convoy carrying fuel near Djibo, the army said.",
        [
            (
                "gunmen ambushed a convoy carrying fuel near Djibo",
                "Security forces in the Sahel region of Burkina Faso killed at least nine suspected militants on"
                " Monday",
            )
        ],
    ),
    (
        "The football federation has banned the club's coach for six matches for confronting the referee after the"
        " derby in Buenos Aires.",
        [
            (
                "confronting the referee after the derby in Buenos Aires",
                "The football federation has banned the club's coach for six matches",
            )
        ],
    ),
    (
        "A senior customs official in Colombo was suspended on Wednesday for failing to declare assets worth more than"
        " 40 million rupees.",
        [
            (
                "failing to declare assets worth more than 40 million rupees",
                "A senior customs official in Colombo was suspended on Wednesday",
            )
        ],
    ),
    (
        "Residents of the fishing town, many of whom lost their boats in the storm, were fined by the port authority"
        " after returning to sea without permits.",
        [
            (
                "returning to sea without permits",
                "Residents of the fishing town, many of whom lost their boats in the storm, were fined by the port"
                " authority",
            )
        ],
    ),
    (
        "The mayor of a town near Naples was placed under house arrest on Thursday after prosecutors accused him of"
        " rigging public tenders.",
        [
            (
                "prosecutors accused him of rigging public tenders",
                "The mayor of a town near Naples was placed under house arrest on Thursday",
            )
        ],
    ),
    (
        "Protesters in La Paz were cleared from the main square by police early on Saturday after they had occupied it"
        " for more than a week.",
        [
            (
                "they had occupied it for more than a week",
                "Protesters in La Paz were cleared from the main square by police early on Saturday",
            )
        ],
    ),
    (
        "The Philippine senator, who chairs the justice committee, apologised on Tuesday for calling the families of"
        " drug war victims liars during a hearing.",
        [
            (
                "calling the families of drug war victims liars during a hearing",
                "The Philippine senator, who chairs the justice committee, apologised on Tuesday",
            )
        ],
    ),
    (
        "Germany's rail operator was criticised by passenger groups for cancelling hundreds of regional trains without"
        " notice during the holiday weekend.",
        [
            (
                "cancelling hundreds of regional trains without notice during the holiday weekend",
                "Germany's rail operator was criticised by passenger groups",
            )
        ],
    ),
    (
        "Ghana's central bank revoked the licences of three small lenders on Friday for breaching capital rules"
        " repeatedly over the past two years.",
        [
            (
                "breaching capital rules repeatedly over the past two years",
                "Ghana's central bank revoked the licences of three small lenders on Friday",
            )
        ],
    ),
    (
        "The airline's chief executive resigned on Monday after a leaked audit showed that safety checks had been"
        " skipped on dozens of flights.",
        [
            (
                "a leaked audit showed that safety checks had been skipped on dozens of flights",
                "The airline's chief executive resigned on Monday",
            )
        ],
    ),
    (
        "Officials in Manila said classes in 14 cities were suspended on Tuesday after heavy rains flooded roads"
        " across the capital region.",
        [("heavy rains flooded roads across the capital region", "classes in 14 cities were suspended on Tuesday")],
    ),
    (
        "Several hundred miners at the Mopani copper mine downed tools on Thursday after management failed to pay"
        " their June wages on time.",
        [
            (
                "management failed to pay their June wages on time",
                "Several hundred miners at the Mopani copper mine downed tools on Thursday",
            )
        ],
    ),
    (
        "The Mexican journalist, who covered cartel violence in Sinaloa for a decade, was granted asylum in Spain after"
        " receiving repeated death threats.",
        [
            (
                "receiving repeated death threats",
                "The Mexican journalist, who covered cartel violence in Sinaloa for a decade, was granted asylum in"
                " Spain",
            )
        ],
    ),
    (
        "Police in Islamabad said on Sunday they had registered a case against 30 lawyers for ransacking a judge's"
        " chamber.",
        [("ransacking a judge's chamber", "they had registered a case against 30 lawyers")],
    ),
    (
        "Uganda's electoral commission disqualified an opposition candidate on Wednesday for submitting forged"
        " academic papers, his party said.",
        [
            (
                "submitting forged academic papers",
                "Uganda's electoral commission disqualified an opposition candidate on Wednesday",
            )
        ],
    ),
    (
        "Chilean copper output fell 4 percent in August after workers at two of the largest mines stopped production"
        " for a week.",
        [
            (
                "workers at two of the largest mines stopped production for a week",
                "Chilean copper output fell 4 percent in August",
            )
        ],
    ),
    (
        "Eleven migrants drowned off the Libyan coast early on Friday after their overcrowded boat capsized in rough"
        " seas, the International Organization for Migration said.",
        [
            (
                "their overcrowded boat capsized in rough seas",
                "Eleven migrants drowned off the Libyan coast early on Friday",
            )
        ],
    ),
]

CONTROLS: list[str] = [
    "After reading the statement to reporters in Brussels, the commissioner left for a meeting with farm ministers.",
    "The ministry has given the organisers permission for holding the rally in the main square on Sunday.",
    "The talks were constructive, the foreign minister said after meeting his Omani counterpart in Muscat on Tuesday.",
    "The prime minister travelled to Hanoi on Monday after spending two days in Jakarta.",
    "The central bank governor will brief lawmakers on Thursday after presenting the quarterly report to the cabinet.",
    "Delegates from 40 countries gathered in Nairobi for the opening of the climate summit on Monday.",
    "She has worked at the foreign ministry for more than twenty years after starting her career as a translator in"
    " Geneva.",
    "The tennis champion returned to training in Madrid on Wednesday after taking a month off over the summer.",
    "The committee has a budget of 3 million euros for monitoring elections in the region.",
    "Shortly after landing in Brasilia, the Chinese foreign minister met his Brazilian counterpart at the Itamaraty"
    " palace.",
    "The company is known for making affordable electric scooters in Shenzhen.",
    "The ambassador spoke briefly to reporters after laying a wreath at the war memorial in Canberra.",
]
XFAIL_CAUSAL: dict[int, str] = {
    4: "the clause split claims first (the demand's object as its cause); the rule reads only a claimless sentence, and"
    " its own effect would be the whole clause, not the reduced relative CNC marks",
    5: "the purpose infinitive's pairs stand (round 88), so the rule is not read; the sentence is causal all the same",
    9: "the clause split claims first, its cause keeping 'for' and the trailing apposition",
    11: "the clause split cuts at the first 'for' (a duration), 'six matches for confronting the referee'",
}
XFAIL_CONTROLS: dict[int, str] = {
    0: "the clause split reads the destination 'for a meeting' as a purpose (no rule of round 106's)",
    1: "the subject split of a sure sentence ('The ministry' -> the rest), round 57's last resort",
    4: "the span tagger's pair across a sequence of one actor's acts ('after presenting')",
    7: "the clause split's 'after' of one actor's acts ('after taking a month off')",
    8: "the clause split reads the noun's 'for monitoring' as a purpose",
}
# the rule's own reading of each row (``trailing_reasons`` on the sentence's parse, whatever else claims): rows whose
# phrase the rule does not read, or reads with other sides, with the reason
RULE_MISSES: dict[int, str] = {
    4: "the verb is a reduced relative below the demand: the rule's effect is the whole clause from its subject",
    9: "the parse hangs 'for' on the object noun ('correspondent'), and a phrase on a noun is no reason of the rule's",
    11: "the 'for' phrase hangs on 'matches' in the parse (a noun), so the rule does not read it",
    13: "an active 'after' gerund with no contention word on either side is read as one actor's next act (the check"
    " that keeps controls 3, 4, 6 and 7 claimless)",
    23: "the parse hangs 'for' on the object noun ('lawyers'), and a phrase on a noun is no reason of the rule's",
}


TestNewsTable = news_table_tests(
    CAUSAL,
    CONTROLS,
    XFAIL_CAUSAL,
    XFAIL_CONTROLS,
    size=39,
    switches=("trailing_reason_claims",),
)


def _rule_pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in trailing_reasons(extractor, sentence(parse, text))]


@pytest.mark.parametrize(
    ("i", "text", "want"),
    [
        pytest.param(i, text, want, marks=pytest.mark.xfail(strict=True, reason=RULE_MISSES[i]))
        if i in RULE_MISSES
        else pytest.param(i, text, want)
        for i, (text, want) in enumerate(CAUSAL)
    ],
)
def test_the_rule_reads_each_rows_phrase(
    parse: Language, extractor: Extractor, i: int, text: str, want: list[tuple[str, str]]
) -> None:
    assert _rule_pairs(parse, extractor, text) == want


@pytest.mark.parametrize("text", CONTROLS)
def test_the_rule_reads_no_control(parse: Language, extractor: Extractor, text: str) -> None:
    # a fronted "after", a "for" on a noun or an adjective, a plain noun object, a reporting verb, one actor's next act
    # with no contention named: no reason phrase
    assert _rule_pairs(parse, extractor, text) == []


def test_a_trailing_reason_stands_alone_only_when_on(causal_nlp: Language) -> None:
    # a sentence whose other readers make no claim at this probability (a tagger reading with no pair): the phrase
    # stands with the switch, from trailing_reason_min_prob, and not without it or under it
    text = CAUSAL[3][0]
    with settings_set(causal_nlp, trailing_reason_claims=False, implicit_threshold=1.0):
        assert claims_at(causal_nlp, text, {}, prob=0.7) == []
    with settings_set(causal_nlp, trailing_reason_claims=True, implicit_threshold=1.0):
        got = [(c["cause"], c["effect"]) for c in claims_at(causal_nlp, text, {}, prob=0.7)]
        assert got == CAUSAL[3][1]
        assert claims_at(causal_nlp, text, {}, prob=0.5) == []


def test_a_sentence_with_a_claim_keeps_it(causal_nlp: Language) -> None:
    # the rule adds nothing beside another claim: a "because" clause's pair is the sentence's only one
    text = (
        "The mayor of Cali was fined on Monday for breaking campaign rules because he had used city buses to carry"
        " supporters to a rally."
    )
    with settings_set(causal_nlp, trailing_reason_claims=False):
        before = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, trailing_reason_claims=True):
        assert claim_pairs(causal_nlp, text) == before
