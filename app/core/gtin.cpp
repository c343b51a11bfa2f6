// SPDX-License-Identifier: GPL-3.0-or-later
#include "gtin.h"

#include <algorithm>

namespace ok {

int gtinCheckDigit(QStringView digitsWithoutCheck)
{
    const qsizetype n = digitsWithoutCheck.size();
    if (n != 7 && n != 11 && n != 12 && n != 13)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = digitsWithoutCheck[n - 1 - i];
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

bool isValidGtin(QStringView code)
{
    if (code.isEmpty())
        return false;
    const QChar last = code.back();
    if (last < u'0' || last > u'9')
        return false;
    return gtinCheckDigit(code.chopped(1)) == last.unicode() - u'0';
}

bool looksLikeBarcode(QStringView typed)
{
    const QStringView t = typed.trimmed();
    const qsizetype n = t.size();
    if (n != 8 && (n < 12 || n > 14))
        return false;
    return std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace ok
