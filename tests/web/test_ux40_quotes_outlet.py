"""ux40 walk (a journalist on the web quotes page): each row gave the date, speaker and
article title but not the outlet that ran the quote (the command line's table has it), so
"who ran it first" meant opening every article. A column gives each row's outlet, linked to
that outlet's articles. Control: an outlet holding markup is shown as text."""

from __future__ import annotations

import html
import re

import httpx
import pytest

pytestmark = pytest.mark.anyio


def _rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


async def test_each_quote_row_names_its_outlet(client: httpx.AsyncClient) -> None:
    page = (await client.get("/quotes", params={"speaker": "lavrov"})).text
    assert "<th>Outlet</th>" in page
    rows = _rows(page)
    assert rows and all("Press TV" in r for r in rows)
    link = re.search(r'href="([^"]*outlet=[^"]*)"', rows[0])
    assert link is not None
    listed = (await client.get(html.unescape(link.group(1)).replace("http://test", ""))).text
    assert "Lavrov: Terror" in html.unescape(listed)  # the outlet's article


async def test_control_an_outlet_with_markup_is_text(client: httpx.AsyncClient) -> None:
    page = (await client.get("/quotes", params={"contains": "bold"})).text
    (row,) = _rows(page)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert "&lt;i&gt;Outlet&lt;/i&gt;" in cells[1] and "<i>" not in cells[1]
    assert "outlet=%3Ci%3EOutlet%3C/i%3E" in cells[1]  # "/" is safe in a query
