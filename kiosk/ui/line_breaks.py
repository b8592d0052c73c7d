"""Line breaks that respect words, for the scripts that write without spaces.

Qt breaks Japanese and Chinese between any two characters and Thai where its dictionary (if
any) says, so a label may end a line in the middle of プロ/デューサー, パス/ワード or 準備完/了.
Here BudouX splits Japanese and Chinese into phrases; inside a phrase the characters are glued with
WORD JOINER (U+2060), and between phrases a ZERO WIDTH SPACE (U+200B) offers the break.
Korean is glued inside each space-separated word (its own typographic habit, "keep-all").
Thai is left to Qt, which breaks it with libthai's dictionary (marks inside Thai words
would cut them into pieces libthai no longer recognises).
The last two phrases or words are glued too, so a paragraph never ends on a lone word.

Both marks are invisible format characters: the text reads and copies the same, and the
labels (`kiosk.ui.widgets.basic.Label`) hand back the text as it was given. A phrase longer
than `LONGEST_GLUED` characters keeps its inner breaks, so it can never overflow a narrow
label. Pure Python (no Qt): the tests feed it every catalogue string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

WORD_JOINER = "\u2060"
BREAK_HERE = "\u200b"
NO_BREAK_SPACE = "\u00a0"
INVISIBLE = (WORD_JOINER, BREAK_HERE)
LONGEST_GLUED = 12          # characters; a longer phrase may still break inside
LAST_WORDS_GLUED = 18       # the last two words glued only if together this short

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KATAKANA_WORD = re.compile(r"[\u30a0-\u30ff\u31f0-\u31ff]{2,}")
_TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")

# Words of the café that must never be cut, whatever the segmenter thinks.
KEEP_WHOLE = (
    "プロデューサー", "パスワード", "ログイン", "ランキング", "チェックイン", "ポイント",
    "キャスト", "カード", "スタッフ", "準備完了",
    "制作人", "密码", "密碼", "积分", "積分", "排行榜", "二维码", "QR码", "QR碼",
    # Thai: libthai's dictionary keeps these whole (it may split a compound such as
    # รหัส|ผ่าน, as Thai typesetting does).
    "โปรดิวเซอร์", "บัตร", "แคสต์",
)


def phrased(text: str, chinese: str = "zh_CN") -> str:
    """`text` with its break opportunities made explicit (see the module's docstring).
    Rich text keeps its tags and entities; `chinese` chooses the model for Han-only text."""
    if not text or not (_KANA.search(text) or _HAN.search(text) or _THAI.search(text)
                        or _HANGUL.search(text) or " " in text.strip()):
        return text
    return _phrased(text, chinese)


def plain(text: str) -> str:
    """`text` without the marks `phrased` added."""
    return text.replace(WORD_JOINER, "").replace(BREAK_HERE, "")


@lru_cache(maxsize=4096)
def _phrased(text: str, chinese: str) -> str:
    parts = _TAG.split(text)
    runs = [i for i, part in enumerate(parts) if part and not _TAG.fullmatch(part)]
    for index in runs:
        parts[index] = _run(parts[index], chinese, last=index == runs[-1])
    return "".join(parts)


def _run(text: str, chinese: str, last: bool) -> str:
    lines = text.split("\n")
    return "\n".join(_line(line, chinese, last and i == len(lines) - 1)
                     for i, line in enumerate(lines))


def _line(text: str, chinese: str, last: bool) -> str:
    words = text.split(" ")
    glued = [_word(word, chinese, last and i == len(words) - 1)
             for i, word in enumerate(words)]
    if last and len(words) >= 2 and len(words[-1]) + len(words[-2]) <= LAST_WORDS_GLUED \
            and words[-1] and words[-2]:
        return " ".join(glued[:-2]) + (" " if len(glued) > 2 else "") + \
            glued[-2] + NO_BREAK_SPACE + glued[-1]
    return " ".join(glued)


def _word(word: str, chinese: str, last: bool = False) -> str:
    """One space-separated word: its phrases glued inside, breaks offered between (the
    paragraph's `last` word keeps its last two phrases together: no orphan)."""
    if not word:
        return word
    if _HANGUL.search(word) and not (_KANA.search(word) or _HAN.search(word)):
        return _glue(word) if len(word) <= LONGEST_GLUED else word
    if _THAI.search(word):
        return word          # libthai (through Qt) knows Thai words; marks would confuse it
    parse = _parser_for(word, chinese)
    if parse is None:
        return word
    phrases = _keep_whole(parse(word))
    if len(phrases) >= 2 and (len(phrases[-1]) <= 2 or (
            last and len(phrases[-1]) + len(phrases[-2]) <= LONGEST_GLUED)):
        phrases[-2:] = [phrases[-2] + phrases[-1]]         # no lone last phrase
    return BREAK_HERE.join(_glue(p) if len(p) <= LONGEST_GLUED else _glue_words_in(p)
                           for p in phrases)


def _glue_words_in(phrase: str) -> str:
    """A long phrase keeps its breaks, except inside a katakana word or a café word."""
    spans = [(m.start(), m.end()) for m in _KATAKANA_WORD.finditer(phrase)]
    for word in KEEP_WHOLE:
        at = phrase.find(word)
        while at != -1:
            spans.append((at, at + len(word)))
            at = phrase.find(word, at + 1)
    inside = {i for start, end in spans for i in range(start + 1, end)}
    return "".join((WORD_JOINER if i in inside else "") + char for i, char in enumerate(phrase))


def _glue(phrase: str) -> str:
    """Join the phrase's characters (combining marks stay with their base)."""
    out: list[str] = []
    for char in phrase:
        if out and not unicodedata.combining(char) and not _is_thai_mark(char):
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def _is_thai_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc")


def _keep_whole(phrases: list[str]) -> list[str]:
    """Merge phrases that cut a `KEEP_WHOLE` word in two."""
    merged = list(phrases)
    changed = True
    while changed and len(merged) > 1:
        changed = False
        edges, at = [], 0
        for phrase in merged[:-1]:
            at += len(phrase)
            edges.append(at)
        joined = "".join(merged)
        for i, edge in enumerate(edges):
            if any(_cuts(joined, edge, word) for word in KEEP_WHOLE):
                merged[i:i + 2] = [merged[i] + merged[i + 1]]
                changed = True
                break
    return merged


def _cuts(text: str, edge: int, word: str) -> bool:
    start = text.find(word)
    while start != -1:
        if start < edge < start + len(word):
            return True
        start = text.find(word, start + 1)
    return False


def _parser_for(word: str, chinese: str) -> Callable[[str], list[str]] | None:
    if _THAI.search(word):
        return _model("th")
    if _KANA.search(word):
        return _model("ja")
    if _HAN.search(word):
        return _model("zh-hant" if chinese == "zh_TW" else "zh-hans")
    return None


@cache
def _model(name: str) -> Callable[[str], list[str]]:
    import budoux

    loaders = {"ja": budoux.load_default_japanese_parser,
               "zh-hans": budoux.load_default_simplified_chinese_parser,
               "zh-hant": budoux.load_default_traditional_chinese_parser,
               "th": budoux.load_default_thai_parser}
    parser = loaders[name]()
    return parser.parse
