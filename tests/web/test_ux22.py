"""ux22: a bad date in a query parameter is refused with a message naming that parameter."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("/api/corpus_events?until=bad", "until='bad' is not a date"),
        ("/corpus-events?until=2018-13-45", "until=&#39;2018-13-45&#39; is not a date"),
        # control: the since parameter is still named as before
        ("/api/corpus_events?since=bad", "since='bad' is not a date"),
        ("/corpus-events?since=bad&until=2018-01-01", "since=&#39;bad&#39; is not a date"),
    ],
)
async def test_bad_date_names_its_parameter(
    client: httpx.AsyncClient, url: str, named: str
) -> None:
    r = await client.get(url)
    assert r.status_code == 400
    assert named in r.text
