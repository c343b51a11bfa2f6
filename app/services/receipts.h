// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/receiptdocument.h"
#include "core/sale.h"
#include "core/shift.h"
#include "services/translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace ok {

/// What a receipt says about the store and terminal.
struct ReceiptHeader {
    QString storeName;
    QString storeId;
    QString terminalId;
    QString language;   ///< the store's locale ("pl_PL"): number and date format
    int currencyExponent = 2;
    Wording wording;    ///< the store's language: every word on the paper
};

/// The payload of the QR code on a receipt, which a return scans to find the sale:
/// "OKR1|<store>|<terminal>|<receipt no>|<sale id>".
QByteArray receiptQrPayload(const QString &storeId, const QString &terminalId, qint64 receiptNo, const QString &saleId);
struct ReceiptRef {
    QString storeId;
    QString terminalId;
    qint64 receiptNo = 0;
    QString saleId;
};
/// Reads a scanned receipt QR, or a typed receipt number ("42" or "T01-42"). nullopt if neither.
std::optional<ReceiptRef> parseReceiptRef(const QString &text, const QString &ownTerminal);

/// Builds the paper documents of the till from what the ledger holds, so a reprint says exactly
/// what the original said (plus COPY, which the spooler adds).
class Receipts
{
#ifdef OMNIKIOSK_LUPDATE_ONLY
    // lupdate reads this and files the strings below under "ok::Receipts"; the compiler never
    // sees it: tr() here is the member below, in the store's language, not the screens'.
    Q_DECLARE_TR_FUNCTIONS(ok::Receipts)
#endif
public:
    explicit Receipts(ReceiptHeader header);

    /// A sale, return or exchange: store header, lines with discounts and overrides, total,
    /// cash rounding, tenders and change, tax summary per rate, cashier, terminal, receipt number
    /// and the QR code that identifies the sale for returns.
    ReceiptDocument sale(const StoredSale &sale, const QString &cashierName,
                                 std::optional<qint64> originalReceiptNo = std::nullopt) const;

    /// X report (shift still open) or Z report (closed: with counted cash and over/short).
    ReceiptDocument shiftReport(const ShiftRecord &shift, const ShiftFigures &figures, bool z,
                                        const QString &staffName, qint64 atMs) const;

    /// "12,34" in the store's number format, without a currency symbol.
    QString amount(qint64 minor) const;
    QString quantity(qint64 value, const QString &unit) const;
    /// Grams as a person types kilograms into a field: "0.750" (a dot, three decimals).
    static QString weightInput(qint64 grams);
    /// The language the paper is printed in ("pl").
    QString language() const { return m_header.wording.language(); }

private:
    /// "line voided" for "void_line": approvals as a customer reads them.
    QString actionText(const QString &key) const;
    /// "Cash" for "cash": tenders as the paper names them.
    QString tenderName(const QString &kind) const;
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_header.wording.text("ok::Receipts", source, disambiguation, n);
    }
    QString dateTime(qint64 ms) const;
    void header(ReceiptDocument &doc, const QString &title, qint64 atMs) const;

    ReceiptHeader m_header;
    QLocale m_locale;
};

} // namespace ok
