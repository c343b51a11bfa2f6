// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/catalogservice.h"

#include "storage/catalog.h"

#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcCatalog, "omnikiosk.services.catalog", QtInfoMsg)

namespace ok {

/// Worker half: lives on the service's thread; all SQLite work happens here.
class CatalogWorker : public QObject
{
    Q_OBJECT
public:
    CatalogWorker(QString path, QString store, QString lang)
        : m_path(std::move(path)), m_store(std::move(store)), m_lang(std::move(lang)) {}

    Result<void> open()
    {
        auto db = db::Database::openReadOnly(m_path);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        db::registerFunctions(*m_db);
        if (!m_db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'product_search'").value_or(0))
            return Error{QStringLiteral("catalog.not-initialised"),
                         QStringLiteral("%1 has no catalog yet: run the demo-data generator or sync first").arg(m_path)};
        db::CatalogReader::tuneConnection(*m_db);
        m_reader = std::make_unique<db::CatalogReader>(*m_db, m_store, m_lang);
        return {};
    }

    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    db::CatalogReader *reader() { return m_reader.get(); }

private:
    QString m_path, m_store, m_lang;
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<db::CatalogReader> m_reader;
};

CatalogService::CatalogService(QString cachePath, QString storeId, QString language, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_storeId(std::move(storeId))
    , m_language(std::move(language))
{
    qRegisterMetaType<ok::ProductInfo>();
    qRegisterMetaType<ok::StockLevel>();
    qRegisterMetaType<QList<ok::ProductInfo>>();
    qRegisterMetaType<QList<ok::StockLevel>>();
    m_thread.setObjectName(QStringLiteral("catalog"));
}

CatalogService::~CatalogService()
{
    m_thread.quit();
    m_thread.wait();
}

Result<void> CatalogService::start()
{
    auto *worker = new CatalogWorker(m_cachePath, m_storeId, m_language);
    // Open on the calling thread (before the move): a failure is reported synchronously.
    if (auto r = worker->open(); !r) {
        delete worker;
        return r.error();
    }
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
    return {};
}

int CatalogService::lookupBarcode(const QString &code)
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id, code] {
        auto p = w->reader()->findByBarcode(code, CatalogWorker::now());
        if (p)
            QMetaObject::invokeMethod(this, [this, id, p = *p] { Q_EMIT barcodeFound(id, p); });
        else
            QMetaObject::invokeMethod(this, [this, id, code] { Q_EMIT barcodeNotFound(id, code); });
    });
    return id;
}

int CatalogService::lookupProduct(qint64 productId)
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id, productId] {
        auto p = w->reader()->findById(productId, CatalogWorker::now());
        if (p)
            QMetaObject::invokeMethod(this, [this, id, p = *p] { Q_EMIT barcodeFound(id, p); });
        else
            QMetaObject::invokeMethod(this, [this, id, productId] { Q_EMIT barcodeNotFound(id, QString::number(productId)); });
    });
    return id;
}

int CatalogService::search(const QString &text, int limit)
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id, text, limit] {
        auto list = w->reader()->search(text, limit, CatalogWorker::now());
        if (!list) {
            QMetaObject::invokeMethod(this, [this, id, e = list.error()] {
                Q_EMIT failed(id, tr("The search failed: %1").arg(e.message));
            });
            return;
        }
        QMetaObject::invokeMethod(this, [this, id, list = std::move(list).value()] { Q_EMIT searchFinished(id, list); });
    });
    return id;
}

int CatalogService::variants(const QString &model)
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id, model] {
        auto list = w->reader()->variants(model, CatalogWorker::now());
        QMetaObject::invokeMethod(this, [this, id, model, list = std::move(list)] { Q_EMIT variantsReady(id, model, list); });
    });
    return id;
}

int CatalogService::stockLevels(qint64 productId)
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id, productId] {
        auto levels = w->reader()->stockLevels(productId);
        QMetaObject::invokeMethod(this, [this, id, productId, levels = std::move(levels)] {
            Q_EMIT stockLevelsReady(id, productId, levels);
        });
    });
    return id;
}

int CatalogService::countProducts()
{
    const int id = m_nextRequest++;
    if (!m_worker) {
        Q_EMIT failed(id, tr("The product catalog is not available."));
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, id] {
        const qint64 n = w->reader()->productCount();
        QMetaObject::invokeMethod(this, [this, id, n] { Q_EMIT productCountReady(id, n); });
    });
    return id;
}

} // namespace ok

#include "catalogservice.moc"
