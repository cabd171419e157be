"""Auto-pagination of list operations (docs/sdk-behavior.md R6) against a real local server."""
from __future__ import annotations

import typing
from urllib.parse import parse_qsl, urlsplit

import pytest

import secure_ai_studio as sais
from payloads import TEMPLATE
from secure_ai_studio._runtime.pagination import Page
from secure_ai_studio.api_response import ApiResponse


def template(n: int) -> dict:
    return {**TEMPLATE, "id": f"tpl_01JD5A1B2C3D4E5F6G7H8J9K{n:02d}"}


def query(recorded) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(recorded.path).query)


def test_list_returns_the_first_page_with_its_items_cursor_and_response(server, api_key_client) -> None:
    server.reply_json({"data": [template(1), template(2)], "nextCursor": "c2"}, headers={"X-Request-Id": "req_p1"})
    page = sais.TemplatesApi(api_key_client).list_templates(limit=2)
    assert isinstance(page, Page) and isinstance(page.body, sais.TemplateList)
    assert [t.id for t in page.data] == [template(1)["id"], template(2)["id"]]
    assert page.next_cursor == "c2" and page.has_next_page()
    assert page.response.status_code == 200 and page.response.request_id == "req_p1"
    assert len(server.requests) == 1  # nothing fetched before it is needed


def test_list_methods_are_annotated_with_the_item_model_of_their_pages() -> None:
    # Page[Template], not Page[TemplateList] or Page[Any]: what mypy and IDEs show for the items.
    assert typing.get_type_hints(sais.TemplatesApi.list_templates)["return"] == Page[sais.Template]
    checked = 0
    for api in (getattr(sais, name) for name in dir(sais) if name.endswith("Api")):
        for name, method in vars(api).items():
            page_type = typing.get_type_hints(method).get("return") if callable(method) else None
            if typing.get_origin(page_type) is not Page:
                continue
            # *_with_http_info returns ApiResponse[XList]; XList.data is a List[Item].
            list_model = typing.get_type_hints(getattr(api, f"{name}_with_http_info"))["return"].model_fields["data"].annotation
            items = list_model.model_fields["data"].annotation
            assert typing.get_origin(items) is list and typing.get_args(page_type) == typing.get_args(items), (api.__name__, name)
            checked += 1
    assert checked == 10


def test_iterating_the_page_walks_every_page_lazily_with_the_same_filters(server, api_key_client) -> None:
    server.reply_json({"data": [template(1)], "nextCursor": "c2"})
    server.reply_json({"data": [], "nextCursor": "c3"})  # an empty page with a cursor continues (R6.2)
    server.reply_json({"data": [template(3)], "nextCursor": None})
    page = sais.TemplatesApi(api_key_client).list_templates(limit=1, kind=sais.JobType.IMAGE, tag="product")
    items = iter(page)
    assert next(items).id == template(1)["id"] and len(server.requests) == 1
    assert [t.id for t in items] == [template(3)["id"]]
    assert [query(r) for r in server.requests] == [
        [("limit", "1"), ("kind", "image"), ("tag", "product")],
        [("cursor", "c2"), ("limit", "1"), ("kind", "image"), ("tag", "product")],
        [("cursor", "c3"), ("limit", "1"), ("kind", "image"), ("tag", "product")],
    ]
    assert all(r.headers["x-api-key"] == "sk_test_123" for r in server.requests)


@pytest.mark.parametrize("cursor", [None, "c2"])
def test_iteration_ends_on_a_null_or_repeated_cursor(server, api_key_client, cursor) -> None:
    server.reply_json({"data": [template(1)], "nextCursor": "c2"})
    server.reply_json({"data": [template(2)], "nextCursor": cursor})  # "c2" again: the loop guard
    ids = [t.id for t in sais.TemplatesApi(api_key_client).list_templates()]
    assert ids == [template(1)["id"], template(2)["id"]] and len(server.requests) == 2


@pytest.mark.parametrize("body", [{"data": []}, {"data": [], "nextCursor": ""}, {"data": [], "nextCursor": None}])
def test_an_absent_or_empty_cursor_is_the_last_page(body) -> None:
    # The spec's list schemas require a non-empty cursor or null; other APIs' may not (R6.2).
    def fetch(**arguments):
        raise AssertionError("no further page may be requested")

    page = Page(ApiResponse(status_code=200, data=body, raw_data=b""), fetch=fetch, cursor=None)
    assert not page.has_next_page() and list(page) == []


def test_get_next_page_and_iter_pages(server, api_key_client) -> None:
    server.reply_json({"data": [template(1)], "nextCursor": "c2"})
    server.reply_json({"data": [template(2)], "nextCursor": None})
    first = sais.TemplatesApi(api_key_client).list_templates(limit=1)
    second = first.get_next_page()
    assert [t.id for t in second.data] == [template(2)["id"]] and not second.has_next_page()
    with pytest.raises(ValueError, match="no next page"):
        second.get_next_page()
    assert first.to_dict()["nextCursor"] == "c2"


def test_per_call_options_apply_to_every_page(server) -> None:
    config = sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"})
    with sais.ApiClient(config) as client:
        client.sleep = lambda seconds: None
        server.reply_json({"data": [template(1)], "nextCursor": "c2"})
        server.reply_problem(503)
        server.reply_json({"data": [template(2)], "nextCursor": None})
        page = sais.TemplatesApi(client).list_templates(_headers={"X-Trace": "t1"}, _max_retries=1)
        assert len(list(page)) == 2
    assert [r.headers.get("x-trace") for r in server.requests] == ["t1", "t1", "t1"]


def test_an_error_on_a_later_page_is_raised_from_the_iteration(server, api_key_client) -> None:
    server.reply_json({"data": [template(1)], "nextCursor": "c2"})
    server.reply_problem(403, "forbidden", detail="No access.")
    with pytest.raises(sais.PermissionDeniedError):
        list(sais.TemplatesApi(api_key_client).list_templates())
