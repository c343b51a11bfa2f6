// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scanresult.h"

#include <QCoreApplication>

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

namespace {
QString decimalText(const Decimal &d)
{
    QString digits = QString::number(d.units < 0 ? -d.units : d.units);
    if (d.decimals > 0) {
        digits = digits.rightJustified(d.decimals + 1, QLatin1Char('0'));
        digits.insert(digits.size() - d.decimals, QLatin1Char('.'));
    }
    return d.units < 0 ? QLatin1Char('-') + digits : digits;
}
} // namespace

QString describeScan(const ScanResult &r)
{
    const QString symbology = r.symbology == Symbology::Unknown ? QCoreApplication::translate("ok::scanner::ScanResult", "no AIM identifier") : symbologyName(r.symbology);
    QString meaning;
    switch (r.kind) {
    case ContentKind::Gtin:
        meaning = QCoreApplication::translate("ok::scanner::ScanResult", "GTIN %1").arg(r.gtin);
        if (!r.addOn.isEmpty())
            meaning += QStringLiteral(", ") + QCoreApplication::translate("ok::scanner::ScanResult", "add-on %1").arg(r.addOn);
        break;
    case ContentKind::Gs1:
        meaning = QCoreApplication::translate("ok::scanner::ScanResult", "GS1 %1").arg(r.gs1.toHumanReadable());
        break;
    case ContentKind::DigitalLink:
        meaning = QCoreApplication::translate("ok::scanner::ScanResult", "GS1 Digital Link %1").arg(r.gs1.toHumanReadable());
        break;
    case ContentKind::VariableMeasure:
        if (r.variableMeasure && r.variableMeasure->kind == VariableMeasure::Kind::Weight)
            meaning = QCoreApplication::translate("ok::scanner::ScanResult", "in-store code, item %1, weight %2 kg")
                          .arg(r.variableMeasure->itemReference, decimalText(r.variableMeasure->value));
        else if (r.variableMeasure)
            meaning = QCoreApplication::translate("ok::scanner::ScanResult", "in-store code, item %1, price %2")
                          .arg(r.variableMeasure->itemReference, decimalText(r.variableMeasure->value));
        break;
    case ContentKind::Text: {
        constexpr qsizetype kShown = 48;
        const QString text = r.text.size() > kShown ? r.text.left(kShown) + QChar(0x2026) : r.text;
        meaning = QCoreApplication::translate("ok::scanner::ScanResult", "text \"%1\" (%2 characters)").arg(text).arg(r.text.size());
        break;
    }
    }
    return QStringLiteral("%1: %2").arg(symbology, meaning);
}

} // namespace ok::scanner
