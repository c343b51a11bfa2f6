// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devicesmodel.h"

namespace ok {

DevicesModel::DevicesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_manager ? 0 : m_manager->count();
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_manager)
        return {};
    const auto &e = m_manager->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return e.config.name;
    case DeviceRoleRole: return e.config.role;
    case DriverRole: return e.config.driver;
    case PortRole: return QStringLiteral("%1 %2").arg(e.config.transport, e.config.port);
    case HealthRole: return m_manager->healthLine(index.row());
    case OnlineRole: return m_manager->isOnline(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> DevicesModel::roleNames() const
{
    return {{NameRole, "name"}, {DeviceRoleRole, "deviceRole"}, {DriverRole, "driver"},
            {PortRole, "port"}, {HealthRole, "health"}, {OnlineRole, "online"}};
}

QString DevicesModel::testPrint(int row)
{
    if (!m_manager || row < 0 || row >= m_manager->count())
        return tr("No such device");
    auto r = m_manager->testPrint(row);
    return r ? QString() : r.error().message;
}

QString DevicesModel::openDrawer(int row)
{
    if (!m_manager || row < 0 || row >= m_manager->count())
        return tr("No such device");
    auto r = m_manager->openDrawer(row);
    return r ? QString() : r.error().message;
}

int DevicesModel::onlineCount() const
{
    int n = 0;
    for (int i = 0; m_manager && i < m_manager->count(); ++i)
        n += m_manager->isOnline(i) ? 1 : 0;
    return n;
}

void DevicesModel::setManager(DeviceManager *manager)
{
    if (manager == m_manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    beginResetModel();
    m_manager = manager;
    endResetModel();
    if (m_manager) {
        connect(m_manager, &DeviceManager::changed, this, [this](int row) {
            Q_EMIT dataChanged(index(row), index(row));
            Q_EMIT onlineCountChanged();
        });
    }
    Q_EMIT managerChanged();
    Q_EMIT countChanged();
    Q_EMIT onlineCountChanged();
}

} // namespace ok
