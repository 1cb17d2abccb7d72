"""Issue 13, session 39, causal103 (docs/causal.md round 103): a table of made-up sentences in the style of 2025 news,
on a fronted participle clause of demand or grievance that is a sentence's only cause. "Seeking higher wages, |
thousands of nurses marched on the ministry", "Blaming the police for the death, | residents set fire to tyres": the
opening clause says what the actors want or hold against someone, and the Causal News Corpus marks it as the cause of
the rest (the actors' act). Round 27 reads a fronted participle clause only as a further pair of a sentence that has
a claim of its own; with the switch on, one whose verb is one of demand or grievance (markers.yml
``fronted_stance_verbs``: seek, demand, protest, oppose, resent, accuse, blame, denounce, decry, "call for", "press
for", "hold responsible / accountable") stands as the sentence's claim where nothing else does, from the probability
an explicit marker needs. Controls: fronted participles of manner, occasion, leadership or reaction ("Speaking to
reporters", "Reacting to the news", "Led by ...", "Holding a copy of ...", "Calling the meeting to order") give no
claim. Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the reason.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Seeking higher wages, thousands of nurses marched on the health ministry in Nairobi on Tuesday.",
        [("Seeking higher wages", "thousands of nurses marched on the health ministry in Nairobi on Tuesday")],
    ),
    (
        "Demanding the release of their leader, supporters of the opposition blocked the main road into Dhaka.",
        [
            (
                "Demanding the release of their leader",
                "supporters of the opposition blocked the main road into Dhaka",
            )
        ],
    ),
    (
        "Protesting against the new fuel levy, truck drivers in Lagos parked their vehicles across the expressway.",
        [
            ("against the new fuel levy", "Protesting"),
            (
                "Protesting against the new fuel levy",
                "truck drivers in Lagos parked their vehicles across the expressway",
            ),
        ],
    ),
    (
        "Opposing the planned pension cuts, rail workers in Lyon walked off the job for 24 hours.",
        [("Opposing the planned pension cuts", "rail workers in Lyon walked off the job for 24 hours")],
    ),
    (
        "Resenting the arrest of three students, classmates occupied the rector's office in Belgrade.",
        [("Resenting the arrest of three students", "classmates occupied the rector's office in Belgrade")],
    ),
    (
        "Accusing the electoral commission of fraud, the opposition party boycotted the vote count in Maputo.",
        [
            (
                "Accusing the electoral commission of fraud",
                "the opposition party boycotted the vote count in Maputo",
            )
        ],
    ),
    (
        "Blaming the police for the death of a teenager, residents set fire to tyres in a suburb of Santiago.",
        [
            (
                "Blaming the police for the death of a teenager",
                "residents set fire to tyres in a suburb of Santiago",
            )
        ],
    ),
    (
        "Calling for an immediate ceasefire, hundreds of women held a silent vigil outside parliament in Khartoum.",
        [
            (
                "Calling for an immediate ceasefire",
                "hundreds of women held a silent vigil outside parliament in Khartoum",
            )
        ],
    ),
    (
        "Holding the mayor responsible for the flooding, shopkeepers shut their stores across the old town.",
        [("Holding the mayor responsible for the flooding", "shopkeepers shut their stores across the old town")],
    ),
    (
        "Pressing for land reform, farmers' unions staged a sit-in at the agriculture ministry in Manila.",
        [("Pressing for land reform", "farmers' unions staged a sit-in at the agriculture ministry in Manila")],
    ),
    (
        "Denouncing the verdict as political, lawyers in Tunis boycotted court hearings on Monday.",
        [("Denouncing the verdict as political", "lawyers in Tunis boycotted court hearings on Monday")],
    ),
    (
        "Decrying the cuts to school meals, parents rallied outside the education ministry in Lima.",
        [("Decrying the cuts to school meals", "parents rallied outside the education ministry in Lima")],
    ),
    (
        "Demanding clean water, villagers in Sindh blocked a highway for several hours on Sunday.",
        [("Demanding clean water", "villagers in Sindh blocked a highway for several hours on Sunday")],
    ),
    (
        "Seeking asylum in Europe, hundreds of migrants boarded fishing boats off the Libyan coast.",
        [("Seeking asylum in Europe", "hundreds of migrants boarded fishing boats off the Libyan coast")],
    ),
    (
        "Protesting the closure of the steel plant, workers in Taranto blocked the port entrance.",
        [("Protesting the closure of the steel plant", "workers in Taranto blocked the port entrance")],
    ),
    (
        "Accusing Kyiv of breaking the truce, Moscow suspended the prisoner exchange on Wednesday.",
        [("Accusing Kyiv of breaking the truce", "Moscow suspended the prisoner exchange on Wednesday")],
    ),
    (
        "Frustrated with the slow pace of reconstruction, families in Antakya pitched tents outside the governor's"
        " office.",
        [
            ("the slow pace of reconstruction", "Frustrated"),
            (
                "Frustrated with the slow pace of reconstruction",
                "families in Antakya pitched tents outside the governor's office",
            ),
        ],
    ),
    (
        "Outraged by the killing of a journalist, reporters in Manila marched to the presidential palace.",
        [
            ("the killing of a journalist", "Outraged"),
            ("Outraged by the killing of a journalist", "reporters in Manila marched to the presidential palace"),
        ],
    ),
]

CONTROLS: list[str] = [
    "Speaking to reporters in Ankara, the foreign minister said talks would resume next week.",
    "Reacting to the news, the central bank governor called the figures encouraging.",
    "Led by the union's general secretary, the delegation met the labour minister in Accra.",
    "Beginning his tour in Surabaya, the president visited three factories on Thursday.",
    "Condemning the attack, the prime minister said the country would stand united.",
    "Asked about the demand for a recount, the commission's spokesman declined to comment.",
    "Wearing black armbands, the players lined up before the match in Buenos Aires.",
    "Demands for a recount grew louder in Lusaka on Friday.",
    "Looking tired, the former president arrived at the court in Brasilia shortly after nine.",
    "Holding a copy of the constitution, the speaker read out the names of the new ministers.",
    "Calling the meeting to order, the chairwoman welcomed delegates from 40 countries.",
    "Standing beside the king, the new envoy presented his credentials in Amman on Sunday.",
]
XFAIL_CAUSAL: dict[int, str] = {
    0: "a further pair beside the stance's: the verb rule reads the place 'marched on' as the march's cause",
    2: "the sentence has a claim of its own (a subject split that cuts the act from its subject), so the fronted"
    " clause is no further pair: round 27 adds none beside a split",
    6: "further pairs beside the stance's: 'set fire to' read as a verb split, and the 'for' grievance's pair",
    7: "a further pair beside the stance's: the verb rule splits 'held a vigil' at its object",
    10: "the span tagger's pair is turned: the main clause read as the cause of the fronted clause",
    12: "a further pair beside the stance's: the verb rule splits 'blocked a highway' at its object",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=30, switches=("fronted_stance_claims",)
)


def test_a_fronted_stance_stands_alone_only_when_on(causal_nlp: Language) -> None:
    text = CAUSAL[4][0]
    with settings_set(causal_nlp, fronted_stance_claims=False):
        assert claim_pairs(causal_nlp, text) == []
    with settings_set(causal_nlp, fronted_stance_claims=True):
        assert claim_pairs(causal_nlp, text) != []
