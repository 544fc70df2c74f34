"""The readers that look for a title with no name before it share one list (vocab.TITLE_OPENERS)."""

from hoptac.core.extract import frames, people_titled
from hoptac.core.extract.vocab import NOT_TITLE_OPENERS, TITLE_OPENERS, TITLE_STARTS


def test_openers_are_the_starts_less_the_three():
    assert set(TITLE_OPENERS) == set(TITLE_STARTS) - set(NOT_TITLE_OPENERS)
    assert not set(NOT_TITLE_OPENERS) & set(TITLE_OPENERS)


def test_both_readers_use_the_shared_list():
    assert set(frames._TITLE_WORDS.split("|")) == set(TITLE_OPENERS)
    assert set(people_titled._STARTS) == (set(TITLE_OPENERS) | set(people_titled.FOREIGN_TITLES)) - set(people_titled._MEMBERS)


def test_a_delegate_is_no_titled_teller_a_director_is():
    # folded text after the day, as frames reads it
    assert frames._REPORTED_TITLED.match(", ong tran van an, giam doc so y te tinh b cho biet, ")
    assert not frames._REPORTED_TITLED.match(", ong tran van an, dai bieu tinh b cho biet, ")
