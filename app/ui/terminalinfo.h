// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/config.h"

#include <QJsonArray>
#include <QObject>
#include <QQmlEngine>

#include <climits>

#include "services/syncservice.h"
#include "ui/handles.h"

namespace ok {

/// The same for the sync service: models take it as a property (null when sync is switched off).
struct SyncServiceForeign {
    Q_GADGET
    QML_FOREIGN(ok::services::SyncService)
    QML_ANONYMOUS
};

/// Who and where this terminal is, the state the status bar shows, and the services' handles
/// that screens pass to the controllers they create. A C++-owned singleton: TerminalApp creates
/// it and sets it with setInstance() before QML loads.
class TerminalInfo : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Terminal)
    QML_SINGLETON
    Q_PROPERTY(QString storeId READ storeId CONSTANT)
    Q_PROPERTY(QString storeName READ storeName CONSTANT)
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(QString currency READ currency CONSTANT)
    Q_PROPERTY(QString localeName READ localeName CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString configSource READ configSource CONSTANT)
    Q_PROPERTY(bool plainHttp READ plainHttp CONSTANT)
    Q_PROPERTY(ok::TerminalInfo::Network networkState READ networkState NOTIFY networkStateChanged)
    Q_PROPERTY(QString networkDetail READ networkDetail NOTIFY networkStateChanged)
    Q_PROPERTY(int outboxDepth READ outboxDepth NOTIFY networkStateChanged)
    Q_PROPERTY(int deadLetters READ deadLetters NOTIFY networkStateChanged)
    Q_PROPERTY(int configuredDevices READ configuredDevices CONSTANT)
    Q_PROPERTY(ok::DeviceManager *devices READ devices CONSTANT)
    Q_PROPERTY(int productCount READ productCount NOTIFY productCountChanged)
    Q_PROPERTY(QString catalogError READ catalogError CONSTANT)
    Q_PROPERTY(ok::CatalogService *catalog READ catalog CONSTANT)
    /// Null when sync is switched off (and in --self-test).
    Q_PROPERTY(ok::services::SyncService *sync READ sync NOTIFY syncChanged)
    Q_PROPERTY(ok::Till *till READ till CONSTANT)
    Q_PROPERTY(ok::ApprovalGate *approvals READ approvals CONSTANT)
    Q_PROPERTY(ok::DeviceTests *deviceTests READ deviceTests CONSTANT)
    Q_PROPERTY(ok::DeadLetters *deadLetterService READ deadLetterService CONSTANT)

public:
    /// The link to the central service, as the status bar shows it.
    enum class Network { LocalOnly, Online, Offline };
    Q_ENUM(Network)

    TerminalInfo(Config config, CatalogService *catalog, DeviceManager *devices, QString catalogError,
                 QObject *parent = nullptr);

    static void setInstance(TerminalInfo *instance);
    static TerminalInfo *create(QQmlEngine *, QJSEngine *);

    QString storeId() const { return m_config.storeId; }
    QString storeName() const { return m_config.storeName; }
    QString terminalId() const { return m_config.terminalId; }
    QString currency() const { return m_config.currency; }
    QString localeName() const { return m_config.locale; }
    QString dataDir() const { return m_config.dataDir; }
    QString configSource() const { return m_config.source; }
    bool plainHttp() const { return m_config.allowPlainHttp; }
    Network networkState() const;
    QString networkDetail() const;
    int configuredDevices() const { return int(m_config.devices.size()); }
    DeviceManager *devices() const { return m_devices; }
    int productCount() const { return int(std::min<qint64>(m_productCount, INT_MAX)); }
    QString catalogError() const { return m_catalogError; }
    CatalogService *catalog() const { return m_catalog; }
    services::SyncService *sync() const { return m_syncService; }
    Till *till() const { return m_handles.till; }
    ApprovalGate *approvals() const { return m_handles.approvals; }
    DeviceTests *deviceTests() const { return m_handles.deviceTests; }
    DeadLetters *deadLetterService() const { return m_handles.deadLetters; }
    /// The services the screens hand to their controllers (not owned; they outlive QML).
    struct Handles {
        Till *till = nullptr;
        ApprovalGate *approvals = nullptr;
        DeviceTests *deviceTests = nullptr;
        DeadLetters *deadLetters = nullptr;
    };
    /// TerminalApp sets them once, before QML loads.
    void setHandles(const Handles &handles) { m_handles = handles; }
    /// TerminalApp sets it once sync runs (not owned; must outlive this object's use by QML).
    void setSync(services::SyncService *sync);

    void setProductCount(qint64 n);

    /// The devices as the heartbeat reports them (docs/sync-protocol.md):
    /// [{"name", "role", "online", "health"}], in configuration order.
    QJsonArray deviceHealth() const;

    /// What the sync service last reported (TerminalApp copies it from SyncService::status()).
    struct SyncState {
        bool enabled = false;
        bool online = false;
        bool enrolled = false;
        QString lastError;
        qint64 lastPullOkMs = 0;
        qint64 outboxDepth = 0;
        qint64 oldestUnsentAgeMs = 0;
        qint64 deadLetters = 0;
        qint64 clockSkewMs = 0;
    };
    void setSyncState(const SyncState &state);
    int outboxDepth() const { return int(std::min<qint64>(m_sync.outboxDepth, INT_MAX)); }
    int deadLetters() const { return int(std::min<qint64>(m_sync.deadLetters, INT_MAX)); }
    const Config &config() const { return m_config; }

Q_SIGNALS:
    void networkStateChanged();
    void productCountChanged();
    void syncChanged();

private:
    Config m_config;
    CatalogService *m_catalog;
    DeviceManager *m_devices;
    QString m_catalogError;
    qint64 m_productCount = 0;
    SyncState m_sync;
    services::SyncService *m_syncService = nullptr;
    Handles m_handles;
};

} // namespace ok
