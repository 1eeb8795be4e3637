"""The diagonal « PROJET » / "DRAFT" watermark, as Word itself writes it (VML WordArt).

The shape sits in the header so it shows behind the text on every page; the shape type is
Word's "text plain" WordArt (``_x0000_t136``), which LibreOffice also reads as a watermark.
"""

from __future__ import annotations

from lxml import etree

from mou_studio.core.export.oxml import W_NS, Element, sub, w

V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"

_FORMULAS = (
    "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
    "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6",
    "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
)
_PICT = (
    f'<w:pict xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}">'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(f'<v:f eqn="{eqn}"/>' for eqn in _FORMULAS)
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
    'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
    '<v:shape id="MoUStudioDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:140pt;'
    "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
    "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d9d9d9" '
    'stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt" string=""/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict>'
)


def add_watermark(p: Element, text: str, lang: str) -> None:
    """Append to a header paragraph the run holding a diagonal watermark of ``text``."""
    r = sub(p, "r")
    rpr = sub(r, "rPr")
    sub(rpr, "noProof")
    sub(rpr, "lang", val=lang)
    pict = etree.fromstring(_PICT)
    textpath = pict.find(f"{{{V_NS}}}shape/{{{V_NS}}}textpath")
    if textpath is not None:
        textpath.set("string", text)
    r.append(pict)


def watermark_text(header: Element) -> str:
    """The text of the watermark in a header part, "" when it has none (for checks)."""
    found = header.find(f".//{w('pict')}/{{{V_NS}}}shape/{{{V_NS}}}textpath")
    return "" if found is None else found.get("string", "")
