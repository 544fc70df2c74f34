"""Is the database on screen the bundled sample (the default database as first use made it)?

On first use the default database is filled from the five sample articles shipped in the
package (``Library.open(seed_if_missing=True)``, their sources ``seeds/NAME.txt``). A new
user must see that those events are a sample and how to add their own pages: the filter
bar, a short message when the app opens (``sample_note``, above the footer's keys for its
seconds) and the help (``sample_message``, whole) say so while the default database holds
nothing else. A database named with ``--db`` or ``$HOPTAC_DB`` is never called a sample.
Ingesting into the default database keeps the sample's articles beside the new ones (the
label then goes): the message says so, and how to make a database of one's pages alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoptac.core.dbpaths import is_default_db

from .i18n import _, ngettext

if TYPE_CHECKING:
    from hoptac.core.library import Library

__all__ = ["SAMPLE_MOST", "NOTE_SECONDS", "sample_articles", "sample_message", "sample_note"]

SAMPLE_MOST = 50  # more events than this: not the sample (the seeds make 9), nothing read
NOTE_SECONDS = 15  # how long the note shows when the app opens (above the keys, not over them)
_PREFIX = "seeds/"  # the seeds' source label (``core/library.py``)


def sample_articles(library: "Library") -> int:
    """How many bundled sample articles the database holds when it holds nothing else
    and is the default database; 0 otherwise (a few events' records read, at most)."""
    index = library.index
    n = len(index)
    if not n or n > SAMPLE_MOST or not is_default_db(library.store.path):
        return 0
    articles = set()
    for rank in range(n):
        ev = index.events[rank]
        if not str(ev.get("source") or "").startswith(_PREFIX):
            return 0
        articles.add(ev.get("article_id"))
    return len(articles)


def sample_message(events: int, articles: int) -> str:
    """What the app says of the sample when it opens, and atop its help."""
    return (ngettext("This is a sample: {n} event from the {k} articles bundled with hoptac.",
                     "This is a sample: {n} events from the {k} articles bundled with hoptac.", events)
            .format(n=events, k=articles) + " "
            + _("To add your own pages, run on the command line: hoptac ingest FOLDER (files *.txt; the "
                "sample stays beside them), or hoptac ingest --db FILE FOLDER for a database of your pages "
                "alone, opened with hoptac --db FILE."))


def sample_note(events: int, articles: int) -> str:
    """The same, short, for the message when the app opens: three lines at most at 60
    columns, above the footer's keys for its seconds (the help says it whole)."""
    return (ngettext("A sample: {n} event from {k} bundled articles.",
                     "A sample: {n} events from {k} bundled articles.", events).format(n=events, k=articles)
            + " " + _("Your pages: hoptac ingest FOLDER, or hoptac ingest --db FILE FOLDER for them alone "
                      "(? says more)."))
