"""bench.people_walks (round 42): the people stage's words counted, the double walk among them,
on a page written for the test; the counters are put back after the pass."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench is the repository's, not the package's

from bench import people_walks  # noqa: E402
from hoptac.core.extract import people, people_titled  # noqa: E402

_PAGE = ("Tỉnh Hà Tĩnh và tỉnh Quảng Bình ký kết hợp tác\n\n"
         "Sáng 12/3, tại thành phố Hà Tĩnh, tỉnh Hà Tĩnh và tỉnh Quảng Bình tổ chức hội nghị "
         "ký kết hợp tác. Dự hội nghị có ông Trần Văn An, Phó Chủ tịch UBND tỉnh Hà Tĩnh "
         "Lê Văn Bình và các sở, ngành.\n\n"
         "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Quảng Bình Đỗ Minh Châu đề nghị hai tỉnh "
         "phối hợp chặt chẽ.\n")


def test_the_double_walk_is_counted():
    counts = people_walks.count([("written.txt", _PAGE.encode())])
    assert counts["name_runs"] >= 3
    assert counts["titles_after_a_name"] >= 1
    # "Phó Chủ tịch …" is read as An's title, then walked again from its start (Lê Văn Bình is found there)
    assert counts["titled_starts_inside_a_read_title"] == 1
    assert counts["titled_starts"] == 2
    assert 0 < counts["titled_words_inside_a_read_title"] < counts["titled_words"]


def test_the_counters_are_put_back():
    before = (people._title_after, people.titled_people, people_titled._next_start, people_titled._WORD_RE,
              people._NAME_SHAPE_RE, people._NAME_RE)
    people_walks.count([("written.txt", _PAGE.encode())])
    assert (people._title_after, people.titled_people, people_titled._next_start, people_titled._WORD_RE,
            people._NAME_SHAPE_RE, people._NAME_RE) == before
