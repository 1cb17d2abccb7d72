"""Issue 13, session 36, newscausal49 (docs/causal.md round 92): a twenty-second table of made-up sentences in the style
of 2025 news, on an indirect question read as an effect. A clause opened by "how", "why", "when", "whether" or "where"
that a verb shows, reveals, tests or leaves open ("The audit revealed | how deeply the cartel had infiltrated the
customs service |, as ...") asks or tells about an act; nothing in the sentence makes it happen, and a claim whose
effect is such a question (from its question word on) and whose cause lies apart from it goes. Rows beside them keep
their claims: a question that is the object of a causal verb ("will determine | whether ..."), a reason for a verb of
saying or asking ("Because of X, officials could not say when ..."), a noun of doubt or questioning that a cause
raises ("raised questions about whether ..."), and causes and effects beside a question. Rows the shipped stage does
not get are strict xfails with the general reason. None is copied from an evaluation set or a news excerpt.
"""

from __future__ import annotations

from spacy.language import Language

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The leak of the draft budget raised questions about whether the coalition in Lisbon can survive the winter.",
        [("The leak of the draft budget", "questions about whether the coalition in Lisbon can survive the winter")],
    ),
    (
        "Heavy shelling overnight forced the mayor of Kharkiv to postpone a decision on when schools would reopen.",
        [("Heavy shelling overnight", "the mayor of Kharkiv to postpone a decision on when schools would reopen")],
    ),
    (
        "Because of the cyberattack, officials in Tallinn could not say when the tax portal would be back online.",
        [("the cyberattack", "officials in Tallinn could not say when the tax portal would be back online")],
    ),
    (
        "Police in Lagos did not say how many people died after the tanker exploded on the expressway.",
        [("the tanker exploded on the expressway", "how many people died")],
    ),
    (
        "The collapse of the ceasefire talks has prompted questions over how long the truce in Tripoli can hold.",
        [("The collapse of the ceasefire talks", "questions over how long the truce in Tripoli can hold")],
    ),
    (
        "Rising bread prices have fuelled doubts about whether the government in Cairo can keep subsidies in place.",
        [("Rising bread prices", "doubts about whether the government in Cairo can keep subsidies in place")],
    ),
    (
        "Investigators are still trying to establish why the ferry capsized, but survivors said strong winds pushed it"
        " onto rocks.",
        [("strong winds", "pushed it onto rocks")],
    ),
    (
        "The army said the drone strike killed 12 fighters, without saying where the strike took place.",
        [("the drone strike", "killed 12 fighters")],
    ),
    (
        "The drought in Zambia has sharply cut hydropower output, and the utility has not said when rationing will"
        " end.",
        [("The drought in Zambia", "sharply cut hydropower output")],
    ),
    (
        "The minister resigned on Tuesday after the audit showed how much money had gone missing from the pension"
        " fund.",
        [
            (
                "the audit showed how much money had gone missing from the pension fund",
                "The minister resigned on Tuesday",
            )
        ],
    ),
    (
        "Farmers in Punjab blocked highways because the government would not explain why crop prices were cut.",
        [("the government would not explain why crop prices were cut", "Farmers in Punjab blocked highways")],
    ),
    (
        "Flights out of Bali were cancelled as volcanic ash drifted over the island, and the airline did not say when"
        " they would resume.",
        [("volcanic ash drifted over the island", "Flights out of Bali were cancelled")],
    ),
    (
        "The court ordered a new inquiry into how the prisoners escaped, citing failures by the guards.",
        [("failures by the guards", "The court ordered a new inquiry into how the prisoners escaped")],
    ),
    (
        "Protests erupted in Dhaka after officials refused to say how many workers were trapped in the factory fire.",
        [("officials refused to say how many workers were trapped in the factory fire", "Protests erupted in Dhaka")],
    ),
    (
        "The blackout in Santiago was caused by a fault at a substation, though engineers are still unsure how it"
        " began.",
        [("a fault at a substation", "The blackout in Santiago")],
    ),
    (
        "Uncertainty over whether the Fed will cut rates again pushed the dollar lower on Thursday.",
        [("Uncertainty over whether the Fed will cut rates again", "the dollar lower on Thursday")],
    ),
    (
        "Questions about how the contract was awarded led to the suspension of the transport minister in Nairobi.",
        [("Questions about how the contract was awarded", "the suspension of the transport minister in Nairobi")],
    ),
    (
        "The earthquake destroyed hundreds of homes in eastern Turkey, and rescuers do not yet know how many people"
        " are buried.",
        [("The earthquake", "destroyed hundreds of homes in eastern Turkey")],
    ),
    (
        "Anger over why the police waited so long to act sparked a second night of riots in Marseille.",
        [("Anger over why the police waited so long to act", "a second night of riots in Marseille")],
    ),
    (
        "The vote was delayed because lawmakers could not agree on how the new seats should be divided.",
        [("lawmakers could not agree on how the new seats should be divided", "The vote was delayed")],
    ),
    (
        "Confusion over when the curfew would start left thousands of commuters stranded in Kampala.",
        [("Confusion over when the curfew would start", "thousands of commuters stranded in Kampala")],
    ),
    (
        "The new sanctions could determine whether Caracas keeps exporting oil to Asia.",
        [("The new sanctions", "whether Caracas keeps exporting oil to Asia")],
    ),
    (
        "Weather conditions will decide when the rescue teams can reach the stranded climbers on Everest.",
        [("Weather conditions", "when the rescue teams can reach the stranded climbers on Everest")],
    ),
    (
        "The strength of the monsoon will shape how much rice India can export next year.",
        [("The strength of the monsoon", "how much rice India can export next year")],
    ),
    (
        "The new tariffs will affect how much steel Mexico ships to the United States.",
        [("The new tariffs", "how much steel Mexico ships to the United States")],
    ),
    (
        "Mounting losses at the state airline forced the cabinet to reconsider whether to keep funding it.",
        [("Mounting losses at the state airline", "the cabinet to reconsider whether to keep funding it")],
    ),
    (
        "The explosion at the port, whose cause is still unknown, killed at least 30 people.",
        [("The explosion at the port", "killed at least 30 people")],
    ),
    (
        "Pressure from donors made the government in Kabul disclose how it spent the aid money.",
        [("Pressure from donors", "the government in Kabul disclose how it spent the aid money")],
    ),
    (
        "The ruling party lost its majority in the Tokyo assembly because voters were angry over how the scandal was"
        " handled.",
        [
            (
                "voters were angry over how the scandal was handled",
                "The ruling party lost its majority in the Tokyo assembly",
            )
        ],
    ),
    (
        "The delay in the election results caused tension in Maputo, where opposition supporters gathered outside the"
        " commission.",
        [("The delay in the election results", "tension in Maputo")],
    ),
    (
        "Heavy snow closed the mountain pass, so nobody could say when the aid convoy would reach the villages.",
        [("Heavy snow closed the mountain pass", "nobody could say when the aid convoy would reach the villages")],
    ),
    (
        "Fears about how long the war will last have driven thousands of families out of Khartoum.",
        [("Fears about how long the war will last", "thousands of families out of Khartoum")],
    ),
]

