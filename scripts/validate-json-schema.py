#!/usr/bin/env python3
"""Validates JSON files (or standard input, '-') against a JSON Schema; prints each error and exits 1 on any."""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) < 3:
        print("usage: validate-json-schema.py SCHEMA FILE|- [FILE ...]", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failed = False
    for path in sys.argv[2:]:
        document = json.load(sys.stdin) if path == "-" else json.load(open(path, encoding="utf-8"))
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            pointer = "/" + "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {pointer}: {error.message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
