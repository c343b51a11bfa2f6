// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/receipts.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ok {


QByteArray receiptQrPayload(const QString &storeId, const QString &terminalId, qint64 receiptNo, const QString &saleId)
{
    return QStringLiteral("OKR1|%1|%2|%3|%4").arg(storeId, terminalId).arg(receiptNo).arg(saleId).toUtf8();
}

std::optional<ReceiptRef> parseReceiptRef(const QString &text, const QString &ownTerminal)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("OKR1|"))) {
        const QStringList parts = t.split(QLatin1Char('|'));
        bool ok = false;
        const qint64 no = parts.value(3).toLongLong(&ok);
        if (parts.size() != 5 || !ok || no <= 0 || parts.at(1).isEmpty() || parts.at(2).isEmpty() || parts.at(4).size() != 36)
            return std::nullopt;
        return ReceiptRef{parts.at(1), parts.at(2), no, parts.at(4)};
    }
    static const QRegularExpression typed(QStringLiteral("^(?:([A-Za-z0-9]{1,16})[-/ ])?([0-9]{1,12})$"));
    const auto m = typed.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 no = m.captured(2).toLongLong();
    if (no <= 0)
        return std::nullopt;
    return ReceiptRef{QString(), m.captured(1).isEmpty() ? ownTerminal : m.captured(1).toUpper(), no, QString()};
}

QString Receipts::tenderName(const QString &kind) const
{
    return kind == QLatin1String("cash") ? tr("Cash")
        : kind == QLatin1String("card")  ? tr("Card")
        : kind == QLatin1String("voucher") ? tr("Voucher")
        : kind == QLatin1String("loyalty") ? tr("Loyalty points")
                                           : tr("Store credit");
}

QString Receipts::actionText(const QString &key) const
{
    if (key == QLatin1String("void_line"))
        return tr("line voided");
    if (key == QLatin1String("void_sale"))
        return tr("sale voided");
    if (key == QLatin1String("price_override"))
        return tr("price changed");
    if (key == QLatin1String("large_discount"))
        return tr("discount");
    if (key == QLatin1String("return_without_receipt"))
        return tr("return without receipt");
    return key;
}

Receipts::Receipts(ReceiptHeader header)
    : m_header(std::move(header))
    , m_locale(m_header.language)
{
}

