// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/syncservice.h"

#include "services/config.h"
#include "services/localsyncstore.h"

#include <QDir>

namespace ok::services {

sync::SyncConfig SyncService::syncConfig(const Config &config, const QString &dataDir)
{
    sync::SyncConfig c;
    c.url = config.centralUrl;
    c.tls.caFile = config.caFile;
    c.tls.clientCertFile = config.clientCertFile;
    c.tls.clientKeyFile = config.clientKeyFile;
    c.tls.pins = config.pins;
    c.tls.allowPlainHttp = config.allowPlainHttp;
    c.storeId = config.storeId;
    c.terminalId = config.terminalId;
    c.enrolmentCode = config.enrolmentCode;
    c.tokenFile = QDir(dataDir).filePath(QStringLiteral("sync-token"));
    c.pageSize = config.syncPageSize;
    return c;
}

SyncService::SyncService(sync::SyncConfig config, QString cachePath, QString ledgerPath, std::chrono::seconds interval,
                         QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("omnikiosk-sync"));
    const QString storeId = config.storeId;
    auto factory = [cachePath, ledgerPath, storeId]() -> Result<std::unique_ptr<sync::SyncStore>> {
        auto store = LocalSyncStore::open(cachePath, ledgerPath, storeId);
        if (!store)
            return store.error();
        return std::unique_ptr<sync::SyncStore>(std::move(store.value()));
    };
    m_health.configured = true;
    sync::SyncWorker::Timing timing;
    timing.interval = interval;
    m_worker = new sync::SyncWorker(std::move(config), std::move(factory), timing);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::wakeRequested, m_worker, &sync::SyncWorker::wake);
    connect(m_worker, &sync::SyncWorker::healthChanged, this, [this](const sync::SyncHealth &h) {
        m_health = h;
        Q_EMIT healthChanged();
    });
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        m_worker->stop();
        QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::stop, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait(5000);
    }
}

void SyncService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::start, Qt::QueuedConnection);
}

void SyncService::localEventWritten()
{
    Q_EMIT wakeRequested();
}

} // namespace ok::services
