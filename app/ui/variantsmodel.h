// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QQmlEngine>
#include <QStringList>

// CatalogService must be complete here: moc needs it for the typed Q_PROPERTY.
#include "services/catalogservice.h"

namespace ok {

/// The variants of one article (QML "VariantsModel"): every size and colour of `model`, from the
/// cache, as a grid — `sizes` are its rows in natural order, `colours` its columns; cell() finds
/// the variant of a size and colour. Each row: the variant's id, SKU, size, colour, price and
/// what this store has available.
class VariantsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::CatalogService *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QStringList sizes READ sizes NOTIFY countChanged)
    Q_PROPERTY(QStringList colours READ colours NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ProductIdRole = Qt::UserRole + 1, SkuRole, SizeRole, ColourRole, PriceTextRole, AvailableRole, AvailableTextRole };
    Q_ENUM(Role)

    explicit VariantsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogService *catalog() const { return m_catalog; }
    void setCatalog(CatalogService *catalog);
    QString model() const { return m_model; }
    void setModel(const QString &model);
    QStringList sizes() const { return m_sizes; }
    QStringList colours() const { return m_colours; }

    /// The row of the variant in `size` and `colour`, or -1 when the article has none.
    Q_INVOKABLE int cell(const QString &size, const QString &colour) const;
    /// One role of a row, for the grid's cells.
    Q_INVOKABLE QVariant at(int row, int role) const { return data(index(row), role); }

Q_SIGNALS:
    void catalogChanged();
    void modelChanged();
    void countChanged();

private:
    void refresh();
    void setVariants(const QList<ProductInfo> &variants);
    CatalogService *m_catalog = nullptr;
    QMetaObject::Connection m_connection;
    QString m_model;
    int m_pending = 0;
    QList<ProductInfo> m_variants;
    QStringList m_sizes;
    QStringList m_colours;
    QLocale m_locale;
};

} // namespace ok
