#!/usr/bin/env python3
"""Generated and mutated requests, and the attacks of issue 7, against a running server on loopback.

  fuzz.py URL [REQUESTS]

Every answer must be below 500 and free of Java internals; during each attack a probe query must
still answer within a second. Prints one line per part and a summary; exits 1 on any failure.
Standard library only; bounded in time (each request times out after 15 s).
"""
import http.client
import json
import os
import random
import re
import socket
import sys
import threading
import time
import urllib.parse

URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:18080/"
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
parsed = urllib.parse.urlparse(URL)
HOST, PORT = parsed.hostname, parsed.port
if HOST not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("refusing anything but loopback: " + URL)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
INTERNALS = re.compile(r"(\bjava\.|\bjavax\.|org\.neo4j|org\.yaml|io\.undertow|Exception\b|\n\s+at [\w.$]+\()")
PROBE = json.dumps({"query": '{ motion(kamerstuk: "31765-446") { id title } }'})
random.seed(int(os.environ.get("FUZZ_SEED", "7")))


def request(method, path, body=None, headers=None, timeout=15):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace"), dict(response.getheaders())
    finally:
        conn.close()


def seeds():
    queries = []
    for folder in ("queries", os.path.join("tools", "load")):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if name.endswith(".graphql"):
                with open(os.path.join(ROOT, folder, name), encoding="utf-8") as f:
                    queries.append(f.read())
    return queries


TOKENS = ["{", "}", "(", ")", "...", "on", "first:", "1073741823", "-1", "\"", "\\u0000", "$x", "@skip",
          "__schema", "__typename", "fragment F on Query { ...F }", "null", "99999999999999999999", "#", ",",
          "mutation", "subscription", "query Q($x: Int = 1)", "'", "\u00e9", "\ud83d\ude00"]
ACCEPTS = [None, "application/json", "application/graphql-response+json", ";", "*/*", "text/html", ",,,",
           "application/json;q=0", "a/b;c=d;;", "\x7f", "application/json, text/plain"]
CONTENT_TYPES = ["application/json", ";", "", "application/json; charset=latin1", "text/plain",
                 "application/json;;;", "multipart/form-data; boundary=x", "application/graphql"]
PATHS = ["/graphql", "/graphql?query=%7B__typename%7D", "/queries", "/queries/status-counts",
         "/queries/settled-motions?format=csv", "/queries/nope", "/health", "/health/live", "/health/ready",
         "/schema.graphql", "/", "/webjars/../../etc/passwd", "/queries/%2e%2e", "/queries/pilots-by-municipality?municipality=%00",
         "/queries/status-counts?format=xml", "/graphql?query=%7B&variables=%5B", "/%ff%fe", "/queries/settled-motions?first=abc"]


def mutate(text):
    chars = list(text)
    for _ in range(random.randint(1, 6)):
        op = random.random()
        position = random.randrange(len(chars) + 1)
        if op < 0.3 and chars:
            del chars[random.randrange(len(chars))]
        elif op < 0.6:
            chars[position:position] = list(random.choice(TOKENS))
        elif op < 0.8 and chars:
            chars = chars[: random.randrange(len(chars))]
        else:
            chars[position:position] = [chr(random.randint(0, 0x2FF))]
    return "".join(chars)


def generated(queries):
    kind = random.random()
    if kind < 0.55:
        query = mutate(random.choice(queries))
        payload = {"query": query}
        if random.random() < 0.2:
            payload["variables"] = random.choice([None, [], "x", {"x": 1}, {"k": "31765-446"}, 5])
        if random.random() < 0.1:
            payload["operationName"] = random.choice([None, 3, "Q", ""])
        if random.random() < 0.05:
            payload["extensions"] = random.choice([[], "x", {"persistedQuery": {}}])
        body = json.dumps(payload)
        if random.random() < 0.1:
            body = mutate(body)
        headers = {"Content-Type": random.choice(CONTENT_TYPES) if random.random() < 0.2 else "application/json"}
        accept = random.choice(ACCEPTS)
        if accept is not None:
            headers["Accept"] = accept
        return "POST", "/graphql", body.encode("utf-8", "surrogatepass"), headers
    if kind < 0.75:
        query = urllib.parse.quote(mutate(random.choice(queries)).encode("utf-8", "surrogatepass"), safe="")
        return "GET", "/graphql?query=" + query, None, {"Accept": random.choice(ACCEPTS) or "*/*"}
    if kind < 0.95:
        method = random.choice(["GET", "GET", "GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"])
        return method, random.choice(PATHS), None, {"Accept": random.choice(ACCEPTS) or "*/*"}
    body = os.urandom(random.randint(0, 2048))
    return "POST", "/graphql", body, {"Content-Type": "application/json"}


def check(status, body, what, failures):
    if status >= 500:
        failures.append("%d for %s: %s" % (status, what[:120], body[:200]))
    elif INTERNALS.search(body):
        failures.append("Java internals for %s: %s" % (what[:120], INTERNALS.search(body).group(0)))


