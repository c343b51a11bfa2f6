// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminalinfo.h"

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

QString TerminalInfo::networkState() const
{
    // The sync client arrives with the sync issue; until then the terminal works from its local
    // cache only, and says so rather than pretending to be online.
    return QStringLiteral("local");
}

QString TerminalInfo::networkDetail() const
{
    return tr("Working from the local cache; central sync is not enabled in this build (%1)").arg(m_config.centralUrl);
}

void TerminalInfo::setProductCount(qint64 n)
{
    if (n == m_productCount)
        return;
    m_productCount = n;
    Q_EMIT productCountChanged();
}

} // namespace ok
