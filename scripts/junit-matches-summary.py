#!/usr/bin/env python3
"""Checks a grader JUnit report with three independent readers against the grader's own summary.

usage: junit-matches-summary.py JUNIT_XML TERMINAL_OUTPUT

The terminal's last "Total:" line (e.g. "Total: 3 / 9 points (33.3%) · 2 of 5 cases passed · 1 failed · 1 error
· 1 skipped") must agree with the testcases junitparser finds: passed, failed, errors (timeouts count as
errors in JUnit) and skipped; and each suite's tests, failures, errors and skipped attributes (and those the
testsuites root writes) must be the counts of the testcases inside it. xunitparser (which merges every
suite's properties into one table, and so fails on a repeated property name) must read the same counts,
and junit2html must render the report.
"""
import os
import re
import sys
import tempfile

import xunitparser
from junit2htmlreport import parser as junit2html_parser
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


COUNT_ATTRIBUTES = {"tests": "cases", "failures": "failed", "errors": "errors", "skipped": "skipped"}
"""Each count attribute of a testsuite (or of the testsuites root) and the testcase count it must equal."""


def written_counts(element):
    """An element's count attributes as the report writes them, absent ones left out.

    Read from the XML element itself: junitparser's own `tests`, `failures`, ... compute an absent
    attribute from the testcases (and rewrite the others), which would hide what the report says.
    """
    return {name: element._elem.attrib[name] for name in COUNT_ATTRIBUTES if name in element._elem.attrib}


def attribute_disagreements(written, counts):
    """The count attributes whose values are not the testcases' counts, as "name=value (testcases: n)"."""
    return [f"{name}={value} (testcases: {counts[COUNT_ATTRIBUTES[name]]})" for name, value in written.items()
            if value != str(counts[COUNT_ATTRIBUTES[name]])]


def junit_counts(path):
    """The testcases' counts by outcome; exits when a suite's count attributes (every one is required) or
    the root's (those it writes) disagree with the testcases they count."""
    counts = {"cases": 0, "failed": 0, "errors": 0, "skipped": 0}
    xml = JUnitXml.fromfile(path)
    for suite in xml:
        kinds = {"cases": 0, "failed": 0, "errors": 0, "skipped": 0}
        for case in suite:
            kinds["cases"] += 1
            results = case.result
            if any(isinstance(r, Failure) for r in results):
                kinds["failed"] += 1
            elif any(isinstance(r, Error) for r in results):
                kinds["errors"] += 1
            elif any(isinstance(r, Skipped) for r in results):
                kinds["skipped"] += 1
        written = written_counts(suite)
        problems = [f"no {name} attribute" for name in COUNT_ATTRIBUTES if name not in written]
        problems += attribute_disagreements(written, kinds)
        if problems:
            sys.exit(f"suite {suite.name}: its count attributes disagree with its testcases: {', '.join(problems)}")
        for key, value in kinds.items():
            counts[key] += value
    problems = attribute_disagreements(written_counts(xml), counts)
    if problems:
        sys.exit(f"testsuites: its count attributes disagree with all the testcases: {', '.join(problems)}")
    counts["passed"] = counts["cases"] - counts["failed"] - counts["errors"] - counts["skipped"]
    return counts


def xunitparser_counts(path):
    """The counts xunitparser reads (it raises on a report it cannot read)."""
    with open(path, encoding="utf-8") as source:
        _, result = xunitparser.parse(source)
    skipped = len(result.skipped)
    cases = result.testsRun
    failed, errors = len(result.failures), len(result.errors)
    return {"cases": cases, "failed": failed, "errors": errors, "skipped": skipped,
            "passed": cases - failed - errors - skipped}


def junit2html_renders(path):
    """Whether junit2html turns the report into an HTML page naming every suite."""
    report = junit2html_parser.Junit(filename=path)
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "report.html")
        with open(target, "w", encoding="utf-8") as page:
            page.write(report.html())
        return os.path.getsize(target) > 0 and len(report.suites) > 0


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    expected = summary_counts(open(sys.argv[2], encoding="utf-8").read())
    found = junit_counts(sys.argv[1])
    if expected != found:
        sys.exit(f"{sys.argv[1]}: junitparser counts {found}, the grader's summary says {expected}")
    other = xunitparser_counts(sys.argv[1])
    if other != found:
        sys.exit(f"{sys.argv[1]}: xunitparser counts {other}, junitparser {found}")
    if not junit2html_renders(sys.argv[1]):
        sys.exit(f"{sys.argv[1]}: junit2html rendered no suite")
    print(f"{sys.argv[1]}: {found['cases']} testcases ({found['passed']} passed, {found['failed']} failed, "
          f"{found['errors']} errors, {found['skipped']} skipped) agree with the grader's summary, "
          "as junitparser and xunitparser read them; junit2html renders it")


if __name__ == "__main__":
    main()
