"""An English version of the demo MoU, added in tests to exercise parallel export.

The sample data file stays French-only (other features' tests rely on it); this English
text is a faithful rendering of the WCO–CARICC MoU so that a parallel export can be looked
at. To get it as a data file for the CLI:

    PYTHONPATH=. python tests/core/bilingual_demo.py /tmp/demo-fr-en.json
    mou-studio-cli export --file /tmp/demo-fr-en.json --lang fr,en --layout parallel
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.views import format_long_date

TITLE = "MEMORANDUM OF UNDERSTANDING CONCERNING COOPERATION"
PARTIES = {
    "party-omd": ("World Customs Organization", "WCO", "the"),
    "party-caricc": ("Central Asian Regional Information and Coordination Centre for "
                     "Combating the Illicit Trafficking of Narcotic Drugs, Psychotropic "
                     "Substances and their Precursors", "CARICC", ""),
}
PREAMBLE_INTRO = (
    "The World Customs Organization{{fn:fn-cdd-1952}} (hereinafter referred to as the WCO) "
    "and the Central Asian Regional Information and Coordination Centre for Combating the "
    "Illicit Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors "
    "(hereinafter referred to as CARICC):"
)
RECITALS = {
    "rec-1": "Considering that the mission of the WCO is to enhance the effectiveness of "
             "Customs, to protect the legitimate interests of trade, to combat illicit "
             "activities and to promote as widely as possible cooperation and mutual "
             "administrative assistance among its Members at national, regional and "
             "international levels,",
    "rec-2": "Considering that CARICC is an inter-State body operating permanently at "
             "regional level for information exchange and coordination, helping to organise, "
             "conduct and coordinate joint international operations to combat illicit drug "
             "trafficking and to collect, store, protect, analyse and exchange information on "
             "cross-border crime related to illicit drug trafficking,",
    "rec-3": "Recognizing that Customs is the principal agency present at borders and is "
             "thus uniquely placed to take measures against cross-border crime,",
    "rec-4": "Recognizing that the WCO has developed a number of enforcement programmes to "
             "give its Members fully satisfactory means of action against fraud and against "
             "increasingly widespread, organised and complex cross-border crime,",
    "rec-5": "Recognizing the need for cooperation between the competent services at "
             "national, regional and international levels in combating cross-border crime, "
             "in particular terrorism, commercial fraud, drug trafficking, money laundering, "
             "illicit diversion of chemical precursors, counterfeiting, trafficking in human "
             "beings, intellectual property rights fraud, trafficking in firearms and "
             "environmental crime,",
    "rec-6": "Recognizing the close cooperation between the WCO and the United Nations Office "
             "on Drugs and Crime,",
    "rec-7": "Recognizing the close cooperation between the WCO and ICPO-Interpol, "
             "formalised by a Memorandum of Understanding between the two Organizations,",
    "rec-8": "Desiring to coordinate their efforts within the missions assigned to them and "
             "in accordance with the Convention establishing a Customs Co-operation Council "
             "and with the Agreement on cooperation between the Republic of Azerbaijan, the "
             "Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation, the "
             "Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan to "
             "establish CARICC, so as to avoid overlapping activities,",
}
HEADINGS = {
    "art-1": "Objectives of the agreement", "art-2": "Contact persons",
    "art-3": "Exchange of information", "art-4": "Representation at the other Party",
    "art-5": "Technical cooperation", "art-6": "Exception",
    "art-7": "Settlement of differences and disputes",
    "art-8": "Amendment and termination of the agreement", "art-9": "Coming into effect",
}
PARAGRAPHS = {
    "art-1-p1": "The WCO and CARICC, hereinafter referred to as the Parties, will consult each "
                "other regularly on matters of common interest in order to attain their "
                "objectives and coordinate their respective activities.",
    "art-1-p2": "The WCO and CARICC will exchange information on developments in areas and "
                "projects of common interest, in order to promote effective coordination and "
                "avoid duplication of work.",
    "art-1-p3": "Where appropriate, consultation between representatives of the WCO and of "
                "CARICC will be held at the required level to agree on the most effective way "
                "of organising specific activities and of optimising the use of their "
                "resources, within their respective mandates.",
    "art-2-p1": "The Secretary General of the WCO and the Director of CARICC will each "
                "designate a person to serve as contact to ensure the practical "
                "implementation of this Memorandum of Understanding.",
    "art-3-p1": "The WCO and CARICC will join their efforts to make the best use of all "
                "information available on international crime. Information will be "
                "exchanged between the Parties solely for the purposes of, and in accordance "
                "with, this Memorandum of Understanding.",
    "art-3-p2": "Customs enforcement information communicated by the WCO to CARICC is subject "
                "to the Conventions, Resolutions and Recommendations adopted by the WCO "
                "Council. This Memorandum of Understanding is without prejudice to existing "
                "agreements concluded by the WCO.",
    "art-3-p3": "The exchange of information under this Memorandum of Understanding will take "
                "place between authorised staff of the WCO and of CARICC.",
    "art-3-p4": "At or before the time of providing information, each Party will inform the "
                "other of the purpose for which it is provided and of any restriction on its "
                "use, including, where applicable, general or specific access restrictions. "
                "Where the need for such restrictions becomes apparent after the information "
                "has been provided, either Party may also inform the other Party of them at a "
                "later stage.",
    "art-3-p5": "CARICC will not disrupt the normal communication of information to the WCO "
                "by the members of the Regional Intelligence Liaison Offices (RILO) of the "
                "Commonwealth of Independent States (CIS) or by any other member of the RILO "
                "network.",
    "art-4-p1": "Arrangements will be made for each Party to be represented at meetings "
                "organised by the other Party where matters of interest to it, or in which "
                "it has technical expertise, are discussed.",
    "art-5-p1": "The WCO will make the CENCOMM2 platform available to CARICC in Russian, so "
                "that the various actors of this regional organisation can exchange "
                "information and intelligence related to its tasks securely (encrypted).",
    "art-5-p2": "The WCO and CARICC will, in the interest of their respective activities, "
                "endeavour to draw on each other's expertise to optimise the effects of the "
                "activities concerned.",
    "art-5-p3": "At the request of the WCO, CARICC will review national and regional "
                "projects and provide comments and suggestions within its area of expertise.",
    "art-5-p4": "By mutual consent, CARICC will be associated with the preparation and "
                "implementation of programmes, projects and activities related in particular "
                "to crimes and offences committed in the territory of CARICC member countries.",
    "art-5-p5": "Specific agreements may prove necessary for the implementation of joint "
                "projects on matters of common interest. Such specific agreements will set out "
                "the procedures for each organisation's participation in those projects and "
                "the costs to be borne by each Party.",
    "art-5-p6": "The WCO and CARICC will cooperate in evaluating programmes, projects and "
                "activities of common interest, by mutual agreement and case by case.",
    "art-6-p1": "If either Party considers that responding to a request for assistance and "
                "cooperation would prejudice its essential interests or run counter to its "
                "official mission and objectives, it may decline the request.",
    "art-7-p1": "Any difference between the WCO and CARICC concerning the interpretation or "
                "application of this Memorandum of Understanding, or any question concerning "
                "the relationship between the WCO and CARICC, will be referred to the "
                "Secretary General of the WCO and the Director of CARICC, who will endeavour "
                "to find an equitable solution.",
    "art-7-p2": "Each Party reserves the right to depart from its commitments under this "
                "Memorandum of Understanding when a Party has applied the procedure set out "
                "in {{ref:art-7-p1}} and no equitable solution has been found, or in any "
                "other case where a Party considers that the other Party has failed to honour "
                "its commitments under this Memorandum of Understanding.",
    "art-8-p1": "This Memorandum of Understanding may be amended at any time by mutual "
                "consent of the Parties.",
    "art-8-p2": "At the request of either Party, the Parties will consult each other on "
                "amendments to this Memorandum of Understanding.",
    "art-8-p3": "Either Party may terminate this Memorandum of Understanding by giving three "
                "months' notice.",
    "art-9-p1": "This Memorandum of Understanding will come into effect on the date of its "
                "signature by both Parties.",
}
TESTIMONIUM = (
    "In witness whereof, the undersigned, duly authorised representatives of the Parties "
    "have signed the two originals of this Memorandum of Understanding in the English, "
    "French and Russian languages, the three texts being equally valid."
)
SIGNATURES = {
    "party-omd": ("For the WCO", "Secretary General", "Brussels"),
    "party-caricc": ("For CARICC", "Director", "Astana"),
}


def with_english(demo: Agreement) -> Agreement:
    """A copy of the demo MoU with an English version of every text."""
    agreement = copy.deepcopy(demo)
    agreement.languages = [*agreement.languages, "en"]
    agreement.title["en"] = TITLE
    for party in agreement.parties:
        name, short, determiner = PARTIES[party.uid]
        party.name["en"], party.short_name["en"] = name, short
        if determiner:
            party.determiner["en"] = determiner
    agreement.preamble_heading["en"] = "PREAMBLE"
    agreement.preamble_intro["en"] = PREAMBLE_INTRO
    for recital in agreement.recitals:
        recital.text["en"] = RECITALS[recital.uid]
    agreement.enacting_formula["en"] = "Have agreed as follows:"
    for node in agreement.walk():
        if node.uid in HEADINGS:
            node.heading["en"] = HEADINGS[node.uid]
        if node.text:
            node.text["en"] = PARAGRAPHS[node.uid]
    agreement.testimonium["en"] = TESTIMONIUM
    for block in agreement.signatures:
        caption, title, place = SIGNATURES[block.party or ""]
        block.caption["en"], block.title["en"], block.place["en"] = caption, title, place
        if block.date:
            block.date_text["en"] = format_long_date(block.date, "en")
    agreement.footnotes[0].text["en"] = "Established in 1952 as the Customs Co-operation Council."
    return agreement


if __name__ == "__main__":
    from mou_studio.core.demo import load_sample
    from mou_studio.core.paths import samples_dir

    demo = load_sample(samples_dir() / "wco-caricc-2010.json")
    Path(sys.argv[1]).write_text(agreement_to_json(with_english(demo)), encoding="utf-8")
