"""Sections, headings, sentences and jieba tokens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xinfang_nlp.normalize import normalize
from xinfang_nlp.segment import segment
from xinfang_nlp.tokenize import word_tokenizer

REPORT = """××县信访局上半年工作总结 篇1
一、基本情况
今年1至6月,共受理群众来信来访50批195人次,同比上升9。2%。其中来信12件;来访38批183人次!
(一)主要特点
1、集体访有所下降。一是劳资纠纷增多,二是征地拆迁问题突出。
(1)农民工讨薪
第二,重复访下降
二、下步打算
加强排查?
××县信访局上半年工作总结 篇2
一、总体情况
全年办结42件。
"""


@pytest.fixture(scope="module")
def seg():
    return segment(normalize(REPORT))


def test_heading_levels(seg):
    found = [(h.level, h.marker) for h in seg.headings]
    assert found == [
        (0, "篇1"),
        (1, "一、"),
        (2, "(一)"),
        (3, "1、"),
        (5, "一是"),
        (5, "二是"),
        (4, "(1)"),
        (2, "第二,"),
        (1, "二、"),
        (0, "篇2"),
        (1, "一、"),
    ]


def test_sections_nest_and_end_at_the_next_outer_heading(seg):
    titles = {}
    for section in seg.sections:  # first section of each title
        titles.setdefault(section.title, section)
    part1 = titles["××县信访局上半年工作总结"]
    basics = titles["基本情况"]
    features = titles["主要特点"]
    assert basics.parent == part1.index
    assert features.parent == basics.index
    assert basics.end == titles["下步打算"].start
    assert part1.end < len(REPORT) and seg.sections[-1].title == "总体情况"


def test_sentences_split_on_terminators_and_lines_not_on_decimal_point(seg):
    texts = [s.text for s in seg.sentences]
    assert "今年1至6月,共受理群众来信来访50批195人次,同比上升9.2%。" in texts
    assert "其中来信12件;" in texts
    assert "来访38批183人次!" in texts
    assert "加强排查?" in texts
    for sentence in seg.sentences:
        assert sentence.text == normalize(REPORT).text[sentence.start : sentence.end]


def test_sentence_knows_its_section(seg):
    sentence = next(s for s in seg.sentences if s.text.startswith("全年办结"))
    assert seg.sections[sentence.section].title == "总体情况"
    assert seg.sentence_at(sentence.start + 1) == sentence


def test_tokens_keep_figures_whole():
    tokens = word_tokenizer().tokens("共接待来信来访50批195人次,结案率为84.5%,涉及资金2.4万元")
    words = [t.text for t in tokens]
    assert "195人次" in words and "50批" in words and "84.5%" in words and "2.4万元" in words
    assert "19" not in words and "5人次" not in words


def test_domain_dictionary_words(seed_or_text=None):
    words = word_tokenizer().words("初信初访和越级访明显减少,涉法涉诉案件息诉罢访")
    for term in ("初信初访", "越级访", "涉法涉诉", "息诉罢访"):
        assert term in words


def test_token_offsets():
    text = "来信来访50批195人次"
    for token in word_tokenizer().tokens(text, offset=10):
        assert text[token.start - 10 : token.end - 10] == token.text


def test_jieba_is_quiet_private_and_works_with_a_read_only_home(tmp_path: Path):
    """Fresh process: no DEBUG chatter on stderr, the global jieba tokenizer untouched, no
    cache written into the package, and a read-only home is no obstacle."""
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    code = (
        "import jieba, xinfang_nlp, pathlib\n"
        "from xinfang_nlp.tokenize import word_tokenizer\n"
        "print(' '.join(word_tokenizer().words('来访195人次')))\n"
        "print(jieba.dt.initialized)\n"
        "print(pathlib.Path(xinfang_nlp.__file__).parent)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    env["HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    words, global_initialized, package_dir = result.stdout.splitlines()
    assert words == "来访 195人次"
    assert global_initialized == "False"
    assert "Building prefix dict" not in result.stderr and "Loading model" not in result.stderr
    assert not list(Path(package_dir).rglob("*.cache"))


def test_segment_command_json(tmp_path: Path):
    from typer.testing import CliRunner

    from xinfang_nlp.cli import app

    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("gb18030"))
    result = CliRunner().invoke(app, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["source"]["encoding"] == "gb18030"
    raw = REPORT
    for sentence in payload["sentences"]:
        s, e = sentence["span"]
        assert normalize(raw[s:e]).text == sentence["text"]
        for token in sentence["tokens"]:
            ts, te = token["span"]
            assert normalize(raw[ts:te]).text == token["text"]


def test_segment_command_text_and_errors(tmp_path: Path):
    from typer.testing import CliRunner

    from xinfang_nlp.cli import app

    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["segment", str(path)])
    assert result.exit_code == 0
    assert "基本情况" in result.stdout and "195人次" in result.stdout
    missing = CliRunner().invoke(app, ["segment", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
    assert "找不到文件" in missing.stderr
    english = CliRunner().invoke(app, ["segment", str(tmp_path / "none.txt"), "--lang", "en"])
    assert "File not found" in english.stderr


# --- jieba's dictionary read on demand (xinfang_nlp._jieba_dict) ------------------------------

ROOT = Path(__file__).resolve().parent.parent


def test_jieba_dictionary_facts_are_current_and_the_on_demand_dictionary_agrees():
    # the facts file matches jieba's dict.txt, and every entry of jieba's own prefix dictionary
    # (and a non-entry next to each) gets the same answer from the on-demand one
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_jieba_dict_facts.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + "\nrun scripts/make_jieba_dict_facts.py"


def test_the_on_demand_dictionary_answers_as_jieba_builds_it():
    import io

    import jieba

    from xinfang_nlp._jieba_dict import PrefixDictionary

    # a word listed twice keeps its later frequency; a word with frequency 0; prefixes → 0
    text = "信访局 5 n\n信 9 n\n来信来访 3 n\n信访局 7 n\n来 0 v\n"
    expected, _ = jieba.Tokenizer.gen_pfdict(io.BytesIO(text.encode()))
    lazy = PrefixDictionary(text)
    for key, value in expected.items():
        assert key in lazy and lazy[key] == value and lazy.get(key) == value, key
    for absent in ("访", "信访局长", "来访", "", "x"):
        assert absent not in lazy and lazy.get(absent) is None and lazy.get(absent, 1) == 1
        with pytest.raises(KeyError):
            lazy[absent]
    lazy["来访"] = 2  # jieba's add_word
    assert "来访" in lazy and lazy.get("来访") == 2


def test_word_tokens_are_those_of_jiebas_own_dictionary(tmp_path: Path):
    import jieba

    from xinfang_nlp._jieba_dict import PrefixDictionary
    from xinfang_nlp.tokenize import WordTokenizer

    tokenizer = word_tokenizer()
    assert isinstance(tokenizer._jieba.FREQ, PrefixDictionary)  # the fast path is taken
    # the same tokenizer on jieba's fully built dictionary (its own initialize)
    reference = WordTokenizer.__new__(WordTokenizer)
    reference.__dict__.update(tokenizer.__dict__)
    reference._jieba = jieba.Tokenizer()
    reference._jieba.tmp_dir = str(tmp_path)
    reference._jieba.initialize()
    for word, freq, tag in _user_words():
        reference._jieba.add_word(word, freq, tag)
    assert not isinstance(reference._jieba.FREQ, PrefixDictionary)
    assert reference._jieba.total == tokenizer._jieba.total
    lines = [line for line in REPORT.splitlines() if line.strip()]
    lines += (
        (ROOT / "corpora" / "reports" / "01_qingyang_banian.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    for line in lines:
        assert tokenizer.words(line) == reference.words(line), line


def _user_words() -> list[tuple[str, int | None, str | None]]:
    from xinfang_nlp._lexicon import resource_text

    words = []
    for line in resource_text("userdict.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        words.append((parts[0], freq, parts[2] if len(parts) > 2 else None))
    return words


def test_another_dictionary_file_is_left_to_jieba(tmp_path: Path):
    import jieba

    from xinfang_nlp._jieba_dict import load_prefix_dictionary

    other = tmp_path / "dict.txt"
    other.write_text("信访 5 n\n", encoding="utf-8")
    assert load_prefix_dictionary(jieba.Tokenizer(str(other))) is None
