// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shift.h"

#include <QtNumeric>

namespace ok {

std::optional<qint64> countedTotal(const DenominationCounts &counts)
{
    qint64 sum = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        qint64 part = 0;
        if (it.key() <= 0 || it.value() < 0 || qMulOverflow(it.key(), it.value(), &part) || qAddOverflow(sum, part, &sum))
            return std::nullopt;
    }
    return sum;
}

} // namespace ok
