// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace ok {

// GS1 check digit (GS1 General Specifications §7.9.1) for the data digits of a GTIN-8, -12, -13
// or -14, i.e. 7, 11, 12 or 13 ASCII digits without the check digit. Weights 3, 1, 3, ... are
// applied from the rightmost data digit. Returns 0..9, or -1 if the input has another length or
// contains anything but ASCII '0'..'9' (no trimming: a scanner's suffix must be stripped first).
int gtinCheckDigit(QStringView digitsWithoutCheck);

// True for a GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) or GTIN-14 with a correct check digit.
bool isValidGtin(QStringView code);

// What a person typed has the shape of a product barcode (8, 12, 13 or 14 ASCII digits, leading
// and trailing spaces ignored), so screens look it up as a code instead of searching names.
// Says nothing about the check digit: a wrong one is then reported as such, not searched for.
bool looksLikeBarcode(QStringView typed);

} // namespace ok
