// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ok {

// 128-bit integer for intermediate products (amount × rate, price × grams) that must never
// overflow or go through floating point. __extension__ keeps -Wpedantic quiet: this is the same
// type as __int128, spelled once here so that no caller needs its own pragma.
__extension__ typedef __int128 Int128;

enum class RoundingMode {
    HalfUp,   // half away from zero ("commercial" rounding): 2.5 → 3, -2.5 → -3
    HalfEven, // banker's rounding: 2.5 → 2, 3.5 → 4, -2.5 → -2
};

// Returns numerator / denominator rounded to an integer by `mode`, computed exactly in integers.
// Works for any combination of signs. Preconditions (programmer errors, Q_ASSERTed):
// denominator != 0 (returns 0 in release builds), |numerator| and |denominator| < 2^126, and the
// rounded quotient fits in qint64.
qint64 divRound(Int128 numerator, Int128 denominator, RoundingMode mode = RoundingMode::HalfUp);

} // namespace ok
