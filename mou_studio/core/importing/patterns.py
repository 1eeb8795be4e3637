"""The regular expressions that recognise each kind of line, in French, English, Russian."""

from __future__ import annotations

import re

IGNORE = re.IGNORECASE

ROMAN = r"[IVXLC]+"
SUFFIX = r"(?:\s*(?:bis|ter|quater|quinquies|sexies|[A-Z]\b))?"

ARTICLE = re.compile(
    rf"^(?:Article|ARTICLE|Art\.|Статья|СТАТЬЯ)\s+(premier|Premier|PREMIER|1er|1ER|\d+{SUFFIX}"
    rf"|{ROMAN}{SUFFIX})"
    r"\s*(?:[.:–—-]\s*(?P<heading>.*))?$"
)
SECTION = re.compile(
    rf"^(?:Section|SECTION|Раздел|РАЗДЕЛ)\s+(\d+|{ROMAN})\s*(?:[.:–—-]\s*(?P<heading>.*))?$"
)
CHAPTER = re.compile(
    rf"^(?:TITRE|Titre|CHAPITRE|Chapitre|CHAPTER|Chapter|PART|Part|PARTIE|Partie|ГЛАВА|Глава"
    rf"|ЧАСТЬ|Часть)\s+(\d+|{ROMAN}|premier|première|первая)\s*(?:[.:–—-]\s*(?P<heading>.*))?$"
)
BARE_ROMAN = re.compile(rf"^({ROMAN})\.?$")
ANNEX = re.compile(
    r"^(ANNEXE|Annexe|ANNEX|Annex|ПРИЛОЖЕНИЕ|Приложение|APPENDICE|Appendice|APPENDIX|Appendix)"
    rf"(?:\s+(?:n°\s*|No\.?\s*|№\s*)?({ROMAN}|\d+|[A-Z]))?\s*(?:[.:–—-]\s*(?P<heading>.*))?$"
)
APPENDIX_WORDS = ("appendice", "appendix")

# "1." "1)" "1.2." "4 bis." followed by text or alone on the line.
MULTI_PARAGRAPH = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?P<text>\D.*)$")
PARAGRAPH = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*(?:\s*(?:bis|ter|quater))?)\s*[.)]\s*(?P<text>.*)$")
POINT = re.compile(r"^\(?([a-z]{1,2}|[а-яё])\)\s*(?P<text>.*)$")
POINT_DOT = re.compile(r"^([a-z])\.\s+(?P<text>.+)$")
DEGREE_POINT = re.compile(r"^(\d{1,2}°)\)?\s*(?P<text>.*)$")
ROMAN_POINT = re.compile(r"^\(?([ivx]{1,5})(?:\)\s*|\.\s+)(?P<text>.*)$")
DASH = re.compile(r"^[-–—•·▪]\s*(?P<text>.+)$")

PREAMBLE_HEADING = re.compile(
    r"^(PR[ÉE]AMBULE|Pr[ée]ambule|PREAMBLE|Preamble|ПРЕАМБУЛА|Преамбула)$"
)
CONNECTOR = re.compile(r"^(ENTRE|Entre|ET|Et|et|BETWEEN|Between|AND|And|and|МЕЖДУ|Между|И|и)$")

RECITAL = re.compile(
    r"^(Considérant|Reconnaissant|Désireu(?:x|ses?)|Conscient(?:e|s|es)?|Convaincu(?:e|s|es)?"
    r"|Rappelant|Notant|Prenant (?:note|acte|en considération)|Soulignant|Affirmant|Réaffirmant"
    r"|Tenant compte|Vu|Ayant à l['’]esprit|Ayant|Estimant|Constatant|Résolu(?:e|s|es)?"
    r"|Souhaitant|Guidé(?:e|s|es)?|Étant|Appliquant|Se félicitant|Attendu que"
    r"|Recogni[sz]ing|Desiring|Desirous|Considering|Noting|Recalling|Bearing in mind"
    r"|Convinced|Conscious|Aware|Having regard|Acknowledging|Whereas|Wishing|Taking into account"
    r"|Emphasi[sz]ing|Affirming|Reaffirming|Determined|Welcoming|Mindful|Underlining|Seeking"
    r"|Признавая|Желая|Учитывая|Принимая во внимание|Сознавая|Будучи убежденн|Ссылаясь"
    r"|Отмечая|Подтверждая|Стремясь|Руководствуясь|Исходя из|Считая|Приветствуя|Подчеркивая"
    r"|Памятуя|Осознавая|Основываясь)\b",
    IGNORE,
)

ENACTING = re.compile(
    r"(sont convenu(?:e)?s de ce qui suit|ont convenu (?:de )?ce qui suit|conviennent de ce qui "
    r"suit|sont convenu(?:e)?s des dispositions suivantes|ont arrêté les dispositions suivantes"
    r"|sont convenu(?:e)?s des termes suivants|agreed? (?:up)?on the following|agreed? to the "
    r"following|agreed? as follows|have reached the following "
    r"understanding|have come to the following understanding|have decided as follows"
    r"|договорились о (?:нижеследующем|следующем)|согласились о (?:нижеследующем|следующем)"
    r"|пришли к следующему)\s*[:.]?$",
    IGNORE,
)

TESTIMONIUM = re.compile(
    r"^(En foi de quoi|In witness whereof|В удостоверение чего|В подтверждение чего"
    r"|В ПОДТВЕРЖДЕНИЕ ЧЕГО|В УДОСТОВЕРЕНИЕ ЧЕГО)",
    IGNORE,
)

