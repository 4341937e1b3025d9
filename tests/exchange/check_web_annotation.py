#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Web Annotation export (an AnnotationCollection with its first page embedded) against the W3C's
own test assertions (tests/data/w3c-web-annotation-tests, from w3c/web-annotation-tests), run with a
standard JSON Schema validator (python3-jsonschema, draft 4, formats checked).

Usage: check_web_annotation.py EXPORT.jsonld ASSERTIONS_DIR

Each assertion is a JSON Schema with an assertionType (must, should, may) and an expectedResult; it passes
when validating the object gives the expected result. The collection and its embedded page are checked as
one object (the page assertions look into "first"), every annotation of the page on its own, under the
collection's @context. Prints one line
per MUST and SHOULD assertion, then the counts; exits with 1 when a MUST fails anywhere, or an applicable
SHOULD (see APPLICABLE_SHOULDS) fails for any object, and with 2 when the validator is missing.
"""

import datetime
import json
import pathlib
import sys
import warnings

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (.ci/install-deps installs it)", file=sys.stderr)
    sys.exit(2)

# The SHOULD assertions that apply to what Hamish exports, and must pass. The others, and why not:
#  body language: the tag is a label's name (an identifier), the note the user's text in any language;
#  body and target creator and created, and their agents: a body or target is made with its annotation,
#    and the article's own author and date are not known;
#  conformsTo: only for a FragmentSelector; generator agent: no generator is named (a MAY).
#  creator agent id: an annotator is known by the login name only, which is not an IRI.
APPLICABLE_SHOULDS = {
    "3.3.1-annotationSingleCreatorImplemented.json",
    "3.3.1-annotationCreatedImplemented.json",
    "3.3.5-annotationSingleMotivationImplemented.json",
    "3.1-bodyKeyFound.json",
    "3.2.1-bodySingleFormat.json",
    "3.2.4-bodyETBTypeTextualBody.json",
    "3.2.1-targSingleFormat.json",
    "3.2.1-targSingleLanguage.json",
    "4.2.4-prefix.json",
    "4.2.4-suffix.json",
    "3.3.2-annotationCreatorAgentTypeImplemented.json",
    "5.1-collectionLabelImplemented.json",
    "5.1-collectionLastImplemented.json",
    "5.1-collectionTotalImplemented.json",
    "5.2-pagePartOfImplemented.json",
    "5.2-pageStartIndexImplemented.json",
}

COLLECTION_TESTS = [
    "collections/collectionMusts.test",
    "collections/collectionOptionals.test",
    "collections/pages/pageMusts.test",
    "collections/pages/pageOptionals.test",
]
ANNOTATION_TESTS = [
    "annotations/annotationMusts.test",
    "annotations/annotationOptionals.test",
    "annotations/annotationsAgentOptionals.test",
]

BASE = "https://assertions.invalid/"


def format_checker():
    checker = jsonschema.FormatChecker()
    if "uri" not in checker.checkers:
        print("python3-rfc3987 is not installed: the validator cannot check URIs (.ci/install-deps installs it)",
              file=sys.stderr)
        sys.exit(2)
    if "date-time" not in checker.checkers:
        # Debian's jsonschema checks date-time only with a package Debian does not have: RFC 3339 by hand.
        @checker.checks("date-time", raises=ValueError)
        def is_date_time(value):
            if not isinstance(value, str):
                return True
            if "T" not in value.upper() or not (value.endswith(("Z", "z")) or value[-6] in "+-"):
                raise ValueError("not an RFC 3339 date-time")
            datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
            return True
    return checker


def refuse_remote(url):
    raise LookupError(f"{url} is not among the assertions")


def load(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def main():
    export_path, assertions_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    collection = load(export_path)
    # An annotation inside the page is under the collection's @context (JSON-LD): checked on its own, as the
    # W3C's tests take one annotation at a time, it carries that context.
    annotations = [{"@context": collection.get("@context"), **item} if "@context" not in item else item
                   for item in collection.get("first", {}).get("items", [])]
    store = {BASE + path.name: load(path) for path in (assertions_dir / "definitions").glob("*.json")}
    checker = format_checker()

    def check(assertion_path, instance):
        schema = load(assertions_dir / assertion_path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            # Every reference resolves inside the assertions: nothing is fetched.
            resolver = jsonschema.RefResolver(BASE + schema.get("id", assertion_path), schema, store=store,
                                              handlers={"https": refuse_remote, "http": refuse_remote})
            validator = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)
            valid = validator.is_valid(instance)
        return schema.get("assertionType", "must"), valid == (schema.get("expectedResult", "valid") == "valid")

    results = []  # (assertion, level, objects passed, objects checked)
    for tests, instances in ((COLLECTION_TESTS, [collection]), (ANNOTATION_TESTS, annotations)):
        for test in tests:
            for assertion in load(assertions_dir / test)["assertions"]:
                outcomes = [check(assertion, instance) for instance in instances]
                level = outcomes[0][0] if outcomes else "must"
                results.append((assertion, level, sum(ok for _, ok in outcomes), len(outcomes)))

    failed = False
    counts = {}
    for assertion, level, passed, checked in results:
        name = pathlib.Path(assertion).name
        if level == "must":
            applies = True
        elif level == "should":
            applies = name in APPLICABLE_SHOULDS
        else:
            continue
        ok = passed == checked
        key = (level, applies)
        applied, passing = counts.get(key, (0, 0))
        counts[key] = (applied + 1, passing + ok)
        if applies and not ok:
            failed = True
        status = "pass" if ok else ("FAIL" if applies else "not met")
        print(f"{level.upper():6} {status:7} {passed}/{checked} {assertion}{'' if applies else ' (does not apply)'}")
    must = counts.get(("must", True), (0, 0))
    should = counts.get(("should", True), (0, 0))
    other = counts.get(("should", False), (0, 0))
    print(f"annotations checked: {len(annotations)}")
    print(f"MUST: {must[1]} of {must[0]} pass")
    print(f"SHOULD that apply: {should[1]} of {should[0]} pass")
    print(f"SHOULD that do not apply: {other[0]} ({other[1]} met anyway)")
    return 1 if failed or not annotations else 0


if __name__ == "__main__":
    sys.exit(main())
