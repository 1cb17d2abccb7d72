# ruff: noqa: E501
"""Issue 14 (session 27, sweep2; docs/events.md rule 189): a systematic sweep of CAMEO roots 03, 08, 17 and 18.

For every sub-code of roots 03 (express intent to cooperate), 08 (yield), 17 (coerce) and 18 (assault) in the code
list (/work/shared/data/cameo-eventcodes.tsv, code names only), two short constructed sentences and one wire-style
sentence, varied countries and tenses. Every sentence is our own, none copied from the CAMEO manual's examples,
ConfliBERT, PLOVER or any evaluation set. The code was chosen from the sub-code's name before the coder ran; a row
passes when an asserted event of the sentence has the sub-code's root (``sub_code_hits`` counts the exact sub-code,
reported in BENCHMARKS.md, not tested). The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the
learned layer off (``rules_pipeline``). Rows that failed when the table was written and still fail are strict
xfails with the general cause.

First run (integ c42d42e): 117 of 234 rows (roots 03 54 of 84, 08 31 of 75, 17 16 of 36, 18 16 of 39). One
expectation was revised after that run, before any coder change: "Russia expelled two Estonian diplomats" (174) became
"... two Estonian journalists", since the codebook's own 166 and 174 notes code diplomats expelled as 161. Rule 189's
fixes bring the table to 131 of 234 (03 58, 08 36, 17 18, 18 19). Of the 103 rows left, 59 are one state's act on
its own people, places or institutions (a curfew, a state of emergency, a ban, reforms, a resignation, troops
demobilised), which the coder leaves without a target by convention (docs/events.md, "Domestic events").
Rule 288 (session 33, sweep2x: a party named or described before "party") brings it to 135 of 234 (08 38, 17 20).
Rule 289 (session 33, short15x) codes twelve of the one-party rows: a curfew or a state of emergency imposed or
lifted toward the state's own people (XXXCVL) and a party banned toward its opposition (XXXOPP); martial law and
the other one-party acts stay. Rule 313 (session 34, martial1x) codes martial law as rule 289 codes a state of
emergency: "Ethiopia ended martial law in the Amhara region" (0814) leaves ``XFAIL``. Rule 336 (session 34,
freedoms1x) codes restrictions on a political freedom eased (0811) or imposed (1721) toward the state's own people:
two rows leave ``XFAIL`` (the press eased, the opposition restricted); foreign media outlets stay (another people's
press keeps 163 and has no party). Rule 368 (session 36, breadth16) reads internet access cut as a restriction of
political freedom (1721): "India cut internet access in Kashmir" leaves ``XFAIL``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

# (sentence, CAMEO sub-code chosen from the code's name)
SWEEP2_ROWS: list[tuple[str, str]] = [
    ("Kenya said it was ready to cooperate with Somalia.", "030"),
    ("Peru will work together with Chile, its president promised.", "030"),
    (
        "Vietnam's foreign ministry said on Tuesday that Hanoi stands ready to work closely with Manila on regional issues.",
        "030",
    ),
    ("Ghana offered to share its fishing fleet with Togo.", "031"),
    ("Norway promised to cooperate with Sweden on railway projects.", "031"),
    (
        "Indonesia expressed willingness on Friday to engage in joint projects with Malaysia, officials in Jakarta said.",
        "031",
    ),
    ("Brazil pledged to expand trade with Argentina.", "0311"),
    ("Japan said it would invest in Indian railways.", "0311"),
    (
        "South Korea vowed on Monday to deepen economic cooperation with Vietnam, the trade ministry said in a statement.",
        "0311",
    ),
    ("Poland offered to hold joint military exercises with Lithuania.", "0312"),
    ("Egypt pledged military cooperation with Sudan.", "0312"),
    (
        "Turkey said on Wednesday it was ready to expand defence cooperation with Azerbaijan, the defence ministry said.",
        "0312",
    ),
    ("Spain promised to cooperate with Morocco on extradition cases.", "0313"),
    ("Mexico offered judicial cooperation to Colombia.", "0313"),
    (
        "Italy agreed in principle to help Albania with its judicial investigations, the justice ministry said on Thursday.",
        "0313",
    ),
    ("Jordan pledged to share intelligence with Iraq.", "0314"),
    ("Kenya offered to exchange intelligence with Uganda on militants.", "0314"),
    ("France said on Sunday it would step up intelligence sharing with Niger to track jihadist groups.", "0314"),
    ("Russia pledged diplomatic support to Serbia.", "032"),
    ("China vowed to back Pakistan at the United Nations.", "032"),
    (
        "Saudi Arabia promised on Tuesday to support Egypt's bid for a seat on the Security Council, state media said.",
        "032",
    ),
    ("Qatar pledged aid to Lebanon.", "033"),
    ("Germany promised assistance to Moldova.", "033"),
    (
        "The European Union said on Monday it would provide support to Armenia, according to a statement from Brussels.",
        "033",
    ),
    ("Japan pledged $500 million in loans to Sri Lanka.", "0331"),
    ("The World Bank promised economic aid to Malawi.", "0331"),
    (
        "China offered on Thursday to extend a $2 billion credit line to Zambia, the finance ministry in Lusaka said.",
        "0331",
    ),
    ("The United States pledged new weapons to Ukraine.", "0332"),
    ("Russia offered military aid to Mali.", "0332"),
    (
        "Britain said on Friday it would supply Poland with air defence missiles, the defence secretary told reporters.",
        "0332",
    ),
    ("Canada pledged humanitarian aid to Haiti.", "0333"),
    ("Turkey promised to send food and medicine to Syria.", "0333"),
    ("The United Arab Emirates said on Wednesday it would send relief supplies to flood victims in Pakistan.", "0333"),
    ("Rwanda offered to send peacekeepers to the Central African Republic.", "0334"),
    ("Kenya pledged to deploy police officers to Haiti.", "0334"),
    (
        "India said on Tuesday it was ready to contribute troops to a United Nations peacekeeping force in South Sudan.",
        "0334",
    ),
    ("Tunisia's president promised political reforms.", "034"),
    ("The Jordanian government pledged to reform the electoral system.", "034"),
    ("Thailand's prime minister vowed on Monday to push through constitutional reforms demanded by students.", "034"),
    ("Mali's junta promised to hand power to a civilian government.", "0341"),
    ("The Sudanese army pledged to transfer power to civilians.", "0341"),
    ("Guinea's military rulers said on Friday they would step aside and hold elections next year.", "0341"),
    ("Argentina pledged to change its economic policy.", "0342"),
    ("Australia promised to revise its immigration policy.", "0342"),
    (
        "The Nigerian government said on Thursday it would review its fuel subsidy policy after weeks of protests.",
        "0342",
    ),
    ("Bahrain promised to grant more rights to its Shia citizens.", "0343"),
    ("Uzbekistan pledged to protect press freedom.", "0343"),
    ("Myanmar's military government said on Sunday it would guarantee the rights of the Rohingya minority.", "0343"),
    ("Kazakhstan's president promised to reform parliament.", "0344"),
    ("Iraq pledged to restructure its security institutions.", "0344"),
    ("Sri Lanka's new government vowed on Wednesday to abolish the executive presidency within a year.", "0344"),
    ("Serbia said it was ready to make concessions to Kosovo.", "035"),
    ("Israel signalled willingness to compromise with Hamas.", "035"),
    ("Armenia said on Monday it was prepared to make concessions to Azerbaijan in order to reach a peace deal.", "035"),
    ("Egypt promised to lift the ban on opposition rallies.", "0351"),
    ("Belarus pledged to ease restrictions on foreign journalists.", "0351"),
    ("Cuba said on Thursday it would relax restrictions on private businesses and travel abroad.", "0351"),
    ("The Kenyan government promised to ease its crackdown on protesters.", "0352"),
    ("Iran pledged to stop arresting demonstrators.", "0352"),
    ("Zimbabwe's government said on Tuesday it would end its crackdown on opposition supporters.", "0352"),
    ("Chad said it would release the Sudanese detainees.", "0353"),
    ("Iran promised to free two French citizens.", "0353"),
    ("Venezuela agreed on Friday to release five jailed American oil executives, a government spokesman said.", "0353"),
    ("The United States said it would lift sanctions on Venezuela.", "0354"),
    ("The European Union promised to ease sanctions on Syria.", "0354"),
    ("Washington offered on Monday to ease oil sanctions on Caracas if the government holds free elections.", "0354"),
    ("Ethiopia said it would allow UN investigators into Tigray.", "0355"),
    ("Syria agreed to admit international monitors.", "0355"),
    ("North Korea said on Wednesday it would allow international inspectors to visit its nuclear site.", "0355"),
    ("Russia promised to withdraw its troops from the border with Ukraine.", "0356"),
    ("Armenia pledged to pull back its forces.", "0356"),
    ("India and China agreed on Thursday to disengage their troops along the disputed border in Ladakh.", "0356"),
    ("Iran said it was ready to hold talks with Saudi Arabia.", "036"),
    ("Ethiopia offered to negotiate with Egypt over the dam.", "036"),
    ("Venezuela's government said on Sunday it would meet the opposition in Mexico City next month.", "036"),
    ("Guyana pledged to settle its border dispute with Venezuela peacefully.", "037"),
    ("Kenya offered to resolve the dispute with Somalia.", "037"),
    ("Cambodia said on Tuesday it was ready to settle its border dispute with Thailand through negotiations.", "037"),
    ("Ethiopia said it would accept African Union mediation.", "038"),
    ("Colombia agreed to accept mediation by Cuba.", "038"),
    (
        "Sudan's army said on Monday it was willing to accept Saudi mediation in the conflict with the paramilitaries.",
        "038",
    ),
    ("Qatar offered to mediate between Israel and Hamas.", "039"),
    ("Turkey offered to mediate between Russia and Ukraine.", "039"),
    ("Algeria said on Friday it was ready to mediate between the government of Mali and the rebels.", "039"),
    ("Kosovo backed down in its dispute with Serbia.", "080"),
    ("The Greek government gave in to the unions.", "080"),
    (
        "Pakistan yielded on Tuesday to pressure from the International Monetary Fund, officials in Islamabad said.",
        "080",
    ),
    ("Egypt lifted restrictions on the opposition.", "081"),
    ("China eased its travel restrictions on Hong Kong.", "081"),
    ("The Turkish government on Monday lifted administrative restrictions imposed on Kurdish municipalities.", "081"),
    ("Vietnam eased restrictions on the press.", "0811"),
    ("Uzbekistan lifted its ban on public gatherings.", "0811"),
    ("Ethiopia restored internet access in the Amhara region on Thursday after months of restrictions.", "0811"),
    ("Bangladesh lifted the ban on the Jamaat party.", "0812"),
    ("Tunisia allowed the banned Islamist party to operate again.", "0812"),
    (
        "A court in Myanmar on Wednesday lifted the ban on the National League for Democracy, state media reported.",
        "0812",
    ),
    ("Police in Kenya lifted the curfew.", "0813"),
    ("Sri Lanka ended the curfew in Colombo.", "0813"),
    ("Authorities in Manipur relaxed the curfew on Saturday as calm returned to the state, officials said.", "0813"),
    ("Ecuador lifted the state of emergency.", "0814"),
    ("Ethiopia ended martial law in the Amhara region.", "0814"),
    (
        "Thailand's government on Tuesday ended the state of emergency that had been in force in Bangkok since March.",
        "0814",
    ),
    ("The Chinese government eased its crackdown on dissidents.", "082"),
    ("Nicaragua ended its crackdown on protesters.", "082"),
    ("Belarus on Friday freed a group of opposition activists in a move seen as easing pressure on dissent.", "082"),
    ("Jordan's king gave in to demands for political reform.", "083"),
    ("The Kuwaiti emir accepted the protesters' demand for reform.", "083"),
    ("Morocco's government on Monday bowed to demands by protesters and agreed to political reforms.", "083"),
    ("Sri Lanka's president resigned after mass protests.", "0831"),
    ("The Peruvian prime minister stepped down.", "0831"),
    (
        "Bolivia's president resigned on Sunday after weeks of protests over the disputed election, his office said.",
        "0831",
    ),
    ("Ghana bowed to demands and scrapped the fuel tax.", "0832"),
    ("Kenya withdrew the finance bill after protests.", "0832"),
    ("France's government on Thursday dropped its pension reform plan after weeks of strikes by unions.", "0832"),
    ("Saudi Arabia granted women the right to drive.", "0833"),
    ("Kazakhstan gave in to demands for minority rights.", "0833"),
    ("Bahrain's government on Wednesday granted voting rights to thousands of stateless residents.", "0833"),
    ("Chile accepted demands for a new constitution.", "0834"),
    ("Algeria dissolved parliament after protests.", "0834"),
    ("Lebanon's government agreed on Tuesday to protesters' demands to overhaul the electoral system.", "0834"),
    ("Russia returned the seized ship to Ukraine.", "084"),
    ("Iran released the British tanker.", "084"),
    ("Ukraine handed back on Monday the bodies of fallen Russian soldiers, officials in Kyiv said.", "084"),
    ("Chad released the Sudanese detainees.", "0841"),
    ("Hamas freed three Israeli hostages.", "0841"),
    (
        "Azerbaijan on Friday handed over ten Armenian prisoners of war at the border, the foreign ministry in Baku said.",
        "0841",
    ),
    ("Israel returned the seized tax revenues to the Palestinian Authority.", "0842"),
    ("Venezuela returned the confiscated plane to Argentina.", "0842"),
    ("Russia gave back three naval vessels to Ukraine on Tuesday, the defence ministry in Moscow said.", "0842"),
    ("The United States lifted sanctions on Cuba.", "085"),
    ("The European Union eased its embargo on Iran.", "085"),
    ("Washington on Thursday lifted sanctions on Syria's central bank, the Treasury Department said.", "085"),
    ("Sudan allowed UN observers into Darfur.", "086"),
    ("Myanmar agreed to admit an ASEAN envoy.", "086"),
    ("Venezuela on Wednesday allowed a team of European Union observers to monitor the election.", "086"),
    ("Mali accepted the deployment of UN peacekeepers.", "0861"),
    ("Lebanon welcomed additional UN peacekeepers.", "0861"),
    ("The Central African Republic on Monday received the first contingent of Rwandan peacekeepers.", "0861"),
    ("Iran allowed IAEA inspectors into the Natanz plant.", "0862"),
    ("Iraq admitted the UN weapons inspectors.", "0862"),
    ("Syria on Friday let inspectors of the chemical weapons watchdog visit the site of the attack.", "0862"),
    ("Israel allowed aid trucks into Gaza.", "0863"),
    ("Ethiopia let food aid into Tigray.", "0863"),
    ("The Sudanese army on Tuesday opened the Adre crossing to allow humanitarian aid to reach Darfur.", "0863"),
    ("Russia pulled its troops back from Kyiv.", "087"),
    ("Azerbaijan scaled back its military operations.", "087"),
    ("Israel reduced its airstrikes in southern Lebanon on Sunday, the army said.", "087"),
    ("Israel and Hamas declared a ceasefire.", "0871"),
    ("Armenia agreed to a truce with Azerbaijan.", "0871"),
    ("The warring parties in Sudan declared a 72-hour ceasefire on Saturday, the Saudi foreign ministry said.", "0871"),
    ("Israel eased the blockade of Gaza.", "0872"),
    ("Saudi Arabia lifted the naval blockade of Yemen.", "0872"),
    ("The Azerbaijani army on Thursday ended its blockade of the Lachin corridor, officials said.", "0872"),
    ("Colombia demobilised the paramilitary forces.", "0873"),
    ("The FARC rebels disarmed.", "0873"),
    ("South Sudan on Monday began demobilising thousands of soldiers under the peace agreement.", "0873"),
    ("Ukrainian troops withdrew from Avdiivka.", "0874"),
    ("The rebels surrendered to the Congolese army.", "0874"),
    ("Russian forces retreated from the city of Kherson on Friday, the Ukrainian military said.", "0874"),
    ("Russia coerced Moldova.", "170"),
    ("China pressured Lithuania with trade threats.", "170"),
    ("Israel on Tuesday stepped up its coercive measures against the Palestinian Authority, officials said.", "170"),
    ("Israeli forces demolished Palestinian homes.", "171"),
    ("Police in Lagos seized the property of a senator.", "171"),
    ("Russian troops on Monday seized a Ukrainian nuclear power plant, the Ukrainian energy ministry said.", "171"),
    ("Turkey confiscated the assets of the opposition newspaper.", "1711"),
    ("Russia seized the assets of Western companies.", "1711"),
    ("Venezuelan authorities on Thursday confiscated three aircraft belonging to an Iranian airline.", "1711"),
    ("Israeli soldiers destroyed a Palestinian school.", "1712"),
    ("Militants burned down a church in Nigeria.", "1712"),
    ("Chinese authorities on Wednesday demolished a mosque in Ningxia, residents said.", "1712"),
    ("Egypt imposed restrictions on the opposition.", "172"),
    ("Hungary imposed sanctions on the nongovernmental groups.", "172"),
    ("Russia on Friday imposed administrative restrictions on foreign media outlets operating in Moscow.", "172"),
    ("Belarus restricted press freedom.", "1721"),
    ("India cut internet access in Kashmir.", "1721"),
    ("Iran's government on Monday blocked access to Instagram and WhatsApp as protests spread.", "1721"),
    ("Turkey banned the pro-Kurdish party.", "1722"),
    ("Thailand's court dissolved the opposition party.", "1722"),
    ("Bangladesh on Thursday banned the Jamaat-e-Islami party, the home ministry said.", "1722"),
    ("Police in Kenya imposed a curfew.", "1723"),
    ("Sri Lanka imposed a curfew in Colombo.", "1723"),
    ("Authorities in Bangladesh imposed a nationwide curfew on Friday after deadly clashes.", "1723"),
    ("Ecuador declared a state of emergency.", "1724"),
    ("Myanmar's military imposed martial law in Yangon.", "1724"),
    ("Peru's government on Sunday declared a state of emergency in Lima after weeks of protests.", "1724"),
    ("Police in Ankara arrested three Syrian journalists.", "173"),
    ("Russia detained a French researcher.", "173"),
    (
        "Iranian authorities have arrested a British-Iranian aid worker, the foreign office in London said on Tuesday.",
        "173",
    ),
    ("Kuwait deported hundreds of Egyptian workers.", "174"),
    ("Russia expelled two Estonian journalists.", "174"),
    ("Pakistan on Wednesday expelled thousands of Afghan refugees, officials at the border said.", "174"),
    ("Security forces in Iran cracked down on protesters.", "175"),
    ("Police in Belarus beat demonstrators.", "175"),
    ("Riot police in Kenya fired tear gas on Tuesday to disperse opposition protesters in Nairobi.", "175"),
    ("Militants attacked a village in Burkina Faso.", "180"),
    ("Gunmen attacked a church in Nigeria.", "180"),
    ("Al-Shabaab fighters attacked a hotel in Mogadishu on Saturday, police said.", "180"),
    ("Gunmen kidnapped two Chinese workers in Mali.", "181"),
    ("Pirates hijacked a Greek tanker.", "181"),
    ("Boko Haram militants abducted dozens of schoolgirls in northern Nigeria on Friday, police said.", "181"),
    ("Settlers beat a Palestinian farmer.", "182"),
    ("A mob assaulted two Indian students in Melbourne.", "182"),
    ("Police in Kenya said on Monday that a crowd had beaten a Somali trader in Eastleigh.", "182"),
    ("Soldiers raped women in Darfur.", "1821"),
    ("Militiamen sexually assaulted Congolese women.", "1821"),
    ("Rapid Support Forces fighters raped dozens of women in El Geneina, a rights group said on Tuesday.", "1821"),
    ("Syrian guards tortured the prisoners.", "1822"),
    ("Russian soldiers tortured Ukrainian civilians.", "1822"),
    ("Egyptian police tortured detained activists, Amnesty International said on Thursday.", "1822"),
    ("Gunmen killed five villagers in Nigeria.", "1823"),
    ("A mob lynched a Christian man in Pakistan.", "1823"),
    ("Militants in Burkina Faso killed twelve civilians on Sunday, the army said.", "1823"),
    ("A bomb exploded in a market in Peshawar.", "183"),
    ("Militants bombed a bus in Quetta.", "183"),
    ("An explosive device went off outside a police station in Diyarbakir on Monday, killing two officers.", "183"),
    ("A suicide bomber struck a market in Kabul.", "1831"),
    ("A suicide bomber blew himself up at a mosque in Peshawar.", "1831"),
    ("A suicide attacker detonated his explosives vest at a checkpoint in Mogadishu on Thursday, police said.", "1831"),
    ("A car bomb exploded outside the ministry in Baghdad.", "1832"),
    ("Militants detonated a car bomb in Mogadishu.", "1832"),
    ("A car bomb killed ten people in the Syrian town of Azaz on Saturday, a monitoring group said.", "1832"),
    ("A roadside bomb killed three Pakistani soldiers.", "1833"),
    ("A roadside bomb hit a police convoy in Afghanistan.", "1833"),
    ("An improvised explosive device planted by the road struck an army patrol in Mali on Wednesday.", "1833"),
    ("Hamas used civilians as human shields.", "184"),
    ("Russian troops used Ukrainian villagers as human shields.", "184"),
    ("The Islamic State used residents of Mosul as human shields on Monday, Iraqi officers said.", "184"),
    ("Gunmen tried to assassinate the Haitian president.", "185"),
    ("A man attempted to kill the Slovak prime minister.", "185"),
    ("A gunman tried to kill the Japanese prime minister at a rally in Nara on Saturday, police said.", "185"),
    ("Gunmen assassinated the Haitian president.", "186"),
    ("Israel killed a Hamas commander in Beirut.", "186"),
    ("The head of Iran's nuclear programme was assassinated near Tehran on Friday, state media said.", "186"),
]

XFAIL: dict[str, str] = {
    "Peru will work together with Chile, its president promised.": '"work together / closely with" is no trigger',
    "Vietnam's foreign ministry said on Tuesday that Hanoi stands ready to work closely with Manila on regional issues.": '"work together / closely with" is no trigger',
    # "China offered on Thursday to extend a $2 billion credit line to Zambia, ..." codes 0331 since rule 261e (session 31)
    "Tunisia's president promised political reforms.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "The Jordanian government pledged to reform the electoral system.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Thailand's prime minister vowed on Monday to push through constitutional reforms demanded by students.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Mali's junta promised to hand power to a civilian government.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Guinea's military rulers said on Friday they would step aside and hold elections next year.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Argentina pledged to change its economic policy.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Australia promised to revise its immigration policy.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "The Nigerian government said on Thursday it would review its fuel subsidy policy after weeks of protests.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Uzbekistan pledged to protect press freedom.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Myanmar's military government said on Sunday it would guarantee the rights of the Rohingya minority.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Kazakhstan's president promised to reform parliament.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Iraq pledged to restructure its security institutions.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Sri Lanka's new government vowed on Wednesday to abolish the executive presidency within a year.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Belarus pledged to ease restrictions on foreign journalists.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Cuba said on Thursday it would relax restrictions on private businesses and travel abroad.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Iran pledged to stop arresting demonstrators.": "another root: 131 (code choice)",
    "Syria agreed to admit international monitors.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "North Korea said on Wednesday it would allow international inspectors to visit its nuclear site.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Armenia pledged to pull back its forces.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Cambodia said on Tuesday it was ready to settle its border dispute with Thailand through negotiations.": "a dispute settled is no trigger (037 only as intent)",
    "Pakistan yielded on Tuesday to pressure from the International Monetary Fund, officials in Islamabad said.": "the trailing attribution loses the yield the bare clause codes",
    "The Turkish government on Monday lifted administrative restrictions imposed on Kurdish municipalities.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Uzbekistan lifted its ban on public gatherings.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Ethiopia restored internet access in the Amhara region on Thursday after months of restrictions.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "A court in Myanmar on Wednesday lifted the ban on the National League for Democracy, state media reported.": "the target group is not resolved to an actor",
    "Jordan's king gave in to demands for political reform.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Morocco's government on Monday bowed to demands by protesters and agreed to political reforms.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Sri Lanka's president resigned after mass protests.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "The Peruvian prime minister stepped down.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Bolivia's president resigned on Sunday after weeks of protests over the disputed election, his office said.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Ghana bowed to demands and scrapped the fuel tax.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Kenya withdrew the finance bill after protests.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "France's government on Thursday dropped its pension reform plan after weeks of strikes by unions.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Kazakhstan gave in to demands for minority rights.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Chile accepted demands for a new constitution.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Algeria dissolved parliament after protests.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Lebanon's government agreed on Tuesday to protesters' demands to overhaul the electoral system.": "another root: 030 (code choice)",
    "Myanmar agreed to admit an ASEAN envoy.": "another root: 0355 (code choice)",
    "Syria on Friday let inspectors of the chemical weapons watchdog visit the site of the attack.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Ethiopia let food aid into Tigray.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "The Sudanese army on Tuesday opened the Adre crossing to allow humanitarian aid to reach Darfur.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Azerbaijan scaled back its military operations.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Armenia agreed to a truce with Azerbaijan.": "another root: 030 (code choice)",
    "The warring parties in Sudan declared a 72-hour ceasefire on Saturday, the Saudi foreign ministry said.": "the doers (the warring parties) are not resolved to an actor",
    "The Azerbaijani army on Thursday ended its blockade of the Lachin corridor, officials said.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Colombia demobilised the paramilitary forces.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "The FARC rebels disarmed.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "South Sudan on Monday began demobilising thousands of soldiers under the peace agreement.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Ukrainian troops withdrew from Avdiivka.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Israel on Tuesday stepped up its coercive measures against the Palestinian Authority, officials said.": '"coercive measures" is no trigger',
    "Chinese authorities on Wednesday demolished a mosque in Ningxia, residents said.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Hungary imposed sanctions on the nongovernmental groups.": "the target group is not resolved to an actor",
    "Russia on Friday imposed administrative restrictions on foreign media outlets operating in Moscow.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Iran's government on Monday blocked access to Instagram and WhatsApp as protests spread.": "one party only: a state's act on its own people, places or institutions has no target (convention, rule 189)",
    "Myanmar's military imposed martial law in Yangon.": 'the parser reads the whole sentence as one noun phrase ("imposed" an adjective of "law"), so no verb (rule 313 codes "imposed martial law" when parsed)',
    "Gunmen kidnapped two Chinese workers in Mali.": "the doers (gunmen, the place the victims') are not resolved to an actor",
    "Settlers beat a Palestinian farmer.": "the doers (settlers) are not resolved to an actor",
    "Police in Kenya said on Monday that a crowd had beaten a Somali trader in Eastleigh.": "the doers (a crowd) are not resolved to an actor",
    "A bomb exploded in a market in Peshawar.": "no attacker named or resolved: stays no event (rule 47f)",
    "An explosive device went off outside a police station in Diyarbakir on Monday, killing two officers.": "no attacker named or resolved: stays no event (rule 47f)",
    "A suicide attacker detonated his explosives vest at a checkpoint in Mogadishu on Thursday, police said.": "no attacker named or resolved: stays no event (rule 47f)",
    "A car bomb exploded outside the ministry in Baghdad.": "no attacker named or resolved: stays no event (rule 47f)",
    "A car bomb killed ten people in the Syrian town of Azaz on Saturday, a monitoring group said.": "no attacker named or resolved: stays no event (rule 47f)",
    "A roadside bomb killed three Pakistani soldiers.": "no attacker named or resolved: stays no event (rule 47f)",
    "A roadside bomb hit a police convoy in Afghanistan.": "no attacker named or resolved: stays no event (rule 47f)",
    "An improvised explosive device planted by the road struck an army patrol in Mali on Wednesday.": "no attacker named or resolved: stays no event (rule 47f)",
    "Gunmen assassinated the Haitian president.": "the doers (gunmen, no place) are not resolved to an actor",
    "Israel killed a Hamas commander in Beirut.": "another root: 190 (code choice)",
    "The head of Iran's nuclear programme was assassinated near Tehran on Friday, state media said.": "no attacker named or resolved: stays no event (rule 47f)",
}


@pytest.mark.parametrize(("text", "code"), table_cases(SWEEP2_ROWS, XFAIL))
def test_sweep2_sentence_codes_its_root(rules_nlp: Language, text: str, code: str) -> None:
    assert code[:2] in {c[:2] for _, _, c in asserted(rules_nlp, text)}


def test_sweep2_covers_every_sub_code_three_times() -> None:
    per_code: dict[str, int] = {}
    for _, code in SWEEP2_ROWS:
        per_code[code] = per_code.get(code, 0) + 1
    assert set(per_code.values()) == {3}
    assert {c[:2] for c in per_code} == {"03", "08", "17", "18"}


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SWEEP2_ROWS}


# -- rule 189: the fixes on sentences of other countries, and controls --------------------------------------------
RULE189_ROWS: list[tuple[str, str, str, str]] = [
    # (a) the codebook's 08 acts named by a verb and its object
    ("Nicaragua ended its crackdown on protesters.", "NIC", "NIC", "082"),
    ("Saudi Arabia granted women the right to drive.", "SAU", "SAU", "0833"),
    ("Russia gave back three naval vessels to Ukraine.", "RUS", "UKR", "0842"),
    ("Serbia pledged to make concessions to Kosovo.", "SRB", "XKX", "035"),
    # (b) the codebook's other intents to yield
    ("Zimbabwe's government said it would end its crackdown on opposition supporters.", "ZWE", "ZWE", "0352"),
    ("Russia agreed to pull back its troops from Ukraine.", "RUS", "UKR", "0356"),
    # (c) a condition noun's "of" phrase
    ("Serbia declared a state of emergency in Montenegro.", "SRB", "MNE", "1724"),
    ("Serbia lifted the state of emergency in Montenegro.", "SRB", "MNE", "0814"),
    # (d) one person's killing tried
    ("A man attempted to kill the Slovak prime minister.", "SVK", "SVK", "185"),
    # (e) a bomber named by its kind
    ("A suicide bomber struck a market in Kabul.", "AFG", "AFG", "1831"),
]

RULE189_CONTROLS: list[tuple[str, str]] = [
    # a killing tried of many stays hypothetical: no 185
    ("Militants tried to kill Nigerian soldiers.", "185"),
    # a state named "state of" is no condition
    ("The state of Texas sued the federal government.", "172"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), RULE189_ROWS)
def test_rule189_codes_the_sub_code(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    assert (source, target, code) in asserted(rules_nlp, text)


@pytest.mark.parametrize(("text", "code"), RULE189_CONTROLS)
def test_rule189_controls(rules_nlp: Language, text: str, code: str) -> None:
    assert not any(c.startswith(code) for _, _, c in asserted(rules_nlp, text))


def test_rule189_russian_bombers_keep_the_attack(rules_nlp: Language) -> None:
    # bombers with no kind may be aircraft: the attack stays force, no bombing (the noun "bomber"'s own 183 predates
    # 189); a state's bombers are aircraft (rule 213h), so the strike is aerial, 195 (rule 252a; was 190)
    assert ("RUS", "UKR", "195") in asserted(rules_nlp, "Russian bombers struck Kharkiv.")
