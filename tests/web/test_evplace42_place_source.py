"""evplace42: the article page marks an event's place its clause does not name with where it
came from ("(paragraph)", "(dateline)"); the clause's own place is unmarked (control)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from tests.store.store_samples import moscow_article

pytestmark = pytest.mark.anyio


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    art = moscow_article()
    art.events[0].place_source = "sentence"
    art.events[1].place_source = "paragraph"
    path = tmp_path / "places.db"
    with Store(path) as store:
        store.add_many([art])
    return path


async def test_the_article_page_marks_a_fallback_place(client: httpx.AsyncClient) -> None:
    page = (await client.get(f"/articles/{moscow_article().id}")).text
    rows = page.split("<h2>Events", 1)[1].split("</table>", 1)[0].split("<tr")
    aid = next(r for r in rows if "<td>AID " in r)
    consult = next(r for r in rows if "<td>CONSULT " in r)
    assert "(paragraph)" in aid
    assert "(paragraph)" not in consult and "(dateline)" not in consult
