// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/result.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace ok {

class CatalogWorker;

/// Product lookups for the UI, answered from cache.db on a worker thread so that a slow search
/// never holds up a frame. Every request gets an id; answers carry it back so the caller can drop
/// answers to requests it no longer cares about (the user typed on).
///
/// Threading: construct, call and receive signals on the GUI thread. The worker owns its own
/// SQLite connection (WAL readers do not block the writer).
class CatalogService : public QObject
{
    Q_OBJECT
public:
    CatalogService(QString cachePath, QString storeId, QString language, QObject *parent = nullptr);
    ~CatalogService() override;

    /// Open the worker's connection. Returns the error (e.g. missing file) as a value.
    Result<void> start();

    int lookupBarcode(const QString &code);
    /// By product id (in-store variable-measure codes carry it): answers like lookupBarcode.
    int lookupProduct(qint64 productId);
    /// Ranked search as you type (db::CatalogReader::search): best matches first.
    int search(const QString &text, int limit);
    /// Every variant of `model` (sizes and colours of one article), answered by variantsReady.
    int variants(const QString &model);
    int stockLevels(qint64 productId);
    int countProducts();

    const QString &storeId() const { return m_storeId; }

Q_SIGNALS:
    void barcodeFound(int request, const ok::ProductInfo &product);
    void barcodeNotFound(int request, const QString &code);
    void searchFinished(int request, const QList<ok::ProductInfo> &products);
    void stockLevelsReady(int request, qint64 productId, const QList<ok::StockLevel> &levels);
    void variantsReady(int request, const QString &model, const QList<ok::ProductInfo> &variants);
    void productCountReady(int request, qint64 count);
    void failed(int request, const QString &message);

private:
    QString m_cachePath;
    QString m_storeId;
    QString m_language;
    QThread m_thread;
    CatalogWorker *m_worker = nullptr; // lives in m_thread, deleted on finish
    int m_nextRequest = 1;
};

} // namespace ok

Q_DECLARE_METATYPE(ok::ProductInfo)
Q_DECLARE_METATYPE(ok::StockLevel)
