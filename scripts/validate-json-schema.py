#!/usr/bin/env python3
"""Validates JSON files (or standard input, '-') against a JSON Schema (or one of its $defs with --def NAME);
prints each error and exits 1 on any."""
import json
import sys

import jsonschema


def main() -> int:
    args = sys.argv[1:]
    definition = None
    if len(args) >= 2 and args[0] == "--def":
        definition, args = args[1], args[2:]
    if len(args) < 2:
        print("usage: validate-json-schema.py [--def NAME] SCHEMA FILE|- [FILE ...]", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    if definition:
        # Validate against one of the schema's $defs (e.g. a bare account record).
        schema = {"$schema": schema.get("$schema"), "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failed = False
    for path in args[1:]:
        document = json.load(sys.stdin) if path == "-" else json.load(open(path, encoding="utf-8"))
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            pointer = "/" + "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {pointer}: {error.message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