CONTROLS: list[str] = [
    "The poll will show how much support the ruling party has kept, as living costs keep rising in Budapest.",
    "The audit revealed how deeply the cartel had infiltrated the customs service, as Ecuador struggled to pay its"
    " police.",
    "The talks in Geneva tested how far Tehran was willing to go, as its currency lost value.",
    "The judgment made clear how little patience the court had left with the government, as the election approached.",
    "The memoir describes how the general rose through the ranks, as the country slid into civil war.",
    "The satellite images show how quickly the fighters advanced on the town, as the rainy season began.",
    "The data shows how sharply exports to China have fallen since January, as Canberra seeks new buyers.",
    "The hearing will examine when the ministry first learned of the leak, as lawmakers prepare a new privacy law.",
    "The minister's visit showed how close Ankara and Baku have grown, as their leaders prepare for the summit.",
    "The leaked memo shows when the ministry knew about the faulty vaccines, as the inquiry enters its second month.",
    "The crisis has exposed how dependent Serbia is on Russian gas.",
    "The vote in Nairobi will reveal whether the opposition can unite, as the president's term nears its end.",
]
# the question's reason (round 90, ``indirect_question_causes``) drops a claim whose cause overlaps a question even
# when the cause is a whole clause that only holds it ("after | the audit showed | how much money had gone missing"):
# four rows below; a cause that holds a question is still a cause, a reading this round leaves (its construction is the
# question as an effect)
_HOLDS_QUESTION = "the cause is a clause or noun that holds a question; round 90 drops a claim whose cause overlaps one"
_NO_CLAIM = "no claim at all from the shipped stage: its recall on this sentence, not a question's side"
XFAIL_CAUSAL: dict[int, str] = {
    1: "the causal verb's subject is cut to its first word ('Heavy'): a subject cut, not a question's side",
    7: _NO_CLAIM,
    8: "the tagger's roles are turned (the effect taken for the cause): not a question's side",
    9: _HOLDS_QUESTION,
    10: _HOLDS_QUESTION,
    13: _HOLDS_QUESTION,
    15: _HOLDS_QUESTION,
    16: _NO_CLAIM,
    17: _NO_CLAIM,
    18: _NO_CLAIM,
    20: "the question word 'when' inside the cause noun's phrase is read as a marker of time",
    22: "the question word 'when' after 'decide' is read as a marker of time",
    26: _NO_CLAIM,
    28: "a second claim inside the cause ('how the scandal was handled -> angry'): a feeling's object as its cause",
    29: "the effect keeps the 'where' relative clause on its place noun",
    31: "the cause is cut to the noun inside the question ('the war'), not the feeling that holds it",
}
XFAIL_CONTROLS: dict[int, str] = {
    0: "the parse takes 'support' after 'how much' for a verb: the question is not found",
    2: "the effect is the whole clause that shows the question (its subject and verb too), not the question alone",
    7: "the effect is the whole clause that asks the question, and the question's 'when' is read as a marker of time",
    9: "the effect is the whole clause that shows the question (its subject and verb too), not the question alone",
    11: "the effect is the whole clause that shows the question (its subject and verb too), not the question alone",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=44, switches=("question_effects",)
)


def test_a_question_is_no_effect_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[1]
    with settings_set(causal_nlp, question_effects=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, question_effects=True):
        assert claim_pairs(causal_nlp, text) == []