DONE_AT = {
    "fr": re.compile(r"^(?:Fait|FAIT|Signé|Établi)\s+(?:à|en|a)\s+(?P<rest>.+)$"),
    "en": re.compile(r"^(?:Done|DONE|Signed|SIGNED)\s+(?:at|in)\s+(?P<rest>.+)$"),
    "ru": re.compile(r"^(?:Совершено|СОВЕРШЕНО|Подписано|Составлено)\s+в\s+(?P<rest>.+)$"),
}
# The same formula in the other languages of a multilingual text: printed, not ours.
FOREIGN_DONE_AT = re.compile(
    r"^(Hecho en|Udfærdiget i|Undærdiget i|Geschehen zu|Έγινε|Fatto a|Gedaan te|Feito em"
    r"|Tehty|Utferdiget i|Utfärdat i|Съставено в|V Bruselu|Kelt|Sporządzono|Done at|Fait à"
    r"|Совершено в|Done in)\b"
)

CAPTION = {
    "fr": re.compile(
        r"^(?:Pour|POUR|Au nom (?:de|du|des)|AU NOM (?:DE|DU|DES)|Par)\s+(?P<who>.+)$"
    ),
    "en": re.compile(r"^(?:For|FOR|On behalf of|ON BEHALF OF)\s+(?P<who>.+)$"),
    "ru": re.compile(r"^(?:За|ЗА|От имени|ОТ ИМЕНИ|От)\s+(?P<who>.+)$"),
}
FOREIGN_CAPTION = re.compile(
    r"^(Por (?:la|el)|For (?:Det|Den|the|Kongeriget)|Für (?:die|den|das)|Για (?:την|τη|το)"
    r"|Per (?:la|il|l['’])|Voor (?:de|het)|Pela|Pelo|För|Pour (?:la|le|l['’])|За |Za |Dla"
    r"|On behalf of)\b|puolesta$|nimel$|vardu$|vārdā$|részéről$"
)

FIELD = re.compile(
    r"^(?P<name>Date|Lieu|Place|Nom|Name|Titre|Title|Fonction|Signature|Дата|Место|Имя|ФИО"
    r"|Должность|Подпись)\s*:\s*(?P<value>.*)$",
    IGNORE,
)
FIELD_KIND = {
    "date": "date", "дата": "date", "lieu": "place", "place": "place", "место": "place",
    "nom": "name", "name": "name", "имя": "name", "фио": "name", "titre": "title",
    "title": "title", "fonction": "title", "должность": "title", "signature": "signature",
    "подпись": "signature",
}

SALUTATION = re.compile(
    r"^(Monsieur|Madame|Messieurs|Excellence|Monsieur le [A-ZÉa-zé ]+|Madame la [A-ZÉa-zé ]+"
    r"|Sir|Madam|Dear Sir|Your Excellency|Excellency|Dear [A-Z][A-Za-z. ]+"
    r"|Уважаемый [А-Яа-яё ]+|Уважаемая [А-Яа-яё ]+|Ваше Превосходительство)\s*[,:!]?$"
)

LETTER_HEADING = re.compile(
    r"^(?:Lettre|LETTRE|Letter|LETTER|Письмо|ПИСЬМО)\s*(?:n°|N°|No\.?|№)?\s*(?:\d+|[IVX]+|[AB])\b"
    r"|^(?:[AB]\.\s+)?(?:Lettre|Letter|Письмо)\s+(?:de|du|from|от)\s+\w+"
)
LETTERS_TITLE = re.compile(r"échange de lettres|exchange of letters|обмен(?:а)? письмами", IGNORE)

# Instrument headers in a journal issue: upper-case first line of each act.
INSTRUMENT_HEADER = re.compile(
    r"^(RÈGLEMENT|REGLEMENT|DIRECTIVE|DÉCISION|DECISION|RECOMMANDATION|ACCORD-CADRE|ACCORD"
    r"|PROTOCOLE D['’]ACCORD|PROTOCOLE|CONVENTION|ÉCHANGE DE LETTRES|MÉMORANDUM|MEMORANDUM"
    r"|REGULATION|RECOMMENDATION|AGREEMENT|FRAMEWORK AGREEMENT|PROTOCOL|EXCHANGE OF LETTERS"
    r"|РЕГЛАМЕНТ|РЕШЕНИЕ|СОГЛАШЕНИЕ|МЕМОРАНДУМ|ПРОТОКОЛ|КОНВЕНЦИЯ|ДОГОВОР|TREATY|TRAITÉ)\b"
)

_QUOTED = r"(?:«\s*(?P<{0}q1>[^»]+?)\s*»|“(?P<{0}q2>[^”]+?)”|\"(?P<{0}q3>[^\"]+?)\")"
HEREINAFTER = re.compile(
    r"[(,]?\s*(?P<intro>ci-après|ci-dessous|hereinafter|именуем(?:ая|ое|ый|ые) в дальнейшем"
    r"|в дальнейшем|далее),?"
    r"(?:\s+(?:dénommée?s?|désignée?s?|appelée?s?|referred to as|called|именуем(?:ая|ое|ый|ые)"
    r"|[—–-]))?\s*(?P<det>l['’]|le |la |les |the )?"
    r"(?:" + _QUOTED.format("a") + r"|(?P<bare>[^,()«»“”\";:]+?))"
    r"\s*(?:\)|,|;|:|$)",
    IGNORE,
)
