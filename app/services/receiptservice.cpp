// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/receiptservice.h"

#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "services/staffauth.h"
#include "storage/ledger.h"
#include "storage/printjobs.h"

namespace ok {

ReceiptService::ReceiptService(Receipts format, db::Database &ledger, StaffAuth *auth, DeviceManager *devices, QObject *parent)
    : QObject(parent)
    , m_format(std::move(format))
    , m_db(ledger)
    , m_sales(std::make_unique<db::Ledger>(ledger))
    , m_auth(auth)
    , m_devices(devices)
{
    if (m_devices) {
        connect(m_devices, &DeviceManager::printQueueChanged, this, &ReceiptService::changed);
        connect(m_devices, &DeviceManager::changed, this, &ReceiptService::changed);
    }
}

ReceiptService::~ReceiptService() = default;

Result<void> ReceiptService::print(const QString &saleId, bool copy)
{
    const auto sale = m_sales->sale(saleId);
    if (!sale)
        return Error{QStringLiteral("till.invalid"), tr("There is no such sale")};
    PrintSpooler *spooler = m_devices ? m_devices->receiptSpooler() : nullptr;
    if (!spooler)
        return Error{QStringLiteral("till.no-printer"), tr("No receipt printer: the sale is saved; print it from the sales list later")};
    if (db::PrintJobs(m_db).hasOpenJobFor(saleId))
        return Error{QStringLiteral("till.queued"), tr("Receipt %1 is already in the print queue").arg(sale->receiptNo)};
    QString cashierName = sale->sale.cashierId;
    if (m_auth)
        if (const auto who = m_auth->member(sale->sale.cashierId))
            cashierName = who->name;
    std::optional<qint64> original;
    if (!sale->sale.originalSaleId.isEmpty())
        if (const auto o = m_sales->sale(sale->sale.originalSaleId))
            original = o->receiptNo;
    const ReceiptDocument doc = m_format.sale(*sale, cashierName, original);
    const QString label = tr("Receipt %1").arg(sale->receiptNo);
    auto job = copy ? spooler->submitCopy(QStringLiteral("receipt"), saleId, label + QLatin1Char(' ') + tr("(copy)"), doc)
                    : spooler->submit(QStringLiteral("receipt"), saleId, label, doc);
    if (!job)
        return job.error();
    Q_EMIT changed();
    return {};
}

QList<CommittedSale> ReceiptService::unprinted() const
{
    QList<CommittedSale> out;
    db::PrintJobs jobs(m_db);
    for (const auto &s : m_sales->unprintedSales())
        if (!jobs.hasOpenJobFor(s.id))
            out.append(s);
    return out;
}

QList<StoredSale> ReceiptService::recent(const QString &terminalId, qint64 sinceMs, int limit) const
{
    return m_sales->recentSales(terminalId, sinceMs, limit);
}

QString ReceiptService::printerProblem() const
{
    return m_devices ? m_devices->receiptPrinterProblem() : QString();
}

} // namespace ok
