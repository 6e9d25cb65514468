"""Cleaning: site boilerplate, lead-ins, paywall markers, PDF damage, invisible characters."""

from __future__ import annotations

from desktop.core.model import SourceText
from desktop.core.parse import parse_source, parse_text
from tests.core.speeches import P1, P2, P3, body

SITE_HEADER = [
    "分享",
    "青年干部座谈会发言材料.docx",
    "立即下载",
    "",
    "文档ID:88231",
    "文件大小:21.5KB",
    "页数:3页",
    "格式:DOCX",
    "上传时间:2024-03-01",
    "收藏  举报",
    "温馨提示：",
    "1. 本文档由用户上传，版权归属用户，本站只提供存储服务。",
    "2. 下载前请仔细阅读文档内容，如有侵权请联系删除。",
    "在线客服：400-800-1234",
    "青年 干部 座谈会 发言 材料",
]
SITE_FOOTER = ["", "下载文档", "本文档下载收益归作者所有", "猜你喜欢", "相关文档", "展开全文"]


def test_document_site_page_is_cleaned_and_recorded() -> None:
    text = "\n".join([*SITE_HEADER, *body(0), *SITE_FOOTER])
    compilation = parse_text(text, name="download")
    (speech,) = compilation.speeches
    assert speech.title == "青年干部座谈会发言材料"
    assert speech.text.startswith(P1[:20])
    assert speech.text.endswith(P3[-20:])
    for junk in ("下载", "温馨提示", "客服", "ID", "收益", "猜你喜欢", "展开", "青年 干部"):
        assert junk not in speech.text
    removed = [r.text for r in compilation.removed if r.reason == "boilerplate"]
    assert "页数:3页" in removed and "相关文档" in removed and "青年 干部 座谈会 发言 材料" in removed
    for removal in compilation.removed:
        start, end = removal.span
        assert text[start:end] == removal.text


def test_a_speech_keeps_its_own_time_line_away_from_furniture() -> None:
    text = "\n".join(["关于基层治理的几点思考", "时间：2024年3月", *body(0)])
    (speech,) = parse_text(text).speeches
    assert "时间：2024年3月" in speech.text
    assert not parse_text(text).removed


def test_lead_in_gives_the_title_and_is_removed() -> None:
    text = "以下是我们精心整理的《青年干部读书班研讨发言》（通用3篇），欢迎阅读。\n" + "\n".join(body(0))
    compilation = parse_text(text)
    (speech,) = compilation.speeches
    assert speech.title == "青年干部读书班研讨发言"
    assert "欢迎阅读" not in speech.text and "整理" not in speech.text


def test_xiaobian_lead_in() -> None:
    text = "下面是小编为大家收集的挂职干部座谈会发言（精选范文），供大家参考。\n" + "\n".join(body(0))
    (speech,) = parse_text(text).speeches
    assert speech.title == "挂职干部座谈会发言"


def test_speech_sentence_about_reference_is_kept() -> None:
    closing = "以上是我的一点粗浅体会，希望对大家有所帮助，不当之处请批评指正。"
    text = "\n".join(["学习心得体会", *body(0), closing])
    (speech,) = parse_text(text).speeches
    assert speech.text.endswith(closing)


def test_paywall_markers_are_cut_out_and_text_kept() -> None:
    text = "\n".join(["学习心得体会", P1, "##paidbegin##" + P2, P3, "", "##paidend##", "##vip_end##"])
    compilation = parse_text(text)
    (speech,) = compilation.speeches
    assert "#" not in speech.text
    assert P2 in speech.text and speech.text.endswith(P3)
    markers = [r for r in compilation.removed if r.reason == "paywall-marker"]
    assert [m.text for m in markers] == ["##paidbegin##", "##paidend##", "##vip_end##"]
    for marker in markers:
        assert text[marker.span[0] : marker.span[1]] == marker.text


def test_pdf_damage_spaces_and_broken_lines_are_repaired() -> None:
    damaged = [
        "学习心得体会",
        "今年以来，我们坚持把学习 贯彻作为首要政治任务，结合岗位实际，扎实推进各项工作落地见效，在服务群众中锤炼作风，",
        "在攻坚克难中增长 才干，取得了阶段性成效。我们 深刻体会到，基层是最好的 课堂，群众是最好的老师，实践是最好的磨刀石，只有",
        "俯下身子、沉下心来，才能真正听到群众的心声。",
        "一、坚持学思结合",
        "坚持每天读原著、学原文、悟原理，做到学深悟透、融会贯通、知行合一，用 12345 热线联系群众。",
    ]
    (speech,) = parse_text("\n".join(damaged)).speeches
    paragraphs = speech.text.split("\n")
    assert paragraphs[0].startswith("今年以来，我们坚持把学习贯彻作为")
    assert "增长才干" in paragraphs[0] and "最好的课堂" in paragraphs[0]
    assert paragraphs[0].endswith("只有俯下身子、沉下心来，才能真正听到群众的心声。")
    assert paragraphs[1] == "一、坚持学思结合"
    assert "用 12345 热线" in paragraphs[2]


def test_hard_wrapped_pdf_lines_are_rejoined() -> None:
    paragraph = (P1 + P2 + P3) * 2
    width = 30
    wrapped = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    source = SourceText(
        text="\n".join(["学习心得体会", *wrapped, "", "二、下一步打算", *wrapped]), format="pdf"
    )
    (speech,) = parse_source(source).speeches
    assert speech.text.split("\n") == [paragraph, "二、下一步打算", paragraph]


def test_clean_text_keeps_its_spaces_and_line_breaks() -> None:
    lines = ["学习心得体会", "我们坚持 学习，", "结合岗位实际推进工作。"]
    (speech,) = parse_text("\n".join(lines)).speeches
    assert speech.text == "我们坚持 学习，\n结合岗位实际推进工作。"


def test_invisible_characters_and_indentation_are_normalised() -> None:
    text = "学习心得体会\n\u3000\u3000今年以来\u200b，我们\u00a0坚持学习。\ufeff\n"
    (speech,) = parse_text(text).speeches
    assert speech.text == "今年以来，我们 坚持学习。"


def test_crlf_and_cr_line_ends() -> None:
    for sep in ("\r\n", "\r"):
        compilation = parse_text(sep.join(["学习心得体会", P1, P2]))
        assert compilation.speeches[0].text == P1 + "\n" + P2
