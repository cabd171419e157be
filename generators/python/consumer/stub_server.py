"""Stand-in for the project's mock server until packages/mock-server exists: serves the two
operations the consumer smoke test calls, with the same start-up line as sais-mock."""
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

JOB = {"type": "image", "status": "succeeded", "progress": 100, "createdAt": "2026-11-21T10:15:00Z",
       "updatedAt": "2026-11-21T10:15:42Z", "completedAt": "2026-11-21T10:15:42Z", "error": None,
       "outputAssetIds": [], "params": {"prompt": "A lighthouse at dusk", "width": 1024, "height": 768, "count": 1}}
JOBS = {"data": [
    {**JOB, "id": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F"},
    {**JOB, "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q", "type": "video", "status": "running", "progress": 40, "completedAt": None,
     "params": {"prompt": "A neon market at night", "durationSeconds": 8, "fps": 24}},
], "nextCursor": None}
HEALTH = {"status": "ok", "version": "1.0.0", "checks": []}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/api/v1/health/live":
            self._send(200, HEALTH)
        elif path == "/api/v1/jobs":
            if not (self.headers.get("X-API-Key") or self.headers.get("Authorization")):
                self._send(401, {"title": "Unauthorized", "status": 401}, "application/problem+json")
            else:
                self._send(200, JOBS)
        else:
            self._send(404, {"title": "Not Found", "status": 404}, "application/problem+json")

    def _send(self, status: int, body: object, content_type: str = "application/json") -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"sais-stub listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
