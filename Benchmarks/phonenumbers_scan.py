"""The reference for the Terms-of-Service benchmark: Google's libphonenumber (Python port) finding phone numbers in
the same overview text, one overview per line, on one core. Prints MB/s and the number of matches."""
import sys
import time

import phonenumbers

# Regions tried for numbers without a country code: the corpus writes US and UK numbers.
REGIONS = ("US", "GB")


def main(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    total = sum(len(line.encode("utf-8")) for line in lines)
    start = time.perf_counter()
    matches = 0
    for line in lines:
        found = set()
        for region in REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(line, region):
                found.add(match.start)
        matches += len(found)
    seconds = time.perf_counter() - start
    print(f"phonenumbers ({'+'.join(REGIONS)}): {len(lines)} overviews, {total / 1e6:.1f} MB in {seconds:.2f} s: "
          f"{total / seconds / 1e6:.2f} MB/s, {matches} matches")


if __name__ == "__main__":
    main(sys.argv[1])
