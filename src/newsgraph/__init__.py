"""newsgraph: who said what, who did what to whom, where and when — from news text.

>>> import newsgraph                                   # doctest: +SKIP
>>> art = newsgraph.analyze("article.txt", published="2018-08-29")  # doctest: +SKIP
"""

from __future__ import annotations

# ux39: nothing imported at run time (not even typing): the console script imports this package
# before newsgraph._main can catch a Ctrl-C, so the window for Python's own traceback stays tiny
TYPE_CHECKING = False

__version__ = "0.1.0"

__all__ = ["Article", "Pipeline", "Store", "__version__", "analyze", "ingest"]

if TYPE_CHECKING:
    from typing import Any

    from .api import Pipeline, analyze
    from .model import Article
    from .store.sqlite import Store


def __getattr__(name: str) -> Any:
    # Lazy imports keep `import newsgraph` (and the CLI's --help) fast.
    if name in {"Pipeline", "analyze"}:
        from . import api

        return getattr(api, name)
    if name == "Article":
        from .model import Article

        return Article
    if name == "ingest":  # the ingest package, callable: newsgraph.ingest(sources, db)
        import importlib

        return importlib.import_module(".ingest", __name__)
    if name == "Store":
        from .store.sqlite import Store

        return Store
    raise AttributeError(name)
