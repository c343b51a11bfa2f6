// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "services/catalogservice.h"
#include "services/syncservice.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>

namespace ok {

// CatalogService and SyncService must be complete here: moc needs them for the typed Q_PROPERTYs.

/// Stock of one product at every location (this store first, other stores, warehouse, online).
///
/// The cache answers at once. With `sync` set and online, the central service is asked too (a
/// live query on the sync thread) and its levels replace the cached ones when they arrive: the
/// rows are then `live`. Otherwise the cached levels stay, and `freshness` says how old they are.
/// The cache itself changes only through pulls.
class StockLevelsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::CatalogService *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(ok::services::SyncService *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(int productId READ productId WRITE setProductId NOTIFY productIdChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// The rows come from the central service's live answer (not from the cache).
    Q_PROPERTY(bool live READ live NOTIFY freshnessChanged)
    /// For people: "Live from the central service at 14:02." or how old the cached levels are.
    Q_PROPERTY(QString freshness READ freshness NOTIFY freshnessChanged)
    /// What the web shop can sell (Σ available at the warehouse and every store), live or from the
    /// cache, for people: "Web shop can sell 42 (live)".
    Q_PROPERTY(QString webSellableText READ webSellableText NOTIFY freshnessChanged)
    /// Pieces held at this store that the central service has not acknowledged yet
    /// (StockDesk.unsentHolds): counted as reserved here until its levels carry them.
    Q_PROPERTY(int pendingHolds READ pendingHolds WRITE setPendingHolds NOTIFY freshnessChanged)

public:
    enum Role {
        LocationRole = Qt::UserRole + 1,
        KindRole,
        OnHandTextRole,
        ReservedTextRole,
        InTransitTextRole,
        AvailableRole,
        IsThisStoreRole,
        LiveRole,
        LocationIdRole,
        CityRole,
        AvailableTextRole,
        AgeTextRole, ///< "live" or how old the figure is ("3 h old")
        VersionRole, ///< the row's version at the central service (a count is compared against it); double for QML
        OnHandRole,
    };
    Q_ENUM(Role)

    explicit StockLevelsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogService *catalog() const { return m_catalog; }
    void setCatalog(CatalogService *catalog);
    services::SyncService *sync() const { return m_sync; }
    void setSync(services::SyncService *sync);
    bool live() const { return m_live; }
    QString freshness() const;
    QString webSellableText() const;
    int pendingHolds() const { return int(m_pendingHolds); }
    void setPendingHolds(int held);
    /// Read the levels again (after a hold, a count): the cache at once, then the live answer.
    Q_INVOKABLE void reload() { refresh(); }
    // int for QML (Qt 6.4's qmllint has no qint64); central product ids fit in 31 bits.
    int productId() const { return int(m_productId); }
    void setProductId(int id);
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit);

Q_SIGNALS:
    void catalogChanged();
    void syncChanged();
    void productIdChanged();
    void unitChanged();
    void countChanged();
    void freshnessChanged();

private:
    void refresh();
    void requestLive();
    void setLevels(const QList<StockLevel> &levels);
    QString ageText() const;
    CatalogService *m_catalog = nullptr;
    QMetaObject::Connection m_connection;
    QPointer<services::SyncService> m_sync;
    int m_livePending = 0;
    bool m_live = false;
    bool m_wasOnline = false;
    qint64 m_liveAtMs = 0;
    QString m_liveError;
    qint64 m_productId = 0;
    QString m_unit = QStringLiteral("piece");
    int m_pending = 0;
    QList<StockLevel> m_levels;
    qint64 m_liveWebSellable = -1;
    qint64 m_pendingHolds = 0;
    QLocale m_locale;
};

} // namespace ok
