#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording (standard library only).

    python3 bench/jfr-top.py recording.jfr [--top 15]

Runs `jfr print --json --events jdk.ExecutionSample` and prints, over the samples of all threads:
  - phase: each sample put under the innermost frame that matches one of PHASES (the import's
    steps, page rendering, multipart parsing, ...), so library code counts for the step calling it;
  - app: the innermost vn.lantoa method of each sample (lambdas skipped), inclusive;
  - self: the top frame of each sample (where the CPU actually was).
Only Java code running on a CPU is sampled: JIT compilation, GC and time waiting for PostgreSQL are
not in these figures (compare with the process CPU times the benchmark prints).
"""

import argparse
import collections
import json
import shutil
import subprocess
import sys


PHASES = [
    ("vn.lantoa.org.transfer.UnitFile.read", "parse the file (UnitFile.read*)"),
    ("vn.lantoa.org.transfer.ImportPlan.", "plan (ImportPlan)"),
    ("vn.lantoa.org.transfer.UnitWriter.", "write (UnitWriter)"),
    ("vn.lantoa.org.transfer.UnitImports.plan", "load the existing units (UnitImports.plan, SQL)"),
    ("vn.lantoa.org.transfer.UnitImports.content", "read the stored file (bytea)"),
    ("vn.lantoa.org.transfer.UnitImports.upload", "store the file (insert bytea)"),
    ("vn.lantoa.org.transfer.UnitImports.write", "write: audit, status"),
    ("org.thymeleaf.", "render the page (Thymeleaf)"),
    ("vn.lantoa.org.tree.UnitQueries.", "tree queries (UnitQueries, SQL)"),
    ("vn.lantoa.newsroom.queue.StoryQueries.", "newsroom lists (StoryQueries, SQL)"),
    ("vn.lantoa.newsroom.queue.StepTimes.", "waiting times (StepTimes)"),
    ("org.apache.tomcat.util.http.fileupload.", "multipart parsing (Tomcat)"),
    ("org.springframework.web.multipart.", "multipart parsing (Tomcat)"),
    ("org.apache.catalina.connector.Request.parseParts", "multipart parsing (Tomcat)"),
    ("vn.lantoa.accounts.internal.Principals.", "account reload per request (FreshActorFilter)"),
    ("org.springframework.session.", "session (Spring Session JDBC)"),
]

# For samples under none of the steps above: the library they are in (innermost match).
LIBRARIES = [
    ("java.util.zip.", "gzip (response compression)"),
    ("org.postgresql.", "JDBC driver (other SQL)"),
    ("com.zaxxer.hikari.", "connection pool"),
    ("org.hibernate.", "Hibernate (other)"),
    ("org.springframework.security.", "Spring Security filters"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("org.springframework.web.", "Spring MVC"),
]


def frames(event):
    stack = event.get("values", {}).get("stackTrace") or {}
    for frame in stack.get("frames", []):
        method = frame.get("method", {})
        cls = method.get("type", {}).get("name", "?")
        yield "%s.%s" % (cls.replace("/", "."), method.get("name", "?"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--stacks", type=int, default=0, help="also print the N most common stacks")
    parser.add_argument("--depth", type=int, default=40, help="frames shown per stack")
    args = parser.parse_args()
    jfr = shutil.which("jfr") or "jfr"
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample",
                          args.recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(out).get("recording", {}).get("events", [])
    if not events:
        print("  no CPU samples")
        return
    stacks = collections.Counter()
    phases = collections.Counter()
    selfs = collections.Counter()
    apps = collections.Counter()
    threads = collections.Counter()
    for e in events:
        fs = list(frames(e))
        if not fs:
            continue
        selfs[fs[0]] += 1
        stacks[tuple(fs[:args.depth])] += 1
        phase = next((label for f in fs for prefix, label in PHASES if f.startswith(prefix)), None) \
            or next((label for f in fs for prefix, label in LIBRARIES if f.startswith(prefix)), "other")
        phases[phase] += 1
        app = next((f for f in fs if f.startswith("vn.lantoa.") and "$$Lambda" not in f and "$Lambda" not in f),
                   "(no vn.lantoa frame)")
        apps[app] += 1
        thread = (e.get("values", {}).get("sampledThread") or {}).get("javaName") or "?"
        threads[thread.rstrip("0123456789")] += 1
    n = len(events)
    print("  %d CPU samples (about 20 ms apart per running thread)" % n)
    print("  by thread:  " + ", ".join("%s %d%%" % (t, c * 100 // n) for t, c in threads.most_common(4)))
    print("  by step:")
    for name, c in phases.most_common():
        print("    %5.1f%%  %s" % (c * 100.0 / n, name))
    print("  innermost app method (inclusive):")
    for name, c in apps.most_common(args.top):
        print("    %5.1f%%  %s" % (c * 100.0 / n, name))
    print("  top frame (self):")
    for name, c in selfs.most_common(args.top):
        print("    %5.1f%%  %s" % (c * 100.0 / n, name))
    for stack, c in stacks.most_common(args.stacks):
        print("  stack of %.1f%% of the samples:" % (c * 100.0 / n))
        for f in stack:
            print("      " + f)


if __name__ == "__main__":
    sys.exit(main())
