"""storyline: turn a pile or a stream of news articles into reconstructed, cited stories.

The small public API::

    from storyline import Store, ingest, Corpus
    with Store("news.db") as store:
        report = ingest(["articles/"], store)
        corpus = Corpus(store)
        for story in corpus.stories():
            print(story.id, story.title)
        data = corpus.export()          # the contract's JSON export, as a dict
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Corpus", "Store", "ingest", "__version__"]

if TYPE_CHECKING:
    from .corpus import Corpus
    from .pipeline import ingest
    from .store import Store


def __getattr__(name: str) -> Any:
    """Lazy imports, so ``import storyline`` stays cheap (spaCy loads only when analysis runs)."""
    if name == "Store":
        from .store import Store

        return Store
    if name == "ingest":
        from .pipeline import ingest

        return ingest
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    raise AttributeError(name)
