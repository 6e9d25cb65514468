"""Document-site furniture around a speech: what it looks like, and how we drop it without eating the speech.

Files downloaded from document-sharing sites carry the site's page around the text: share/download
buttons, a metadata block (ID, 大小, 页数, 格式, 时间), a 温馨提示 block, a 网站客服 line, a line of
keywords, and at the bottom "此文档下载收益归作者所有", "你可能关注的文档", 收起/展开. Other sites open
with an editor's lead-in ("下面是小编为大家整理的……，供大家参考。"), whose middle part names the text.

We recognise these by *families* of structure and vocabulary rather than one site's exact strings:

- STRONG lines are unmistakable on their own (a line made only of site actions, a site phrase in a short
  line, a file-size metadata line, a file name ending in .docx/.pdf);
- WEAK lines (other ``key: value`` metadata, a line of space-separated keywords) are site furniture only
  next to STRONG ones, so a speech's own "时间：2023年4月" line survives;
- the numbered lines of a 温馨提示 block go with it.

Paywall and export markers (``##paidbegin##`` …) are cut out of the line, the text around them kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.parse.lines import Line, Removals
from desktop.core.parse.text import is_finished

_ACTION_WORDS = (
    "分享赚钱|立即下载|免费下载|下载文档|下载本文档|下载|分享|收藏|举报|打印|收起|展开|展开全文|阅读全文|全文阅读|"
    "继续阅读|复制|付费|开通会员|会员|VIP|赚钱|点击|关注|购买|充值|查看更多|更多|上一篇|下一篇|返回|首页|登录|注册|"
    "评论|点赞|转发|在线预览|预览|全屏|放大|缩小|相关推荐|猜你喜欢|加入书架|目录导航|纠错|好评|差评|微信|QQ|微博"
)
_ACTION_ONLY_RE = re.compile(rf"^(?:(?:{_ACTION_WORDS})[\s|/·•,，、:：()（）\d+]*)+$", re.IGNORECASE)

# Phrases no speech uses: strong on their own in a line of modest length.
_SITE_PHRASES_RE = re.compile(
    r"温馨提示|网站客服|在线客服|联系客服|客服(?:电话|QQ|微信)|下载收益|你可能关注|您可能关注|可能感兴趣的文档|"
    r"本文档由|文档由用户|版权归属|下载前请|原创力文档|侵权请联系|下载券|付费下载|剩余\d+页未读|用户上传|"
    r"预览结束|阅读已结束|获取全文|查看全文|转载请注明",
    re.IGNORECASE,
)
# Phrases a speech might use once: furniture only next to strong furniture.
_SITE_WORDS_RE = re.compile(
    r"相关文档|猜你喜欢|热门文档|最新文档|本站|文库|免责声明|侵权|投诉|扫码|二维码|公众号|来源于网络|来源网络|整理发布|"
    r"上传者|内容来自|继续阅读"
)
_META_KEYS = (
    "文档ID|文档编号|ID|编号|大小|文件大小|文档大小|页数|页码|格式|文件格式|文档格式|时间|上传时间|发布时间|更新时间|"
    "日期|浏览|浏览量|浏览次数|下载次数|下载量|阅读量|阅读数|阅读|贡献者|上传者|上传人|分类|类型|价格|售价|积分|评分|"
    "字数|收藏数|关键词|关键字|标签|来源"
)
_META_RE = re.compile(rf"^(?:{_META_KEYS})\s*[:：]\s*(?P<value>.{{0,60}})$", re.IGNORECASE)
_STRONG_META_VALUE_RE = re.compile(
    r"^(?:[\d.]+\s*[KMG]?B|\d+\s*页|(?:DOCX?|PDF|TXT|WPS|PPTX?|XLSX?)|\d{5,})$", re.IGNORECASE
)
_FILE_NAME_RE = re.compile(r"^(?P<stem>.{2,150}?)\s*\.(?:docx?|pdf|txt|wps|pptx?|xlsx?|rtf)$", re.IGNORECASE)
_KEYWORDS_RE = re.compile(
    r"^(?:[^\s，。、；：？！,.;:?!“”\"]{1,8}\s+){2,}[^\s，。、；：？！,.;:?!“”\"]{1,8}$"
)
_NOTICE_ITEM_RE = re.compile(r"^\s*[0-9０-９]{1,2}\s*[\.．、)）]")

_LEAD_IN_RE = re.compile(
    r"(?:小编|编者|本站|笔者|我们|下面|以下|本文)[^，,。]{0,12}?"
    r"(?:整理|收集|搜集|精选|准备|带来|分享|推荐|汇总|编辑)(?:了|的)+"
    r"(?:关于|有关)?(?P<title>[^，,。]{2,80}?)\s*[，,。]?\s*"
    r"(?:供|仅供|以供|欢迎|希望(?:大家|对|能|可以|您))"
)
_LEAD_IN_HINT_RE = re.compile(r"小编|供大家参考|欢迎阅读|欢迎借鉴|感谢阅读|欢迎下载|希望对您有")
_TITLE_NOISE_RE = re.compile(
    r"[（(【\[][^）)】\]]{0,12}(?:全文|完整|精选|范文|通用|最新|word|WORD|可编辑|下载|合集|大全|\d+篇|[一二三四五六七八九十]+篇)"
    r"[^）)】\]]{0,12}[）)】\]]|[《》]"
)

_PAYWALL_MARKER_RE = re.compile(
    r"#{2,}\s*[A-Za-z_]{2,24}\s*#{2,}|\[/?(?:paid|vip|hide|fee)[a-z_]*\]|【(?:付费内容|VIP专享|会员专享)】",
    re.IGNORECASE,
)
_PAYWALL_LINE_RE = re.compile(
    r"^(?:以下(?:为|是)?付费内容|付费内容|剩余内容已隐藏|开通会员.{0,10}查看全文)[：:。.…]*$"
)


LINE_MAX = 160


@dataclass
class BoilerplateResult:
    lead_in_title: str | None = None
    file_name_title: str | None = None


def _is_strong(text: str) -> bool:
    if len(text) <= 30 and _ACTION_ONLY_RE.match(text):
        return True
    if len(text) <= 80 and _SITE_PHRASES_RE.search(text):
        return True
    meta = _META_RE.match(text)
    return bool(meta and _STRONG_META_VALUE_RE.match(meta.group("value").strip()))


def _is_weak(text: str) -> bool:
    if _META_RE.match(text):
        return True
    if len(text) <= 60 and (_KEYWORDS_RE.match(text) or _SITE_WORDS_RE.search(text)):
        return True
    return len(text) <= 12 and not is_finished(text) and text.isascii()


def clean_title(title: str) -> str:
    """A title taken from a lead-in or a file name, without site noise such as "(全文完整)"."""
    title = _TITLE_NOISE_RE.sub("", title)
    return title.strip(" \t-—_·:：“”\"'")


def remove_paywall_markers(lines: list[Line], source: str, removals: Removals) -> None:
    for line in lines:
        if line.removed is not None or not line.text:
            continue
        text = line.text
        if text.startswith(("以下", "付费", "剩余", "开通")) and _PAYWALL_LINE_RE.match(text):
            removals.line(line, "paywall-marker")
            continue
        if "#" not in text and "[" not in text and "【" not in text:
            continue
        cursor = line.start
        for match in _PAYWALL_MARKER_RE.finditer(text):
            marker = match.group()
            at = source.find(marker, cursor, line.end)
            at = at if at >= 0 else line.start
            removals.inline("paywall-marker", marker, at, at + len(marker))
            cursor = at + len(marker)
        if cursor != line.start:
            line.text = _PAYWALL_MARKER_RE.sub("", text).strip()
            if not line.text:
                line.removed = "paywall-marker"


def remove_site_boilerplate(lines: list[Line], removals: Removals) -> BoilerplateResult:
    result = BoilerplateResult()
    strong: set[int] = set()
    weak: set[int] = set()
    for index, line in enumerate(lines):
        if not line.live or len(line.text) > LINE_MAX:
            continue  # every family below is a short line; body paragraphs are long
        text = line.text
        name = _FILE_NAME_RE.match(text)
        if name and len(text) <= 160:
            strong.add(index)
            if result.file_name_title is None:
                result.file_name_title = clean_title(name.group("stem"))
        elif len(text) <= 160 and (lead := _LEAD_IN_RE.search(text)) and _LEAD_IN_HINT_RE.search(text):
            if result.lead_in_title is None:
                result.lead_in_title = clean_title(lead.group("title")) or None
            strong.add(index)
        elif (len(text) <= 40 and _LEAD_IN_HINT_RE.search(text)) or _is_strong(text):
            strong.add(index)
        elif _is_weak(text):
            weak.add(index)
    if not strong:
        return result
    for index in sorted(strong):
        if lines[index].text.startswith("温馨提示"):
            _take_notice_block(lines, index, strong)
    # Weak lines go when they touch the strong furniture (blank lines between do not break the contact).
    removed = set(strong)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        neighbour_removed = False
        for index in order:
            line = lines[index]
            if index in removed:
                neighbour_removed = True
            elif line.blank or line.removed is not None:
                continue
            elif index in weak and neighbour_removed:
                removed.add(index)
            else:
                neighbour_removed = False
    for index in sorted(removed):
        removals.line(lines[index], "boilerplate")
    return result


def _take_notice_block(lines: list[Line], start: int, strong: set[int]) -> None:
    for index in range(start + 1, min(len(lines), start + 12)):
        line = lines[index]
        if line.blank or line.removed is not None:
            continue
        if _NOTICE_ITEM_RE.match(line.text) and len(line.text) <= 200:
            strong.add(index)
        else:
            break
