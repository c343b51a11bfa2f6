// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/cashdrawerservice.h"

#include "drivers/ports/cashdrawer.h"
#include "drivers/ports/receiptprinter.h"
#include "services/devicemanager.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDrawer, "omnikiosk.services.drawer", QtInfoMsg)

namespace ok {

CashDrawerService::CashDrawerService(DeviceManager *devices, db::Database &ledger, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_journal(std::make_unique<db::Ledger>(ledger))
{
    if (m_devices)
        connect(m_devices, &DeviceManager::changed, this, &CashDrawerService::openChanged);
}

CashDrawerService::~CashDrawerService() = default;

Result<void> CashDrawerService::open(const QString &actor, const QString &reason, const QString &ref)
{
    ports::CashDrawer *drawer = m_devices ? m_devices->cashDrawer() : nullptr;
    if (!drawer)
        return Error{QStringLiteral("device.no-drawer"), tr("No cash drawer is configured (it hangs on the receipt printer)")};
    return open(drawer, actor, reason, ref);
}

Result<void> CashDrawerService::openOn(int device, const QString &actor, const QString &reason)
{
    ports::ReceiptPrinter *printer = m_devices ? m_devices->printer(device) : nullptr;
    if (!printer)
        return Error{QStringLiteral("device.not-a-printer"), tr("The cash drawer hangs on a receipt printer")};
    ports::CashDrawer *drawer = printer->cashDrawer();
    if (!drawer)
        return Error{QStringLiteral("device.no-drawer"), tr("This printer has no cash drawer")};
    return open(drawer, actor, reason, QString());
}

Result<void> CashDrawerService::open(ports::CashDrawer *drawer, const QString &actor, const QString &reason, const QString &ref)
{
    if (actor.isEmpty())
        return Error{QStringLiteral("device.no-actor"), tr("A drawer opening needs the person who asked for it")};
    const QString journalRef = ref.isEmpty() ? QStringLiteral("drawer:%1").arg(drawer->deviceName()) : ref;
    QJsonObject payload{{QStringLiteral("device"), drawer->deviceName()}, {QStringLiteral("reason"), reason}, {QStringLiteral("ref"), ref}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto j = m_journal->recordEvent(QStringLiteral("drawer.opened"), journalRef, actor, payload, now); !j)
        return Error{j.error().code, tr("The drawer was not opened: the journal could not be written (%1)").arg(j.error().message)};
    if (auto r = drawer->open(); !r) {
        payload.insert(QStringLiteral("error"), r.error().message);
        if (auto j = m_journal->recordEvent(QStringLiteral("drawer.open-failed"), journalRef, actor, payload, now); !j)
            qCCritical(lcDrawer).noquote() << "failed drawer opening not journaled:" << j.error().message;
        return r;
    }
    return {};
}

bool CashDrawerService::isOpen() const
{
    ports::CashDrawer *drawer = m_devices ? m_devices->cashDrawer() : nullptr;
    return drawer && drawer->isOpen();
}

} // namespace ok
