#!/usr/bin/env python3
"""Checks a grader JUnit report with an independent parser (junitparser) against the grader's own summary.

usage: junit-matches-summary.py JUNIT_XML TERMINAL_OUTPUT

The terminal's last "Total:" line (e.g. "Total: 3 / 9 points (33.3%) · 2 of 5 cases passed · 1 failed · 1 error
· 1 skipped") must agree with the testcases junitparser finds: passed, failed, errors (timeouts count as
errors in JUnit) and skipped; and each suite's counts must add up to its testcases.
"""
import re
import sys

from junitparser import Error, Failure, JUnitXml, Skipped


def summary_counts(terminal_text):
    totals = [line for line in terminal_text.splitlines() if line.startswith("Total:")]
    if not totals:
        sys.exit("no 'Total:' line in the grader's output")
    line = totals[-1]
    passed, cases = map(int, re.search(r"(\d+) of (\d+) cases passed", line).groups())
    def count(word):
        match = re.search(r"(\d+) " + word, line)
        return int(match.group(1)) if match else 0
    return {"cases": cases, "passed": passed, "failed": count("failed"),
            "errors": count("errors?") + count("timed out"), "skipped": count("skipped")}


def junit_counts(path):
    counts = {"cases": 0, "passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    xml = JUnitXml.fromfile(path)
    for suite in xml:
        suite_cases = list(suite)
        kinds = {"failed": 0, "errors": 0, "skipped": 0}
        for case in suite_cases:
            results = case.result
            if any(isinstance(r, Failure) for r in results):
                kinds["failed"] += 1
            elif any(isinstance(r, Error) for r in results):
                kinds["errors"] += 1
            elif any(isinstance(r, Skipped) for r in results):
                kinds["skipped"] += 1
        if suite.tests != len(suite_cases) or suite.failures != kinds["failed"] or suite.errors != kinds["errors"]:
            sys.exit(f"suite {suite.name}: attributes tests={suite.tests} failures={suite.failures} "
                     f"errors={suite.errors} disagree with its {len(suite_cases)} testcases {kinds}")
        counts["cases"] += len(suite_cases)
        for key, value in kinds.items():
            counts[key] += value
    counts["passed"] = counts["cases"] - counts["failed"] - counts["errors"] - counts["skipped"]
    return counts


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    expected = summary_counts(open(sys.argv[2], encoding="utf-8").read())
    found = junit_counts(sys.argv[1])
    if expected != found:
        sys.exit(f"{sys.argv[1]}: junitparser counts {found}, the grader's summary says {expected}")
    print(f"{sys.argv[1]}: {found['cases']} testcases ({found['passed']} passed, {found['failed']} failed, "
          f"{found['errors']} errors, {found['skipped']} skipped) agree with the grader's summary")


if __name__ == "__main__":
    main()
