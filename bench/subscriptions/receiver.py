#!/usr/bin/env python3
"""A FHIR rest-hook subscriber for the benchmark: answers every POST with 200 at once and keeps, per notification,
when it arrived, the Task's id, version and lastModified (the move's time). GET /stats answers the summary as JSON:
how many arrived, notification latency percentiles (arrival minus the move's time), duplicates, and versions of one
Task that arrived out of order."""
import json
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
received = []  # (arrived, task id, version, moved)


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        arrived = time.time()
        task = json.loads(body)
        moved = datetime.fromisoformat(task["lastModified"].replace("Z", "+00:00")).timestamp()
        with lock:
            received.append((arrived, task["id"], int(task["meta"]["versionId"]), moved))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        with lock:
            rows = list(received)
        latencies = [(arrived - moved) * 1000 for arrived, _, _, moved in rows]
        seen, duplicates, out_of_order, last = set(), 0, 0, {}
        for _, task, version, _ in rows:
            if (task, version) in seen:
                duplicates += 1
            seen.add((task, version))
            if version < last.get(task, 0):
                out_of_order += 1
            last[task] = max(version, last.get(task, 0))
        stats = {
            "received": len(rows),
            "tasks": len(last),
            "duplicates": duplicates,
            "out_of_order": out_of_order,
            "p50_ms": percentile(latencies, 50),
            "p90_ms": percentile(latencies, 90),
            "p99_ms": percentile(latencies, 99),
            "max_ms": max(latencies) if latencies else 0.0,
            "first": min((r[0] for r in rows), default=0),
            "last": max((r[0] for r in rows), default=0),
        }
        payload = json.dumps(stats).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
