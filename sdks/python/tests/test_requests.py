"""Request building (docs/sdk-behavior.md R9) over a real local server, for both clients: path
segments, header values, bodies with exactly the fields set, multipart parts; bad values fail
before anything is sent, naming the argument."""
from __future__ import annotations

import json

import pytest

from fixture_sdk import WidgetCreate

WIDGET = {"id": "w_1", "name": "Gear"}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00"


def test_a_path_parameter_is_percent_encoded_as_one_segment(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("a/b c?d#é"))
    assert server.last.path == "/api/v1/widgets/a%2Fb%20c%3Fd%23%C3%A9"


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_an_empty_or_dot_path_parameter_fails_before_sending(h, server, bad) -> None:
    with pytest.raises(ValueError, match="get_widget: path parameter widget_id must not be"):
        h.call(lambda w: w.retrieve(bad))
    assert server.requests == []


@pytest.mark.parametrize("bad", ['"v1"\r\nX-Evil: 1', '"v1"\n', "caf\u00e9", "a\x00b"])
def test_a_header_parameter_with_controls_or_non_ascii_fails_before_sending(h, server, bad) -> None:
    with pytest.raises(ValueError, match="update_widget: header parameter if_match contains the character U\\+"):
        h.call(lambda w: w.update("w_1", body={"name": "x"}, if_match=bad))
    with pytest.raises(ValueError, match="extra_headers\\['X-Trace'\\]"):
        h.call(lambda w: w.retrieve("w_1", extra_headers={"X-Trace": bad}))
    assert server.requests == []


def test_the_body_carries_exactly_the_fields_given(h, server) -> None:
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.create(name="Gear", note=None))
    assert json.loads(server.last.body) == {"name": "Gear", "note": None}
    assert server.last.headers["content-type"] == "application/json"


def test_a_body_given_as_a_model_or_a_wire_dict_is_sent_by_wire_names(h, server) -> None:
    import datetime as dt

    server.reply_json(WIDGET)
    server.reply_json(WIDGET)
    h.call(lambda w: w.update("w_1", body=WidgetCreate(name="A", made_at=dt.datetime(2026, 5, 1, 8, 0)), if_match='"v2"'))
    assert json.loads(server.last.body) == {"name": "A", "madeAt": "2026-05-01T08:00:00Z"}
    assert server.last.method == "PUT" and server.last.headers["if-match"] == '"v2"'
    h.call(lambda w: w.update("w_1", body={"name": "B", "madeAt": "2026-05-01T08:00:00Z"}))
    assert json.loads(server.last.body) == {"name": "B", "madeAt": "2026-05-01T08:00:00Z"}


@pytest.mark.parametrize(("file", "expected"), [
    (("photo.PNG", b"anything"), "image/png"),
    (("photo", PNG), "image/png"),
    (b"\xff\xd8\xff\xe0....", "image/jpeg"),
    (("notes.bin", b"abc", "text/plain"), "text/plain"),
])
def test_an_upload_names_the_part_content_type(h, server, file, expected) -> None:
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.upload("w_1", file=file))
    assert f"Content-Type: {expected}".encode() in server.last.body


def test_an_upload_of_unrecognisable_bytes_fails_naming_the_file_argument(h, server) -> None:
    with pytest.raises(ValueError, match="^file: cannot tell the content type"):
        h.call(lambda w: w.upload("w_1", file=("data", b"\x00\x01\x02")))
    assert server.requests == []


def test_a_file_path_is_read_and_named(h, server, tmp_path) -> None:
    path = tmp_path / "frame.png"
    path.write_bytes(PNG)
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.upload("w_1", file=str(path)))
    assert b'filename="frame.png"' in server.last.body and PNG in server.last.body


def test_the_base_url_may_end_with_slashes(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"), base_url=server.base_url + "//")
    assert server.last.path == "/api/v1/widgets/w_1"
