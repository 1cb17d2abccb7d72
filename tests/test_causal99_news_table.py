"""Issue 13, session 38, causal99 (docs/causal.md round 99): a table of made-up sentences in the style of 2025 news, on
a request read as a cause. The CNC train 5-fold CV's false positives (328 sentences; TRAIN folds only) hold 16 whose
only claims are a reported request or intention: "the police appealed to the agitators | to withdraw the strike", "the
commissioner urged the employees to suspend their protest | and attend to their duties", "the leaders requested the
colleges | to cooperate". What someone is asked, urged or called on to do has not happened: it is no cause of the
asking (the speaker's wish is), and no effect of it either. With the switch on, a claim with one side that is the act
asked for (the infinitive of a verb of request, markers.yml `request_verbs`, from its "to" or its verb, or a verb joined
to it) and the other side holding the verb of request goes, even where it is the sentence's only claim. Causal rows
beside them keep their reasons: a request made because of, after or as something happened, and causal verbs that take
an infinitive ("forced", "led"). Each row's pairs were written before the stage was run on it; none is copied from an
evaluation set or a news excerpt. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _request_complements
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import claim_pairs, news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Police urged residents to stay indoors after a chemical fire broke out at a plant in Rotterdam.",
        [("a chemical fire broke out at a plant in Rotterdam", "Police urged residents to stay indoors")],
    ),
    (
        "The strike forced the airline to cancel 300 flights at Frankfurt airport.",
        [("The strike", "the airline to cancel 300 flights at Frankfurt airport")],
    ),
    (
        "The government asked citizens to save electricity because the drought had emptied the Kariba dam.",
        [("the drought had emptied the Kariba dam", "The government asked citizens to save electricity")],
    ),
    (
        "Because of the cyclone, officials in Mozambique urged fishermen to stay ashore.",
        [("the cyclone", "officials in Mozambique urged fishermen to stay ashore")],
    ),
    (
        "The floods forced thousands of families in Bahia to leave their homes.",
        [("The floods", "thousands of families in Bahia to leave their homes")],
    ),
    (
        # written with a fronted "after"; round 97 (merged beside this round) reads a fronted "after" as time order,
        # so the lead put a reason marker in its place: the row still checks that a real cause of a request stays
        "Because the bridge collapsed, the mayor of Genoa appealed to drivers to avoid the city centre.",
        [("the bridge collapsed", "the mayor of Genoa appealed to drivers to avoid the city centre")],
    ),
    (
        "Heavy rain led the organisers to postpone the marathon in Seoul.",
        [("Heavy rain", "the organisers to postpone the marathon in Seoul")],
    ),
    (
        "The ministry asked schools to close early because temperatures rose above 45 degrees in Rajasthan.",
        [("temperatures rose above 45 degrees in Rajasthan", "The ministry asked schools to close early")],
    ),
    (
        "The police chief in Kumasi urged calm after the election results were delayed.",
        [("the election results were delayed", "The police chief in Kumasi urged calm")],
    ),
    (
        "Residents were asked to leave their homes as the river rose above its banks in Porto Alegre.",
        [("the river rose above its banks in Porto Alegre", "Residents were asked to leave their homes")],
    ),
    (
        "The fuel shortage caused long queues in Lagos, and the minister urged motorists to stay calm.",
        [("The fuel shortage", "long queues in Lagos")],
    ),
]

CONTROLS: list[str] = [
    "The interior ministry urged truck drivers to end their blockade of the border crossing near Przemysl.",
    "Police in Nairobi appealed to the protesters to leave the square before nightfall.",
    "The governor of Sindh asked the striking doctors to return to work on Monday.",
    "Opposition leaders called on their supporters to boycott the runoff vote in Tbilisi.",
    "The UN envoy urged both armies to withdraw their heavy weapons from the front line near El Fasher.",
    "Teachers' unions in Buenos Aires were asked to suspend the strike until talks resume.",
    "The archbishop appealed to the rival militias to lay down their arms and reopen the roads.",
    "The federation requested the ministry to restore the fuel subsidy for fishermen in Dakar.",
    "Relatives of the missing miners implored the company to resume the search in Zacatecas.",
    "The mayor of Manila asked residents to stay away from the flooded districts on Tuesday.",
    "Farmers' groups in Punjab called upon the state government to waive crop loans and buy the unsold wheat.",
    "The Ghanaian electoral commission urged party agents to accept the provisional results.",
    "Hospital staff in Lagos were urged to call off their walkout and attend to patients.",
    "The Kenyan bishops exhorted young people to shun violence during the vote.",
    "Students in Dhaka asked the vice-chancellor to lift the ban on campus rallies.",
    "The Peruvian prime minister pleaded with truckers to clear the highway to Arequipa.",
    "Local councillors advised shopkeepers in Belfast to close early on Saturday.",
    "The transport minister has instructed the rail operator to restore services on the coastal line.",
    "Chilean lawmakers urged the central bank to cut interest rates at its next meeting.",
    "The union leaders met the labour commissioner and requested him to intervene in the wage dispute.",
    "The Sri Lankan president appealed to exporters to bring their dollar earnings home.",
    "Protest organisers in Belgrade asked marchers to avoid the parliament building.",
    "The minister urged the port workers to end their sit-in and resume loading grain.",
    "The WHO asked Malawi to step up cholera testing and report new cases daily.",
    "Residents of Soweto were asked by the city to conserve water over the weekend.",
    "The Indonesian police chief urged fans to stay calm and leave the stadium in Malang peacefully.",
]
_TURNED = (
    "'led' read the other way round (its object and infinitive as the cause, 'Heavy rain led' as the effect), with or"
    " without the switch: a causal verb's direction, not this round's"
)
_ASKER = (
    "the asker split from the asking ('Police in Nairobi -> appealed to the protesters ...'), with or without the"
    " switch: a subject split, not the act asked for"
)
XFAIL_CAUSAL: dict[int, str] = {6: _TURNED}
# control 9 (a phrase inside the act asked for, 'from the flooded districts', read as the cause) was a strict xfail
# here; round 100 (``prep_phrase_tag_causes``, merged beside this round) drops a tagger cause that is only such a phrase
XFAIL_CONTROLS: dict[int, str] = {1: _ASKER, 8: _ASKER}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=37, switches=("request_complement_claims",)
)


def test_an_act_asked_for_is_no_cause_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[0]
    with settings_set(causal_nlp, request_complement_claims=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, request_complement_claims=True):
        assert claim_pairs(causal_nlp, text) == []


def test_which_verbs_ask_and_what_they_ask_for(parse: Language) -> None:
    lexicon = load_lexicon()

    def requests(text: str) -> list[tuple[str, str]]:
        sent = sentence(parse, text)
        return [(verb.text, comp.text) for verb, comp in _request_complements(sent, lexicon)]

    # a verb of request, with its preposition where the list names one ("called on", "pleaded with")
    assert requests(CONTROLS[0]) == [("urged", "end")]
    assert requests(CONTROLS[3]) == [("called", "boycott")]
    assert requests(CONTROLS[15]) == [("pleaded", "clear")]
    # a causal verb that takes an infinitive ("forced", "led") asks for nothing
    assert requests(CAUSAL[1][0]) == []
    assert requests(CAUSAL[6][0]) == []
    # "called ... on Monday to condemn": "on" is no preposition right after the verb, the infinitive a purpose
    assert requests("The party called a strike on Monday to condemn the killing of a reporter in Lahore.") == []
