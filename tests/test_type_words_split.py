"""Round 36 (fold36): type_words (407 lines) split by meaning -- the occasions' rows stay, the notices one side
issues or sends are type_notices, the words that fold like a row and are none are type_words_not. The main type
table reads them all, in the order it did."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.core.extract import type_notices, type_phrases, type_vocab, type_words, type_words_not


@pytest.mark.parametrize("module", [type_words, type_notices, type_words_not])
def test_each_module_is_well_under_400_lines(module):
    assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) < 350


def test_the_notices_are_announcements_and_follow_the_occasions():
    assert {t for _, t, _, _ in type_notices.NOTICE_PHRASES} == {"announcement"}
    assert type_words.MORE_TYPE_PHRASES[-len(type_notices.NOTICE_PHRASES):] == type_notices.NOTICE_PHRASES
    assert not set(type_notices.NOTICE_PHRASES) & set(type_words.MORE_TYPE_PHRASES[:-len(type_notices.NOTICE_PHRASES)])


def test_the_main_table_reads_every_row_and_every_not_word():
    assert set(type_words.MORE_TYPE_PHRASES) <= set(type_vocab.MAIN_TYPE_PHRASES)
    assert set(type_words_not.MORE_TYPE_NOT) <= set(type_vocab.MAIN_TYPE_NOT)
    assert set(type_words_not.GUARDED_NOT) <= set(type_phrases._NOT)


@pytest.mark.parametrize("phrase, want", [
    ("phe duyet", ("announcement", 8)),   # a notice's row ("UBND tỉnh A phê duyệt Đề án …")
    ("ky quyet dinh", ("announcement", 6)),
    ("le khoi cong", ("other", 3)),       # an occasion's row ("hai tỉnh tổ chức lễ khởi công cầu …")
])
def test_a_row_of_each_table_still_gives_its_type(phrase, want):
    assert type_phrases.phrase_type(phrase) == want
