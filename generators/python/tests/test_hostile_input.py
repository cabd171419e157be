"""Inputs nobody had tried (issue 10), against the real local server: dot and empty path
segments, header injection, secrets in error headers / causes / debug logs / repr, unknown job
types, request bodies without unset defaults and uploads of plain bytes."""
from __future__ import annotations

import copy
import email.parser
import email.policy
import json
import logging
import socket
import traceback

import pytest

import secure_ai_studio as sais
from payloads import ASSET, IMAGE_JOB, TEMPLATE

KEY = "sk_test_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln"
REFRESH = "rt_hostilerefreshtoken0001"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def client_for(server, **options) -> sais.ApiClient:
    return sais.ApiClient(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": KEY}, **options))


# --- R9.1: a path parameter is one segment; empty and dot segments never leave the SDK ---------

@pytest.mark.parametrize("value", ["", ".", ".."])
def test_empty_or_dot_path_parameter_is_an_argument_error_naming_operation_and_parameter(server, value) -> None:
    with pytest.raises(ValueError, match=r"get_template: path parameter template_id must not be"):
        sais.TemplatesApi(client_for(server)).get_template(value)
    with pytest.raises(ValueError, match=r"assign_user_roles: path parameter user_id must not be"):
        sais.RolesApi(client_for(server)).assign_user_roles(value, sais.RoleAssignment(role_ids=[]))
    assert server.requests == []  # before: GET /templates/ (the list) and PUT /roles


def test_missing_path_parameter_is_an_argument_error_naming_operation_and_parameter(server) -> None:
    with pytest.raises(ValueError, match=r"get_template[\s\S]*template_id"):
        sais.TemplatesApi(client_for(server)).get_template(None)  # type: ignore[arg-type]
    assert server.requests == []


def test_path_parameter_is_percent_encoded_as_one_segment(server) -> None:
    server.reply_json(TEMPLATE)
    sais.TemplatesApi(client_for(server)).get_template("../a b?c")
    assert server.last.path == "/api/v1/templates/..%2Fa%20b%3Fc"


# --- R9.4: header values are checked before sending -------------------------------------------

@pytest.mark.parametrize("value", ['"v1"\r\nX-Injected: 1', "a\nb", "a\x00b", "caf\u00e9"])
def test_header_parameter_with_control_or_non_ascii_is_an_argument_error(server, value) -> None:
    api = sais.TemplatesApi(client_for(server))
    with pytest.raises(ValueError, match=r"delete_template: header parameter if_match contains the character U\+"):
        api.delete_template(TEMPLATE["id"], value)
    with pytest.raises(ValueError, match=r"create_image_job: header parameter idempotency_key contains"):
        sais.JobsApi(client_for(server)).create_image_job(sais.ImageJobRequest(prompt="x"), idempotency_key=value)
    with pytest.raises(ValueError, match=r"header X-Trace \(a header parameter, `_headers` or a default header\)"):
        api.get_template(TEMPLATE["id"], _headers={"X-Trace": value})
    assert server.requests == []


def test_default_header_and_credential_with_a_line_break_fail_before_sending(server) -> None:
    client = client_for(server)
    client.set_default_header("X-Tenant", "acme\r\nX-Evil: 1")
    with pytest.raises(ValueError, match=r"header X-Tenant"):
        sais.TemplatesApi(client).get_template(TEMPLATE["id"])
    bad_key = sais.ApiClient(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk\nx"}))
    with pytest.raises(ValueError, match=r"option api_key \(header X-API-Key\)") as caught:
        sais.TemplatesApi(bad_key).get_template(TEMPLATE["id"])
    assert "sk\nx" not in str(caught.value)  # the value itself is not repeated
    assert server.requests == []


# --- R5.5: secrets in error headers, causes, logs and repr ------------------------------------

def test_error_headers_are_redacted(server) -> None:
    server.reply_problem(401, "invalid_api_key", detail="bad", headers={
        "WWW-Authenticate": f'ApiKey realm="api", key="{KEY}"', "Set-Cookie": "session=abc; HttpOnly",
        "X-Debug": f"token={KEY}", "X-Request-Id": "req_1"})
    with pytest.raises(sais.AuthenticationError) as caught:
        sais.TemplatesApi(client_for(server)).get_template(TEMPLATE["id"])
    headers = caught.value.headers
    assert headers["WWW-Authenticate"] == 'ApiKey realm="api", key="[REDACTED]"'
    assert headers["Set-Cookie"] == "[REDACTED]" and headers["X-Debug"] == "token=[REDACTED]"
    assert headers["X-Request-Id"] == "req_1" and KEY not in repr(headers)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_error_and_its_whole_cause_chain_carry_no_secret() -> None:
    # A host name that holds the key (a misconfigured base URL) reaches urllib3's error message.
    key = "sktest4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c"
    config = sais.Configuration(host=f"http://{key}.invalid:9/api/v1", api_key={"apiKeyAuth": key}, max_retries=0)
    with pytest.raises(sais.APIConnectionError) as caught:
        sais.TemplatesApi(sais.ApiClient(config)).get_template(TEMPLATE["id"])
    error: BaseException | None = caught.value
    chain = []
    while error is not None:
        chain.append(error)
        assert key not in str(error) and key not in repr(error.args), type(error)
        error = error.__cause__ or error.__context__
    assert len(chain) >= 2 and "[REDACTED]" in str(chain[1])  # the cause is kept, redacted
    assert key not in "".join(traceback.format_exception(caught.value))


def test_debug_logging_does_not_print_credentials(server, capfd, caplog) -> None:
    server.reply_json(TEMPLATE)
    server.reply_json(TEMPLATE)
    config = sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": KEY}, debug=True)
    try:
        with caplog.at_level(logging.DEBUG, logger="secure_ai_studio"):
            sais.TemplatesApi(sais.ApiClient(config)).get_template(TEMPLATE["id"])
            bearer = sais.Configuration(host=server.base_url, access_token=TOKEN, debug=True)
            sais.TemplatesApi(sais.ApiClient(bearer)).get_template(TEMPLATE["id"])
    finally:
        config.debug = False
        logging.getLogger("secure_ai_studio").removeHandler(config.logger_stream_handler)
    out, err = capfd.readouterr()
    for text in (out, err, caplog.text):
        assert KEY not in text and TOKEN not in text
    assert "X-API-Key': '[REDACTED]'" in caplog.text and "Authorization': '[REDACTED]'" in caplog.text
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"  # still sent, of course


def test_configuration_and_client_do_not_show_credentials() -> None:
    config = sais.Configuration(api_key={"apiKeyAuth": KEY}, access_token=TOKEN, refresh_token=REFRESH)
    client = sais.ApiClient(config)
    for shown in (repr(vars(config)), repr(config), str(config), repr(client), repr(vars(client))):
        assert KEY not in shown and TOKEN not in shown and REFRESH not in shown
    assert "[REDACTED]" in repr(config)
    # Still readable and writable where code needs them.
    assert config.api_key == {"apiKeyAuth": KEY} and config.access_token == TOKEN and config.refresh_token == REFRESH
    copied = copy.deepcopy(config)
    copied.access_token = "other-token"
    assert copied.api_key == {"apiKeyAuth": KEY} and config.access_token == TOKEN
    assert client.with_options(max_retries=0).configuration.refresh_token == REFRESH


def test_password_format_properties_are_masked_in_repr_but_stay_plain_strings(server) -> None:
    secret = "sk_test_" + "ab" * 16
    server.reply_json({"id": "key_01JDAAAAAAAA", "name": "ci", "prefix": "sk_test_abab", "scopes": ["jobs:read"],
                       "createdAt": "2026-11-21T10:00:00Z", "lastUsedAt": None, "expiresAt": None, "secret": secret},
                      status=201)
    created = sais.ApiKeysApi(client_for(server)).create_api_key(sais.ApiKeyCreate(name="ci", scopes=["jobs:read"]))
    assert created.secret == secret and isinstance(created.secret, str)
    assert created.to_dict()["secret"] == secret  # serialisation keeps it
    for shown in (repr(created), str(created), created.to_str()):
        assert secret not in shown and "[REDACTED]" in shown
    grant = sais.PasswordGrant(grant_type="password", username="ada@example.com", password="correct horse")
    assert "correct horse" not in repr(grant) and grant.password == "correct horse"


# --- R7.3: an unknown job type is kept, not lost -----------------------------------------------

def test_unknown_job_type_comes_back_as_the_base_type_with_a_warning(server, caplog) -> None:
    audio = {**IMAGE_JOB, "type": "audio", "params": {"prompt": "rain"}, "sampleRate": 48000}
    server.reply_json(audio)
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        job = sais.JobsApi(client_for(server)).get_job(IMAGE_JOB["id"])
    assert job is not None and type(job) is sais.Job and job.to_dict() == audio
    assert (job.id, job.type, job.status) == (IMAGE_JOB["id"], "audio", sais.JobStatus.SUCCEEDED)
    assert "unknown value 'audio' of discriminator field 'type'" in caplog.text


def test_unknown_job_type_is_a_response_validation_error_in_strict_mode(server) -> None:
    server.reply_json({"data": [IMAGE_JOB, {**IMAGE_JOB, "type": "audio"}], "nextCursor": None})
    with pytest.raises(sais.ResponseValidationError) as caught:
        sais.JobsApi(client_for(server, validation="strict")).list_jobs()
    assert caught.value.issues[0]["path"] == "/data/1/type"
    assert "unknown value 'audio'" in caught.value.issues[0]["message"]


# --- R3.7: only the fields the caller set -----------------------------------------------------

def test_request_body_carries_exactly_the_fields_set(server) -> None:
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    sais.JobsApi(client_for(server)).create_image_job(sais.ImageJobRequest(prompt="p", seed=None))
    assert json.loads(server.last.body) == {"prompt": "p", "seed": None}  # no "count": 1, no width/height


# --- R9.3: the content type of an uploaded file part ------------------------------------------

def _file_part(server):
    content_type = server.last.headers["content-type"]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + server.last.body)
    return next(p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "file")


@pytest.mark.parametrize(("file", "expected"), [
    (PNG, "image/png"),  # plain bytes: the magic number
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (("ref.webp", b"not really webp"), "image/webp"),  # the file name wins
    (("ref.bin", b"RIFF\x24\x00\x00\x00WEBPVP8 "), "image/webp"),
    (("ref.png", PNG, "image/x-custom"), "image/x-custom"),  # the caller's content type wins
])
def test_upload_infers_the_part_content_type(server, file, expected) -> None:
    server.reply_json(ASSET, status=201)
    sais.AssetsApi(client_for(server)).upload_reference_image(file=file)
    assert _file_part(server).get_content_type() == expected


def test_upload_of_unrecognisable_bytes_is_an_argument_error_naming_file(server) -> None:
    with pytest.raises(ValueError, match=r"^file: cannot tell the content type"):
        sais.AssetsApi(client_for(server)).upload_reference_image(file=b"\x00\x01\x02\x03")
    assert server.requests == []
