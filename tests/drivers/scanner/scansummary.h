// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One line that states everything a ScanResult says, so table-driven tests compare exact
// expected values in one QCOMPARE. Only fields that are set appear, always in this order:
//   kind sym aim gtin as(gtinAsScanned, if it differs) addon sscc content lot serial prod due
//   pack best sell exp count g(net grams) lb price cur other vm text
// A Decimal is written units/decimals: "1299/2" is 12.99.

#include "drivers/scanner/scanresult.h"

#include <QStringList>

namespace ok::scanner::test {

inline QString kindName(ContentKind k)
{
    switch (k) {
    case ContentKind::Text:
        return QStringLiteral("Text");
    case ContentKind::Gtin:
        return QStringLiteral("Gtin");
    case ContentKind::Gs1:
        return QStringLiteral("Gs1");
    case ContentKind::DigitalLink:
        return QStringLiteral("DigitalLink");
    case ContentKind::VariableMeasure:
        return QStringLiteral("VariableMeasure");
    }
    return QStringLiteral("?");
}

inline QString decimal(const Decimal &d)
{
    return QStringLiteral("%1/%2").arg(d.units).arg(d.decimals);
}

inline QString summary(const ScanResult &r)
{
    QStringList p;
    p << QStringLiteral("kind=") + kindName(r.kind);
    if (r.symbology != Symbology::Unknown)
        p << QStringLiteral("sym=") + symbologyName(r.symbology);
    if (!r.aimIdentifier.isEmpty())
        p << QStringLiteral("aim=") + QString::fromLatin1(r.aimIdentifier);
    if (!r.gtin.isEmpty())
        p << QStringLiteral("gtin=") + r.gtin;
    if (!r.gtinAsScanned.isEmpty() && r.gtinAsScanned != r.gtin)
        p << QStringLiteral("as=") + r.gtinAsScanned;
    if (!r.addOn.isEmpty())
        p << QStringLiteral("addon=") + r.addOn;
    const Gs1Data &g = r.gs1;
    const auto text = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            p << QLatin1String(key) + QLatin1Char('=') + v;
    };
    const auto date = [&](const char *key, QDate d) {
        if (d.isValid())
            p << QLatin1String(key) + QLatin1Char('=') + d.toString(Qt::ISODate);
    };
    text("sscc", g.sscc);
    text("content", g.containedGtin);
    text("lot", g.lot);
    text("serial", g.serial);
    date("prod", g.productionDate);
    date("due", g.dueDate);
    date("pack", g.packagingDate);
    date("best", g.bestBefore);
    date("sell", g.sellBy);
    date("exp", g.expiry);
    if (g.count)
        p << QStringLiteral("count=%1").arg(*g.count);
    if (g.netWeightGrams)
        p << QStringLiteral("g=%1").arg(*g.netWeightGrams);
    if (g.netWeightPounds)
        p << QStringLiteral("lb=") + decimal(*g.netWeightPounds);
    if (g.price)
        p << QStringLiteral("price=") + decimal(*g.price);
    if (g.priceWithCurrency)
        p << QStringLiteral("cur=%1:").arg(g.priceCurrencyNumeric) + decimal(*g.priceWithCurrency);
    if (!g.otherElements.isEmpty()) {
        QStringList o;
        for (const Gs1Element &e : g.otherElements)
            o << e.ai + QLatin1Char(':') + e.value;
        p << QStringLiteral("other=") + o.join(QLatin1Char(','));
    }
    if (r.variableMeasure) {
        const VariableMeasure &vm = *r.variableMeasure;
        QString s = QStringLiteral("vm=%1/%2/%3").arg(vm.prefix, vm.itemReference, decimal(vm.value));
        s += vm.kind == VariableMeasure::Kind::Price ? QStringLiteral(" minor=%1").arg(vm.priceMinor)
                                                     : QStringLiteral(" grams=%1").arg(vm.weightGrams);
        p << s;
    }
    text("text", r.text);
    return p.join(QLatin1Char(' '));
}

} // namespace ok::scanner::test
