"""Import time and per-call overhead of the Python SDK (issue 11), beside openai-python.

  python bench.py [--runs N] [--calls N]

Import: the median over fresh interpreters of `import secure_ai_studio` + `SecureAIStudio()`, and
of `import openai` + `openai.OpenAI()` in the same run (targets: at most 150 ms for ours).
Overhead: the median time of `client.templates.retrieve(id)` (sync, and the async client's
awaited) against a local keep-alive server, minus the median of a bare httpx request to the same
URL (httpx is the SDK's transport); target at most 150 microseconds over bare httpx."""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, List

TEMPLATE = {
    "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M", "name": "Product shot", "kind": "image",
    "description": "Studio product photography.", "prompt": "Studio photo of {product} on white marble",
    "tags": ["product"], "visibility": "team", "version": 4,
    "createdAt": "2026-09-14T12:00:00Z", "updatedAt": "2026-11-21T10:05:00Z",
}
BODY = json.dumps(TEMPLATE).encode()

IMPORTS = {
    "secure_ai_studio": "import secure_ai_studio; secure_ai_studio.SecureAIStudio(api_key='sk_bench', base_url='http://127.0.0.1:9/api/v1')",
    "openai": "import openai; openai.OpenAI(api_key='sk_bench')",
}


def import_ms(statement: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print((time.perf_counter() - t) * 1000)"
    return statistics.median(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                  check=True).stdout) for _ in range(runs))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the clients' pools expect
    # One write per response and no Nagle delay: otherwise delayed ACKs add ~40 ms to each call.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Request-Id", "req_bench")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        pass


def per_call_us(call: Callable[[], object], calls: int) -> float:
    for _ in range(50):
        call()  # warm-up: connections, lazy imports, pydantic schemas
    times: List[float] = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()

    ours = import_ms(IMPORTS["secure_ai_studio"], args.runs)
    theirs = import_ms(IMPORTS["openai"], args.runs)
    print(f"import + construct  secure_ai_studio {ours:7.1f} ms   openai {theirs:7.1f} ms   ratio {ours / theirs:.2f}"
          f"   (target <= 150 ms: {'met' if ours <= 150 else 'MISSED'})")

    import asyncio

    import httpx

    import secure_ai_studio

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    url = f"{base}/templates/{TEMPLATE['id']}"
    bare_httpx = httpx.Client()
    client = secure_ai_studio.SecureAIStudio(api_key="sk_bench", base_url=base, max_retries=0)
    httpx_us = per_call_us(lambda: bare_httpx.get(url, headers={"X-API-Key": "sk_bench"}).json(), args.calls)
    sdk_us = per_call_us(lambda: client.templates.retrieve(TEMPLATE["id"]), args.calls)
    print(f"templates.retrieve  secure_ai_studio {sdk_us:7.0f} us   bare httpx {httpx_us:7.0f} us   ratio {sdk_us / httpx_us:.2f}")
    print(f"per-call overhead   {sdk_us - httpx_us:7.0f} us over bare httpx"
          f"   (target <= 150 us: {'met' if sdk_us - httpx_us <= 150 else 'MISSED'})")
    async_sdk, async_bare = asyncio.run(async_per_call_us(base, url, args.calls))
    print(f"async retrieve      secure_ai_studio {async_sdk:7.0f} us   bare httpx {async_bare:7.0f} us   ratio {async_sdk / async_bare:.2f}"
          f"   overhead {async_sdk - async_bare:5.0f} us")
    server.shutdown()


async def async_per_call_us(base: str, url: str, calls: int) -> "tuple[float, float]":
    """The same figures for AsyncSecureAIStudio against a bare httpx.AsyncClient."""
    import httpx

    import secure_ai_studio

    async def median(call: Callable[[], object]) -> float:
        for _ in range(50):
            await call()  # type: ignore[misc]
        times: List[float] = []
        for _ in range(calls):
            started = time.perf_counter()
            await call()  # type: ignore[misc]
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1e6

    async with httpx.AsyncClient() as bare, secure_ai_studio.AsyncSecureAIStudio(
            api_key="sk_bench", base_url=base, max_retries=0) as client:
        async def bare_call() -> object:
            return (await bare.get(url, headers={"X-API-Key": "sk_bench"})).json()

        bare_us = await median(bare_call)
        sdk_us = await median(lambda: client.templates.retrieve(TEMPLATE["id"]))
    return sdk_us, bare_us


if __name__ == "__main__":
    main()
