// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customer.h"

#include "core/gtin.h"

namespace ok {

bool isLoyaltyId(const QString &code)
{
    return code.size() == 13 && code.startsWith(QLatin1String("298")) && isValidGtin(code);
}

} // namespace ok