def fuzz(total, workers=3):
    queries = seeds()
    failures, statuses, lock = [], {}, threading.Lock()
    counter = iter(range(total))

    def work():
        local = random.Random(random.random())
        while True:
            with lock:
                if next(counter, None) is None:
                    return
                method, path, body, headers = generated(queries)
            try:
                status, text, _ = request(method, path, body, headers)
            except (OSError, http.client.HTTPException) as e:
                status, text = 599, "connection error: %s" % e
            except (UnicodeError, ValueError) as e:
                # a request http.client itself refuses to send (e.g. a control character in a header)
                with lock:
                    statuses["not sent"] = statuses.get("not sent", 0) + 1
                continue
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                check(status, text, "%s %s %r" % (method, path, body[:80] if body else b""), failures)

    start = time.time()
    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("fuzz: %d requests in %.0f s, statuses %s, %d failures" % (
        total, time.time() - start, dict(sorted(statuses.items(), key=str)), len(failures)))
    for failure in failures[:10]:
        print("  " + failure)
    return not failures


def probe_during(name, attack, seconds=6):
    """Runs attack() in threads for `seconds`; a probe every 200 ms must answer 200 within 1 s."""
    stop = threading.Event()
    errors = []

    def attacker():
        while not stop.is_set():
            try:
                attack(stop)
            except (OSError, http.client.HTTPException):
                pass

    threads = [threading.Thread(target=attacker, daemon=True) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    latencies, end = [], time.time() + seconds
    while time.time() < end:
        start = time.time()
        try:
            status, body, _ = request("POST", "/graphql", PROBE, {"Content-Type": "application/json"}, timeout=5)
            if status != 200 or '"id"' not in body:
                errors.append("probe answered %d: %s" % (status, body[:100]))
        except (OSError, http.client.HTTPException) as e:
            errors.append("probe failed: %s" % e)
        latencies.append(time.time() - start)
        time.sleep(0.2)
    stop.set()
    for t in threads:
        t.join(timeout=20)
    slow = [l for l in latencies if l >= 1.0]
    ok = not errors and not slow
    print("attack %-32s probes %3d, max %.3f s, p50 %.3f s: %s" % (
        name, len(latencies), max(latencies), sorted(latencies)[len(latencies) // 2],
        "ok" if ok else "FAILED " + "; ".join(errors[:3]) + (" %d probes >= 1 s" % len(slow) if slow else "")))
    return ok


def post(body, headers=None, timeout=15):
    return request("POST", "/graphql", body, dict({"Content-Type": "application/json"}, **(headers or {})), timeout)


def nested_fragments():
    query = ("query { ...A } fragment A on Query { motions(first: 100) { nodes { ...B } } }"
             " fragment B on Motion { ...C submitters { ...D } }"
             " fragment C on Motion { neighbours(first: 100) { node { id } } statusHistory { status } }"
             " fragment D on Person { motions { ...C submitters { motions { ...C } } } }")
    return json.dumps({"query": query})


def overflow():
    return json.dumps({"query": "{ motions(first: 100) { nodes { neighbours(first: 1073741823) { node {"
                                " neighbours(first: 1073741823) { relation } } } } } }"})


def aliases():
    return json.dumps({"query": "{" + " ".join('a%d: motion(kamerstuk: "31765-446") { id }' % i for i in range(1000)) + " }"})


def unpaged_depth():
    return json.dumps({"query": "{ organisations(first: 100) { nodes { programmes { pilots { partners {"
                                " programmes { pilots { partners { programmes { name } } } } } } } } } }"})


def refused(status, body):
    if status >= 500 and status != 503:
        raise AssertionError("attack got %d: %s" % (status, body[:200]))


def slow_body(stop):
    sock = socket.create_connection((HOST, PORT), timeout=30)
    try:
        sock.sendall(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
        while not stop.is_set():
            sock.sendall(b" ")
            time.sleep(0.5)
    finally:
        sock.close()


def slow_headers(stop):
    sock = socket.create_connection((HOST, PORT), timeout=30)
    try:
        sock.sendall(b"POST /graphql HTTP/1.1\r\nHost: x\r\n")
        while not stop.is_set():
            sock.sendall(b"X-a: b\r\n")
            time.sleep(0.5)
    finally:
        sock.close()


def attacks():
    results = [
        probe_during("nested fragments x4", lambda s: refused(*post(nested_fragments())[:2])),
        probe_during("first: 1073741823 x4", lambda s: refused(*post(overflow())[:2])),
        probe_during("1000 aliases x4", lambda s: refused(*post(aliases())[:2])),
        probe_during("unpaged depth x4", lambda s: refused(*post(unpaged_depth())[:2])),
        probe_during("Accept/Content-Type ';' x4", lambda s: (refused(*post(PROBE, {"Accept": ";"})[:2]),
                                                              refused(*post(PROBE, {"Content-Type": ";"})[:2]))),
    ]
    slow_threads = 16

    def many(fn):
        def run(stop):
            threads = [threading.Thread(target=fn, args=(stop,), daemon=True) for _ in range(slow_threads // 4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        return run

    results.append(probe_during("16 slow bodies", many(slow_body), seconds=8))
    results.append(probe_during("16 slow headers", many(slow_headers), seconds=8))
    return all(results)


if __name__ == "__main__":
    ok = fuzz(TOTAL)
    ok = attacks() and ok
    print("fuzz and attacks:", "PASSED" if ok else "FAILED")
    sys.exit(0 if ok else 1)