QString Receipts::amount(qint64 minor) const
{
    const int exp = m_header.currencyExponent;
    qint64 scale = 1;
    for (int i = 0; i < exp; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = m_locale.toString(qulonglong(abs / quint64(scale)));
    text.remove(m_locale.groupSeparator());
    if (exp > 0)
        text += m_locale.decimalPoint() + QStringLiteral("%1").arg(abs % quint64(scale), exp, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("-") + text : text;
}

QString Receipts::weightInput(qint64 grams)
{
    return QStringLiteral("%1.%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
}

QString Receipts::quantity(qint64 value, const QString &unit) const
{
    if (unit == QLatin1String("gram")) {
        const qint64 a = value < 0 ? -value : value;
        const QString number = (value < 0 ? QStringLiteral("-") : QString()) + m_locale.toString(qulonglong(a / 1000))
            + m_locale.decimalPoint() + QStringLiteral("%1").arg(a % 1000, 3, 10, QLatin1Char('0'));
        return tr("%1 kg").arg(number);
    }
    return m_locale.toString(value);
}

QString Receipts::dateTime(qint64 ms) const
{
    // The store's numeric date with a four-digit year (a receipt is kept for years), 24-hour time.
    QString date = m_locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return m_locale.toString(at, date + QStringLiteral(" HH:mm"));
}

void Receipts::header(ReceiptDocument &doc, const QString &title, qint64 atMs) const
{
    TextStyle big;
    big.alignment = Alignment::Centre;
    big.bold = true;
    big.doubleHeight = true;
    doc.addText(m_header.storeName, big);
    TextStyle centre;
    centre.alignment = Alignment::Centre;
    doc.addText(tr("Store %1 · Terminal %2").arg(m_header.storeId, m_header.terminalId), centre);
    doc.addText(dateTime(atMs), centre);
    doc.addSeparator();
    if (!title.isEmpty()) {
        TextStyle bold;
        bold.alignment = Alignment::Centre;
        bold.bold = true;
        doc.addText(title, bold);
    }
}

ReceiptDocument Receipts::sale(const StoredSale &stored, const QString &cashierName,
                                       std::optional<qint64> originalReceiptNo) const
{
    const SaleRecord &s = stored.sale;
    ReceiptDocument doc(language());
    const QString title = s.kind == QLatin1String("return") ? tr("RETURN %1").arg(stored.receiptNo)
        : s.kind == QLatin1String("exchange")               ? tr("EXCHANGE %1").arg(stored.receiptNo)
                                                            : tr("RECEIPT %1").arg(stored.receiptNo);
    header(doc, title, s.createdAtMs);
    if (originalReceiptNo)
        doc.addText(tr("For receipt %1").arg(*originalReceiptNo));
    doc.addSeparator();
    for (const auto &l : s.lines) {
        doc.addText(l.name);
        const QString unitPrice = l.unit == QLatin1String("gram") ? tr("%1/kg").arg(amount(l.unitPrice)) : amount(l.unitPrice);
        doc.addTwoColumns(QStringLiteral("  %1 x %2").arg(quantity(l.quantity, l.unit), unitPrice),
                          QStringLiteral("%1 %2").arg(amount(l.amount + l.discount), l.taxCode));
        if (l.discount != 0)
            doc.addTwoColumns(QStringLiteral("  ") + (l.note.isEmpty() ? tr("Discount") : l.note), amount(-l.discount));
        else if (!l.note.isEmpty())
            doc.addText(QStringLiteral("  ") + l.note);
        if (l.returnOfLine != 0)
            doc.addText(QStringLiteral("  ") + tr("returned, line %1").arg(l.returnOfLine));
    }
    doc.addSeparator();
    TextStyle total;
    total.bold = true;
    total.doubleWidth = true;
    doc.addTwoColumns(s.total < 0 ? tr("REFUND") : tr("TOTAL"), amount(s.total < 0 ? -s.total : s.total), total);
    if (s.discountTotal != 0)
        doc.addTwoColumns(tr("You saved"), amount(s.discountTotal));
    if (s.cashRounding != 0)
        doc.addTwoColumns(tr("Cash rounding"), amount(s.cashRounding));
    for (const auto &t : s.tenders) {
        QString name = tenderName(t.kind);
        // A points payment's reference is the redemption id: for the central service, not the paper.
        if (!t.reference.isEmpty() && t.kind != QLatin1String("loyalty"))
            name += QStringLiteral(" ") + t.reference;
        doc.addTwoColumns(name, amount(t.amount));
        if (t.change != 0)
            doc.addTwoColumns(tr("Change"), amount(t.change));
    }
    doc.addSeparator();
    doc.addThreeColumns(tr("Tax"), tr("Net", "before tax"), tr("Tax") + QStringLiteral(" / ") + tr("Gross"), 10, 20);
    for (const auto &t : s.taxes)
        doc.addThreeColumns(QStringLiteral("%1 %2%").arg(t.code, m_locale.toString(t.basisPoints / 100.0, 'g', 4)), amount(t.net),
                            amount(t.tax) + QStringLiteral(" / ") + amount(t.gross), 10, 20);
    doc.addSeparator();
    doc.addText(tr("Cashier: %1 (%2)").arg(cashierName, s.cashierId));
    for (const auto &a : s.approvals)
        doc.addText(tr("Approved by %1: %2").arg(a.staffId, actionText(a.action)));
    if (!s.customer.isEmpty())
        doc.addText(tr("Customer: %1").arg(s.customer));
    doc.addFeed(1);
    (void)doc.addQrCode(receiptQrPayload(s.storeId, s.terminalId, stored.receiptNo, s.id), 4);
    TextStyle centre;
    centre.alignment = Alignment::Centre;
    doc.addText(QStringLiteral("%1-%2").arg(s.terminalId).arg(stored.receiptNo), centre);
    if (s.kind == QLatin1String("sale"))
        doc.addText(tr("Keep this receipt for returns. Thank you!"), centre);
    doc.addFeed(3);
    doc.addCut();
    return doc;
}

ReceiptDocument Receipts::shiftReport(const ShiftRecord &shift, const ShiftFigures &f, bool z,
                                              const QString &staffName, qint64 atMs) const
{
    ReceiptDocument doc(language());
    header(doc, z ? tr("Z REPORT %1").arg(shift.zNo) : tr("X REPORT (shift still open)"), atMs);
    doc.addText(tr("Shift opened %1 by %2").arg(dateTime(shift.openedAtMs), shift.openedBy));
    if (f.lastReceipt > 0)
        doc.addText(tr("Receipts %1 to %2").arg(f.firstReceipt).arg(f.lastReceipt));
    doc.addSeparator();
    doc.addTwoColumns(tr("Sales (%1)").arg(f.salesCount), amount(f.salesTotal));
    doc.addTwoColumns(tr("Returns (%1)").arg(f.returnsCount), amount(f.returnsTotal));
    doc.addTwoColumns(tr("Net", "sales minus returns"), amount(f.salesTotal + f.returnsTotal));
    doc.addTwoColumns(tr("Discounts given"), amount(f.discountTotal));
    if (f.cashRounding != 0)
        doc.addTwoColumns(tr("Cash rounding"), amount(f.cashRounding));
    doc.addSeparator();
    for (const auto &t : f.tenders)
        doc.addTwoColumns(QStringLiteral("%1 (%2)").arg(tenderName(t.kind)).arg(t.count), amount(t.amount));
    doc.addSeparator();
    for (const auto &t : f.taxes)
        doc.addThreeColumns(QStringLiteral("%1 %2%").arg(t.code, m_locale.toString(t.basisPoints / 100.0, 'g', 4)), amount(t.net),
                            amount(t.tax) + QStringLiteral(" / ") + amount(t.gross), 10, 20);
    doc.addSeparator();
    doc.addTwoColumns(tr("Float"), amount(f.floatAmount));
    doc.addTwoColumns(tr("Cash sales net"), amount(f.cashSales));
    doc.addTwoColumns(tr("Cash in"), amount(f.cashIn));
    doc.addTwoColumns(tr("Cash out"), amount(-f.cashOut));
    doc.addTwoColumns(tr("Drawer openings without sale"), QString::number(f.noSaleCount));
    TextStyle bold;
    bold.bold = true;
    doc.addTwoColumns(tr("Expected in drawer"), amount(f.expectedCash), bold);
    if (z) {
        doc.addTwoColumns(tr("Counted"), amount(shift.countedCash), bold);
        const qint64 diff = shift.countedCash - shift.expectedCash;
        doc.addTwoColumns(diff > 0 ? tr("Over") : diff < 0 ? tr("Short") : tr("Difference"), amount(diff), bold);
        for (auto it = shift.countedCounts.cbegin(); it != shift.countedCounts.cend(); ++it)
            doc.addTwoColumns(QStringLiteral("  %1 x %2").arg(it.value()).arg(amount(it.key())), amount(it.key() * it.value()));
        if (!shift.approvedBy.isEmpty())
            doc.addText(tr("Difference accepted by %1: %2").arg(shift.approvedBy, shift.approvalReason));
    }
    doc.addSeparator();
    doc.addText(tr("Printed by %1").arg(staffName));
    doc.addFeed(3);
    doc.addCut();
    return doc;
}

} // namespace ok
