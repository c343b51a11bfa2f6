// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scanresult.h"

#include <limits>

namespace ok::scanner {

QString symbologyName(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Unknown:
        return QStringLiteral("unknown");
    case Symbology::Ean13Upc:
        return QStringLiteral("EAN-13/UPC");
    case Symbology::Ean8:
        return QStringLiteral("EAN-8");
    case Symbology::Code128:
        return QStringLiteral("Code 128");
    case Symbology::Gs1_128:
        return QStringLiteral("GS1-128");
    case Symbology::Gs1DataBar:
        return QStringLiteral("GS1 DataBar");
    case Symbology::DataMatrix:
        return QStringLiteral("Data Matrix");
    case Symbology::Gs1DataMatrix:
        return QStringLiteral("GS1 DataMatrix");
    case Symbology::Qr:
        return QStringLiteral("QR Code");
    case Symbology::Gs1Qr:
        return QStringLiteral("GS1 QR Code");
    }
    return {};
}

std::optional<qint64> Decimal::scaledTo(int target) const
{
    if (decimals < 0 || target < 0 || decimals > 18 || target > 18)
        return std::nullopt;
    qint64 v = units;
    for (int d = decimals; d < target; ++d) {
        if (v > std::numeric_limits<qint64>::max() / 10 || v < std::numeric_limits<qint64>::min() / 10)
            return std::nullopt;
        v *= 10;
    }
    for (int d = decimals; d > target; --d) {
        if (v % 10 != 0)
            return std::nullopt;
        v /= 10;
    }
    return v;
}

QString Gs1Data::toHumanReadable() const
{
    QString out;
    for (const Gs1Element &e : elements)
        out += QLatin1Char('(') + e.ai + QLatin1Char(')') + e.value;
    return out;
}

} // namespace ok::scanner
