// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminalinfo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdlib>

namespace ok {

namespace {
TerminalInfo *s_instance = nullptr;
}

TerminalInfo::TerminalInfo(Config config, CatalogService *catalog, DeviceManager *devices, QString catalogError,
                           QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_catalog(catalog)
    , m_devices(devices)
    , m_catalogError(std::move(catalogError))
{
}

void TerminalInfo::setInstance(TerminalInfo *instance)
{
    s_instance = instance;
}

TerminalInfo *TerminalInfo::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(s_instance); // main.cpp sets it before loading QML
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine);
    return s_instance;
}

TerminalInfo::Network TerminalInfo::networkState() const
{
    if (!m_sync.enabled)
        return Network::LocalOnly;
    return m_sync.online && m_sync.enrolled ? Network::Online : Network::Offline;
}

QString TerminalInfo::networkDetail() const
{
    if (!m_sync.enabled)
        return tr("Working from the local cache; sync with the central service is switched off ([central] enabled = false).");
    QStringList parts;
    if (m_sync.online && m_sync.enrolled)
        parts << tr("Connected to %1.").arg(m_config.centralUrl);
    else
        parts << tr("Offline: selling continues from the local cache; sales are sent when the central service is back.");
    if (!m_sync.lastError.isEmpty() && !(m_sync.online && m_sync.enrolled))
        parts << m_sync.lastError;
    if (m_sync.lastPullOkMs > 0)
        parts << tr("Last update %1.").arg(QDateTime::fromMSecsSinceEpoch(m_sync.lastPullOkMs).toString(QStringLiteral("HH:mm:ss")));
    if (m_sync.outboxDepth > 0)
        parts << tr("%n event(s) waiting to be sent, the oldest for %1 min.", nullptr, int(m_sync.outboxDepth))
                     .arg(m_sync.oldestUnsentAgeMs / 60000);
    if (m_sync.deadLetters > 0)
        parts << tr("%n event(s) refused by the central service: see the staff screen.", nullptr, int(m_sync.deadLetters));
    if (std::abs(m_sync.clockSkewMs) > 5 * 60 * 1000)
        parts << tr("This terminal's clock is %1 min off the central service's.").arg(m_sync.clockSkewMs / 60000);
    return parts.join(QLatin1Char(' '));
}

void TerminalInfo::setSyncState(const SyncState &state)
{
    m_sync = state;
    Q_EMIT networkStateChanged();
}

void TerminalInfo::setSync(services::SyncService *sync)
{
    if (sync == m_syncService)
        return;
    m_syncService = sync;
    Q_EMIT syncChanged();
}

QJsonArray TerminalInfo::deviceHealth() const
{
    QJsonArray out;
    for (int i = 0; m_devices && i < m_devices->count(); ++i) {
        const DeviceConfig &c = m_devices->entry(i).config;
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("role"), c.role},
                               {QStringLiteral("online"), m_devices->isOnline(i)},
                               {QStringLiteral("health"), m_devices->healthLine(i)}});
    }
    return out;
}

void TerminalInfo::setProductCount(qint64 n)
{
    if (n == m_productCount)
        return;
    m_productCount = n;
    Q_EMIT productCountChanged();
}

} // namespace ok
