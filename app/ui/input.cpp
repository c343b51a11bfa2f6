// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/input.h"

namespace ok::input {

namespace {
const Currency kHundredths{QStringLiteral("XXX"), 2, 1};
const Currency kThousandths{QStringLiteral("XXX"), 3, 1};
const Currency kWhole{QStringLiteral("XXX"), 0, 1};
} // namespace

std::optional<qint64> amount(const QString &text, const Currency &currency)
{
    const auto m = Money::parse(text, currency);
    return m ? std::optional<qint64>(m->minor()) : std::nullopt;
}

std::optional<qint64> percentBp(const QString &text)
{
    const auto m = Money::parse(text, kHundredths);
    if (!m || m->minor() < 0 || m->minor() > 10000)
        return std::nullopt;
    return m->minor();
}

std::optional<qint64> quantity(const QString &text, bool weighed)
{
    const auto q = Money::parse(text, weighed ? kThousandths : kWhole);
    if (!q || q->minor() <= 0)
        return std::nullopt;
    return q->minor();
}

std::optional<DenominationCounts> counts(const QVariantMap &map)
{
    DenominationCounts out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        bool denominationOk = false, countOk = true;
        const qint64 d = it.key().toLongLong(&denominationOk);
        const QString typed = it.value().toString().trimmed();
        const qint64 n = typed.isEmpty() ? 0 : typed.toLongLong(&countOk);
        if (!denominationOk || !countOk || n < 0 || d <= 0)
            return std::nullopt;
        if (n)
            out.insert(d, n);
    }
    return out;
}

} // namespace ok::input
