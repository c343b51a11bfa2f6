// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/variantsmodel.h"

#include "ui/productlookupmodel.h"

namespace ok {

VariantsModel::VariantsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int VariantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

QVariant VariantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProductInfo &p = m_variants.at(index.row());
    switch (role) {
    case ProductIdRole:
        return p.id;
    case SkuRole:
        return p.sku;
    case SizeRole:
        return p.size;
    case ColourRole:
        return p.colour;
    case PriceTextRole:
        return ProductLookupModel::formatPrice(p, m_locale);
    case AvailableRole:
        return p.available.value_or(0);
    case AvailableTextRole:
        return p.available ? ProductLookupModel::formatQuantity(*p.available, p.unit, m_locale) : QStringLiteral("–");
    default:
        return {};
    }
}

QHash<int, QByteArray> VariantsModel::roleNames() const
{
    return {{ProductIdRole, "productId"}, {SkuRole, "sku"}, {SizeRole, "size"}, {ColourRole, "colour"},
            {PriceTextRole, "priceText"}, {AvailableRole, "available"}, {AvailableTextRole, "availableText"}};
}

void VariantsModel::setCatalog(CatalogService *catalog)
{
    if (catalog == m_catalog)
        return;
    disconnect(m_connection);
    m_catalog = catalog;
    if (m_catalog)
        m_connection = connect(m_catalog, &CatalogService::variantsReady, this,
                               [this](int request, const QString &, const QList<ProductInfo> &variants) {
                                   if (request != m_pending)
                                       return;
                                   m_pending = 0;
                                   setVariants(variants);
                               });
    Q_EMIT catalogChanged();
    refresh();
}

void VariantsModel::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    Q_EMIT modelChanged();
    refresh();
}

int VariantsModel::cell(const QString &size, const QString &colour) const
{
    for (int i = 0; i < m_variants.size(); ++i)
        if (m_variants.at(i).size == size && m_variants.at(i).colour == colour)
            return i;
    return -1;
}

void VariantsModel::refresh()
{
    if (!m_catalog || m_model.isEmpty()) {
        m_pending = 0;
        setVariants({});
        return;
    }
    m_pending = m_catalog->variants(m_model);
}

void VariantsModel::setVariants(const QList<ProductInfo> &variants)
{
    beginResetModel();
    m_variants = variants;
    // The reader orders by size (naturally), then colour: the first appearance keeps that order.
    m_sizes.clear();
    m_colours.clear();
    for (const auto &v : variants) {
        if (!m_sizes.contains(v.size))
            m_sizes << v.size;
        if (!m_colours.contains(v.colour))
            m_colours << v.colour;
    }
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace ok
