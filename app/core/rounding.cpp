// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounding.h"

#include <limits>

namespace ok {

qint64 divRound(Int128 numerator, Int128 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator != 0);
    if (denominator == 0)
        return 0;
    // Normalise to a positive denominator so that only the numerator carries the sign.
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    // C++ division truncates toward zero; the remainder has the numerator's sign.
    Int128 quotient = numerator / denominator;
    const Int128 remainder = numerator % denominator;
    const Int128 twiceAbsRemainder = 2 * (remainder < 0 ? -remainder : remainder);

    bool awayFromZero = false;
    if (twiceAbsRemainder > denominator) {
        awayFromZero = true;
    } else if (twiceAbsRemainder == denominator) {
        awayFromZero = mode == RoundingMode::HalfUp || (quotient % 2 != 0);
    }
    if (awayFromZero)
        quotient += numerator < 0 ? -1 : 1;

    Q_ASSERT(quotient >= std::numeric_limits<qint64>::min()
             && quotient <= std::numeric_limits<qint64>::max());
    return static_cast<qint64>(quotient);
}

} // namespace ok
